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
    reply, answered = ranking(kb, question, [])
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
    reply, _ = ranking(kb, "which of them is best paid?", named)
    assert "Of the 2 occupations" in reply.text and "software" not in reply.text.lower()


def test_how_much_more_one_occupation_earns_than_another(kb):
    named = [kb.subjects["software_developers"], kb.subjects["it_managers"]]
    reply, answered = ranking(kb, "how much more does an IT manager earn than a developer?",
                              named)
    gap = value(kb, "it_managers", "median_wage") - value(kb, "software_developers",
                                                          "median_wage")
    assert answered == "ask_salary" and f"{usd(gap)} a year more" in reply.text
    assert reply.text.index("information systems managers") < reply.text.index("developers")


@pytest.mark.parametrize("question", ["how much does a bootcamp cost?", "what do data "
                                      "scientists earn?", "is the best way a degree?"])
def test_ordinary_questions_are_not_rankings(kb, question):
    assert ranking(kb, question, []) is None
