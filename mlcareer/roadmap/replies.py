"""While the roadmap form waits for an answer: is a message that answer, a question
to answer first, or an answer the form could not read? Decided here once, for the
Rasa server (``components.form_answers`` relabels the intent before rules act on it)
and for the action server (the form's validation reads the values).
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from mlcareer.qa.answers import QUESTION_INTENTS
from mlcareer.roadmap.profile import INTERRUPT_CONFIDENCE
from mlcareer.roadmap.reading import read_profile

# Intents that interrupt the form: answered by their own rule, then the form resumes.
INTERRUPTIONS = {*QUESTION_INTENTS, "help", "bot_challenge", "greet", "thanks"}
# A confident question that also states the answer ("is 10k enough?") is a question
# to the rules, and its value is still read by the form; "inform" is a follow-up.
QUESTIONS = QUESTION_INTENTS - {"inform"}
# A one-word message interrupts only as a known command; any other single word is a
# misread answer, however sure the model is ("purple" can come out as "help").
QUESTION_FORM = re.compile(r"^\s*(what|what's|whats|how|why|which|who|where|when|is|are|"
                           r"does|do|can|should)\b.*\?\s*$", re.IGNORECASE)
QUESTION_INTERRUPT_CONFIDENCE = 0.6
ONE_WORD_COMMANDS = {"help", "menu", "options", "hi", "hello", "hey", "thanks", "thx"}

Kind = Literal["payload", "answer", "question_and_answer", "interruption", "miss"]


class FormReply(NamedTuple):
    kind: Kind
    values: dict[str, str]  # profile field -> value the message states


def classify_reply(text: str, intent: str | None, confidence: float,
                   requested: str | None) -> FormReply:
    """What a typed message is to the form that asked for the field ``requested``.

    - ``payload``: a button or intent payload ("/..."), read from its entities instead;
    - ``answer``: it states the requested field (values: every field it states);
    - ``question_and_answer``: it states it, but the model is sure it is a guide question;
    - ``interruption``: a question or command to answer before the form resumes;
    - ``miss``: an answer the form could not read (values: the text, to be asked again).
    Without a requested field, every field the text states is an ``answer``.
    """
    if text.startswith("/"):
        return FormReply("payload", {})
    found = read_profile(text, asked=requested)
    if requested is None:
        return FormReply("answer", found)
    sure = confidence >= INTERRUPT_CONFIDENCE
    if requested in found:
        kind: Kind = "question_and_answer" if intent in QUESTIONS and sure else "answer"
        return FormReply(kind, found)
    words = text.strip(" ?!.").lower().split()
    command_like = len(words) != 1 or words[0] in ONE_WORD_COMMANDS
    # a question in question form ("what's a bootcamp?") needs less: no answer looks so
    asked = (len(words) > 1 and QUESTION_FORM.match(text) is not None
             and confidence >= QUESTION_INTERRUPT_CONFIDENCE and intent in QUESTIONS)
    if intent in INTERRUPTIONS and (sure or asked) and command_like:
        return FormReply("interruption", {})
    return FormReply("miss", {**found, requested: text})
