"""Rankings, extremes and differences computed from the knowledge base (mlcareer/qa/rankings.py).
Expected orders and figures are computed here from the facts, never copied from replies."""

from __future__ import annotations

import pytest

from mlcareer.qa.rankings import ranking
from tests.data.questions import usd

OCCUPATIONS = ["research_scientists", "software_developers", "data_scientists", "it_managers",
               "hardware_engineers"]


def value(kb, subject, fact):
    return kb.facts_for(subject, fact)[0].value.value


def order(kb, fact, highest=True):
    return sorted(OCCUPATIONS, key=lambda s: value(kb, s, fact), reverse=highest)


@pytest.mark.parametrize("question, fact, highest, intent", [
    ("what's the best-paid of these occupations?", "median_wage", True, "ask_salary"),
    ("which of these jobs pays the most?", "median_wage", True, "ask_salary"),
    ("which one earns the least?", "median_wage", False, "ask_salary"),
    ("what is the fastest-growing of these jobs?", "growth", True, "ask_outlook"),
    ("which field has the best outlook?", "growth", True, "ask_outlook"),
    ("which grows the slowest?", "growth", False, "ask_outlook"),
])
def test_extremes_rank_every_occupation_with_its_figure(kb, question, fact, highest, intent):
    reply, answered, _ = ranking(kb, question, [])
    assert answered == intent
    ranked = order(kb, fact, highest)
    lines = reply.text.splitlines()
    assert kb.subjects[ranked[0]].label in lines[0]
    listed = [line for line in lines if line[:2] in {f"{n}." for n in range(1, 6)}]
    assert len(listed) == 5
    for line, subject in zip(listed, ranked, strict=True):
        assert kb.subjects[subject].label.lower() in line.lower()
    assert "Bureau of Labor Statistics" in lines[-1]


def test_a_ranking_among_the_named_occupations_only(kb):
    named = [kb.subjects["data_scientists"], kb.subjects["hardware_engineers"]]
    reply, _, _ = ranking(kb, "which of them is best paid?", named)
    assert "Of these 2 occupations" in reply.text and "software" not in reply.text.lower()


def test_how_much_more_one_occupation_earns_than_another(kb):
    named = [kb.subjects["software_developers"], kb.subjects["it_managers"]]
    reply, answered, _ = ranking(kb, "how much more does an IT manager earn than a developer?",
                              named)
    gap = value(kb, "it_managers", "median_wage") - value(kb, "software_developers",
                                                          "median_wage")
    assert answered == "ask_salary" and f"{usd(gap)} a year more" in reply.text
    assert reply.text.index("information systems managers") < reply.text.index("developers")


@pytest.mark.parametrize("question", ["how much does a bootcamp cost?", "what do data "
                                      "scientists earn?", "is the best way a degree?"])
def test_ordinary_questions_are_not_rankings(kb, question):
    assert ranking(kb, question, []) is None


ROUTE_IDS = ["bachelors", "masters", "bootcamp", "certification"]


def upper(kb, subject, fact):
    """The route's figure, upper end, in months or in dollars for the whole route."""
    value = kb.facts_for(subject, fact)[-1].value  # bachelor's: the private (dearer) one
    if fact == "duration":
        return value.in_months()[1]
    if value.per == "year":
        return value.max * kb.facts_for(subject, "duration")[0].value.in_months()[1] / 12
    return value.max


@pytest.mark.parametrize("question, fact, highest", [
    ("which route is cheapest?", "cost", False),
    ("most expensive way to do this", "cost", True),
    ("quickest way to get in the field time wise", "duration", False),
    ("which of these options takes the longest?", "duration", True),
])
def test_route_extremes_name_the_right_route_with_its_figure(kb, question, fact, highest):
    found = ranking(kb, question, [])
    assert found is not None and found.intent == f"ask_{fact}"
    best = max(ROUTE_IDS, key=lambda s: upper(kb, s, fact) * (1 if highest else -1))
    first = found.reply.text.splitlines()[0]
    assert kb.subjects[best].label in first
    assert all(kb.subjects[s].label in found.reply.text.lower() for s in ROUTE_IDS)


def test_a_per_year_cost_is_also_given_for_the_whole_degree(kb):
    found = ranking(kb, "which route is cheapest?", [])
    yearly = kb.facts_for("masters", "cost")[0].value
    years = kb.facts_for("masters", "duration")[0].value
    whole = f"{usd(yearly.min * years.min)}\u2013{usd(yearly.max * years.max)}"
    assert f"{whole} for the whole degree" in found.reply.text


def test_a_route_comparison_completes_that_with_the_route_talked_about(kb):
    found = ranking(kb, "is that cheaper than a degree?", [], recent=["bootcamp"])
    assert found.intent == "ask_cost"
    lines = found.reply.text.splitlines()
    assert kb.subjects["bootcamp"].label in lines[0].lower()
    assert "Bachelor" in found.reply.text and "Master" not in found.reply.text


def test_trains_and_flights_are_not_routes(kb):
    assert ranking(kb, "cheapest train from london to edinburgh", []) is None


def test_the_job_adding_the_most_positions_is_computed(kb):
    found = ranking(kb, "which job is adding the most positions", [])
    added = [s for s in OCCUPATIONS if kb.facts_for(s, "jobs_added")]
    top = max(added, key=lambda s: value(kb, s, "jobs_added"))
    assert kb.subjects[top].label in found.reply.text.splitlines()[0]
    assert found.top == (top,)


def test_and_the_lowest_reuses_the_aspect_in_context(kb):
    assert ranking(kb, "and the lowest", []) is None  # nothing in context: no guess
    found = ranking(kb, "and the lowest", [], aspect="salary")
    lowest = order(kb, "median_wage", highest=False)[0]
    assert found.top == (lowest,) and kb.subjects[lowest].label in found.reply.text


def test_the_gap_between_two_occupations_is_their_pay_difference(kb):
    named = [kb.subjects["it_managers"], kb.subjects["data_scientists"]]
    found = ranking(kb, "gap between them?", named)
    gap = value(kb, "it_managers", "median_wage") - value(kb, "data_scientists", "median_wage")
    assert usd(abs(gap)) in found.reply.text
