"""The knowledge base's typed model: frozen dataclasses for sources, ranges, facts,
topics and subjects, and the look-ups the answers use. Loaded by ``loader``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"

# Units a figure may carry, and what kind of quantity each one measures.
UNITS = {
    "USD": "money",
    "year": "time",
    "month": "time",
    "percent": "share",
    "jobs": "count",
    "positions": "count",
}
MONTHS_PER = {"month": 1, "year": 12}
SUBJECT_KINDS = {
    "occupation",
    "education",
    "institution",
    "certification",
    "bootcamp",
    "language",
    "framework",
    "platform",
    "cost_item",
    "experience",
}
ASPECTS = {"cost", "duration", "growth", "openings", "jobs_added", "median_wage", "top_wage"}


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is malformed or incomplete."""

    def __init__(self, file: str, entry: str, problem: str) -> None:
        super().__init__(f"{file}: {entry}: {problem}")
        self.file, self.entry, self.problem = file, entry, problem


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    cite: str
    release_year: int | None = None
    wage_reference: str | None = None
    projection_period: tuple[int, int] | None = None


@dataclass(frozen=True)
class Range:
    """A range of money or time: ``min``..``max`` in ``unit`` (``per`` year)."""

    min: float
    max: float
    unit: str
    min_unit: str
    per: str | None = None
    open_max: bool = False

    def in_months(self) -> tuple[float, float]:
        """Both ends in months (time ranges only)."""
        return self.min * MONTHS_PER[self.min_unit], self.max * MONTHS_PER[self.unit]


@dataclass(frozen=True)
class Quantity:
    """A single figure: a wage, a growth rate, a number of jobs."""

    value: float
    unit: str
    per: str | None = None
    percentile: int | None = None


@dataclass(frozen=True)
class Fact:
    subject: str
    aspect: str
    value: Range | Quantity
    section: str
    source: str
    file: str
    variant: str | None = None
    qualifier: str | None = None
    label: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Item:
    text: str
    title: str | None = None


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    section: str
    source: str
    file: str
    intro: str | None = None
    items: tuple[Item, ...] = ()
    outro: str | None = None


@dataclass(frozen=True)
class Subject:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    section: str
    source: str
    file: str
    short_name: str | None = None
    description: str | None = None
    parent: str | None = None
    provider: str | None = None
    focus: str | None = None
    topics_covered: str | None = None
    suits: str | None = None

    @property
    def label(self) -> str:
        """How the subject is named in running text."""
        return self.short_name or self.name


@dataclass(frozen=True)
class RouteStep:
    """A step a personal roadmap can take (``knowledge/routes.yml``)."""

    id: str
    title: str
    subject: str | None = None  # whose duration and cost facts price the step
    note: str | None = None


@dataclass(frozen=True)
class Roadmap:
    """The roadmap's steps and route titles; which steps a route takes is the planner's."""

    steps: Mapping[str, RouteStep] = field(default_factory=dict)
    routes: Mapping[str, str] = field(default_factory=dict)  # route id -> title
    source: str = "guide"
    section: str = ""


@dataclass(frozen=True)
class KnowledgeBase:
    sources: Mapping[str, Source]
    subjects: Mapping[str, Subject]
    topics: Mapping[str, Topic]
    facts: tuple[Fact, ...]
    fingerprint: str
    _alias_index: Mapping[str, str] = field(repr=False, default_factory=dict)
    roadmap: Roadmap = field(default_factory=Roadmap)

    # -- look-ups ---------------------------------------------------------
    def subject(self, ref: str | None) -> Subject | None:
        """A subject by id or by any of its aliases (case-insensitive)."""
        if not ref:
            return None
        if ref in self.subjects:
            return self.subjects[ref]
        key = self._alias_index.get(normalise_alias(ref))
        return self.subjects[key] if key else None

    def topic(self, topic_id: str) -> Topic:
        return self.topics[topic_id]

    def children_of(self, subject_id: str) -> list[Subject]:
        return [s for s in self.subjects.values() if s.parent == subject_id]

    def subjects_of_kind(self, kind: str) -> list[Subject]:
        return [s for s in self.subjects.values() if s.kind == kind]

    @cached_property
    def pairs(self) -> dict[str, str]:
        """Each subject of a kind that has exactly two (public and private universities),
        to the other one (worked out once, not on every message)."""
        by_kind: dict[str, list[str]] = {}
        for subject in self.subjects.values():
            by_kind.setdefault(subject.kind, []).append(subject.id)
        return {a: b for two in by_kind.values() if len(two) == 2 for a, b in (two, two[::-1])}

    def facts_for(self, subject_id: str, aspect: str, inherit: bool = True) -> list[Fact]:
        """Facts about ``aspect`` of a subject; falls back to its parent's."""
        found = [f for f in self.facts if f.subject == subject_id and f.aspect == aspect]
        subject = self.subjects.get(subject_id)
        if not found and inherit and subject and subject.parent:
            return self.facts_for(subject.parent, aspect)
        return found

    def aspects_of(self, subject_id: str) -> list[str]:
        """Aspects with at least one fact for the subject (parent included)."""
        return [a for a in sorted(ASPECTS) if self.facts_for(subject_id, a)]

    def alias_patterns(self) -> list[tuple[str, str, str]]:
        """``(kind, subject id, alias)`` for every alias: feeds entity recognition."""
        return [
            (s.kind, s.id, alias) for s in self.subjects.values() for alias in s.aliases
        ]


def normalise_alias(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces."""
    text = text.replace("\u2019", "'").lower().strip()
    return re.sub(r"\s+", " ", text)

