"""Rasa custom actions: thin wrappers over ``answers`` (look-up) and ``render`` (words)."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import Context, answer
from actions.knowledge_base import default_knowledge_base
from actions.render import UNKNOWN_TEXT, render

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
        except Exception:  # never leave the user in silence
            logger.exception("failed to answer intent %r", intent)
            dispatcher.utter_message(text=UNKNOWN_TEXT)
            return []
        dispatcher.utter_message(text=reply.text, buttons=reply.buttons or None)
        return [
            SlotSet("subject", outcome.context.subject),
            SlotSet("aspect", outcome.context.aspect),
        ]
