"""Answer feedback: a compact thumbs up / down after an answer that cites the guide,
after (never instead of) the next-question suggestions; a thumbs down asks once, and
skippably, what was missing."""

from __future__ import annotations

from mlcareer.format import Button

UP, DOWN = "feedback_up", "feedback_down"
COMMENT = "feedback_comment"  # the answer to "what was missing?" (components/feedback.py)
BUTTONS: list[Button] = [{"title": "\U0001F44D", "payload": f"/{UP}"},
                         {"title": "\U0001F44E", "payload": f"/{DOWN}"}]
SOURCE_MARK = "Source: "
THANKS_UP = "Thanks for the feedback!"
ASK_MISSING = ("Sorry that didn't help. What was missing? (Or just ask your next "
               "question.)")
THANKS_COMMENT = "Thanks, that's noted: the team reviews these to improve my answers."
NOTHING_TO_RATE = "Thanks! Ask me a question and tell me whether the answer helped."


def with_feedback(text: str, buttons: list[Button]) -> list[Button]:
    """``buttons`` with thumbs up / down after them when ``text`` cites the guide."""
    if SOURCE_MARK not in text:
        return buttons
    return [*buttons, *BUTTONS]


def reads_as_comment(intent: str, confidence: float) -> bool:
    """After "what was missing?": a message that is no confident question (nor a
    command such as "forget me") is the answer to it."""
    if intent in ("nlu_fallback", "out_of_scope", COMMENT):
        return True
    return confidence < 0.5 and intent.startswith("ask_")
