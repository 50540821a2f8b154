"""Decides what answers a question: pure look-up over the knowledge base.

``answer()`` takes the intent, the subjects named in the message and the
conversation context, and returns a structured result (which facts, topic or
subjects answer it). Turning that into words is ``actions.render``'s job.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mlcareer.knowledge import Fact, KnowledgeBase, Subject

# What each "aspect" question asks for, in knowledge-base aspects.
ASPECT_FACTS = {
    "cost": ("cost",),
    "duration": ("duration",),
    "salary": ("median_wage", "top_wage"),
    "outlook": ("growth", "openings", "jobs_added"),
}
ASPECT_INTENTS = {
    "ask_cost": "cost",
    "ask_duration": "duration",
    "ask_salary": "salary",
    "ask_outlook": "outlook",
}
# Questions answered by one topic of the guide.
TOPIC_INTENTS = {
    "ask_role": ("role",),
    "ask_work_environments": ("work_environments",),
    "ask_skills": ("key_skills", "core_competencies"),
    "ask_soft_skills": ("soft_skills",),
    "ask_courses": ("foundational_courses",),
    "ask_degree_needed": ("degree_needed",),
    "ask_qualifications": ("qualifications",),
    "ask_experience": ("experience",),
    "ask_internships": ("internships",),
    "ask_entry_level": ("entry_level",),
    "ask_portfolio": ("portfolio",),
    "ask_freelance": ("freelance",),
    "ask_kaggle": ("kaggle",),
    "ask_networking": ("networking",),
    "ask_cert_benefits": ("cert_benefits",),
    "ask_choose_cert": ("choose_cert",),
    "ask_online_learning": ("online_learning",),
    "ask_manage_costs": ("manage_costs", "cost_caveat"),
    "ask_timeline_factors": ("timeline_factors",),
    "ask_mle_vs_ds": ("mle_vs_ds",),
    "ask_tips": ("tips",),
    "ask_stay_updated": ("stay_updated",),
    "ask_next_steps": ("next_steps",),
}
# Questions about a kind of thing: one named subject is described; with none named, the
# topic answers, listing the kind's subjects when list_them (certifications: the named
# ones, not the generic "certifications").
# intent: (kind, topic, extra topics, list_them)
KIND_INTENTS = {
    "ask_which_degree": ("education", "education_overview", ("engineering_degrees",), False),
    "ask_languages": ("language", "languages", (), True),
    "ask_frameworks": ("framework", "frameworks", (), True),
    "ask_certifications": ("certification", "certifications", (), True),
    "ask_bootcamps": ("bootcamp", None, (), False),
}
# A general question naming one specific subject of these kinds is about that subject.
NAMED_WINS = {"ask_choose_cert": ("certification",), "ask_cert_benefits": ("certification",),
              "ask_online_learning": ("platform",)}
# A named subject that answers the topic's question by itself: "do I need a master's?"
# is answered by the master's degree ("optional, but can accelerate career advancement").
SUBJECT_WINS = {"ask_degree_needed": ("masters",)}
# Subjects offered as buttons when a question needs one and names none.
CLARIFY_OPTIONS = {
    "cost": ("bachelors", "masters", "certification", "bootcamp", "textbooks", "hardware"),
    "salary": ("research_scientists", "software_developers", "data_scientists",
               "it_managers", "hardware_engineers"),
}
# Subjects of an overview: when a question names none and offers no choice, or
# asks what becoming an ML engineer takes as a whole.
OVERVIEW_SUBJECTS = {
    "duration": ("bachelors", "masters", "certification"),
    "cost": CLARIFY_OPTIONS["cost"],
    "outlook": "occupation",
    "salary": "occupation",
}
ML_ENGINEER = "ml_engineer"
# What a comparison puts side by side, by the kind of the subjects compared.
PATHS = ("bachelors", "masters", "certification", "bootcamp")
PATH_KINDS = {"education", "certification", "bootcamp"}
COMPARED_ASPECTS = {"occupation": ("salary", "outlook"), "path": ("duration", "cost")}
Entity = Mapping[str, Any]  # an extracted entity: {"entity": ..., "value": ..., ...}
QUESTION_INTENTS = (
    set(ASPECT_INTENTS) | set(TOPIC_INTENTS) | set(KIND_INTENTS) | {"inform", "ask_compare"}
)


@dataclass(frozen=True)
class Context:
    """What the conversation is about so far (the ``subject`` and ``aspect`` slots)."""

    subject: str | None = None
    aspect: str | None = None


@dataclass(frozen=True)
class FactRow:
    subject: Subject
    facts: tuple[Fact, ...]
    inherited_from: Subject | None = None  # the facts are the parent's (e.g. all certifications)


@dataclass(frozen=True)
class FactAnswer:
    """Figures about one aspect of one or more subjects (several: a comparison)."""

    aspect: str
    rows: tuple[FactRow, ...]
    overview: bool = False  # no subject was named; these are all the guide has


@dataclass(frozen=True)
class Comparison:
    """Several subjects side by side on the same aspects."""

    aspects: tuple[str, ...]
    rows: tuple[tuple[Subject, tuple[tuple[str, FactRow], ...]], ...]


@dataclass(frozen=True)
class TopicAnswer:
    topics: tuple[str, ...]
    listed: tuple[Subject, ...] = ()  # subjects listed under the topic (languages, ...)


@dataclass(frozen=True)
class SubjectAnswer:
    subject: Subject
    rows: tuple[tuple[str, FactRow], ...] = ()  # (aspect, facts) known about it


@dataclass(frozen=True)
class Missing:
    """The guide has no figure for this aspect of this subject."""

    aspect: str
    subject: Subject | None
    available: tuple[str, ...] = ()
    related: FactAnswer | None = None  # closest figures the guide does have


@dataclass(frozen=True)
class Clarify:
    """Ask which subject is meant, offering buttons."""

    aspect: str
    intent: str
    options: tuple[Subject, ...]


@dataclass(frozen=True)
class Unknown:
    """Not a question this assistant answers."""


Result = FactAnswer | Comparison | TopicAnswer | SubjectAnswer | Missing | Clarify | Unknown


@dataclass(frozen=True)
class Outcome:
    result: Result
    context: Context = field(default_factory=Context)


# The roadmap's questions and the comparison of paths: one part of the guide, its routes.
ROUTE_INTENTS = ("plan_path", "update_profile", "plan_answer", "ask_compare")
ROUTES = "routes"
_parts: dict[str, dict[str, str]] = {}


def guide_parts(kb: KnowledgeBase) -> dict[str, str]:
    """Which part of the guide each question is answered from: the knowledge file of its
    topic, its kind's subjects or its aspect's facts ("ask_degree_needed" and
    "ask_online_learning": knowledge/education.yml), the routes for the roadmap's
    questions. Read from the knowledge base, once per knowledge base."""
    if kb.fingerprint not in _parts:
        parts = {intent: kb.topic(topics[0]).file for intent, topics in TOPIC_INTENTS.items()}
        for intent, (kind, *_) in KIND_INTENTS.items():
            parts[intent] = kb.subjects_of_kind(kind)[0].file
        for intent, aspect in ASPECT_INTENTS.items():
            parts[intent] = next(f.file for f in kb.facts if f.aspect in ASPECT_FACTS[aspect])
        _parts[kb.fingerprint] = parts | dict.fromkeys(ROUTE_INTENTS, ROUTES)
    return _parts[kb.fingerprint]


def mentioned_subjects(kb: KnowledgeBase, entities: Iterable[Entity]) -> list[Subject]:
    """Knowledge-base subjects named by the message's entities, most specific first.

    Duplicates go, and a parent goes when one of its children is named
    ("the AWS ML specialty cert" names the AWS certification, not all of them).
    """
    found: list[Subject] = []
    for entity in entities:
        subject = kb.subject(str(entity.get("value") or ""))
        if subject and subject not in found:
            found.append(subject)
    parents = {s.parent for s in found if s.parent}
    return [s for s in found if s.id not in parents]


def answer(
    kb: KnowledgeBase,
    intent: str,
    entities: Sequence[Entity] = (),
    context: Context = Context(),
) -> Outcome:
    """What answers ``intent`` about the named subjects, given the context."""
    named = mentioned_subjects(kb, entities)
    variants = [s for s in named if s.kind == "institution"]
    subjects = [s for s in named if s.kind != "institution"]

    if intent in ASPECT_INTENTS:
        aspect = ASPECT_INTENTS[intent]
        if variants and aspect == "cost" and not any(s.kind == "education" for s in subjects):
            # "how much is a private university?", "private uni vs a bootcamp": a degree's
            subjects = [kb.subjects["bachelors"], *subjects]
        return _aspect_answer(kb, aspect, intent, subjects, variants, context)
    if intent == "inform":
        return _inform(kb, subjects, variants, context)
    if intent == "ask_compare":
        remembered = _in_context(kb, context)
        if not subjects and not variants and remembered is not None:
            subjects = [remembered]  # "compare them"
        return _compare(kb, subjects, variants)
    if intent in TOPIC_INTENTS:
        specific = [s for s in subjects if s.kind in NAMED_WINS.get(intent, ())
                    and not kb.children_of(s.id)]
        specific += [s for s in subjects if s.id in SUBJECT_WINS.get(intent, ())]
        if len(specific) == 1:  # "which cert if my team is all-in on AWS?": that one
            return _describe(kb, specific[0])
        if len(specific) >= 2:  # "google cert vs aws cert?": the topic, with those two
            return Outcome(TopicAnswer(TOPIC_INTENTS[intent], tuple(specific)), Context())
        own_topic = _own_topic(kb, subjects, TOPIC_INTENTS[intent][0])
        if own_topic is not None:  # "does Kaggle help get a job?": Kaggle's topic, not certs'
            return Outcome(TopicAnswer((own_topic,)), Context(subject=subjects[0].id))
        # "which cert should I get?": how to choose, and the ones there are
        kind = LISTED_WITH.get(intent, "")
        options = tuple(s for s in kb.subjects_of_kind(kind) if s.parent)
        # ("which certs then?": the kind's own generic subject does not stop the list)
        others = [s for s in subjects if s.kind != kind or s.parent]
        # the subject named stays the one talked about: "what certs are worth getting?"
        # then "how much do they cost?"
        return Outcome(TopicAnswer(TOPIC_INTENTS[intent], () if others else options),
                       Context(subject=subjects[0].id if len(subjects) == 1 else None))
    if intent in KIND_INTENTS:
        kind, topic, extra, list_them = KIND_INTENTS[intent]
        own = [s for s in subjects if s.kind == kind]
        if len(own) == 1:
            return _describe(kb, own[0])
        if own and topic:  # "TensorFlow or PyTorch?": the named ones, side by side
            return Outcome(TopicAnswer((topic,), tuple(own)), Context())
        if topic is None:  # a single subject stands for the whole kind (bootcamps)
            return _describe(kb, kb.subjects_of_kind(kind)[0])
        listed = tuple(s for s in kb.subjects_of_kind(kind)
                       if list_them and (kind != "certification" or s.parent))
        return Outcome(TopicAnswer((topic, *extra), listed), Context())
    return Outcome(Unknown(), context)


def describing_intent(kb: KnowledgeBase, subject_id: str) -> str | None:
    """The question whose answer describes a subject of this kind (a master's: which
    degree; PyTorch: frameworks), if its kind has one."""
    subject = kb.subjects.get(subject_id)
    found = [intent for intent, (kind, *_) in KIND_INTENTS.items()
             if subject is not None and kind == subject.kind]
    return found[0] if found else None


# Topics answered with the subjects to choose from listed under them
LISTED_WITH = {"ask_choose_cert": "certification"}
# Kinds of subject whose guide section is a topic of its own (Kaggle, GitHub, internships)
OWN_TOPIC_KINDS = ("platform", "experience")


def topic_text(kb: KnowledgeBase, topic_id: str) -> str:
    """A topic's words, lower-cased: its title, intro, outro and items."""
    topic = kb.topics[topic_id]
    parts = [topic.title, topic.intro or "", topic.outro or ""]
    parts += [f"{item.title or ''} {item.text}" for item in topic.items]
    return " ".join(parts).lower()


def _own_topic(kb: KnowledgeBase, subjects: Sequence[Subject], asked: str) -> str | None:
    """The topic of the one subject named, when the topic asked about does not mention it
    and the subject's section of the guide is one topic (Kaggle: "Kaggle Competitions and
    Hackathons"); None otherwise."""
    if len(subjects) != 1 or subjects[0].kind not in OWN_TOPIC_KINDS:
        return None
    subject = subjects[0]
    names = [subject.name.lower(), *(a.lower() for a in subject.aliases)]
    if any(name in topic_text(kb, asked) for name in names):
        return None
    own = [t.id for t in kb.topics.values() if t.section == subject.section]
    return own[0] if len(own) == 1 and own[0] != asked else None


def _in_context(kb: KnowledgeBase, context: Context) -> Subject | None:
    """The knowledge-base subject the conversation is about, if any."""
    return kb.subjects.get(context.subject) if context.subject is not None else None


def _aspect_answer(kb: KnowledgeBase, aspect: str, intent: str, subjects: list[Subject],
                   variants: Sequence[Subject], context: Context) -> Outcome:
    if [s.id for s in subjects] == [ML_ENGINEER] and aspect in ("duration", "cost"):
        return overview(kb, aspect)  # "how long does it take to become an ML engineer?"
    remembered = _in_context(kb, context)
    # the remembered subject, when the context fits this question
    if not subjects and remembered is not None and _rows(kb, [remembered], aspect, variants):
        subjects = [remembered]
    if not subjects:
        if aspect in CLARIFY_OPTIONS:
            options = tuple(kb.subjects[s] for s in CLARIFY_OPTIONS[aspect])
            return Outcome(Clarify(aspect, intent, options), Context(aspect=aspect))
        return overview(kb, aspect)

    rows = _rows(kb, subjects, aspect, variants)
    answered = {row.subject.id for row in rows}
    missing = [s for s in subjects if s.id not in answered]
    if missing and not rows:
        subject = missing[0]
        related = None
        if subject.id == ML_ENGINEER and aspect in ("salary", "outlook"):
            related = _overview_facts(kb, aspect)
        result = Missing(aspect, subject, user_aspects(kb, subject.id), related)
        return Outcome(result, Context(subject=subject.id, aspect=aspect))
    return Outcome(FactAnswer(aspect, rows), Context(subject=rows[0].subject.id, aspect=aspect))


def _compare(kb: KnowledgeBase, subjects: list[Subject], variants: Sequence[Subject]) -> Outcome:
    """ "X vs Y": the figures of each side by side, chosen by what is compared."""
    ids = {s.id for s in subjects}
    if ML_ENGINEER in ids and ids <= {ML_ENGINEER, "data_scientists"}:
        return Outcome(TopicAnswer(("mle_vs_ds",)), Context())
    for kind, topic in (("language", "languages"), ("framework", "frameworks")):
        named = [s for s in subjects if s.kind == kind]
        if len(named) >= 2:
            return Outcome(TopicAnswer((topic,), tuple(named)), Context())
    occupations = [s for s in subjects if s.kind == "occupation" and s.id != ML_ENGINEER]
    if occupations:
        if len(occupations) == 1:  # "how do data scientists compare?": with all the others
            occupations = kb.subjects_of_kind("occupation")
        pool, aspects = occupations, COMPARED_ASPECTS["occupation"]
    else:
        paths = [s for s in subjects if s.kind in PATH_KINDS and s.id in PATHS]
        if not paths and variants:  # "public vs private": the bachelor's cost at each
            bachelors = kb.subjects["bachelors"]
            rows = _rows(kb, [bachelors], "cost", ())
            return Outcome(FactAnswer("cost", rows), Context(subject="bachelors", aspect="cost"))
        if len(paths) < 2:
            paths = [kb.subjects[s] for s in PATHS]
        pool, aspects = paths, COMPARED_ASPECTS["path"]
    compared = []
    for subject in pool:
        cells = tuple((a, row) for a in aspects for row in _rows(kb, [subject], a, variants))
        if cells:
            compared.append((subject, cells))
    return Outcome(Comparison(aspects, tuple(compared)), Context())


def overview(kb: KnowledgeBase, aspect: str) -> Outcome:
    """Every figure the guide has for an aspect ("how long does it take?", "compare the
    salaries of all the jobs")."""
    return Outcome(_overview_facts(kb, aspect), Context(aspect=aspect))


def _overview_facts(kb: KnowledgeBase, aspect: str) -> FactAnswer:
    """All the figures the guide has for an aspect, one row per subject."""
    pool = OVERVIEW_SUBJECTS[aspect]
    subjects = (kb.subjects_of_kind(pool) if isinstance(pool, str)
                else [kb.subjects[s] for s in pool])
    return FactAnswer(aspect, _rows(kb, subjects, aspect, ()), overview=True)


def _inform(kb: KnowledgeBase, subjects: list[Subject], variants: Sequence[Subject],
            context: Context) -> Outcome:
    """A bare mention ("what about hardware engineers?"): reuse the aspect in context."""
    if not subjects and variants and context.aspect == "cost":
        subjects = [kb.subjects["bachelors"]]
    if not subjects:
        remembered = _in_context(kb, context)
        if remembered is not None and variants:
            subjects = [remembered]
        else:
            return Outcome(Unknown(), context)
    if context.aspect in ASPECT_FACTS:
        rows = _rows(kb, subjects, context.aspect, variants)
        if rows:
            return Outcome(FactAnswer(context.aspect, rows),
                           Context(subject=rows[0].subject.id, aspect=context.aspect))
    if len(subjects) >= 2 and _comparable(subjects):  # "both?" after two frameworks
        return _compare(kb, subjects, variants)
    return _describe(kb, subjects[0])


def _comparable(subjects: Sequence[Subject]) -> bool:
    """Whether ``_compare`` puts these side by side: languages, frameworks, occupations
    (each kind alone) or paths."""
    kinds = {s.kind for s in subjects}
    return (len(kinds) == 1 and kinds <= {"language", "framework", "occupation"}) or all(
        s.id in PATHS for s in subjects)


def _describe(kb: KnowledgeBase, subject: Subject) -> Outcome:
    rows = []
    for aspect in ASPECT_FACTS:
        found = _rows(kb, [subject], aspect, ())
        if found:
            rows.append((aspect, found[0]))
    return Outcome(SubjectAnswer(subject, tuple(rows)), Context(subject=subject.id))


def _rows(kb: KnowledgeBase, subjects: Iterable[Subject], aspect: str,
          variants: Sequence[Subject]) -> tuple[FactRow, ...]:
    rows = []
    for subject in subjects:
        facts: list[Fact] = []
        for kb_aspect in ASPECT_FACTS[aspect]:
            facts.extend(kb.facts_for(subject.id, kb_aspect))
        wanted = {v.id for v in variants}
        if wanted and any(f.variant in wanted for f in facts):
            facts = [f for f in facts if f.variant in wanted]
        if facts:
            owner = facts[0].subject
            parent = kb.subjects[owner] if owner != subject.id else None
            rows.append(FactRow(subject, tuple(facts), parent))
    return tuple(rows)


def listed(outcome: Outcome) -> tuple[Subject, ...]:
    """The subjects a topic answer lists ("TensorFlow", "PyTorch"); none for other answers."""
    return outcome.result.listed if isinstance(outcome.result, TopicAnswer) else ()


def user_aspects(kb: KnowledgeBase, subject_id: str) -> tuple[str, ...]:
    """The question aspects the guide answers for a subject."""
    return tuple(
        aspect for aspect, kb_aspects in ASPECT_FACTS.items()
        if any(kb.facts_for(subject_id, a) for a in kb_aspects)
    )
