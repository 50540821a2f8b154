"""Rasa custom actions: thin wrappers over ``answers`` (look-up) and ``render`` (words)."""

from __future__ import annotations

import json
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import Context, answer
from actions.knowledge_base import KnowledgeBase, Subject, default_knowledge_base
from actions.render import UNKNOWN_TEXT, capitalise, render
from actions.suggestions import INTENT_TITLES, subject_questions, suggest

NOT_OFFERED = {"nlu_fallback", "out_of_scope"}
AFFIRMATION_TEXT = "Sorry, I'm not sure I understood. Did you mean one of these?"
OUT_OF_SCOPE_RESPONSE = "utter_out_of_scope"
IF_YOU_MEANT = "If you meant {label}, I can answer these:"
SOMETHING_ELSE = {"title": "Something else", "payload": "/out_of_scope"}
# Below this, with no subject of the guide named, the message is most likely about
# something else ("make me laugh", "kjsdhf"): decline rather than guess.
GUESS_CONFIDENCE = 0.3

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
            outcome = answer(kb, intent, message.get("entities") or [], context)
            reply = render(kb, outcome.result)
            buttons = reply.buttons or suggest(kb, outcome.result)
        except Exception:  # never leave the user in silence
            logger.exception("failed to answer intent %r", intent)
            dispatcher.utter_message(text=UNKNOWN_TEXT)
            return []
        dispatcher.utter_message(text=reply.text, buttons=buttons or None)
        return [
            SlotSet("subject", outcome.context.subject),
            SlotSet("aspect", outcome.context.aspect),
        ]


def named_subject(kb: KnowledgeBase, entities: list[dict[str, Any]]) -> Subject | None:
    """The first knowledge-base subject among the message's entities, if any."""
    for entity in entities:
        value = entity.get("value")
        subject = kb.subject(value) if isinstance(value, str) else None
        if subject is not None:
            return subject
    return None


def decline(dispatcher: CollectingDispatcher, entities: list[dict[str, Any]]) -> None:
    """The out-of-scope reply; if a subject of the guide was named, its questions as buttons.

    "how many years is grad school?" taken as out of scope still names master's
    degrees: the user gets the polite refusal and one click to what they meant.
    """
    dispatcher.utter_message(response=OUT_OF_SCOPE_RESPONSE)
    kb = default_knowledge_base()
    subject = named_subject(kb, entities)
    if subject is not None:
        dispatcher.utter_message(text=IF_YOU_MEANT.format(label=subject.label),
                                 buttons=subject_questions(kb, subject))


class ActionOutOfScope(Action):
    """Declines a question the guide does not cover (see ``decline``)."""

    def name(self) -> str:
        return "action_out_of_scope"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        decline(dispatcher, (tracker.latest_message or {}).get("entities") or [])
        return []


class ActionAskAffirmation(Action):
    """First stage of the two-stage fallback: the two likeliest meanings as buttons.

    Replaces Rasa's default, which shows the raw intent name, with readable
    titles; the subject the user named is kept in each button's payload.
    """

    def name(self) -> str:
        return "action_default_ask_affirmation"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        ranked = [r for r in message.get("intent_ranking") or []
                  if r.get("name") != "nlu_fallback"]
        top = ranked[0] if ranked else {}
        names_a_subject = any(e.get("entity") for e in message.get("entities") or [])
        if top.get("name") == "out_of_scope" or (
                (top.get("confidence") or 0.0) < GUESS_CONFIDENCE and not names_a_subject):
            # The likeliest meaning is something the guide does not cover: say so
            # rather than offering guesses about things it does cover.
            decline(dispatcher, message.get("entities") or [])
            return []
        entities: dict[str, str] = {}
        for entity in message.get("entities") or []:
            if entity.get("entity") and isinstance(entity.get("value"), str):
                entities.setdefault(entity["entity"], entity["value"])
        subject = None
        if entities:
            subject = default_knowledge_base().subject(next(iter(entities.values())))
        candidates = [
            ranked["name"] for ranked in message.get("intent_ranking") or []
            if ranked.get("name") in INTENT_TITLES and ranked["name"] not in NOT_OFFERED
        ][:2]
        buttons = []
        for intent in candidates:
            title = INTENT_TITLES[intent]
            if subject is not None:
                title = f"{title}: {capitalise(subject.label)}"
            suffix = json.dumps(entities) if entities else ""
            buttons.append({"title": title, "payload": f"/{intent}{suffix}"})
        dispatcher.utter_message(text=AFFIRMATION_TEXT, buttons=[*buttons, SOMETHING_ELSE])
        return []
