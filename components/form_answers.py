"""While the roadmap form waits for an answer, a message that reads as that answer is one.

Rasa's rules act on the intent before the form sees the message: when the
classifier is unsure about a short answer ("Strong" came out as goodbye at 0.47,
"full-time" below the fallback threshold), the "goodbye in the middle of the
roadmap" rule or the fallback took over and the plan was lost. Answers are
read by ``actions.profile_text``, the same reader the form uses; a message
that states the requested field is relabelled ``plan_answer`` unless the model
is sure it is a guide question (then the form's own rules answer it first).
"""

from __future__ import annotations

from typing import Any

from actions.answers import QUESTION_INTENTS
from actions.plan_prompts import INTERRUPT_CONFIDENCE, SLOT_FIELDS
from actions.profile_text import read_profile

FORM = "plan_form"
ANSWER_INTENT = "plan_answer"
# a confident follow-up ("and for a master's?") is a question, not an answer
QUESTIONS = QUESTION_INTENTS - {"inform"}


def relabel_form_answer(
    parse_data: dict[str, Any], active_loop: str | None, requested_slot: Any
) -> dict[str, Any]:
    """``parse_data`` with intent ``plan_answer`` if it answers the form's question."""
    field = SLOT_FIELDS.get(requested_slot) if isinstance(requested_slot, str) else None
    if active_loop != FORM or field is None:
        return parse_data
    intent = parse_data.get("intent") or {}
    name, confidence = intent.get("name"), intent.get("confidence") or 0.0
    text = parse_data.get("text") or ""
    if name == ANSWER_INTENT or text.startswith("/"):
        return parse_data
    if name in QUESTIONS and confidence >= INTERRUPT_CONFIDENCE:
        return parse_data
    if field not in read_profile(text, asked=field):
        return parse_data
    return {**parse_data, "intent": {"name": ANSWER_INTENT, "confidence": confidence}}
