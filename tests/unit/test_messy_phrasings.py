"""People's own phrasings that the classifier alone gets wrong: questions about the data
in so many words, a figure asked about a named subject, short follow-ups, pointers back at
the subject talked about (mlcareer.qa.rescue, mlcareer.qa.compose, mlcareer.qa.answers,
actions.qa)."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ActionAnswerQuestion, ActionAskAffirmation, ActionOutOfScope
from mlcareer.qa.answers import Context, answer
from mlcareer.qa.compose import asked_aspect, aspects_in
from mlcareer.qa.rescue import asks_provenance
from tests.data.questions import cost, years
from tests.support.trackers import make_tracker


@pytest.mark.parametrize("text", [
    "where r these salary numbers from", "is that US pay or worldwide?",
    "the wages, what year are they for", "where's that number from", "what year",
    "are these figures for the US only?", "who published these figures?",
])
def test_questions_about_the_data_in_so_many_words(text):
    assert asks_provenance(text)


@pytest.mark.parametrize("text", [
    "where do data scientists work?", "where can I get this certification?",
    "how much do ML engineers earn in the US?", "what year should I start learning python?",
    "is a bootcamp worth it globally?", "how old do I have to be to start?",
])
def test_other_questions_with_the_same_words_are_not_about_the_data(text):
    assert not asks_provenance(text)


@pytest.mark.parametrize("text, value, intent", [
    ("is a masters gonna bankrupt me lol", "masters", "ask_cost"),
    ("hardware engineers pay and outlook", "hardware_engineers", "ask_salary"),
    ("certs, how much $$ and how much time", "certification", "ask_cost"),
    ("at a state school what does it cost", "public_institution", "ask_cost"),
    ("how much is the google professional ML engineer exam", "google_cert", "ask_cost"),
    ("how much is a data scientist paid", "data_scientists", "ask_salary"),
])
def test_a_figure_asked_about_a_named_subject(kb, text, value, intent):
    assert asked_aspect(kb, text, [{"value": value}]) == intent


def test_no_figure_question_without_a_subject_that_has_the_figure(kb):
    assert asked_aspect(kb, "what is a bootcamp?", [{"value": "bootcamp"}]) is None
    assert asked_aspect(kb, "how much does a tesla cost?", []) is None


def test_time_and_money_count_only_in_a_short_follow_up():
    assert aspects_in("and time?") == ["duration"]
    assert aspects_in("I have a lot of free time in the evenings after work") == []


def test_a_topic_answer_keeps_the_subject_it_was_asked_about(kb):
    outcome = answer(kb, "ask_cert_benefits", [{"value": "certification"}], Context())
    assert outcome.context.subject == "certification"
    assert answer(kb, "ask_tips", [], Context()).context.subject is None


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker, {})
    return "\n".join(m.get("text") or "" for m in dispatcher.messages), events


def test_and_time_answers_the_time_of_the_subject_in_context(kb):
    tracker = make_tracker("and time?", "inform", 0.6, slots={"subject": "certification",
                                                                "aspect": "cost"})
    text, _ = run(ActionAnswerQuestion(), tracker)
    assert years(kb, "certification") in text


def test_what_does_it_cover_describes_the_subject_in_context(kb):
    tracker = make_tracker("and what does it cover?", "inform", 0.3,
                           slots={"subject": "azure_cert"})
    text, _ = run(ActionAnswerQuestion(), tracker)
    assert "Azure" in text and "speech" in text


def test_a_figure_question_taken_as_out_of_scope_is_answered(kb):
    tracker = make_tracker("is a masters gonna bankrupt me lol", "out_of_scope", 0.6,
                           entities=[{"entity": "education", "value": "masters"}])
    text, _ = run(ActionOutOfScope(), tracker)
    assert cost(kb, "masters") in text


def test_the_fallback_loop_ends_when_the_fallback_answers_or_declines(kb):
    tracker = make_tracker("where's that number from", "nlu_fallback", 0.3,
                           ranking=[("nlu_fallback", 0.3), ("ask_salary", 0.2)])
    text, events = run(ActionAskAffirmation(), tracker)
    assert kb.sources["bls"].name in text
    assert {"event": "active_loop", "name": None} in [
        {k: e.get(k) for k in ("event", "name")} for e in events]
    tracker = make_tracker("?", "nlu_fallback", 0.4, ranking=[("ask_cost", 0.35),
                                                               ("ask_duration", 0.2)])
    _, events = run(ActionAskAffirmation(), tracker)  # "did you mean": the loop goes on
    assert not [e for e in events if e.get("event") == "active_loop"]


def test_a_topic_answer_also_gives_the_figure_asked_about_the_subjects_named(kb):
    from mlcareer.qa.compose import answer_all
    from tests.data.questions import figure

    cert = [{"entity": "certification", "value": "certification"}]
    reply, _ = answer_all(kb, "ask_cert_benefits", cert, Context(),
                          "time to get a cert done start to finish?")
    assert "Benefits of certification" in reply.text
    assert years(kb, "certification") in reply.text
    jobs = [{"value": "data_scientists"}, {"value": "research_scientists"}]
    reply, _ = answer_all(kb, "ask_mle_vs_ds", jobs, Context(),
                          "what do data scientists make vs research scientists")
    assert figure(kb, "data_scientists", "median_wage") in reply.text
    assert figure(kb, "research_scientists", "median_wage") in reply.text
    reply, _ = answer_all(kb, "ask_tips", [], Context(), "any tips? how long will it take")
    assert years(kb, "certification") not in reply.text  # no subject named: the tips only
