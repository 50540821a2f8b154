"""What the NLU hook's relabelling functions and the answer composer take, built in tests
without a trained model: the knowledge-base entities spaCy's entity ruler finds, and a
parse result."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def entities(nlp, text: str) -> list[dict[str, Any]]:
    """The knowledge-base entities of ``text`` as Rasa's parse data holds them."""
    return [{"entity": e.label_, "value": e.ent_id_, "start": e.start_char, "end": e.end_char}
            for e in nlp(text).ents]


def parsed(text: str, intent: str, confidence: float = 0.3,
           found: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A parse result of ``text`` classified as ``intent``."""
    return {"text": text, "intent": {"name": intent, "confidence": confidence},
            "entities": list(found)}
