"""The pure planner: every combination of answers, and properties that must always hold."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlcareer.knowledge import default_knowledge_base
from mlcareer.roadmap.planner import (
    EDUCATION,
    GOAL,
    MONTHS_PER_YEAR,
    PACE,
    PROGRAMMING,
    ZERO,
    Profile,
    Span,
    make_plan,
)
from mlcareer.roadmap.wording import render_plan

KB = default_knowledge_base()
BUDGETS = (None, 0, 1000, 8000, 20000, 100000, 10**6)
ALL_PROFILES = [Profile(*combo) for combo in itertools.product(
    EDUCATION, PROGRAMMING, BUDGETS, PACE, GOAL)]


def step_figures_from_facts(step, study: Span) -> tuple[Span | None, Span | None]:
    """Recompute a step's figures from the facts it cites (independently of the planner).

    ``study``: the route's months of degree study, over which per-year costs without a
    duration of their own (textbooks) are counted.
    """
    months = None
    durations = [f for f in step.facts if f.aspect == "duration"]
    if durations:
        r = durations[0].value
        months = Span(r.min * (MONTHS_PER_YEAR if r.min_unit == "year" else 1),
                      r.max * (MONTHS_PER_YEAR if r.unit == "year" else 1))
    costs = [f.value for f in step.facts if f.aspect == "cost"]
    cost = None
    if costs:
        lo, hi = min(c.min for c in costs), max(c.max for c in costs)
        if any(c.per == "year" for c in costs):
            study = months or study
            lo, hi = lo * study.min / MONTHS_PER_YEAR, hi * study.max / MONTHS_PER_YEAR
        cost = Span(lo, hi, any(c.open_max for c in costs))
    return months, cost


def check_plan(profile: Profile) -> None:
    plan = make_plan(profile, KB)
    assert 1 <= len(plan.routes) <= 3
    for route in plan.routes:
        degree_months = sum((s.months for s in route.steps
                             if s.key in ("bachelors", "masters")), ZERO)
        for step in route.steps:
            months, cost = step_figures_from_facts(step, degree_months)
            assert step.months == months, (route.key, step.key)
            assert step.cost == cost, (route.key, step.key)
            if step.months is None and step.cost is None:
                assert step.note  # an unpriced step says what it is
        # totals are the sums of the steps' ranges
        assert route.months == sum((s.months for s in route.steps if s.months), ZERO)
        assert route.cost == sum((s.cost for s in route.steps if s.cost), ZERO)
        assert route.months.min <= route.months.max and route.cost.min <= route.cost.max
        # an over-budget plan is never presented as within budget
        if profile.budget is None:
            assert route.budget_fit is None
        elif profile.budget < route.cost.max or route.cost.open_max:
            assert route.budget_fit != "within"
        if profile.budget is not None and profile.budget < route.cost.min:
            assert route.budget_fit == "over"
    text = render_plan(KB, plan).text
    assert "Source: the career guide" in text
    if profile.pace == "part_time":
        assert "Part-time pace" in text


def profile_id(p: Profile) -> str:
    return "-".join(map(str, vars(p).values()))


@pytest.mark.parametrize("profile", ALL_PROFILES, ids=profile_id)
def test_every_combination_of_answers(profile):
    check_plan(profile)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(EDUCATION), st.sampled_from(PROGRAMMING),
       st.one_of(st.none(), st.floats(min_value=0, max_value=1e7, allow_nan=False)),
       st.sampled_from(PACE), st.sampled_from(GOAL))
def test_properties_hold_for_any_budget(education, programming, budget, pace, goal):
    check_plan(Profile(education, programming, budget, pace, goal))


def test_a_bachelors_costs_four_years_of_tuition_public_to_private():
    plan = make_plan(Profile("none", "some", None, "full_time", "deepest"), KB)
    degree = plan.routes[0]
    assert degree.key == "degree"
    bachelors = next(s for s in degree.steps if s.key == "bachelors")
    assert bachelors.cost == Span(40000, 200000)  # 4 x $10,000 ... 4 x $50,000
    assert [s.key for s in degree.steps][:2] == ["bachelors", "masters"]


def test_fastest_goal_puts_the_quickest_route_first():
    plan = make_plan(Profile("cs_bachelors", "strong", None, "full_time", "fastest"), KB)
    assert plan.routes[0].months.max == min(r.months.max for r in plan.routes)


def test_a_short_budget_brings_the_ways_to_save():
    plan = make_plan(Profile("none", "none", 100, "full_time", "fastest"), KB)
    assert all(r.budget_fit == "over" for r in plan.routes)
    assert plan.savings == KB.topic("manage_costs").items
    assert "Ways to bring costs down" in render_plan(KB, plan).text


def test_a_masters_holder_gets_no_degree_route():
    plan = make_plan(Profile("masters", "strong", None, "full_time", "deepest"), KB)
    assert "degree" not in {r.key for r in plan.routes}


def test_the_plan_reads_well():
    text = render_plan(KB, make_plan(Profile("none", "none", 8000, "part_time", "fastest"),
                                     KB)).text
    assert "$1,300 to over $4,500" in text  # certification + hardware
    assert "may fit your $8,000 budget" in text
    assert max(len(line) for line in text.splitlines()) < 260


@pytest.mark.parametrize("bad", [
    {"education": "phd"}, {"programming": "expert"}, {"pace": "weekends"}, {"goal": "cheapest"},
    {"budget": -5}, {"budget": float("nan")},
])
def test_invalid_profiles_are_refused(bad):
    values = {"education": "none", "programming": "none", "budget": 1000.0,
              "pace": "full_time", "goal": "fastest", **bad}
    with pytest.raises(ValueError):
        Profile(**values)
