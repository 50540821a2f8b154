"""Session 16 (found on the development sets): follow-ups of a ranking. "and the slowest
one?" after the fastest-growing job is the lowest growth, not the longest route; "and the
priciest?" after the cheapest route is the most expensive one; "that one", "the top one"
point at the one put first, whatever the message's length; "how much more does the top
one make than software devs" is the gap between the two. Expected figures come from the
knowledge base (tests/data/messy_kit.py), never from replies."""

from __future__ import annotations

import pytest

from components.novelty import relabel_by_words
from mlcareer.qa.context import referred
from mlcareer.qa.rankings import ranking
from tests.data.messy_kit import _best, _priciest_route, _ranked, _wage_gap
from tests.data.questions import figure
from tests.support.nlu import parsed


def test_the_slowest_after_growth_is_the_lowest_growth_not_the_longest_route(kb):
    found = ranking(kb, "and the slowest one?", [], ["data_scientists"], "outlook")
    assert found is not None and found.intent == "ask_outlook"
    assert _best(kb, "growth", min) in found.reply.text.splitlines()[0]
    # with time in context, the slowest is still the longest route
    found = ranking(kb, "and the slowest one?", [], ["bootcamp"], "duration")
    assert found is not None and found.intent == "ask_duration"


def test_the_top_one_after_a_place_in_the_ranking_is_the_top_of_it(kb):
    # after "and the 2nd one?" (research scientists), "the top one" is still the first
    found = ranking(kb, "how much more does the top one make than software devs",
                    [kb.subjects["software_developers"]],
                    ["research_scientists", "it_managers"], "salary")
    assert found is not None
    assert _wage_gap(kb, "it_managers", "software_developers") in found.reply.text


@pytest.mark.parametrize("text, place", [("and the 2nd one?", 2), ("and the third?", 3),
                                         ("what about #4", 4)])
def test_a_place_after_a_ranking_of_pay_is_that_place(kb, text, place):
    found = ranking(kb, text, [], ["it_managers"], "salary")
    assert found is not None and found.intent == "ask_salary"
    assert _ranked(kb, "median_wage", place) in found.reply.text.splitlines()[0]
    # without pay or growth in context, no place of a ranking
    assert ranking(kb, text, [], ["bootcamp"], "cost") is None


@pytest.mark.parametrize("text", ["and the priciest?", "and the costliest one"])
def test_the_priciest_after_the_cheapest_route_is_the_most_expensive(kb, text):
    found = ranking(kb, text, [], ["certification"], "cost")
    assert found is not None and _priciest_route(kb) in found.reply.text.splitlines()[0]


def test_a_short_follow_up_the_classifier_takes_for_a_mention_is_the_ranking():
    relabelled = relabel_by_words(parsed("and the priciest?", "inform", 0.64),
                                  ["certification"], "cost", "certification")
    assert relabelled["intent"]["name"] == "ask_cost"
    # nothing ranked in context: left alone
    assert relabel_by_words(parsed("and the priciest?", "inform", 0.64), [], None, None)[
        "intent"]["name"] == "inform"


@pytest.mark.parametrize("text", ["how many jobs does that one add",
                                  "what does the top one earn in a year then"])
def test_that_one_points_at_the_current_subject_in_a_longer_message(text):
    assert referred(text, [], ["hardware_engineers", "data_scientists"]) == [
        "hardware_engineers"]


def test_is_it_possible_to_still_points_nowhere_in_a_long_message():
    assert referred("is it possible to get a job without a degree these days", [],
                    ["data_scientists"]) == []


def test_how_much_more_the_top_one_makes_than_one_named_is_the_gap(kb):
    found = ranking(kb, "how much more does the top one make than software devs",
                    [kb.subjects["software_developers"]], ["it_managers"], "salary")
    assert found is not None
    assert _wage_gap(kb, "it_managers", "software_developers") in found.reply.text


@pytest.mark.parametrize("text, both", [
    ("should i start with python or java? also do i need calculus",
     ("should i start with python or java", "also do i need calculus")),
    ("what's a bootcamp? and how long are they usually",
     ("what's a bootcamp", "and how long are they usually")),
    ("do i need a degree? what about a portfolio, does it matter?",
     ("do i need a degree", "what about a portfolio, does it matter")),
])
def test_the_two_questions_of_a_chat_message(text, both):
    from mlcareer.qa.compose import two_questions

    assert two_questions(text) == both


@pytest.mark.parametrize("text", [
    "do i need a degree?",  # one question
    "degree? ok",  # too short to be one
    "what pays more? data science? ml? research?",  # more than two: a post's questions
    "/ask_salary",  # a button
    "I have a physics degree and five years in finance, and I keep reading that ML "
    "engineers need a CS degree. Is that true? What would you do in my place, honestly?",
])
def test_no_second_question_in_one_question_a_long_post_or_a_button(text):
    from mlcareer.qa.compose import two_questions

    assert two_questions(text) is None


def test_the_second_answer_follows_the_first_and_refers_to_its_subject(kb):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.qa import second_answer
    from mlcareer.qa.answers import Context, Outcome, Unknown
    from tests.data.questions import cost

    dispatcher = CollectingDispatcher()
    first = Outcome(Unknown(), Context(subject="bootcamp"))
    message = {"second": {"text": "and what do they cost", "intent": "ask_cost", "entities": []}}
    second_answer(dispatcher, kb, message, first.context, "Bootcamps are intensive programs.")
    assert len(dispatcher.messages) == 1 and cost(kb, "bootcamp") in dispatcher.messages[0]["text"]
    # nothing forged or malformed is answered
    for forged in ({"second": "ask_cost"}, {"second": {"intent": 3}}, {}):
        dispatcher = CollectingDispatcher()
        second_answer(dispatcher, kb, forged, first.context, "")
        assert dispatcher.messages == []


def test_a_place_beyond_the_ranking_says_how_many_there_are(kb):
    paid = [s for s in kb.subjects_of_kind("occupation") if kb.facts_for(s.id, "median_wage")]
    found = ranking(kb, "and the 6th?", [], ["it_managers"], "salary")
    assert found is not None and f"only {len(paid)} occupations" in found.reply.text
    # a grade in a longer question is no place in the ranking: the top is asked
    found = ranking(kb, "im in 9th grade, which job pays the most?", [], [], None)
    assert found is not None and _best(kb, "median_wage") in found.reply.text.splitlines()[0]


def test_a_place_after_the_lowest_counts_from_the_bottom(kb):
    paid = sorted((s for s in kb.subjects_of_kind("occupation")
                   if kb.facts_for(s.id, "median_wage")),
                  key=lambda s: kb.facts_for(s.id, "median_wage")[0].value.value)
    found = ranking(kb, "and the 2nd one?", [], [paid[0].id], "salary")  # after the lowest
    assert found is not None
    assert figure(kb, paid[1].id, "median_wage") in found.reply.text.splitlines()[0]
    assert "second lowest" in found.reply.text.splitlines()[0]
