"""A person to talk to, deleting one's conversation, answer feedback: thin wrappers over
``mlcareer.support`` and ``mlcareer.qa.feedback``. The deletion itself happens in the
Rasa server, after the turn (``components.privacy``): the action only records that the
user confirmed."""

from __future__ import annotations

import os
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ANSWERED
from mlcareer import support
from mlcareer.qa import feedback

FORGET = "forget_me"  # slot: "asked" after the question, "confirmed" once confirmed
HUMAN_CONTACT = "HUMAN_CONTACT"  # env: an e-mail address or an http(s) URL


class ActionTalkToHuman(Action):
    def name(self) -> str:
        return "action_talk_to_human"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        reply = support.human_reply(os.environ.get(HUMAN_CONTACT))
        dispatcher.utter_message(text=reply.text, buttons=reply.buttons or None)
        return []


class ActionAskForget(Action):
    def name(self) -> str:
        return "action_ask_forget"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        reply = support.forget_question()
        dispatcher.utter_message(text=reply.text, buttons=reply.buttons)
        return [SlotSet(FORGET, "asked")]


class ActionForgetMe(Action):
    """Confirms a deletion the user was asked about; anything else is not deleted."""

    def name(self) -> str:
        return "action_forget_me"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        if tracker.get_slot(FORGET) != "asked":
            dispatcher.utter_message(text=support.FORGET_NOT_ASKED)
            return []
        dispatcher.utter_message(text=support.FORGET_DONE)
        return [SlotSet(FORGET, "confirmed")]


class ActionCancelForget(Action):
    def name(self) -> str:
        return "action_cancel_forget"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        if tracker.get_slot(FORGET) == "asked":
            dispatcher.utter_message(text=support.FORGET_KEPT)
        else:
            dispatcher.utter_message(text=support.FORGET_NOT_ASKED)
        return [SlotSet(FORGET, None)]


FEEDBACK = "feedback"  # slot: "down" while "what was missing?" waits for an answer


class ActionFeedback(Action):
    """Thanks for a thumbs up; a thumbs down asks what was missing (once)."""

    def name(self) -> str:
        return "action_feedback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if tracker.get_slot(ANSWERED) is None and tracker.get_slot(FEEDBACK) is None:
            dispatcher.utter_message(text=feedback.NOTHING_TO_RATE)
            return []
        if intent == feedback.DOWN:
            dispatcher.utter_message(text=feedback.ASK_MISSING)
            return [SlotSet(FEEDBACK, "down")]
        dispatcher.utter_message(text=feedback.THANKS_UP)
        return [SlotSet(FEEDBACK, None)]


class ActionFeedbackComment(Action):
    def name(self) -> str:
        return "action_feedback_comment"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=feedback.THANKS_COMMENT)
        return [SlotSet(FEEDBACK, None)]
