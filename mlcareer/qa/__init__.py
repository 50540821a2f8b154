"""Question answering: answer (what), render (words), suggestions (what next)."""
