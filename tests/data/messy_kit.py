"""Helpers of the messy-phrasing evaluation sets (tests/data/messy_questions*.py): every
expected figure is computed from the knowledge base through tests/data/questions.py, and
every expected word is checked against the knowledge-base text it comes from, so a drifted
knowledge base fails loudly instead of silently."""

from __future__ import annotations

from tests.data.questions import cost, figure, usd, years

OCCUPATIONS = (
    "research_scientists",
    "software_developers",
    "data_scientists",
    "it_managers",
    "hardware_engineers",
)

ROUTES = ("bachelors", "masters", "bootcamp", "certification")

def _topic_text(kb, topic_id: str) -> str:
    t = kb.topics[topic_id]
    parts = [t.title, t.intro or "", t.outro or ""]
    for item in t.items:
        parts += [item.title or "", item.text]
    return " ".join(parts)


def _topic(kb, topic_id: str, *words: str) -> list[str]:
    """Words from a topic, checked (case-exact) against the topic's own text."""
    text = _topic_text(kb, topic_id)
    for w in words:
        assert w in text, f"{w!r} not in topic {topic_id}"
    return list(words)


def _subject(kb, subject_id: str, *words: str) -> list[str]:
    """Words from a subject, checked against its name/description/focus/provider."""
    s = kb.subjects[subject_id]
    text = " ".join(
        x or "" for x in (s.name, s.description, s.provider, s.focus, s.topics_covered, s.suits)
    )
    for w in words:
        assert w in text, f"{w!r} not in subject {subject_id}"
    return list(words)


def _foundation(kb, *words: str) -> list[str]:
    """Words present both in the foundational-courses topic and in the roadmap steps."""
    courses = _topic_text(kb, "foundational_courses")
    steps = " ".join(f"{s.title} {s.note or ''}" for s in kb.roadmap.steps.values())
    for w in words:
        assert w in courses and w in steps, f"{w!r} not in foundations/routes"
    return list(words)


def _bls(kb):
    return kb.sources["bls"]


def _bls_words(kb, *words: str) -> list[str]:
    """Words from the BLS entry of knowledge/sources.yml, checked against its name."""
    for w in words:
        assert w in _bls(kb).name, f"{w!r} not in the BLS source name"
    return list(words)


def _guide_words(kb, *words: str) -> list[str]:
    """Words from the guide entry of knowledge/sources.yml, checked against its name."""
    for w in words:
        assert w in kb.sources["guide"].name, f"{w!r} not in the guide source name"
    return list(words)


def _certs(kb, *words: str) -> list[str]:
    """One word per named certification, each checked against that certification."""
    ids = ("google_cert", "aws_cert", "azure_cert")
    for w, sid in zip(words, ids, strict=True):
        _subject(kb, sid, w)
    return list(words)


def _months(kb, subject: str) -> float:
    return kb.facts_for(subject, "duration")[0].value.in_months()


def _quicker(kb, *subjects: str) -> str:
    return years(kb, min(subjects, key=lambda s: _months(kb, s)))


def _value(kb, subject: str, aspect: str) -> float:
    (fact,) = kb.facts_for(subject, aspect)
    return fact.value.value


def _with(kb, aspect: str) -> list[str]:
    return [o for o in OCCUPATIONS if kb.facts_for(o, aspect)]


def _best(kb, aspect: str, pick=max) -> str:
    """The figure of the occupation with the highest (or lowest) value of an aspect."""
    occ = pick(_with(kb, aspect), key=lambda o: _value(kb, o, aspect))
    return figure(kb, occ, aspect)


def _ranked(kb, aspect: str, n: int) -> str:
    """The figure of the n-th highest occupation (1 = highest) for an aspect."""
    occs = sorted(_with(kb, aspect), key=lambda o: _value(kb, o, aspect), reverse=True)
    return figure(kb, occs[n - 1], aspect)


def _higher(kb, aspect: str, *occs: str) -> str:
    return figure(kb, max(occs, key=lambda o: _value(kb, o, aspect)), aspect)


def _wage_gap(kb, a: str, b: str) -> str:
    return usd(_value(kb, a, "median_wage") - _value(kb, b, "median_wage"))


def _all_costs(kb, subject: str) -> list[str]:
    return [cost(kb, subject, f.variant) for f in kb.facts_for(subject, "cost")]


def _cheapest_route(kb) -> str:
    fact = min((f for s in ROUTES for f in kb.facts_for(s, "cost")), key=lambda f: f.value.min)
    return cost(kb, fact.subject, fact.variant)


def _priciest_route(kb) -> str:
    fact = max((f for s in ROUTES for f in kb.facts_for(s, "cost")), key=lambda f: f.value.max)
    return cost(kb, fact.subject, fact.variant)


def _quickest_route(kb) -> str:
    return years(kb, min(ROUTES, key=lambda s: _months(kb, s)))


def _longest_route(kb) -> str:
    return years(kb, max(ROUTES, key=lambda s: _months(kb, s)))


def _fastest(kb) -> str:
    """The occupation with the highest projected growth."""
    return max(_with(kb, "growth"), key=lambda o: _value(kb, o, "growth"))


def _top_share(kb) -> str:
    """The percentile the research scientists' top wage refers to, e.g. '10%'."""
    (fact,) = kb.facts_for("research_scientists", "top_wage")
    return f"{int(fact.value.percentile)}%"


def _higher_wage(kb, *occs: str) -> str:
    return figure(kb, max(occs, key=lambda o: _value(kb, o, "median_wage")), "median_wage")

