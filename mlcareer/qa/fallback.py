"""When the classifier is unsure or the question is out of scope: decline, or offer
the likeliest meanings. Decided here; ``actions.qa`` only sends what this returns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from mlcareer.format import Button, Reply, capitalise
from mlcareer.knowledge import KnowledgeBase, Subject
from mlcareer.qa.answers import answer, guide_parts
from mlcareer.qa.search import terms
from mlcareer.qa.suggestions import INTENT_TITLES, subject_questions

NOT_OFFERED = {"nlu_fallback", "out_of_scope"}
AFFIRMATION_TEXT = "Sorry, I'm not sure I understood. Did you mean one of these?"
IF_YOU_MEANT = "If you meant {label}, I can answer these:"
SOMETHING_ELSE = {"title": "Something else", "payload": "/out_of_scope"}
# Below this (the classifier's confidence in the likeliest part of the guide,
# ``topic_confidence``), with no subject of the guide named, the message is most likely
# about something else ("make me laugh", "kjsdhf"): decline rather than guess. "any good
# courses?" (courses 0.24, online learning 0.23: education) gets the choice.
GUESS_CONFIDENCE = 0.3
# A long message (this many search terms or more: a forum post, not a chat question) that
# the classifier takes for a guide question with less confidence than this (its
# ``topic_confidence``) is more often about something the guide does not cover (a course,
# a visa, a laptop, someone's own job) than not: the honest reply says so and offers the
# likeliest covered topics as buttons. Calibrated with `python -m bench.calibrate` on the
# development real questions (bench/notes.md, sessions 7, 10 and 13). Session 13, 1175
# questions: the confidence of the one intent at 0.5 answered 339 of 650 in scope on the
# labelled intent and declined 300 of 525 out of scope; the topic's confidence at 0.55
# answers 340 and declines 326 (0.5: 353 and 305), the held-out file and the probes
# unchanged.
UNSURE_CONFIDENCE = 0.55
UNSURE_MIN_TERMS = 6
UNSURE_TEXT = ("I'm not sure the guide answers that: it may be outside what it covers. "
               "The nearest topics it does cover:")

Entities = Sequence[Mapping[str, Any]]


def topic_confidence(kb: KnowledgeBase, ranking: Sequence[Mapping[str, Any]],
                     intent: str) -> float:
    """How sure the classifier is that the message asks about the part of the guide that
    answers ``intent``: the confidences of all the questions answered from the same part
    (``guide_parts``) added up, less the out-of-scope one. A question people ask about
    the guide spreads the classifier's confidence over its neighbours ("which course?",
    "learn online?", "which degree?": education); one about something else spreads it
    over unrelated questions and out of scope. Development real questions (session 13):
    at the same number answered in scope, 26 more out-of-scope questions declined than
    with the one intent's confidence."""
    parts = guide_parts(kb)
    scores = {str(r.get("name")): float(r.get("confidence") or 0.0) for r in ranking}
    part = parts.get(intent)
    if part is None:
        mass = scores.get(intent, 0.0)
    else:
        mass = sum(score for name, score in scores.items() if parts.get(name) == part)
    return mass - scores.get("out_of_scope", 0.0)


def unsure(confidence: float, text: str) -> bool:
    """A classification not sure enough (``topic_confidence`` below ``UNSURE_CONFIDENCE``)
    for a message long enough to be about something else; which intents this applies to
    is the caller's call."""
    return confidence < UNSURE_CONFIDENCE and len(terms(text)) >= UNSURE_MIN_TERMS


# After a decline, this many of the classifier's likeliest guide questions are offered:
# for the long posts it declines as unsure, the labelled question is the classifier's
# first, second or third choice in 152 of 219 (development real questions, session 15),
# the third one left out before in 18.
NEAREST = 3


def nearest_topics(kb: KnowledgeBase, message: Mapping[str, Any]) -> Reply | None:
    """After "not sure the guide answers that": the classifier's ``NEAREST`` likeliest
    guide questions as buttons (the fallback's choices without "something else")."""
    choices = fallback_choices(kb, {**message, "intent_ranking": [
        r for r in message.get("intent_ranking") or [] if r.get("name") != "out_of_scope"]},
        NEAREST)
    if choices is None:
        return None
    buttons = [b for b in choices.buttons if b is not SOMETHING_ELSE]
    return Reply(UNSURE_TEXT, buttons) if buttons else None


NEAREST_TEXT = "The nearest topics the guide covers:"


def topics_after_decline(kb: KnowledgeBase, message: Mapping[str, Any],
                         near: Button | None = None) -> list[Button]:
    """After the plain refusal: the nearest covered topic search found (``near``), and for
    a long message (a forum post more than a chat question) the classifier's likeliest
    guide questions too (``nearest_topics``), up to ``NEAREST`` buttons."""
    buttons = [dict(near)] if near else []
    if len(terms(str(message.get("text") or ""))) >= UNSURE_MIN_TERMS:
        nearest = nearest_topics(kb, message)
        for button in nearest.buttons if nearest else []:
            if all(button["payload"] != b["payload"] for b in buttons):
                buttons.append(dict(button))
    return buttons[:NEAREST]


def named_subject(kb: KnowledgeBase, entities: Entities) -> Subject | None:
    """The first knowledge-base subject among the message's entities, if any."""
    for entity in entities:
        value = entity.get("value")
        subject = kb.subject(value) if isinstance(value, str) else None
        if subject is not None:
            return subject
    return None


def offer_after_decline(kb: KnowledgeBase, entities: Entities) -> Reply | None:
    """After the out-of-scope reply: the named subject's questions as buttons, if any.

    "how many years is grad school?" taken as out of scope still names master's
    degrees: the user gets the polite refusal and one click to what they meant.
    """
    subject = named_subject(kb, entities)
    if subject is None:
        return None
    return Reply(IF_YOU_MEANT.format(label=subject.label), subject_questions(kb, subject))


def _about(kb: KnowledgeBase, intent: str, entities: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the answer to ``intent`` is about the subjects named: it differs from the
    answer with none named ("Salary: Data scientists", but not "Do you need a degree?:
    Software developers", which is answered the same for everyone)."""
    return answer(kb, intent, entities).result != answer(kb, intent, ()).result


def fallback_choices(kb: KnowledgeBase, message: Mapping[str, Any],
                     limit: int = 2) -> Reply | None:
    """The ``limit`` likeliest meanings of an unsure message as buttons (readable titles,
    the named subject kept in each payload), or None: decline instead, because the
    likeliest meaning is out of scope, or the guess is weak and no subject of the guide is
    named."""
    ranked = [r for r in message.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    top = ranked[0] if ranked else {}
    names_a_subject = any(e.get("entity") for e in message.get("entities") or [])
    guess = topic_confidence(kb, message.get("intent_ranking") or [], str(top.get("name")))
    if top.get("name") == "out_of_scope" or (guess < GUESS_CONFIDENCE and not names_a_subject):
        return None
    entities: dict[str, str] = {}
    for entity in message.get("entities") or []:
        if entity.get("entity") and isinstance(entity.get("value"), str):
            entities.setdefault(entity["entity"], entity["value"])
    subject = kb.subject(next(iter(entities.values()))) if entities else None
    candidates = [r["name"] for r in message.get("intent_ranking") or []
                  if r.get("name") in INTENT_TITLES and r["name"] not in NOT_OFFERED][:limit]
    buttons = []
    for intent in candidates:
        title = INTENT_TITLES[intent]
        if subject is not None and _about(kb, intent, message.get("entities") or []):
            title = f"{title}: {capitalise(subject.label)}"
        suffix = json.dumps(entities) if entities else ""
        buttons.append({"title": title, "payload": f"/{intent}{suffix}"})
    return Reply(AFFIRMATION_TEXT, [*buttons, SOMETHING_ELSE])
