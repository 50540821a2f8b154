"""One way to build the rasa-sdk Tracker an action receives, for the unit tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rasa_sdk import Tracker


def make_tracker(text: str = "?", intent: str | None = None, confidence: float = 0.99,
                 entities: Iterable[Mapping[str, Any]] = (), slots: Mapping[str, Any] | None = None,
                 ranking: Iterable[tuple[str, float]] | None = None,
                 active_loop: str | None = None, sender: str = "t") -> Tracker:
    """A tracker whose latest user message is ``text`` classified as ``intent``."""
    message: dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": confidence},
                               "entities": list(entities)}
    if ranking is not None:
        message["intent_ranking"] = [{"name": n, "confidence": c} for n, c in ranking]
    return Tracker(sender_id=sender, slots=dict(slots or {}), latest_message=message,
                   events=[], paused=False, followup_action=None,
                   active_loop={"name": active_loop} if active_loop else {},
                   latest_action_name="action_listen")
