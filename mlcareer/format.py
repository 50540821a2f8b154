"""Shared wording: the ``Reply`` type, numbers, money, ranges and spans as people write
them, noun phrases, bullets and the one-line source. Used by ``qa.render`` and
``roadmap.wording``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from mlcareer.knowledge import MONTHS_PER, Fact, KnowledgeBase, Quantity, Range, Subject

DASH = "\u2013"
PREFIX_QUALIFIERS = {"about", "approximately"}
UNKNOWN_TEXT = (
    "Sorry, I don't have an answer to that in the career guide. Type \"help\" to see what "
    "I can tell you about."
)


Button = dict[str, str]  # {"title": ..., "payload": ...}


@dataclass
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)


class Sourced(Protocol):
    """Anything that names where it comes from: facts, topics, subjects."""

    @property
    def source(self) -> str: ...

    @property
    def section(self) -> str: ...


class SpanLike(Protocol):
    """A computed range (the planner's ``Span``)."""

    @property
    def min(self) -> float: ...

    @property
    def max(self) -> float: ...

    @property
    def open_max(self) -> bool: ...


# -- numbers ----------------------------------------------------------------

def number(value: float) -> str:
    """3400 -> '3,400'; 1.5 -> '1.5'."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def money(value: float) -> str:
    return f"${number(value)}"


def _unit_word(value: float, unit: str) -> str:
    return unit if value == 1 else unit + "s"


def format_range(r: Range) -> str:
    """$5,000–$20,000 per year; $300 to over $1,500; 1–2 years; 3 months to 1 year."""
    if r.unit == "USD":
        lo, hi = money(r.min), money(r.max)
        text = f"{lo} to over {hi}" if r.open_max else f"{lo}{DASH}{hi}"
    elif r.min_unit != r.unit:
        text = (f"{number(r.min)} {_unit_word(r.min, r.min_unit)} to "
                f"{number(r.max)} {_unit_word(r.max, r.unit)}")
    elif r.min == r.max:
        text = f"{number(r.min)} {_unit_word(r.max, r.unit)}"
    else:
        text = f"{number(r.min)}{DASH}{number(r.max)} {_unit_word(r.max, r.unit)}"
    return f"{text} per {r.per}" if r.per else text


def format_quantity(q: Quantity) -> str:
    if q.unit == "USD":
        text = money(q.value)
    elif q.unit == "percent":
        text = f"{number(q.value)}%"
    else:
        text = f"{number(q.value)} {q.unit}"
    return f"{text} per {q.per}" if q.per else text


def format_figure(fact: Fact) -> str:
    """The figure with its qualifier, as it reads in a sentence."""
    value = fact.value
    text = format_range(value) if isinstance(value, Range) else format_quantity(value)
    if fact.label:
        text = f"{fact.label} ({text})"
    if fact.qualifier in PREFIX_QUALIFIERS:
        return f"{fact.qualifier} {text}"
    return f"{text} {fact.qualifier}" if fact.qualifier else text


# -- words ------------------------------------------------------------------

def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_plural(subject: Subject) -> bool:
    """"data scientists", "bootcamps", "certifications" (the kind; a named certification's
    name may end in "s" and is one thing)."""
    return subject.label.endswith("s") and (subject.kind != "certification"
                                            or subject.parent is None)


def noun_phrase(subject: Subject) -> str:
    """'a bachelor's degree', 'data scientists', 'AWS Certified ... – Specialty'."""
    if subject.kind == "education" and not _is_plural(subject):
        return f"a {subject.label}"
    return subject.label


def verb_for(subject: Subject, singular: str, plural: str) -> str:
    return plural if _is_plural(subject) else singular


def source_line(kb: KnowledgeBase, items: Iterable[Sourced]) -> str:
    """'Source: …' for facts, topics or subjects (anything with source and section)."""
    sections: dict[str, list[str]] = {}
    for item in items:
        found = sections.setdefault(item.source, [])
        if item.section not in found:
            found.append(item.section)
    cites = []
    for source_id, names in sections.items():
        source = kb.sources[source_id]
        cite = source.cite.format(name=source.name, release_year=source.release_year)
        if source_id == "guide":
            cite += ", " + ", ".join(f"\u201c{name}\u201d" for name in names)
        cites.append(cite)
    return "Source: " + "; ".join(cites) if cites else ""


def bullet(label: str, text: str) -> str:
    return f"\u2022 {capitalise(label)}: {text}"



# -- spans (computed ranges) ---------------------------------------------

YEAR = MONTHS_PER["year"]


def format_months(months: float) -> str:
    if months and months % YEAR == 0:
        return f"{number(months / YEAR)} {_unit_word(months / YEAR, 'year')}"
    return f"{number(months)} {_unit_word(months, 'month')}"


def format_span(span: SpanLike, unit: str) -> str:
    """A computed range of months or dollars."""
    if unit == "months":
        lo, hi = format_months(span.min), format_months(span.max)
        if span.min == span.max:
            return lo
        if span.min % YEAR == 0 and span.max % YEAR == 0 and span.min:
            return f"{number(span.min / YEAR)}{DASH}{hi}"
        return f"{lo} to {hi}"
    lo, hi = money(span.min), money(span.max)
    if span.open_max:
        return f"{lo} to over {hi}"
    return lo if span.min == span.max else f"{lo}{DASH}{hi}"


