"""Rasa custom actions for questions: thin wrappers over ``mlcareer.qa``."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from mlcareer.format import UNKNOWN_TEXT
from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.answers import Context, mentioned_subjects
from mlcareer.qa.compose import answer_all
from mlcareer.qa.context import referred, remember
from mlcareer.qa.fallback import fallback_choices, offer_after_decline
from mlcareer.qa.feedback import with_feedback
from mlcareer.qa.rankings import ranking
from mlcareer.qa.rescue import NEAR_TEXT, SOURCES_INTENT, near_button, provenance, reply_for, rescue
from mlcareer.qa.search import default_search
from mlcareer.qa.suggestions import suggest
from mlcareer.roadmap.situation import situation_reply

OUT_OF_SCOPE_RESPONSE = "utter_out_of_scope"
ANSWERED = "answered_intent"
RECENT = "recent_subjects"

logger = logging.getLogger(__name__)


class ActionAnswerQuestion(Action):
    """Answers any question about the guide from the knowledge base."""

    def name(self) -> str:
        return "action_answer_question"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name") or ""
        context = Context(subject=tracker.get_slot("subject"), aspect=tracker.get_slot("aspect"))
        try:
            kb = default_knowledge_base()
            if message.get("situation"):  # components/form_answers.py
                reply = situation_reply(kb)
                dispatcher.utter_message(text=reply.text,
                                         buttons=with_feedback(reply.text, reply.buttons))
                return [SlotSet(ANSWERED, "plan_path")]
            text, entities = message.get("text") or "", message.get("entities") or []
            recent = tracker.get_slot(RECENT) or []
            named = [s.id for s in mentioned_subjects(kb, entities)]
            pointed = referred(text, named, recent)
            if pointed and not named:  # "both", "which of them", "the other one"
                entities = [*entities, *({"entity": kb.subjects[s].kind, "value": s}
                                         for s in pointed if s in kb.subjects)]
            answered = provenance_asked(dispatcher, message)
            if answered is not None:
                return answered
            subjects = mentioned_subjects(kb, entities)
            ranked = ranking(kb, text, subjects)
            if ranked is not None:
                dispatcher.utter_message(text=ranked[0].text,
                                         buttons=with_feedback(ranked[0].text, []) or None)
                return [SlotSet(ANSWERED, ranked[1]),
                        SlotSet(RECENT, remember(recent, [s.id for s in subjects]))]
            reply, outcome = answer_all(kb, intent, entities, context, text)
            buttons = with_feedback(reply.text, reply.buttons or suggest(kb, outcome.result))
        except Exception:  # never leave the user in silence
            logger.exception("failed to answer intent %r", intent)
            dispatcher.utter_message(text=UNKNOWN_TEXT)
            return []
        dispatcher.utter_message(text=reply.text, buttons=buttons or None)
        return [
            SlotSet("subject", outcome.context.subject),
            SlotSet("aspect", outcome.context.aspect),
            SlotSet(ANSWERED, intent),
            SlotSet(RECENT, remember(recent, [outcome.context.subject,
                                              *[s.id for s in subjects]])),
        ]


def decline(dispatcher: CollectingDispatcher, message: dict[str, Any]) -> list[dict[str, Any]]:
    """Search first (``rescue``): the figures' provenance, or an answer when search is very
    sure. Otherwise the out-of-scope reply, then the named subject's questions
    (``offer_after_decline``) or the nearest covered topic."""
    kb = default_knowledge_base()
    text = message.get("text") or ""
    ranked = ranking(kb, text, mentioned_subjects(kb, message.get("entities") or []))
    if ranked is not None:  # "which of these jobs pays best?" taken as out of scope
        dispatcher.utter_message(text=ranked[0].text,
                                 buttons=with_feedback(ranked[0].text, []) or None)
        return [SlotSet(ANSWERED, ranked[1])]
    found = rescue(default_search(), text)
    if found.kind in ("sources", "answer") and found.hit is not None:
        reply = reply_for(kb, found.hit)
        dispatcher.utter_message(text=reply.text,
                                 buttons=with_feedback(reply.text, reply.buttons) or None)
        return [SlotSet(ANSWERED, found.hit.passage.intent)]
    dispatcher.utter_message(response=OUT_OF_SCOPE_RESPONSE)
    offer = offer_after_decline(kb, message.get("entities") or [])
    if offer is not None:
        dispatcher.utter_message(text=offer.text, buttons=offer.buttons)
    elif found.kind == "near" and found.hit is not None:
        dispatcher.utter_message(text=NEAR_TEXT, buttons=[near_button(found.hit)])
    return [SlotSet(ANSWERED, None)]


class ActionOutOfScope(Action):
    """Declines a question the guide does not cover (see ``decline``)."""

    def name(self) -> str:
        return "action_out_of_scope"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        return decline(dispatcher, tracker.latest_message or {})


def provenance_asked(dispatcher: CollectingDispatcher,
                     message: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The figures' provenance when search says the message asks where the data comes
    from ("how recent is this data?"), whatever the classifier made of it."""
    if rescue(default_search(), message.get("text") or "").kind != "sources":
        return None
    dispatcher.utter_message(text=provenance(default_knowledge_base()).text)
    return [SlotSet(ANSWERED, SOURCES_INTENT)]


class ActionHelp(Action):
    """What the assistant can answer, unless the message asks about the data itself."""

    def name(self) -> str:
        return "action_help"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        answered = provenance_asked(dispatcher, tracker.latest_message or {})
        if answered is not None:
            return answered
        dispatcher.utter_message(response="utter_help")
        return []


class ActionAskAffirmation(Action):
    """First stage of the two-stage fallback: the two likeliest meanings as buttons
    (``fallback_choices``), or a polite refusal when the guess is not worth offering.
    Replaces Rasa's default, which shows the raw intent name."""

    def name(self) -> str:
        return "action_default_ask_affirmation"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        answered = provenance_asked(dispatcher, message)
        if answered is not None:
            return answered
        choices = fallback_choices(default_knowledge_base(), message)
        if choices is None:
            return decline(dispatcher, message)
        dispatcher.utter_message(text=choices.text, buttons=choices.buttons)
        return [SlotSet(ANSWERED, None)]
