"""The validating loader of the knowledge base in ``knowledge/``.

Every fact the assistant states comes from these YAML files. The loader turns
them into the frozen dataclasses of ``model`` and refuses a malformed or
incomplete file with a ``KnowledgeBaseError`` naming the file, the entry and the
problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NoReturn, TypedDict, overload

import yaml

from mlcareer.knowledge.model import (
    ASPECTS,
    KNOWLEDGE_DIR,
    SUBJECT_KINDS,
    UNITS,
    Fact,
    Item,
    KnowledgeBase,
    KnowledgeBaseError,
    Quantity,
    Range,
    Roadmap,
    RouteStep,
    Source,
    Subject,
    Topic,
    normalise_alias,
)

# -- loading and validation -------------------------------------------------


class _Reader:
    """Reads one mapping of a YAML file, checking keys and types as it goes."""

    def __init__(self, file: str, entry: str, data: Any) -> None:
        self.file, self.entry = file, entry
        if not isinstance(data, dict):
            self.fail(f"expected a mapping, got {type(data).__name__}")
        self.data: dict[Any, Any] = data

    def fail(self, problem: str) -> NoReturn:
        raise KnowledgeBaseError(self.file, self.entry, problem)

    def check_keys(self, allowed: Iterable[str]) -> None:
        unknown = sorted(set(self.data) - set(allowed))
        if unknown:
            self.fail(f"unknown key(s) {', '.join(unknown)}")

    def get(self, key: str, kind: type | tuple[type, ...], required: bool = False,
            default: Any = None) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                self.fail(f"missing required key '{key}'")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            self.fail(f"'{key}' must be {_type_name(kind)}, got {value!r}")
        if isinstance(value, str) and not value.strip():
            self.fail(f"'{key}' must not be empty")
        return value

    @overload
    def text(self, key: str, required: Literal[True]) -> str: ...
    @overload
    def text(self, key: str, required: bool = False) -> str | None: ...
    def text(self, key: str, required: bool = False) -> str | None:
        value: str | None = self.get(key, str, required)
        return " ".join(value.split()) if value else value


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", float: "a number", int: "a whole number", bool: "true or false",
             list: "a list", dict: "a mapping"}
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


@overload
def _read_unit(r: _Reader, key: str) -> str: ...
@overload
def _read_unit(r: _Reader, key: str, required: bool) -> str | None: ...
def _read_unit(r: _Reader, key: str, required: bool = True) -> str | None:
    unit: str | None = r.get(key, str, required)
    if unit is not None and unit not in UNITS:
        r.fail(f"'{key}' must be one of {', '.join(sorted(UNITS))}, got {unit!r}")
    return unit


def _read_per(r: _Reader) -> str | None:
    per: str | None = r.get("per", str)
    if per is not None and per != "year":
        r.fail(f"'per' must be 'year', got {per!r}")
    return per


def _read_range(file: str, entry: str, data: Any) -> Range:
    r = _Reader(file, f"{entry}.range", data)
    r.check_keys({"min", "max", "unit", "min_unit", "per", "open_max"})
    lo, hi = r.get("min", float, True), r.get("max", float, True)
    unit = _read_unit(r, "unit")
    min_unit = _read_unit(r, "min_unit", required=False) or unit
    if UNITS[min_unit] != UNITS[unit]:
        r.fail(f"min_unit {min_unit!r} and unit {unit!r} measure different things")
    if lo < 0 or hi < 0:
        r.fail("figures must not be negative")
    value = Range(lo, hi, unit, min_unit, _read_per(r), r.get("open_max", bool, default=False))
    lo_cmp, hi_cmp = value.in_months() if UNITS[unit] == "time" else (lo, hi)
    if lo_cmp > hi_cmp:
        r.fail(f"min ({lo:g} {min_unit}) is greater than max ({hi:g} {unit})")
    return value


class _FactNotes(TypedDict):
    qualifier: str | None
    note: str | None


def _read_quantity(file: str, entry: str, data: Any) -> tuple[Quantity, _FactNotes]:
    r = _Reader(file, entry, data)
    r.check_keys({"value", "unit", "per", "percentile", "qualifier", "note"})
    value = r.get("value", float, True)
    if value < 0:
        r.fail("figures must not be negative")
    quantity = Quantity(value, _read_unit(r, "unit"), _read_per(r), r.get("percentile", int))
    return quantity, {"qualifier": r.text("qualifier"), "note": r.text("note")}


def _read_yaml(path: Path) -> tuple[str, Any]:
    file = f"knowledge/{path.name}"
    try:
        return file, yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(file, "(file)", f"not valid YAML: {exc}") from None


def _parse_file(path: Path,
                sources: Mapping[str, Source]) -> tuple[list[Topic], list[Subject], list[Fact]]:
    file, raw = _read_yaml(path)
    top = _Reader(file, "(file)", raw)
    top.check_keys({"section", "source", "topics", "subjects", "facts"})
    file_section = top.text("section", required=True)
    file_source = top.get("source", str, default="guide")
    if file_source not in sources:
        top.fail(f"unknown source {file_source!r}")

    def where(r: _Reader) -> tuple[str, str]:
        section = r.text("section") or file_section
        source = r.get("source", str, default=file_source)
        if source not in sources:
            r.fail(f"unknown source {source!r}")
        return section, source

    topics: list[Topic] = []
    subjects: list[Subject] = []
    facts: list[Fact] = []
    for i, data in enumerate(top.get("topics", list, default=[])):
        r = _Reader(file, f"topics[{i}]", data)
        r.check_keys({"id", "title", "section", "source", "intro", "items", "outro"})
        r.entry = f"topic '{r.get('id', str, True)}'"
        items = []
        for j, item in enumerate(r.get("items", list, default=[])):
            ir = _Reader(file, f"{r.entry}.items[{j}]", item)
            ir.check_keys({"title", "text"})
            items.append(Item(text=ir.text("text", True), title=ir.text("title")))
        if not (r.data.get("intro") or items):
            r.fail("needs an 'intro' or 'items'")
        section, source = where(r)
        topics.append(Topic(
            id=r.data["id"], title=r.text("title", True), section=section, source=source,
            file=file, intro=r.text("intro"), items=tuple(items), outro=r.text("outro"),
        ))

    for i, data in enumerate(top.get("subjects", list, default=[])):
        r = _Reader(file, f"subjects[{i}]", data)
        r.check_keys({"id", "kind", "name", "short_name", "aliases", "section", "source",
                      "description", "parent", "provider", "focus", "topics_covered",
                      "suits", "facts"})
        r.entry = f"subject '{r.get('id', str, True)}'"
        kind = r.get("kind", str, True)
        if kind not in SUBJECT_KINDS:
            r.fail(f"kind must be one of {', '.join(sorted(SUBJECT_KINDS))}, got {kind!r}")
        aliases = r.get("aliases", list, True)
        if not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
            r.fail("'aliases' must be a non-empty list of non-empty texts")
        section, source = where(r)
        subject = Subject(
            id=r.data["id"], kind=kind, name=r.text("name", True),
            aliases=tuple(aliases), section=section, source=source, file=file,
            short_name=r.text("short_name"), description=r.text("description"),
            parent=r.get("parent", str), provider=r.text("provider"), focus=r.text("focus"),
            topics_covered=r.text("topics_covered"), suits=r.text("suits"),
        )
        subjects.append(subject)
        for aspect, fdata in r.get("facts", dict, default={}).items():
            entry = f"{r.entry}.facts.{aspect}"
            if aspect not in ASPECTS:
                raise KnowledgeBaseError(file, entry, f"unknown aspect {aspect!r}")
            quantity, extra = _read_quantity(file, entry, fdata)
            facts.append(Fact(subject=subject.id, aspect=aspect, value=quantity,
                              section=section, source=source, file=file, **extra))

    for i, data in enumerate(top.get("facts", list, default=[])):
        r = _Reader(file, f"facts[{i}]", data)
        r.check_keys({"subject", "subjects", "aspect", "range", "value", "variant",
                      "qualifier", "label", "note", "section", "source"})
        if ("subject" in r.data) == ("subjects" in r.data):
            r.fail("needs exactly one of 'subject' or 'subjects'")
        targets = r.get("subjects", list) or [r.get("subject", str)]
        aspect = r.get("aspect", str, True)
        r.entry = f"fact {aspect} of {', '.join(map(str, targets))}"
        if aspect not in ASPECTS:
            r.fail(f"unknown aspect {aspect!r}")
        if "range" not in r.data:
            r.fail("missing required key 'range'")
        value = _read_range(file, r.entry, r.data["range"])
        section, source = where(r)
        for target in targets:
            facts.append(Fact(
                subject=target, aspect=aspect, value=value, section=section, source=source,
                file=file, variant=r.get("variant", str), qualifier=r.text("qualifier"),
                label=r.text("label"), note=r.text("note"),
            ))
    return topics, subjects, facts


def _parse_sources(path: Path) -> dict[str, Source]:
    file, raw = _read_yaml(path)
    top = _Reader(file, "(file)", raw)
    top.check_keys({"sources"})
    sources = {}
    for i, data in enumerate(top.get("sources", list, True)):
        r = _Reader(file, f"sources[{i}]", data)
        r.check_keys({"id", "name", "cite", "release_year", "wage_reference",
                      "projection_period"})
        period = r.get("projection_period", dict)
        if period is not None:
            pr = _Reader(file, f"{r.get('id', str, True)}.projection_period", period)
            pr.check_keys({"start", "end"})
            period = (pr.get("start", int, True), pr.get("end", int, True))
        source = Source(id=r.get("id", str, True), name=r.text("name", True),
                        cite=r.text("cite", True), release_year=r.get("release_year", int),
                        wage_reference=r.text("wage_reference"), projection_period=period)
        sources[source.id] = source
    if "guide" not in sources:
        top.fail("the 'guide' source is required")
    return sources


ROUTES_FILE = "routes.yml"


def _parse_routes(path: Path, sources: Mapping[str, Source],
                  subjects: Mapping[str, Subject]) -> Roadmap:
    """The roadmap's steps and routes; a step's subject must be a known subject."""
    file, data = _read_yaml(path)
    top = _Reader(file, "(file)", data)
    top.check_keys({"source", "section", "steps", "routes"})
    source = top.get("source", str, default="guide")
    if source not in sources:
        top.fail(f"unknown source {source!r}")
    steps: dict[str, RouteStep] = {}
    for step_id, entry in (top.get("steps", dict, required=True) or {}).items():
        r = _Reader(file, f"step '{step_id}'", entry)
        r.check_keys({"title", "subject", "note"})
        subject = r.get("subject", str)
        if subject is not None and subject not in subjects:
            r.fail(f"unknown subject {subject!r}")
        steps[str(step_id)] = RouteStep(str(step_id), r.text("title", required=True) or "",
                                        subject, r.text("note"))
    routes = top.get("routes", dict, required=True) or {}
    for route_id, title in routes.items():
        if not isinstance(title, str) or not title.strip():
            top.fail(f"route '{route_id}' needs a title")
    return Roadmap(steps, {str(k): v for k, v in routes.items()}, source,
                   top.text("section", required=True) or "")


def load_knowledge_base(directory: Path | str = KNOWLEDGE_DIR) -> KnowledgeBase:
    """Load and validate every ``*.yml`` file of the knowledge base."""
    directory = Path(directory)
    sources_path = directory / "sources.yml"
    if not sources_path.is_file():
        raise KnowledgeBaseError("knowledge/sources.yml", "(file)", "file is missing")
    sources = _parse_sources(sources_path)
    paths = sorted(p for p in directory.glob("*.yml")
                   if p.name not in ("sources.yml", ROUTES_FILE))
    if not paths:
        raise KnowledgeBaseError(str(directory), "(directory)", "no knowledge files found")

    subjects: dict[str, Subject] = {}
    topics: dict[str, Topic] = {}
    facts: list[Fact] = []
    for path in paths:
        file_topics, file_subjects, file_facts = _parse_file(path, sources)
        for topic in file_topics:
            if topic.id in topics:
                raise KnowledgeBaseError(topic.file, f"topic '{topic.id}'",
                                         f"duplicate id (also in {topics[topic.id].file})")
            topics[topic.id] = topic
        for subject in file_subjects:
            if subject.id in subjects:
                raise KnowledgeBaseError(subject.file, f"subject '{subject.id}'",
                                         f"duplicate id (also in {subjects[subject.id].file})")
            subjects[subject.id] = subject
        facts.extend(file_facts)

    alias_index: dict[str, str] = {}
    for subject in subjects.values():
        if subject.parent and subject.parent not in subjects:
            raise KnowledgeBaseError(subject.file, f"subject '{subject.id}'",
                                     f"unknown parent {subject.parent!r}")
        for alias in subject.aliases:
            key = normalise_alias(alias)
            other = alias_index.get(key)
            if other and other != subject.id:
                raise KnowledgeBaseError(subject.file, f"subject '{subject.id}'",
                                         f"alias {alias!r} is also an alias of '{other}'")
            alias_index[key] = subject.id
    for fact in facts:
        entry = f"fact {fact.aspect} of {fact.subject}"
        if fact.subject not in subjects:
            raise KnowledgeBaseError(fact.file, entry, f"unknown subject {fact.subject!r}")
        if fact.variant and fact.variant not in subjects:
            raise KnowledgeBaseError(fact.file, entry, f"unknown variant {fact.variant!r}")

    routes_path = directory / ROUTES_FILE
    roadmap = _parse_routes(routes_path, sources, subjects) if routes_path.is_file() else Roadmap()
    digest = hashlib.sha256()
    for path in [sources_path, *paths, *([routes_path] if routes_path.is_file() else [])]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return KnowledgeBase(sources=sources, subjects=subjects, topics=topics,
                         facts=tuple(facts), fingerprint=digest.hexdigest()[:16],
                         _alias_index=alias_index, roadmap=roadmap)


@lru_cache(maxsize=1)
def default_knowledge_base() -> KnowledgeBase:
    """The project's knowledge base, loaded once per process."""
    return load_knowledge_base(KNOWLEDGE_DIR)
