"""A personal situation asked about ("I'm a teacher with no coding, could I do this?")
is answered first, with the roadmap offered as a button; the roadmap form starts only
when a plan is asked for, or when the message already gives most of what it needs."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from mlcareer.format import Reply
from mlcareer.knowledge import KnowledgeBase
from mlcareer.qa.answers import TOPIC_INTENTS, Context
from mlcareer.qa.compose import answer_all
from mlcareer.roadmap.reading import read_profile

PLAN_WORDS = re.compile(r"\b(plans?|planning|roadmaps?|routes?|paths?|pathways?|"
                        r"step[- ]by[- ]step)\b", re.I)
ENOUGH = 2  # fields of the profile a message gives for the form to be worth starting
INTRO = "Where to start, from the guide:"
OFFER = ("Want a plan for your own situation, with time and cost? It takes five short "
         "questions.")
PLAN_INTENT = "plan_path"
PLAN_BUTTON = {"title": "Plan my path", "payload": f"/{PLAN_INTENT}"}
FIRST_BUTTON = {"title": "What to learn first", "payload": "/ask_courses"}
# Topics of the guide a personal question may be about, answered before the offer when
# the classifier's first choice is one of them, at least this sure ("been a data analyst
# 3 yrs, how do i jump to ml": entry-level roles); "could I do this?", "too late?" are
# not sure of any and get what to learn first and the routes.
SITUATION_TOPICS = frozenset(TOPIC_INTENTS) - {"ask_courses"} | {"ask_which_degree",
                                                                  "ask_bootcamps"}
SITUATION_TOPIC_CONFIDENCE = 0.5


def starts_plan(text: str) -> bool:
    """Whether a message classified as a request for a plan starts the roadmap form: a
    payload (the "Plan my path" button), a message that asks for a plan, roadmap, route
    or path, or one that already gives ``ENOUGH`` of the plan's answers (the form uses
    them and asks the rest)."""
    if text.startswith("/"):
        return True
    return bool(PLAN_WORDS.search(text)) or len(read_profile(text)) >= ENOUGH


QUESTION_START = re.compile(r"^\s*(can|could|should|would|will|is|am|are|do|does|how|what|"
                            r"where|which|when|why|wat|wut|wht|hw|r|y)\b", re.I)


def is_question(text: str) -> bool:
    """"Could I do this?", "what first": a question, not a statement of one's situation."""
    return "?" in text or bool(QUESTION_START.match(text))


# Someone describing themselves ("im a nurse 38", "I work in accounting", "have a psych
# degree", "never wrote a line of code")...
ABOUT_ME = re.compile(r"\b(i'?m|i am|i work|i've|ive|i have|i know|i never|never (wrote|"
                      r"written|coded)|have an? \w+ (degree|background))\b|"
                      r"\b(my|me) (age|job|background|degree|kids|family)\b|"
                      r"\b(been|worked as|working as) an? \w+|\b(retired|kids|children|"
                      r"mom|mum|dad|mother|father|parent|day job|full[- ]time job|saved|"
                      r"working (nights|days|shifts))\b|\b\d+ (yrs|years) (as|in|of)\b|"
                      r"\b[1-7]\d\b", re.I)
# ...and asking whether, or how, they could do it ("realistic?", "too late to get into
# machine learning?", "could i switch to ML", "i want this job").
FEASIBLE = re.compile(r"\b(realistic|doable|feasible|possible|too late|too old|late for me|"
                      r"any chance|a chance|switch(ing)?( over)? (to|into|careers?)|transition|"
                      r"(can|could) i (still|even) (do|make|manage)|career "
                      r"change|move into|get into|break into|want this (job|career)|"
                      r"where (do|should) i (start|begin)|is this for me|pivot|"
                      r"(learn|learning|start|starting)( \w+){0,2} from (zero|scratch)|"
                      r"jump (to|into)|(can|could) i (realistically|really|actually)|"
                      r"affordable for me|crazy|insane|silly|(bad|dumb|stupid) idea|"
                      r"thinking (about|of)( \w+){0,2} (ml|ai|machine learning|data science))\b",
                      re.I)


def asks_about_own_situation(text: str) -> bool:
    """"im a nurse 38 no coding, realistic?": a person's situation and whether or how
    they could make the move, without asking for a plan (that starts the roadmap)."""
    if text.startswith("/") or PLAN_WORDS.search(text):
        return False
    about_me = bool(ABOUT_ME.search(text)) or bool(read_profile(text))
    return about_me and bool(FEASIBLE.search(text))


# "How do I become a data scientist?", "any advice for a teacher trying to break into
# ML?": how to get into the field (machine learning or a neighbour of it), asked as such
FIELD = (r"(a |an )?(data scien\w+|ai|a\.i\.|ml|machine learning|artificial intelligence|"
         r"deep learning|ds|mle|data analy\w+|ai/ml|ml/ai|ml/ds|nlp|computer vision|"
         r"(machine learning|ml|ai|llm) engineer\w*|ai researcher|research scientist|"
         r"this field|the field)")
GETTING_IN = re.compile(
    rf"\b(become|becoming|(?<=to )be|get into|getting into|break into|breaking into|"
    rf"get(ting)? involved (with|in)|get(ting)? started (with|in)|"
    rf"switch(ing)?( careers?)? (to|into)|transition(ing)? (to|into)|career (in|as)|path (to|into)|"
    rf"pivot(ing)? (to|into)|move into|moving into|enter|entering|interested in|"
    rf"start(ing)? (a career |my career |out )?in|pursue|pursuing|migrat(e|ing) (to|into)|"
    rf"swap(ping)? (to|into)|start(ing)? with|from( an?)?( \w+){{1,3}} to) {FIELD}\b|"
    rf"\b(get|getting|land|landing|secure|securing) (a |an |my first |your first )?"
    rf"{FIELD} (role|job|position)s?\b", re.I)
HOW_TO = re.compile(r"\b(how (do|can|could|should|would|did) (i|one|you|someone|people|"
                    r"an? \w+)|tips (on|for)|game ?plan|career path|"
                    r"how to|what(['’]?s)? (steps|path|roadmap|strategy|advice|approach|"
                    r"should i)|"
                    r"what'?s the (best )?(way|path|route|approach)|any (advice|tips|suggestions)|"
                    r"advice for|tips for|best way|(road ?map|path|steps|way) (to|for))\b",
                    re.I)


# "the cheapest / quickest way to become an ML engineer": the routes ranked, not a way in
EXTREME = re.compile(r"\b(cheapest|quickest|fastest|shortest|least expensive|most affordable|"
                     r"priciest|most expensive|longest|slowest)\b", re.I)


def asks_how_to_get_in(text: str) -> bool:
    """"How do I become a Data Scientist?", "what strategy for a SWE pivoting to ML?": how
    to get into machine learning or a field next to it, which the guide's first steps and
    routes answer (a plan offered)."""
    return (not text.startswith("/") and bool(GETTING_IN.search(text))
            and bool(HOW_TO.search(text)) and not EXTREME.search(text))


# A plan asked for by someone telling their situation ("stay at home dad, 2 kids, only
# evenings free. path for me?", "teacher w/ a math background, plan?"): what to learn first
# is answered before the plan's questions. Not when the plan is requested outright ("make
# me a roadmap", "plan my path"): the questions start at once.
FOR_ME = re.compile(r"\b(for me|my (path|plan|route|roadmap|options?|situation|case))\b|"
                    r"\b(with|w/) (a |an )?\w+ (degree|background)\b", re.I)
ASKING = re.compile(r"\?|\b(what|which|how|where)\b|\b(should|can|could) i\b", re.I)
REQUEST = re.compile(r"\b(make|build|create|draw up|put together|give|write|design|map out|"
                     r"generate|prepare|start|do|want|need|like)\b( \w+){0,3} "
                     r"(plan|roadmap|path|route)s?\b|\bplan my\b|\bhelp me plan\b", re.I)


def plan_requested(text: str) -> bool:
    """"make me a roadmap: no degree, $8,000, part-time, the fastest route": a plan asked for
    outright, or most of its answers given."""
    return bool(REQUEST.search(text)) or len(read_profile(text)) >= ENOUGH


def where_to_start(kb: KnowledgeBase, text: str) -> Reply | None:
    """What to learn first, whatever the path (the guide's foundational courses), for a
    person who tells their situation and asks which path is theirs; None for a plan
    requested outright, a button's payload, or a message that tells nothing of the
    person."""
    if text.startswith("/") or REQUEST.search(text) or not ASKING.search(text):
        return None
    if not (ABOUT_ME.search(text) or read_profile(text) or FOR_ME.search(text)):
        return None
    return Reply(_first_steps(kb))


def _first_steps(kb: KnowledgeBase) -> str:
    """"Where to start, from the guide:" and its foundational courses."""
    courses, _ = answer_all(kb, "ask_courses", [], Context(), "")
    return f"{INTRO}\n{courses.text}"


# What a person telling their situation asks about, in their words, when the classifier is
# not sure of a topic ("full time job + 2 kids, can i realistically study this online?":
# online learning; "laid off, can't afford tuition": saving money; "only evenings free,
# would that slow me down?": what speeds it up or slows it down). The first that matches.
SITUATION_ASKS = [
    (re.compile(r"\bonline\b|\bfrom home\b|\bself[- ]?(taught|study)\b", re.I),
     "ask_online_learning"),
    (re.compile(r"\b(afford\w*|budget|saved|savings|broke|cheap\w*|tuition|money|loans?|"
                r"for free|free (ways?|courses?|resources?|options?|stuff))\b", re.I),
     "ask_manage_costs"),
    (re.compile(r"\b(evenings?|weekends?|part[- ]time|hours? a (week|day)|slow (me )?down|"
                r"speed (it |this )?up|faster)\b", re.I), "ask_timeline_factors"),
]
# ...and a person already in a neighbouring job asking how to move ("i'm a backend dev, how
# would i move into ml"): the guide's entry-level roles, which say a developer's or an
# analyst's job is a way in
NEIGHBOUR_JOB = re.compile(r"\b(i'?m|i am|im|as|been|work(ing)? as)( an?)?( \w+)? (dev|developer|"
                           r"software engineer|programmer|swe|data analyst|bi analyst|"
                           r"analyst)s?\b", re.I)
MOVING = re.compile(r"\b(move|moving|jump|switch|switching|transition\w*|pivot\w*|get into|"
                    r"break into|make the (move|jump|switch))\b", re.I)
ENTRY_INTENT = "ask_entry_level"


def asked_in_situation(text: str) -> str | None:
    """The guide question a person's situation message asks in its own words, if any: read
    in its last clause, the question ("have a psych degree, 29, broke, is this doable" asks
    whether, not about money)."""
    clauses = [c.strip() for c in re.split(r"[,.;:!?]+|\bbut\b", text) if c.strip()]
    asked = clauses[-1] if clauses else ""
    found = next((intent for words, intent in SITUATION_ASKS if words.search(asked)), None)
    if found is None and MOVING.search(asked) and NEIGHBOUR_JOB.search(text):
        return ENTRY_INTENT
    return found


def situation_reply(kb: KnowledgeBase, ranking: Sequence[Mapping[str, Any]] = (),
                    text: str = "") -> tuple[Reply, str]:
    """The guide's answer to what the person asks, when the classifier's first choice is
    a topic of the guide and sure enough (``ranking``: "been a data analyst 3 yrs, how
    do i jump to ml": entry-level roles) or the words of the message (``text``) ask one
    (``SITUATION_ASKS``), with what to learn first as a button; otherwise
    what to learn first and the routes with their time and cost. Then the offer of a
    plan. With it, the question answered: the topic's, or ``plan_path`` (the plan offered)."""
    best = next((r for r in ranking if r.get("name") != "nlu_fallback"), {})
    name, confidence = best.get("name"), float(best.get("confidence") or 0.0)
    if not (name in SITUATION_TOPICS and confidence >= SITUATION_TOPIC_CONFIDENCE) and (
            asked := asked_in_situation(text)):
        name, confidence = asked, 1.0  # its own words say what it asks
    if name in SITUATION_TOPICS and confidence >= SITUATION_TOPIC_CONFIDENCE:
        topic, _ = answer_all(kb, str(name), [], Context(), "")
        if not topic.buttons:
            return Reply(f"{topic.text}\n\n{OFFER}", [PLAN_BUTTON, FIRST_BUTTON]), str(name)
    routes, _ = answer_all(kb, "ask_compare", [], Context(), "")
    return Reply(f"{_first_steps(kb)}\n\n{routes.text}\n\n{OFFER}", [PLAN_BUTTON]), PLAN_INTENT
