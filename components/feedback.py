"""After a thumbs down, the assistant asks what was missing; the next message is the
answer to that unless it reads as a question (``mlcareer.qa.feedback.reads_as_comment``):
here it is relabelled ``feedback_comment``, as ``form_answers`` does for the roadmap."""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import ActionExecuted

from mlcareer.qa.feedback import COMMENT, reads_as_comment

SLOT = "feedback"
OUT_OF_SCOPE = "out_of_scope"
ASKING_ACTION = "action_feedback"


def last_action(tracker: Any) -> str | None:
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted) and event.action_name not in (None,
                                                                           "action_listen"):
            return event.action_name
    return None


def relabel_feedback_comment(parse_data: dict[str, Any], tracker: Any) -> dict[str, Any]:
    """The answer to "what was missing?" becomes ``feedback_comment``; a message the
    classifier takes for a comment when nothing was asked ("how deep is the pacific?"
    at 0.38) is out of scope instead."""
    intent = parse_data.get("intent") or {}
    name, confidence = intent.get("name") or "", float(intent.get("confidence") or 0.0)
    if tracker.get_slot(SLOT) != "down" or last_action(tracker) != ASKING_ACTION:
        if name != COMMENT:
            return parse_data
        return {**parse_data, "intent": {"name": OUT_OF_SCOPE, "confidence": confidence}}
    if not reads_as_comment(name, confidence):
        return parse_data
    return {**parse_data, "intent": {"name": COMMENT, "confidence": confidence}}


# Typed, these act on the conversation (feedback recorded, a person asked for): at low
# confidence ("where's that number from" came out as 👍 at 0.30) they go to the fallback,
# which answers what it can (the data's provenance, a figure) or asks.
ACTING = ("feedback_up", "feedback_down", "talk_to_human")
ACTING_CONFIDENCE = 0.5


def guard_acting_intents(parse_data: dict[str, Any]) -> dict[str, Any]:
    intent = parse_data.get("intent") or {}
    name, confidence = intent.get("name") or "", float(intent.get("confidence") or 0.0)
    text = parse_data.get("text") or ""
    if name not in ACTING or confidence >= ACTING_CONFIDENCE or text.startswith("/"):
        return parse_data
    return {**parse_data, "intent": {"name": "nlu_fallback", "confidence": confidence}}
