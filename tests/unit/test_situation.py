"""Personal situations: answered first with the plan offered, unless a plan is asked for
or the message already gives most of its answers."""

from __future__ import annotations

import pytest

from components.form_answers import relabel_personal_situation
from mlcareer.roadmap.situation import PLAN_BUTTON, situation_reply, starts_plan
from tests.data.questions import cost, years


@pytest.mark.parametrize("text", [
    "plan my path", "make me a roadmap", "which route is best for me?", "/plan_path",
    "I'm 30, I work in marketing, I have no degree and $8,000. What should I do?",
    "I work full time and have $3,000, how should I become an ML engineer?",
])
def test_a_plan_asked_for_or_mostly_given_starts_the_form(text):
    assert starts_plan(text)


@pytest.mark.parametrize("text", [
    "I'm a teacher with no coding, could I do this? what first?",
    "How do I become a data scientist?", "what should I do?",
])
def test_a_situation_asked_about_is_answered_first(text):
    assert not starts_plan(text)


def test_the_answer_says_what_to_learn_first_and_the_routes_then_offers_the_plan(kb):
    reply, answered = situation_reply(kb)
    assert answered == "plan_path"  # the plan offered, no one topic answered
    assert "linear algebra" in reply.text  # foundational courses
    assert cost(kb, "bootcamp") in reply.text and years(kb, "bachelors") in reply.text
    assert reply.buttons == [PLAN_BUTTON]


def test_a_situation_that_asks_about_one_topic_gets_that_topic_first(kb):
    sure = [{"name": "nlu_fallback", "confidence": 0.3},
            {"name": "ask_entry_level", "confidence": 0.57}]
    reply, answered = situation_reply(kb, sure)
    assert answered == "ask_entry_level"  # what the reply answers, for what comes next
    assert kb.topics["entry_level"].intro.split(":")[0][:40] in reply.text
    assert "linear algebra" not in reply.text  # the topic, not the generic start
    assert reply.buttons[0] == PLAN_BUTTON and reply.buttons[1]["payload"] == "/ask_courses"
    unsure = [{"name": "ask_entry_level", "confidence": 0.3}]
    assert "linear algebra" in situation_reply(kb, unsure)[0].text  # could I? too late?


@pytest.mark.parametrize("text", [
    "retired nurse, 61, want to learn this from scratch",
    "worked as a tester for years, can I jump to machine learning?",
    "two kids and a day job, could I really study this online?",
])
def test_situations_in_people_s_words_are_recognised(text):
    from mlcareer.roadmap.situation import asks_about_own_situation

    assert asks_about_own_situation(text)


def parse(text, intent="plan_path"):
    return {"text": text, "intent": {"name": intent, "confidence": 0.8}}


def test_only_plan_path_outside_the_form_is_relabelled():
    asked = relabel_personal_situation(parse("could a teacher do this?"), None)
    assert asked["intent"]["name"] == "ask_next_steps" and asked["situation"] is True
    assert relabel_personal_situation(parse("plan my path"), None) == parse("plan my path")
    in_form = parse("could a teacher do this?")
    assert relabel_personal_situation(in_form, "plan_form") == in_form
    other = parse("could a teacher do this?", "ask_cost")
    assert relabel_personal_situation(other, None) == other


def test_a_question_read_as_a_plan_answer_is_a_situation_without_a_plan_only():
    question = parse("I'm a nurse with no coding, could I do this?", "update_profile")
    relabelled = relabel_personal_situation(question, None, has_plan=False)
    assert relabelled["intent"]["name"] == "ask_next_steps"
    assert relabel_personal_situation(question, None, has_plan=True) == question
    statement = parse("I have a CS degree", "plan_answer")
    assert relabel_personal_situation(statement, None, has_plan=False) == statement


@pytest.mark.parametrize("text", [
    "im a nurse 38 no coding, realistic?",
    "i work in accounting and know excel, could i switch to ML",
    "I'm 45 and a truck driver, too late to get into machine learning?",
    "never wrote a line of code in my life but i want this job",
])
def test_a_situation_asked_about_is_answered_first_whatever_the_classifier_said(text):
    for intent, confidence in (("out_of_scope", 0.7), ("nlu_fallback", 0.3),
                               ("ask_experience", 0.4), ("update_profile", 0.8)):
        data = {"text": text, "intent": {"name": intent, "confidence": confidence}}
        relabelled = relabel_personal_situation(data, None)
        assert relabelled.get("situation") is True, (text, intent)
    assert relabel_personal_situation(parse(text), "plan_form").get("situation") is None


@pytest.mark.parametrize("text", [
    "I'm from India, can I get a job in the US?",  # not a move into ML
    "how do I get into a top university?",  # nobody's situation, not the field
    "I'm a nurse, could you make me a plan?",  # a plan asked for: the form
])
def test_other_messages_are_not_read_as_a_situation(text):
    data = {"text": text, "intent": {"name": "out_of_scope", "confidence": 0.7}}
    assert relabel_personal_situation(data, None).get("situation") is None


@pytest.mark.parametrize("text", ["how do I get into machine learning?",
                                  "what's the best way to become a data scientist"])
def test_how_to_get_into_the_field_is_answered_first_when_the_classifier_is_unsure(text):
    data = {"text": text, "intent": {"name": "out_of_scope", "confidence": 0.7}}
    assert relabel_personal_situation(data, None).get("situation") is True
    sure = {"text": text, "intent": {"name": "ask_next_steps", "confidence": 0.9},
            "intent_ranking": [{"name": "ask_next_steps", "confidence": 0.9}]}
    assert relabel_personal_situation(sure, None).get("situation") is None


def test_a_confident_guide_question_about_oneself_keeps_its_answer():
    data = {"text": "is it possible to become an ML engineer without a degree?",
            "intent": {"name": "ask_degree_needed", "confidence": 0.9}}
    assert relabel_personal_situation(data, None)["intent"]["name"] == "ask_degree_needed"


def test_a_figure_question_read_as_a_plan_answer_is_that_figure_question():
    data = {"text": "textbooks and a decent computer, what should i budget",
            "intent": {"name": "update_profile", "confidence": 0.6},
            "entities": [{"entity": "cost_item", "value": "textbooks"}]}
    assert relabel_personal_situation(data, None)["intent"]["name"] == "ask_cost"
    told = {**data, "text": "my budget is 2000 dollars for textbooks"}
    assert relabel_personal_situation(told, None)["intent"]["name"] == "update_profile"
