"""Personal roadmap: an ordered plan with time and cost computed from the knowledge base.

``make_plan(profile, kb)`` returns a
``Plan`` whose every figure comes from knowledge-base facts. Totals are ranges:
the sum of the steps' minimums to the sum of their maximums. Per-year costs are
multiplied by the step's duration in years (shortest by cheapest, longest by
dearest). Steps the guide gives no figure for are listed without one and left
out of the totals, and the plan says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from mlcareer.knowledge import MONTHS_PER, Fact, Item, KnowledgeBase, Range, RouteStep
from mlcareer.roadmap.profile import OPTIONS

EDUCATION, PROGRAMMING, PACE, GOAL = (tuple(OPTIONS[f]) for f in
                                      ("education", "programming", "pace", "goal"))
MONTHS_PER_YEAR = MONTHS_PER["year"]


@dataclass(frozen=True)
class Profile:
    education: str
    programming: str
    budget: float | None  # US dollars; None when not given
    pace: str
    goal: str

    def __post_init__(self) -> None:
        for name, allowed in (("education", EDUCATION), ("programming", PROGRAMMING),
                              ("pace", PACE), ("goal", GOAL)):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")
        if self.budget is not None and not self.budget >= 0:
            raise ValueError("budget must be a non-negative number of dollars")


@dataclass(frozen=True)
class Span:
    """A computed range; ``open_max``: the maximum is "over" the figure."""

    min: float
    max: float
    open_max: bool = False

    def __add__(self, other: Span) -> Span:
        return Span(self.min + other.min, self.max + other.max, self.open_max or other.open_max)


ZERO = Span(0, 0)


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    months: Span | None = None
    cost: Span | None = None
    facts: tuple[Fact, ...] = ()  # where the figures come from
    note: str | None = None


@dataclass(frozen=True)
class Route:
    key: str
    title: str
    steps: tuple[Step, ...]
    months: Span
    cost: Span
    budget_fit: str | None  # "within", "maybe", "over", or None without a budget
    unpriced: tuple[str, ...] = ()  # titles of steps the guide gives no cost for


@dataclass(frozen=True)
class Plan:
    profile: Profile
    routes: tuple[Route, ...]  # the recommended route first
    savings: tuple[Item, ...] = ()  # ways to manage costs, when the budget is short
    notes: tuple[str, ...] = field(default_factory=tuple)


def _range(fact: Fact) -> Range:
    """The figure of a duration or cost fact: the guide gives these as ranges."""
    return cast(Range, fact.value)


def _months(r: Range) -> Span:
    lo, hi = r.in_months()
    return Span(lo, hi)


def _fact(kb: KnowledgeBase, subject: str, aspect: str) -> list[Fact]:
    facts = kb.facts_for(subject, aspect)
    if not facts:
        raise LookupError(f"the knowledge base has no {aspect} for {subject}")
    return facts


def _cost_over(facts: list[Fact], months: Span) -> Span:
    """A cost range over all variants; per-year costs times the duration in years."""
    ranges = [_range(f) for f in facts]
    lo, hi = min(r.min for r in ranges), max(r.max for r in ranges)
    if any(r.per == "year" for r in ranges):
        lo, hi = lo * months.min / MONTHS_PER_YEAR, hi * months.max / MONTHS_PER_YEAR
    return Span(lo, hi, any(r.open_max for r in ranges))


def _step_text(kb: KnowledgeBase, key: str) -> RouteStep:
    step = kb.roadmap.steps.get(key)
    if step is None:
        raise LookupError(f"knowledge/routes.yml has no step {key!r}")
    return step


def _priced_step(kb: KnowledgeBase, key: str) -> Step:
    """A step priced by its subject's duration and cost (per year: times the duration)."""
    text = _step_text(kb, key)
    subject = text.subject or key
    duration = _fact(kb, subject, "duration")
    months = _months(_range(duration[0]))
    costs = _fact(kb, subject, "cost")
    return Step(key, text.title, months, _cost_over(costs, months), (*duration, *costs),
                text.note)


def _cost_step(kb: KnowledgeBase, key: str, over: Span) -> Step:
    """A step with a cost only (per year: over the study time ``over``)."""
    text = _step_text(kb, key)
    costs = _fact(kb, text.subject or key, "cost")
    note = text.note or next((f.note for f in costs if f.note), None)
    return Step(key, text.title, None, _cost_over(costs, over), tuple(costs), note)


def _unpriced(kb: KnowledgeBase, key: str) -> Step:
    text = _step_text(kb, key)
    return Step(key, text.title, note=text.note)


def _route(kb: KnowledgeBase, key: str, steps: list[Step], budget: float | None) -> Route:
    months = sum((s.months for s in steps if s.months), ZERO)
    cost = sum((s.cost for s in steps if s.cost), ZERO)
    fit = None
    if budget is not None:
        if budget < cost.min:
            fit = "over"
        elif budget >= cost.max and not cost.open_max:
            fit = "within"
        else:
            fit = "maybe"
    unpriced = tuple(s.title for s in steps if s.cost is None)
    title = kb.roadmap.routes.get(key)
    if title is None:
        raise LookupError(f"knowledge/routes.yml has no route {key!r}")
    return Route(key, title, tuple(steps), months, cost, fit, unpriced)


def _start(kb: KnowledgeBase, p: Profile) -> list[Step]:
    return [_unpriced(kb, "basics")] if p.programming == "none" else []


def _degree_route(kb: KnowledgeBase, p: Profile) -> Route | None:
    steps = _start(kb, p)
    if p.education == "none":
        steps.append(_priced_step(kb, "bachelors"))
    if p.education in ("unrelated_bachelors", "cs_bachelors") or (
            p.education == "none" and p.goal == "deepest"):
        steps.append(_priced_step(kb, "masters"))
    if not any(s.key in ("bachelors", "masters") for s in steps):
        return None  # already has a master's: no degree to add
    study = sum((s.months for s in steps if s.months), ZERO)
    steps += [_cost_step(kb, "textbooks", study), _cost_step(kb, "hardware", ZERO),
              _unpriced(kb, "portfolio")]
    return _route(kb, "degree", steps, p.budget)


def _bootcamp_route(kb: KnowledgeBase, p: Profile) -> Route:
    steps = [*_start(kb, p), _priced_step(kb, "bootcamp"), _priced_step(kb, "certification"),
             _cost_step(kb, "hardware", ZERO), _unpriced(kb, "portfolio")]
    return _route(kb, "bootcamp", steps, p.budget)


def _self_taught_route(kb: KnowledgeBase, p: Profile) -> Route:
    steps = [*_start(kb, p), _unpriced(kb, "online"), _priced_step(kb, "certification"),
             _cost_step(kb, "hardware", ZERO), _unpriced(kb, "portfolio")]
    return _route(kb, "self_taught", steps, p.budget)


FIT_ORDER = {"within": 0, "maybe": 1, None: 1, "over": 2}


def make_plan(profile: Profile, kb: KnowledgeBase) -> Plan:
    """The routes that fit the profile, the recommended one first."""
    routes = [r for r in (_degree_route(kb, profile), _bootcamp_route(kb, profile),
                          _self_taught_route(kb, profile)) if r is not None]

    def rank(route: Route) -> tuple[float, ...]:
        depth = {"degree": 0, "bootcamp": 1, "self_taught": 2}[route.key]
        speed = route.months.max
        goal_key = (depth, speed) if profile.goal == "deepest" else (speed, depth)
        return (FIT_ORDER[route.budget_fit], *goal_key, route.cost.min)

    routes.sort(key=rank)
    routes = routes[:3]
    savings: tuple[Item, ...] = ()
    if profile.budget is not None and all(r.budget_fit == "over" for r in routes):
        savings = kb.topic("manage_costs").items
    notes: list[str] = []
    if profile.pace == "part_time":
        delays = next(i.text for i in kb.topic("timeline_factors").items if i.title == "Delays")
        notes.append(f"Part-time pace: {delays}")
    notes.append(cast(str, kb.topic("cost_caveat").intro))  # the topic has an intro
    return Plan(profile, tuple(routes), savings, tuple(notes))
