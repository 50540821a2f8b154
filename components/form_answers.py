"""While the roadmap form waits for an answer, a message that reads as that answer is one.

Rasa's rules act on the intent before the form sees the message: when the
classifier is unsure about a short answer ("Strong" came out as goodbye at 0.47,
"full-time" below the fallback threshold), the "goodbye in the middle of the
roadmap" rule or the fallback took over and the plan was lost. The core decides
(``mlcareer.roadmap.replies.classify_reply``, as the form does); a message that
answers the requested field is relabelled ``plan_answer``.
"""

from __future__ import annotations

import re
from typing import Any

from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.compose import asked_aspect
from mlcareer.qa.fallback import UNSURE_CONFIDENCE, topic_confidence
from mlcareer.roadmap.profile import SLOT_FIELDS
from mlcareer.roadmap.replies import classify_reply
from mlcareer.roadmap.situation import (
    EXTREME,
    PLAN_INTENT,
    asks_about_own_situation,
    asks_how_to_get_in,
    is_question,
    plan_requested,
    starts_plan,
)

FORM = "plan_form"
ANSWER_INTENT = "plan_answer"
UPDATE_INTENT = "update_profile"
SITUATION_INTENT = "ask_next_steps"  # answered by action_answer_question
ROUTES_INTENT = "ask_compare"  # "fastest route into ml?": the routes ranked
SITUATION = "situation"  # parse-data flag: a personal situation asked about
NOT_UNDERSTOOD = ("out_of_scope", "nlu_fallback")
PLAN_INTENTS = (PLAN_INTENT, UPDATE_INTENT, ANSWER_INTENT)
ASKS = re.compile(r"\b(what|how|which|should i|can i|could i|do i|does it)\b", re.I)


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
    statement ("I have a CS degree") still starts the plan, and with a plan, changes it.
    Such a question about a figure of a subject it names is that figure's question. A
    message about one's situation that asks whether one could do it ("im a nurse 38 no
    coding, realistic?", ``asks_about_own_situation``), or how to get into the field
    ("How do I become a data scientist?", ``asks_how_to_get_in``), is one too when the
    classifier took it for something else or was unsure."""
    intent = parse_data.get("intent") or {}
    name, text = intent.get("name") or "", parse_data.get("text") or ""
    asked = name == PLAN_INTENT or (
        name in (UPDATE_INTENT, ANSWER_INTENT) and not has_plan and is_question(text))
    # "im a nurse 38 no coding, realistic?" taken for something else, or for a guide
    # question without confidence: the person's situation all the same
    unsure = name in NOT_UNDERSTOOD or name in PLAN_INTENTS or (
        name.startswith("ask_") and topic_confidence(
            default_knowledge_base(), parse_data.get("intent_ranking") or [intent], name)
        < UNSURE_CONFIDENCE)
    if not active_loop and not has_plan and name in PLAN_INTENTS and (
            is_question(text) or ASKS.search(text)):
        # "textbooks and a decent computer, what should i budget": a figure question
        figure = asked_aspect(default_knowledge_base(), text, parse_data.get("entities") or [])
        if figure is not None:
            return {**parse_data, "intent": {"name": figure,
                                             "confidence": intent.get("confidence")}}
    if (not active_loop and name in PLAN_INTENTS and not text.startswith("/")
            and EXTREME.search(text) and not plan_requested(text)):
        # "marketing guy, 35. fastest route into ml?": the routes ranked, not the form
        return {**parse_data, "intent": {"name": ROUTES_INTENT,
                                         "confidence": intent.get("confidence")}}
    feasible = not active_loop and unsure and (asks_about_own_situation(text)
                                               or asks_how_to_get_in(text))
    if not feasible and (active_loop or not asked or starts_plan(text)):
        return parse_data
    return {**parse_data, SITUATION: True,
            "intent": {"name": SITUATION_INTENT, "confidence": intent.get("confidence")}}
