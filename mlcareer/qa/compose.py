"""Several questions in one message: "what does a bootcamp cost and how long is it?",
"pay and growth for data scientists?". The classifier picks one intent; the other
aspects the text asks about, and that the subject has figures for, are answered too, in
one reply."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mlcareer.format import Reply
from mlcareer.knowledge import KnowledgeBase, Quantity, Subject
from mlcareer.qa.answers import (
    ASPECT_FACTS,
    ASPECT_INTENTS,
    Context,
    Entity,
    Outcome,
    answer,
    mentioned_subjects,
    overview,
    user_aspects,
)
from mlcareer.qa.context import OPENERS
from mlcareer.qa.rankings import whole_costs
from mlcareer.qa.render import render

ASPECT_WORDS = {
    "cost": r"\b(cost|costs|price|pricey|expensive|tuition|fees?|afford|cheap|spend|budget|extra|"
            r"bankrupt|run me|paying|pay for|how much (is|are|r|for)|(cost|price|money)[- ]?wise|"
            r"how much (?!time)(\w+ )?(per|a|each|every) (year|yr|semester|term|month)|"
            r"total (cost|price|for|amount))"
            r"\b|\$\$|how much \$",
    "duration": r"\b(how long|long is|long does|duration|how many (years|months|yrs)|"
                r"take to finish|time (does|will) it take|last|how much time|time[- ]?wise|"
                r"time to (get|finish|complete|do)|number of (years|yrs|months)|length)\b",
    "salary": r"\b(earn|earns|earning|salary|salaries|paid|pay|wages?|income|make|makes|making|"
              r"(pay|salary)[- ]?wise|take[- ]home|median|top (10|ten) ?(percent|pct))\b|"
              r"\btop (10|ten) ?%",
    "outlook": r"\b(growth|growing|grow|demand|outlook|openings|vacanc(y|ies)|job prospects|"
               r"in demand|"
               r"new (jobs|positions|roles|openings)|(jobs?|positions?) (\w+ )?(added|created)|"
               r"(number|no\.?) of (new )?(jobs|positions)|how many (new )?(jobs|positions|roles)|"
               r"how many (\w+ ){1,3}(jobs|positions|openings)|"
               r"(gonna|going to|will|expected to) (be )?add(ed)?|"
               r"open(s|ing)? up|come up each|"
               r"add(s|ed|ing)? (more |the most )?(new )?(jobs|positions))\b|"
               r"#\s?of (new )?(jobs|positions)",
}
INTENT_OF = {aspect: intent for intent, aspect in ASPECT_INTENTS.items()}
# "compare the salaries of all the jobs", "costs of every option": the whole overview
EVERY = re.compile(r"\b(all|every|each)( of)?( the| these| those)? (jobs?|occupations?|roles?|"
                   r"careers?|fields?|options?|paths?|routes?|ways?)\b|\ball of them\b",
                   re.IGNORECASE)


# the costs beside tuition: every cost the guide gives ("what other costs are there?")
OTHER_COSTS = re.compile(r"\b(other|additional|hidden|extra|further|more) (costs?|expenses|fees)\b|"
                         r"\b(besides|apart from|other than|on top of) (the )?(tuition|fees)\b",
                         re.IGNORECASE)
COST_ITEMS = "cost_item"  # the kind of the costs that are not a route's (books, a computer)
# "which certs are worth it?", "what certifications should I get?": the ones by name
CERT_WORDS = r"(certs?|certifications?|certificates?|certification exams?)"
WHICH_ONES = re.compile(
    rf"\b(which|what) {CERT_WORDS}\b|\b{CERT_WORDS}\b.*\b(what'?s|what is|what are|which are|"
    rf"who'?s) out there\b|\b(what|which) ones\b.*\b{CERT_WORDS}\b|"
    rf"\b{CERT_WORDS}\b.*\b(which|what) ones\b|\blist (the |of )?{CERT_WORDS}\b|"
    # "which are the 3 main ML certs?", "what are the top certifications"
    rf"\b(which|what) (are|r) (the )?((main|top|best|major|big|key|popular|most|known|"
    rf"recogni[sz]ed|good|respected|\d|two|three|four|ml|ai|machine learning) ){{1,3}}"
    rf"{CERT_WORDS}\b", re.IGNORECASE)
NAMING_INTENTS = ("ask_cert_benefits", "ask_certifications")


# "what about a bachelor's degree?", "and how about bootcamps?", "and if i go the certificate
# way instead": a follow-up by its form;
# "vs data scientists?": the same, beside the subject talked about.
SWAP = re.compile(rf"^\W*(?:(?:{OPENERS})\W+)?(?:(?:what|how)\s+about|vs\.?|versus|"
                  r"compared (?:to|with)|(?:what )?if (?:i|we) (?:go|went|do|did|pick|choose|"
                  r"chose|take|took|try|tried|opt for)(?: for| with)?)(?!\w)", re.IGNORECASE)
VERSUS = re.compile(rf"^\W*(?:(?:{OPENERS})\W+)?(?:vs\.?|versus|compared (?:to|with))(?!\w)",
                    re.IGNORECASE)
# Words such a follow-up may hold beside the marker and the things it names.
SWAP_FILLERS = frozenset({
    "a", "an", "the", "one", "ones", "then", "instead", "now", "degree", "degrees",
    "program", "programs", "programme", "course", "courses", "certification",
    "certifications", "certificate", "certificates", "cert", "certs", "path", "route",
    "job", "jobs", "role", "roles", "way"})

# the cost of a whole route asked ("per year or total?", "how much for the whole masters")
TOTAL = re.compile(r"\b(total|in total|whole|overall|altogether|all in|all-in|entire|start to "
                   r"finish|end to end|full (degree|program|programme))\b", re.IGNORECASE)

# A figure the guide gives for some occupations only, asked of one it has none for ("top
# 10%?" after data scientists): said so, with the ones that have it, before what it has.
ONLY_SOME = {
    "top_wage": (re.compile(r"\b(top|highest|best[- ]paid|upper) (10|ten) ?"
                            r"(%|percent|per cent|pct)|"
                            r"\b90th\b|\bpercentile\b|\btop earners\b", re.IGNORECASE),
                 "top-10% pay figure"),
    "openings": (re.compile(r"\bopenings?\b|\bvacanc(y|ies)\b|\bpositions? open\b|"
                            r"\bopen(s|ing)? up\b|"
                            r"\bopen (positions|roles|jobs)\b", re.IGNORECASE),
                 "yearly openings figure"),
}


def missing_figure(kb: KnowledgeBase, subject_id: str, text: str) -> str | None:
    """"top 10%?" of data scientists: the note that the guide has no such figure for them,
    naming the occupations it has one for; None when it has it or it is not asked."""
    subject = kb.subjects.get(subject_id)
    if subject is None or subject.kind != "occupation":
        return None
    for fact, (words, noun) in ONLY_SOME.items():
        if words.search(text) and not kb.facts_for(subject_id, fact):
            having = [s.label for s in kb.subjects_of_kind("occupation")
                      if kb.facts_for(s.id, fact)]
            only = f" (it gives one only for {' and '.join(having)})" if having else ""
            return f"The guide has no {noun} for {subject.label}{only}. What it has:"
    return None


# In a short follow-up only ("and time?", "money wise?"): words too common otherwise.
SHORT_ASPECT_WORDS = {"duration": r"\btime\b", "cost": r"\bmoney\b"}
SHORT = 4  # words


def aspects_in(text: str) -> list[str]:
    """The aspects a text asks about, in the order it names them."""
    lowered = text.lower()
    patterns = dict(ASPECT_WORDS)
    if len(lowered.split()) <= SHORT:
        patterns.update({a: f"{patterns[a]}|{p}" for a, p in SHORT_ASPECT_WORDS.items()})
    found = [(m.start(), aspect) for aspect, pattern in patterns.items()
             if (m := re.search(pattern, lowered))]
    return [aspect for _, aspect in sorted(found)]


def aspect_of_recent(kb: KnowledgeBase, text: str, recent: Sequence[str]
                     ) -> tuple[str, list[str]] | None:
    """"and cost" right after bootcamps and bachelor's degrees were compared (no one
    subject in context): the aspect's question and the recent subjects (two at most)
    that have it; None unless the message is that short and asks one aspect."""
    asked = aspects_in(text)
    if len(text.split()) > SHORT or len(asked) != 1 or not isinstance(recent, (list, tuple)):
        return None
    having = [s for s in recent if isinstance(s, str) and s in kb.subjects
              and asked[0] in user_aspects(kb, s)][:2]
    return (INTENT_OF[asked[0]], having) if len(having) == 2 else None


# a figure quoted back: "the 233k figure", "$108,020", "is 36% a lot?"
QUOTED = re.compile(r"(?<![\w.,])\$?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k\b|%|percent\b)?",
                    re.IGNORECASE)
ROUNDED = 500  # "233k" is $233,110: within this of a figure in thousands


def quoted_figure(kb: KnowledgeBase, text: str) -> tuple[str, str] | None:
    """(the question's intent, the subject) of the one figure of the knowledge base the
    text quotes ("the 233k figure, is that the average?": research scientists' pay);
    None when it quotes none, or figures of several subjects."""
    found: set[tuple[str, str]] = set()
    for match in QUOTED.finditer(text):
        number, suffix = float(match.group(1).replace(",", "")), (match.group(2) or "").lower()
        percent = suffix in ("%", "percent")
        if suffix == "k":
            number *= 1000
        if not percent and number < 1000:
            continue  # "4 years", "2 kids": not a figure of the guide's
        for fact in kb.facts:
            value = fact.value
            ends = [value.value] if isinstance(value, Quantity) else [value.min, value.max]
            if (value.unit == "percent") != percent or (not percent and value.unit != "USD"
                                                         and not isinstance(value, Quantity)):
                continue
            near = ROUNDED if suffix == "k" else 0.5
            if any(abs(end - number) <= near for end in ends):
                aspect = next((a for a, kb_aspects in ASPECT_FACTS.items()
                               if fact.aspect in kb_aspects), None)
                if aspect is not None:
                    found.add((INTENT_OF[aspect], fact.subject))
    return found.pop() if len(found) == 1 else None


def asked_aspect(kb: KnowledgeBase, text: str, entities: Sequence[Entity]) -> str | None:
    """The aspect question ("ask_cost", ...) a message asks about a subject it names that
    has that figure ("is a masters gonna bankrupt me", "hardware engineers pay and
    outlook"), whatever the classifier made of it; None if it names no such subject."""
    subjects = mentioned_subjects(kb, entities)
    if any(s.kind == "institution" for s in subjects):  # "at a state school": a bachelor's
        subjects.append(kb.subjects["bachelors"])
    for aspect in aspects_in(text):
        if any(aspect in user_aspects(kb, s.id) for s in subjects):
            return INTENT_OF[aspect]
    return None


def _words_besides(text: str, entities: Sequence[Entity]) -> list[str] | None:
    """The words of ``text`` outside its entities and a leading "what about"/"vs", or None
    when an entity has no place in the text (then what is left cannot be told)."""
    spans = [(e.get("start"), e.get("end")) for e in entities]
    if not all(isinstance(start, int) and isinstance(end, int) for start, end in spans):
        return None
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = f"{rest[:start]} {rest[end:]}"
    return re.findall(r"[a-z]+", SWAP.sub(" ", rest, count=1).lower().replace("'s", ""))


def words_besides(text: str, entities: Sequence[Entity]) -> str:
    """The text without the names its entities cover ("does the aws ml specialty touch
    data engineering": "does the touch data engineering"), for matching what else it says."""
    return " ".join(_words_besides(text, entities) or [])


# what a bare mention may hold besides the names: "linkedin?", "and github too?"
MENTION_FILLERS = SWAP_FILLERS | {"and", "so", "ok", "okay", "also", "too", "again", "hmm",
                                   "in", "general", "generally", "overall"}


def bare_mention(kb: KnowledgeBase, text: str, entities: Sequence[Entity]) -> bool:
    """Whether the message only names subjects ("linkedin?", "what about github",
    "how about a community college"): a follow-up about them, whatever a classifier made
    of a message with no other word to go on."""
    if not mentioned_subjects(kb, entities) or text.startswith("/"):
        return False
    words = _words_besides(text, entities)
    return words is not None and all(word in MENTION_FILLERS for word in words)


# the figure just given, set against another subject's: "is that a lot compared to X?"
COMPARED_TO = re.compile(r"\b(that|it|this|those|these)\b.*\b(compared (to|with)|vs\.?|versus|"
                         r"relative to|next to)\s", re.IGNORECASE)


def _have(kb: KnowledgeBase, aspect: str, entities: Sequence[Entity]) -> bool:
    """Whether the message names subjects and each has a figure for ``aspect``."""
    subjects = mentioned_subjects(kb, entities)
    return bool(subjects) and all(aspect in user_aspects(kb, s.id) for s in subjects)


def subject_swap(kb: KnowledgeBase, text: str, entities: Sequence[Entity],
                 context: Context) -> bool:
    """Whether the message only swaps the subject of the last question ("what about a
    bachelor's degree?" after "how long does a master's take?"; "vs data scientists?"
    after a figure of research scientists): it opens with "what about", "how about" or
    "vs", names subjects that have a figure for the aspect in context,
    and holds nothing else that could ask something of its own. A classifier reads such a
    message as a question of its own ("do I need a bachelor's degree?"); its form says it
    is the same question about another subject."""
    if context.aspect not in ASPECT_FACTS or not SWAP.match(text) or aspects_in(text):
        return False
    subjects = mentioned_subjects(kb, entities)
    if not subjects or any(context.aspect not in user_aspects(kb, s.id) for s in subjects):
        return False
    words = _words_besides(text, entities)
    return words is not None and all(word in SWAP_FILLERS for word in words)


# A second question after the first one's question mark, in a chat message ("should i
# start w python or java? also do i need math like calculus"): the classifier reads the
# message as one question; the second is classified on its own (components/rasa_patches)
# and answered after the first. Not in a long post, whose questions are one request.
SECOND = "second"  # the parse result's key for it
SECOND_MIN_WORDS = 3
SECOND_MAX_WORDS = 30


# "which frameworks should i pick up next, and also what maths do i need": a second
# question joined by "and", starting with a question's first word
JOINED = re.compile(r"\s*,?\s+(?:and also|and then|and|also|plus|&)\s+(?=(?:what|which|how|do|"
                    r"does|is|are|should|can|could|would|where|when|why|who)\b)", re.I)


def two_questions(text: str) -> tuple[str, str] | None:
    """The two questions of a chat message that asks exactly two (split at its question
    marks, or, with none between them, at an "and" that opens the second), or None."""
    if text.startswith("/") or len(text.split()) > SECOND_MAX_WORDS:
        return None
    parts = [part.strip() for part in re.split(r"\?+", text) if part.strip(" .,;:!-")]
    if len(parts) == 1 and len(joined := JOINED.split(parts[0], maxsplit=1)) == 2:
        parts = [part.strip() for part in joined]
        if len(parts[0].split()) < SECOND_MIN_WORDS:
            return None
    if len(parts) != 2 or len(parts[1].split()) < SECOND_MIN_WORDS:
        return None
    return parts[0], parts[1]


def other_aspects(kb: KnowledgeBase, text: str, subjects: Sequence[Subject],
                  answered: str, otherwise: Subject | None = None,
                  context: Context | None = None) -> list[str]:
    """The answers to the aspects a message asks besides the one ``answered`` (a ranking's:
    "what do ML engineers and data scientists earn, and which is growing faster?"), of the
    subjects it names that have them (else of ``otherwise``, the one answered about), each
    as the aspect's question answers it."""
    texts = []
    for aspect in aspects_in(text):
        if aspect == answered:
            continue
        having = [s for s in subjects if aspect in user_aspects(kb, s.id)]
        if not having and otherwise is not None and aspect in user_aspects(kb, otherwise.id):
            having = [otherwise]
        if having:
            more = answer(kb, INTENT_OF[aspect], [{"entity": s.kind, "value": s.id}
                                                  for s in having], context or Context())
            texts.append(render(kb, more.result).text)
    return texts


def answer_all(kb: KnowledgeBase, intent: str, entities: Sequence[Entity], context: Context,
               text: str) -> tuple[Reply, Outcome]:
    """The reply to every aspect the message asks about (the intent's first), and the
    outcome of the intent's own answer (its context and suggestions). A message that only
    swaps the subject of the last question (``subject_swap``) is answered as that."""
    # "and by pay?" after every job's growth: every job's pay
    lone = aspects_in(text)
    if (len(lone) == 1 and len(text.split()) <= SHORT and context.subject is None
            and context.aspect in ASPECT_FACTS and lone[0] != context.aspect
            and not mentioned_subjects(kb, entities)):
        outcome = overview(kb, lone[0])
        return render(kb, outcome.result), outcome
    quoted = quoted_figure(kb, text) if not mentioned_subjects(kb, entities) else None
    if quoted is not None and (intent in ASPECT_INTENTS or intent == "inform"):
        intent, subject_id = quoted  # "the 233k figure, is that the average?"
        entities = [*entities, {"entity": kb.subjects[subject_id].kind, "value": subject_id}]
    if intent in NAMING_INTENTS and WHICH_ONES.search(text):
        intent = "ask_choose_cert"  # "what certs are worth getting?": which ones, by name
    if (intent in ("ask_cost", "ask_manage_costs") and OTHER_COSTS.search(text)
            and not mentioned_subjects(kb, entities)):  # "besides tuition, what else?"
        items = [{"entity": s.kind, "value": s.id} for s in kb.subjects_of_kind(COST_ITEMS)]
        outcome = answer(kb, "ask_cost", items, context) if items else overview(kb, "cost")
        return render(kb, outcome.result), outcome
    if (intent in ASPECT_INTENTS and EVERY.search(text)
            and not mentioned_subjects(kb, entities)):  # "salaries of all the jobs"
        outcome = overview(kb, ASPECT_INTENTS[intent])
        return render(kb, outcome.result), outcome
    current = kb.subject(context.subject) if isinstance(context.subject, str) else None
    if (current is not None and context.aspect in ASPECT_FACTS and COMPARED_TO.search(text)
            and not aspects_in(text) and _have(kb, context.aspect, entities)):
        # "is that a lot compared to software devs?" after a figure: both, side by side
        intent = INTENT_OF[context.aspect]
        entities = [{"entity": current.kind, "value": current.id}, *entities]
    elif intent != "inform" and subject_swap(kb, text, entities, context):
        intent = "inform"
        if VERSUS.match(text) and current is not None:  # "vs data scientists?": both
            entities = [{"entity": current.kind, "value": current.id}, *entities]
    outcome = answer(kb, intent, entities, context)
    reply = render(kb, outcome.result)
    subject = outcome.context.subject
    if intent not in ASPECT_INTENTS:
        # "time to get a cert done start to finish?" taken for the benefits of certifying,
        # "what do data scientists make vs research scientists" for the roles compared:
        # that answer, then the figure asked about the subjects named
        asked = asked_aspect(kb, text, entities) if not reply.buttons else None
        if asked is None:
            return reply, outcome
        more = answer(kb, asked, entities, context)
        return Reply(f"{reply.text}\n\n{render(kb, more.result).text}", reply.buttons), outcome
    if subject is None or reply.buttons:
        return reply, outcome
    # each other aspect asked, of the subjects named that have it ("books per yr and how
    # long is the bachelors": the textbooks' cost, the bachelor's time), else of the one
    # answered about
    named = [s for s in mentioned_subjects(kb, entities) if s.kind != "institution"]
    texts = [reply.text]
    note = missing_figure(kb, subject, text) if len(named) <= 1 else None
    if note is not None:  # "top 10%?" after data scientists: none for them, said so
        texts = [f"{note}\n{reply.text}"]
    whole = whole_costs(kb, named[0].id if named else subject) if (
        intent == "ask_cost" and TOTAL.search(text)) else []
    if whole:  # "per year or total?": the whole route's cost too, above the source line
        *body, last = texts[0].split("\n")
        texts = ["\n".join([*body, *whole, last] if last.startswith("Source:")
                           else [*body, last, *whole])]
    texts += other_aspects(kb, text, named, ASPECT_INTENTS[intent], kb.subjects.get(subject),
                           outcome.context)
    return Reply("\n\n".join(texts), reply.buttons), outcome
