"""Rasa custom actions for questions: thin wrappers over ``mlcareer.qa``."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from mlcareer.format import UNKNOWN_TEXT
from mlcareer.knowledge import KnowledgeBase, default_knowledge_base
from mlcareer.qa.answers import (
    ASPECT_INTENTS,
    KIND_INTENTS,
    Context,
    Unknown,
    listed,
    mentioned_subjects,
    user_aspects,
)
from mlcareer.qa.compose import (
    SECOND,
    answer_all,
    asked_aspect,
    aspect_of_recent,
    other_aspects,
)
from mlcareer.qa.context import referred, remember
from mlcareer.qa.fallback import (
    NEAREST_TEXT,
    UNSURE_CONFIDENCE,
    fallback_choices,
    nearest_topics,
    offer_after_decline,
    topics_after_decline,
)
from mlcareer.qa.feedback import with_feedback
from mlcareer.qa.rankings import ranking
from mlcareer.qa.rescue import (
    NEAR_TEXT,
    SOURCES_INTENT,
    abroad_reply,
    figures_abroad,
    in_same_part,
    near_button,
    others_like,
    provenance,
    reply_for,
    rescue,
    which_suits,
)
from mlcareer.qa.search import Hit, default_search
from mlcareer.qa.suggestions import suggest, with_close_second
from mlcareer.roadmap.situation import situation_reply

OUT_OF_SCOPE_RESPONSE = "utter_out_of_scope"
OFF_GUIDE_TEXT = ("Sorry, that's outside what I can help with: the guide doesn't cover {what}. "
                  "It covers becoming a machine learning engineer: education, skills, "
                  "certifications, bootcamps, time and cost, salaries and job outlook.")
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
        if intent == "inform" and not message.get("entities"):
            # "and time?": the aspect named, of the subject in context; "and what does
            # it cover?": that subject described
            asked = aspect_asked(message, tracker.get_slot("subject"))
            if asked is not None:
                return answer_question(dispatcher, tracker, asked)
            about = pointed_subject(message.get("text") or "", tracker.get_slot("subject"))
            if about is not None:
                return answer_question(dispatcher, tracker, about[0], about[1])
        elif intent not in ASPECT_INTENTS and not message.get(SECOND) and (
                (message.get("intent") or {}).get("confidence") or 0.0) < UNSURE_CONFIDENCE:
            # unsure, but a figure is named (when it is asked in a second question, that
            # one answers it: "which are the main certs? and what do they cost")
            intent = aspect_asked(message) or intent
        return answer_question(dispatcher, tracker, intent)


def aspect_asked(message: dict[str, Any], in_context: str | None = None) -> str | None:
    """The figure question a message asks about a subject it names, or when it names
    none, the subject in context (``asked_aspect``)."""
    entities = message.get("entities") or []
    if not entities and isinstance(in_context, str):
        entities = [{"value": in_context}]
    return asked_aspect(default_knowledge_base(), message.get("text") or "", entities)


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker, intent: str,
                    also: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The answer to ``intent`` for the latest message (with the entities ``also``), with
    the conversation's context."""
    message = tracker.latest_message or {}
    context = Context(subject=tracker.get_slot("subject"), aspect=tracker.get_slot("aspect"))
    try:
        kb = default_knowledge_base()
        if message.get("situation"):  # components/form_answers.py
            reply, answered = situation_reply(kb, message.get("intent_ranking") or [],
                                              message.get("text") or "")
            dispatcher.utter_message(text=reply.text,
                                     buttons=with_feedback(reply.text, reply.buttons))
            return [SlotSet(ANSWERED, answered)]
        text, entities = message.get("text") or "", [*(message.get("entities") or []),
                                                 *(also or [])]
        hit = in_same_part(kb, default_search(), text, tracker.get_slot(ANSWERED)) if (
            message.get("in_part")) else None  # components/novelty.py
        if hit is not None:  # "and finance?" after the work environments: that item
            reply = reply_for(kb, hit)
            dispatcher.utter_message(text=reply.text,
                                     buttons=with_feedback(reply.text, reply.buttons) or None)
            return [SlotSet(ANSWERED, hit.passage.intent)]
        recent = tracker.get_slot(RECENT) or []
        named = [s.id for s in mentioned_subjects(kb, entities)]
        pointed = referred(text, named, recent, kinds_of(kb, recent), kb.pairs)
        if (len(pointed) == 1 and not named and intent in ASPECT_INTENTS and pointed[0] in
                kb.subjects and ASPECT_INTENTS[intent] not in user_aspects(kb, pointed[0])):
            pointed = []  # "how much does it cost?" after data scientists' pay: not them
        if pointed and not named:  # "both", "which of them", "the other one", "it"
            entities = [*entities, *({"entity": kb.subjects[s].kind, "value": s}
                                     for s in pointed if s in kb.subjects)]
        elif not named and context.subject is None and (
                follow := aspect_of_recent(kb, text, recent)):
            intent = follow[0]  # "and cost" after two routes compared: both
            entities = [*entities, *({"entity": kb.subjects[s].kind, "value": s}
                                     for s in follow[1])]
        answered = provenance_asked(dispatcher, message)
        if answered is not None:
            return answered
        subjects = mentioned_subjects(kb, entities)
        ranked = ranked_reply(dispatcher, text, subjects, tracker)
        if ranked is not None:
            return ranked
        chosen = chosen_reply(dispatcher, text, subjects, tracker) if not named else None
        if chosen is not None:
            return chosen
        reply, outcome = answer_all(kb, intent, entities, context, text)
        suggested = suggest(kb, outcome.result)
        if intent == (message.get("intent") or {}).get("name") and not message.get(SECOND):
            # the classifier's close second reading, one click away
            suggested = with_close_second(suggested, message.get("intent_ranking"), intent)
        buttons = with_feedback(reply.text, reply.buttons or suggested)
    except Exception:  # never leave the user in silence
        logger.exception("failed to answer intent %r", intent)
        dispatcher.utter_message(text=UNKNOWN_TEXT)
        return []
    dispatcher.utter_message(text=reply.text, buttons=buttons or None)
    second_answer(dispatcher, kb, message, outcome.context, reply.text)
    return [
        SlotSet("subject", outcome.context.subject),
        SlotSet("aspect", outcome.context.aspect),
        SlotSet(ANSWERED, intent),
        # a topic's list ("TensorFlow and PyTorch") is talked about too: "the other one?"
        SlotSet(RECENT, remember(recent, [outcome.context.subject,
                                          *[s.id for s in subjects],
                                          *[s.id for s in listed(outcome)]])),
    ]


def second_answer(dispatcher: CollectingDispatcher, kb: Any, message: dict[str, Any],
                  context: Context, first_text: str) -> None:
    """The answer to a second question of the message (``second``, set by the parse hook:
    "python or java? also do i need calculus"), after the first one's; "what do they cost"
    refers to what the first answer was about."""
    second = message.get(SECOND)
    if not isinstance(second, dict) or not isinstance(second.get("intent"), str):
        return
    entities = [e for e in second.get("entities") or [] if isinstance(e, dict)]
    try:
        reply, outcome = answer_all(kb, second["intent"], entities, context,
                                    str(second.get("text") or ""))
    except Exception:  # the first answer stands
        logger.exception("failed to answer the second question %r", second.get("intent"))
        return
    if not isinstance(outcome.result, Unknown) and reply.text not in first_text:
        dispatcher.utter_message(text=reply.text)


def kinds_of(kb: Any, recent: list[Any]) -> dict[str, str]:
    """The kind of each recent subject the knowledge base knows."""
    return {s: kb.subjects[s].kind for s in recent if isinstance(s, str) and s in kb.subjects}


def ranked_reply(dispatcher: CollectingDispatcher, text: str, subjects: list[Any],
                 tracker: Tracker | None) -> list[dict[str, Any]] | None:
    """The ranking, extreme or difference the message asks for (``ranking``), with the
    subjects and the aspect of the conversation, or None. Its top subjects become the
    ones talked about ("and the lowest?", then "gap between them?"), the first of them the
    subject."""
    kb = default_knowledge_base()
    recent = (tracker.get_slot(RECENT) if tracker else None) or []
    aspect = tracker.get_slot("aspect") if tracker else None
    if not subjects:  # "gap between them?": the subjects talked about
        subjects = [kb.subjects[s] for s in referred(text, [], recent, kinds_of(kb, recent))
                    if s in kb.subjects]
    found = ranking(kb, text, subjects, recent, aspect if isinstance(aspect, str) else None)
    if found is None:
        return None
    # "what do they earn, and which is growing faster?": the pay too, before the ranking
    text = "\n\n".join([*other_aspects(kb, text, subjects, ASPECT_INTENTS[found.intent]),
                         found.reply.text])
    dispatcher.utter_message(text=text, buttons=with_feedback(text, []) or None)
    # the one put first is the one talked about: "whats the cheapest way in", then
    # "ok and time-wise?"
    top = [SlotSet("subject", found.top[0])] if found.top else []
    return [*top, SlotSet(ANSWERED, found.intent),
            SlotSet("aspect", ASPECT_INTENTS[found.intent]),
            SlotSet(RECENT, remember(recent, [*found.top, *[s.id for s in subjects]]))]


def chosen_reply(dispatcher: CollectingDispatcher, text: str, subjects: list[Any],
                 tracker: Tracker | None) -> list[dict[str, Any]] | None:
    """"which of them suits data engineering?" after two certifications: the one whose
    description in the guide fits (``which_suits``), or None."""
    recent = (tracker.get_slot(RECENT) if tracker else None) or []
    if subjects or not isinstance(recent, list):
        return None
    found = which_suits(default_knowledge_base(), default_search(), text, recent)
    if found is None:
        return None
    reply, chosen = found
    dispatcher.utter_message(text=reply.text,
                             buttons=with_feedback(reply.text, reply.buttons) or None)
    return [SlotSet(ANSWERED, "inform"), SlotSet("subject", chosen),
            SlotSet(RECENT, remember(recent, [chosen]))]


def decline(dispatcher: CollectingDispatcher, message: dict[str, Any],
            tracker: Tracker | None = None) -> list[dict[str, Any]]:
    """Search first (``rescue``): the figures' provenance, or an answer when search is very
    sure. Otherwise the out-of-scope reply, then the named subject's questions
    (``offer_after_decline``) or the nearest covered topic."""
    kb = default_knowledge_base()
    text = message.get("text") or ""
    if message.get("off_guide"):  # components/novelty.py: a visa, a university...
        dispatcher.utter_message(text=OFF_GUIDE_TEXT.format(what=message["off_guide"]))
        found = rescue(default_search(), text)
        near = found.hit if found.kind == "near" and found.hit and \
            found.hit.passage.intent.startswith("ask_") else None  # a topic, not "more"
        # "what do they earn with 4 yrs experience? and do i need a degree?": the other one
        second_answer(dispatcher, kb, message, Context(), "")
        send_nearest(dispatcher, kb, message, near)
        return [SlotSet(ANSWERED, None)]
    ranked = ranked_reply(dispatcher, text,
                          mentioned_subjects(kb, message.get("entities") or []), tracker)
    if ranked is not None:  # "which of these jobs pays best?" taken as out of scope
        return ranked
    chosen = chosen_reply(dispatcher, text,
                          mentioned_subjects(kb, message.get("entities") or []), tracker)
    if chosen is not None:  # "which one is better for speech stuff?"
        return chosen
    recent = (tracker.get_slot(RECENT) if tracker else None) or []
    others = others_like(kb, text, recent if isinstance(recent, list) else [],
                         tracker.get_slot(ANSWERED) if tracker else None) if not \
        mentioned_subjects(kb, message.get("entities") or []) else None
    if others is not None:  # "any other sites like that" after Kaggle
        dispatcher.utter_message(text=others.text,
                                 buttons=with_feedback(others.text, []) or None)
        return [SlotSet(ANSWERED, "inform")]
    abroad = declined_abroad(dispatcher, message, tracker)
    if abroad is not None:  # "does it cover europe too", "and in the uk?" after pay
        return abroad
    found = rescue(default_search(), text)
    if found.kind == "sources":
        return send_provenance(dispatcher)
    if found.kind == "answer" and found.hit is not None:
        reply = reply_for(kb, found.hit)
        dispatcher.utter_message(text=reply.text,
                                 buttons=with_feedback(reply.text, reply.buttons) or None)
        return [SlotSet(ANSWERED, found.hit.passage.intent)]
    if message.get("unsure"):  # components/novelty.py: maybe covered, maybe not
        nearest = nearest_topics(kb, message)
        if nearest is not None:
            dispatcher.utter_message(text=nearest.text, buttons=nearest.buttons)
            return [SlotSet(ANSWERED, None)]
    dispatcher.utter_message(response=OUT_OF_SCOPE_RESPONSE)
    offer = offer_after_decline(kb, message.get("entities") or [])
    if offer is not None:
        dispatcher.utter_message(text=offer.text, buttons=offer.buttons)
    else:
        send_nearest(dispatcher, kb, message, found.hit if found.kind == "near" else None)
    return [SlotSet(ANSWERED, None)]


def send_nearest(dispatcher: CollectingDispatcher, kb: KnowledgeBase, message: dict[str, Any],
                 near: Hit | None) -> None:
    """After a refusal: the nearest covered topic search found (``near``, a hit) and, for
    a long post, the classifier's likeliest (``topics_after_decline``), if any."""
    nearest = topics_after_decline(kb, message, near_button(near) if near else None)
    if nearest:
        dispatcher.utter_message(text=NEAR_TEXT if len(nearest) == 1 else NEAREST_TEXT,
                                 buttons=nearest)


class ActionOutOfScope(Action):
    """Declines a question the guide does not cover (see ``decline``)."""

    def name(self) -> str:
        return "action_out_of_scope"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        asked = aspect_asked(message)  # "is a masters gonna bankrupt me": a figure after all
        if asked is not None and not message.get("off_guide"):
            return answer_question(dispatcher, tracker, asked)
        return decline(dispatcher, message, tracker)


def provenance_asked(dispatcher: CollectingDispatcher,
                     message: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The figures' provenance when search says the message asks where the data comes
    from ("how recent is this data?"), whatever the classifier made of it; pay asked for a
    place outside the U.S. is declined (``declined_abroad``)."""
    abroad = declined_abroad(dispatcher, message)
    if abroad is not None:
        return abroad
    if rescue(default_search(), message.get("text") or "").kind != "sources":
        return None
    return send_provenance(dispatcher)


def declined_abroad(dispatcher: CollectingDispatcher, message: dict[str, Any],
                    tracker: Tracker | None = None) -> list[dict[str, Any]] | None:
    """Pay or the job market asked for a place outside the U.S. ("what do data scientists
    earn in India?", "does it cover europe too"): declined, with the figures the guide
    has and where they come from."""
    place = figures_abroad(message.get("text") or "",
                           (message.get("intent") or {}).get("name"),
                           tracker.get_slot("aspect") if tracker else None)
    if place is None:
        return None
    dispatcher.utter_message(response=OUT_OF_SCOPE_RESPONSE)
    dispatcher.utter_message(text=abroad_reply(default_knowledge_base(), place).text)
    return [SlotSet(ANSWERED, None)]


def send_provenance(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    dispatcher.utter_message(text=provenance(default_knowledge_base()).text)
    return [SlotSet(ANSWERED, SOURCES_INTENT)]


class ActionHelp(Action):
    """What the assistant can answer, unless the message asks about the data itself."""

    def name(self) -> str:
        return "action_help"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        answered = provenance_asked(dispatcher, message)
        if answered is not None:
            return answered
        about = pointed_subject(message.get("text") or "", tracker.get_slot("subject"))
        if about is not None:  # "and what does it cover?" after a certification
            return answer_question(dispatcher, tracker, about[0], about[1])
        dispatcher.utter_message(response="utter_help")
        return []


POINTER = re.compile(r"\b(it|that|this|they|them|those)\b", re.I)


def pointed_subject(text: str, in_context: Any) -> tuple[str, list[dict[str, Any]]] | None:
    """"what does it cover?" with a subject in context: the question that describes it
    (its kind's question, e.g. ``ask_certifications``) and the subject as an entity."""
    kb = default_knowledge_base()
    subject = kb.subjects.get(in_context) if isinstance(in_context, str) else None
    if subject is None or not POINTER.search(text):
        return None
    intent = next((i for i, (kind, *_) in KIND_INTENTS.items() if kind == subject.kind), None)
    if intent is None:
        return None
    return intent, [{"entity": subject.kind, "value": subject.id}]


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
        # answered or declined here: the fallback loop ends, so that the next message is
        # a new question, not the answer to a "did you mean" nobody asked
        done = [ActiveLoop(None)]
        answered = provenance_asked(dispatcher, message)
        if answered is not None:
            return answered + done
        asked = aspect_asked(message)
        if asked is not None:
            return answer_question(dispatcher, tracker, asked) + done
        choices = fallback_choices(default_knowledge_base(), message)
        if choices is None:
            return decline(dispatcher, message, tracker) + done
        dispatcher.utter_message(text=choices.text, buttons=choices.buttons)
        return [SlotSet(ANSWERED, None)]
