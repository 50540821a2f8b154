"""The roadmap form: a thin Rasa layer over ``mlcareer.roadmap``.

``plan_form`` (declared in domain.yml) asks for the five profile fields.
``validate_plan_form`` reads every user message while the form runs: values
stated anywhere fill their slots ("I have a CS degree and can code"), a later
statement corrects an earlier one ("actually my budget is $20k"), a question
leaves the slots alone so that the form is rejected and the question answered
before the form resumes, and an answer that does not fit is asked again with
a short explanation (buttons after two misses).
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from mlcareer.format import UNKNOWN_TEXT
from mlcareer.knowledge import default_knowledge_base
from mlcareer.roadmap.planner import Profile, make_plan
from mlcareer.roadmap.profile import SLOT_FIELDS, SLOTS, budget_amount, is_valid
from mlcareer.roadmap.replies import classify_reply
from mlcareer.roadmap.situation import where_to_start
from mlcareer.roadmap.wording import RETRIES, START, question, render_plan, took, updated

logger = logging.getLogger(__name__)

MISSES = "plan_misses"
LEAVE = {"stop", "goodbye", "forget_me"}
PLAN_BUTTONS = [
    {"title": "Ways to save money", "payload": "/ask_manage_costs"},
    {"title": "Compare the paths", "payload": "/ask_compare"},
    {"title": "Start a new plan", "payload": "/plan_path"},
]


def read_message(tracker: Tracker) -> dict[str, str]:
    """Slot values the latest user message states; the raw text for a misread answer."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    confidence = (message.get("intent") or {}).get("confidence") or 0.0
    requested = SLOT_FIELDS.get(tracker.get_slot("requested_slot"))
    clicked = {e["entity"]: e.get("value") for e in message.get("entities") or []
               if e.get("entity") in SLOT_FIELDS}
    if clicked or intent in LEAVE:
        return clicked
    reply = classify_reply(message.get("text") or "", intent, confidence, requested)
    if reply.kind in ("payload", "interruption"):
        return {}  # a question: reject the form so that it is answered first
    return {SLOTS[field]: value for field, value in reply.values.items()}


class ValidatePlanForm(FormValidationAction):
    def name(self) -> str:
        return "validate_plan_form"

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        values = read_message(tracker)
        requested = tracker.get_slot("requested_slot")
        missed = requested in values and not is_valid(SLOT_FIELDS[requested], values[requested])
        noted, changed = [], False
        for slot, value in values.items():
            previous = tracker.get_slot(slot)
            field = SLOT_FIELDS[slot]
            if (slot != requested and previous is not None and previous != value
                    and is_valid(field, value)):
                dispatcher.utter_message(text=updated(field, value))
                changed = True
            elif slot != requested and previous is None and is_valid(field, value):
                noted.append((field, value))
        if missed and noted:
            dispatcher.utter_message(text=took(noted))
        if missed and (noted or changed):
            # "10 hours a week" when asked about programming: another answer, taken and
            # said so; the question asked comes again, without "I didn't catch that"
            values.pop(requested)
        tracker.slots.update(values)
        return [SlotSet(slot, value) for slot, value in values.items()]

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        events = []
        requested = tracker.get_slot("requested_slot")
        for slot in tracker.slots_to_validate():
            if slot not in SLOT_FIELDS:
                continue
            value = tracker.get_slot(slot)
            if is_valid(SLOT_FIELDS[slot], value):
                events.append(SlotSet(slot, value))
                if slot == requested:
                    events.append(SlotSet(MISSES, 0))
                continue
            events.append(SlotSet(slot, None))
            if slot == requested:
                misses = int(tracker.get_slot(MISSES) or 0) + 1
                events.append(SlotSet(MISSES, misses))
                dispatcher.utter_message(text=RETRIES[SLOT_FIELDS[slot]])
        return events


class AskPlanField:
    """Asks for one profile field: ``action_ask_plan_<field>``. (A mixin, so that
    the action server registers only the concrete actions below.)"""

    field = ""

    def name(self) -> str:
        return f"action_ask_{SLOTS[self.field]}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: DomainDict) -> list[dict[str, Any]]:
        misses = int(tracker.get_slot(MISSES) or 0)
        text, buttons = question(self.field, misses)
        dispatcher.utter_message(text=text, buttons=buttons or None)
        return []


class ActionAskPlanEducation(AskPlanField, Action):
    field = "education"


class ActionAskPlanProgramming(AskPlanField, Action):
    field = "programming"


class ActionAskPlanBudget(AskPlanField, Action):
    field = "budget"


class ActionAskPlanPace(AskPlanField, Action):
    field = "pace"


class ActionAskPlanGoal(AskPlanField, Action):
    field = "goal"


class ActionStartPlan(Action):
    """Before the form: a new plan forgets the last one's answers; an update keeps them."""

    def name(self) -> str:
        return "action_start_plan"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: DomainDict) -> list[dict[str, Any]]:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        events = [SlotSet(MISSES, 0)]
        if intent == "plan_path":
            # "stay at home dad, 2 kids, only evenings free. path for me?": what to learn
            # first, before the plan's questions
            first = where_to_start(default_knowledge_base(),
                                   (tracker.latest_message or {}).get("text") or "")
            if first is not None:
                dispatcher.utter_message(text=first.text)
            dispatcher.utter_message(text=START)
            events += [SlotSet(slot, None) for slot in SLOT_FIELDS]
        return events


class ActionShowPlan(Action):
    """The ordered plan, computed by the planner from the form's answers."""

    def name(self) -> str:
        return "action_show_plan"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: DomainDict) -> list[dict[str, Any]]:
        try:
            slots = {field: tracker.get_slot(slot) for field, slot in SLOTS.items()}
            profile = Profile(education=slots["education"], programming=slots["programming"],
                              budget=budget_amount(slots["budget"]), pace=slots["pace"],
                              goal=slots["goal"])
            kb = default_knowledge_base()
            reply = render_plan(kb, make_plan(profile, kb))
        except Exception:  # never leave the user in silence
            logger.exception("failed to make a plan")
            dispatcher.utter_message(text=UNKNOWN_TEXT)
            return []
        dispatcher.utter_message(text=reply.text, buttons=PLAN_BUTTONS)
        return []
