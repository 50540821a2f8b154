"""Several questions in one message: "what does a bootcamp cost and how long is it?",
"pay and growth for data scientists?". The classifier picks one intent; the other
aspects the text asks about, and that the subject has figures for, are answered too, in
one reply."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mlcareer.format import Reply
from mlcareer.knowledge import KnowledgeBase
from mlcareer.qa.answers import ASPECT_INTENTS, Context, Entity, Outcome, answer, user_aspects
from mlcareer.qa.render import render

ASPECT_WORDS = {
    "cost": r"\b(cost|costs|price|pricey|expensive|tuition|fees?|afford|cheap|spend)\b",
    "duration": r"\b(how long|long is|long does|duration|how many (years|months)|"
                r"take to finish|time (does|will) it take|last)\b",
    "salary": r"\b(earn|earns|earning|salary|salaries|paid|pay|wages?|income|make a year)\b",
    "outlook": r"\b(growth|growing|grow|demand|outlook|openings|job prospects|in demand)\b",
}
INTENT_OF = {aspect: intent for intent, aspect in ASPECT_INTENTS.items()}


def aspects_in(text: str) -> list[str]:
    """The aspects a text asks about, in the order it names them."""
    lowered = text.lower()
    found = [(m.start(), aspect) for aspect, pattern in ASPECT_WORDS.items()
             if (m := re.search(pattern, lowered))]
    return [aspect for _, aspect in sorted(found)]


def answer_all(kb: KnowledgeBase, intent: str, entities: Sequence[Entity], context: Context,
               text: str) -> tuple[Reply, Outcome]:
    """The reply to every aspect the message asks about (the intent's first), and the
    outcome of the intent's own answer (its context and suggestions)."""
    outcome = answer(kb, intent, entities, context)
    reply = render(kb, outcome.result)
    subject = outcome.context.subject
    if intent not in ASPECT_INTENTS or subject is None or reply.buttons:
        return reply, outcome
    has = user_aspects(kb, subject)
    texts = [reply.text]
    for aspect in aspects_in(text):
        if aspect != ASPECT_INTENTS[intent] and aspect in has:
            more = answer(kb, INTENT_OF[aspect], entities, outcome.context)
            texts.append(render(kb, more.result).text)
    return Reply("\n\n".join(texts), reply.buttons), outcome
