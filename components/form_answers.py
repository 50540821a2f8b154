"""While the roadmap form waits for an answer, a message that reads as that answer is one.

Rasa's rules act on the intent before the form sees the message: when the
classifier is unsure about a short answer ("Strong" came out as goodbye at 0.47,
"full-time" below the fallback threshold), the "goodbye in the middle of the
roadmap" rule or the fallback took over and the plan was lost. The core decides
(``mlcareer.roadmap.replies.classify_reply``, as the form does); a message that
answers the requested field is relabelled ``plan_answer``.
"""

from __future__ import annotations

from typing import Any

from mlcareer.roadmap.profile import SLOT_FIELDS
from mlcareer.roadmap.replies import classify_reply
from mlcareer.roadmap.situation import is_question, starts_plan

FORM = "plan_form"
ANSWER_INTENT = "plan_answer"
PLAN_INTENT = "plan_path"
UPDATE_INTENT = "update_profile"
SITUATION_INTENT = "ask_next_steps"  # answered by action_answer_question
SITUATION = "situation"  # parse-data flag: a personal situation asked about


def relabel_form_answer(
    parse_data: dict[str, Any], active_loop: str | None, requested_slot: Any
) -> dict[str, Any]:
    """``parse_data`` with intent ``plan_answer`` if it answers the form's question."""
    field = SLOT_FIELDS.get(requested_slot) if isinstance(requested_slot, str) else None
    if active_loop != FORM or field is None:
        return parse_data
    intent = parse_data.get("intent") or {}
    name, confidence = intent.get("name"), intent.get("confidence") or 0.0
    if name == ANSWER_INTENT:
        return parse_data
    reply = classify_reply(parse_data.get("text") or "", name, confidence, field)
    if reply.kind != "answer":
        return parse_data
    return {**parse_data, "intent": {"name": ANSWER_INTENT, "confidence": confidence}}


def relabel_personal_situation(parse_data: dict[str, Any], active_loop: str | None,
                               has_plan: bool = False) -> dict[str, Any]:
    """A ``plan_path`` message that does not ask for a plan and gives little of it (no
    form running) becomes a question to answer first (``situation_reply``), flagged
    ``situation``; the answer offers the plan as a button. So does a message read as
    giving a plan's answer (``update_profile``, ``plan_answer``) and asking something,
    from someone with no plan yet ("I'm a teacher with no coding, could I do this?"); a
    statement ("I have a CS degree") still starts the plan, and with a plan, changes it."""
    intent = parse_data.get("intent") or {}
    name, text = intent.get("name"), parse_data.get("text") or ""
    asked = name == PLAN_INTENT or (
        name in (UPDATE_INTENT, ANSWER_INTENT) and not has_plan and is_question(text))
    if active_loop or not asked or starts_plan(text):
        return parse_data
    return {**parse_data, SITUATION: True,
            "intent": {"name": SITUATION_INTENT, "confidence": intent.get("confidence")}}
