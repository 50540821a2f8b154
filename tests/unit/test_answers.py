"""Look-up (actions.answers) and wording (actions.render), without Rasa."""

from __future__ import annotations

import pytest

from mlcareer.format import format_quantity, format_range, money, number
from mlcareer.knowledge import Quantity, Range
from mlcareer.qa.answers import (
    QUESTION_INTENTS,
    TOPIC_INTENTS,
    Clarify,
    Context,
    FactAnswer,
    Missing,
    SubjectAnswer,
    TopicAnswer,
    Unknown,
    answer,
)
from mlcareer.qa.render import render


def ask(kb, intent, *subjects, context=None):
    entities = [{"entity": "x", "value": s} for s in subjects]
    outcome = answer(kb, intent, entities, context or Context())
    return outcome, render(kb, outcome.result)


# -- number formatting ------------------------------------------------------

@pytest.mark.parametrize("value, text", [
    (Range(5000, 20000, "USD", "USD"), "$5,000\u2013$20,000"),
    (Range(10000, 20000, "USD", "USD", per="year"), "$10,000\u2013$20,000 per year"),
    (Range(300, 1500, "USD", "USD", open_max=True), "$300 to over $1,500"),
    (Range(1, 2, "year", "year"), "1\u20132 years"),
    (Range(4, 4, "year", "year"), "4 years"),
    (Range(3, 1, "year", "month"), "3 months to 1 year"),
])
def test_ranges_are_written_as_people_write_them(value, text):
    assert format_range(value) == text


def test_single_figures():
    assert money(145080) == "$145,080"
    assert number(3400) == "3,400"
    assert format_quantity(Quantity(36, "percent")) == "36%"
    assert format_quantity(Quantity(73100, "jobs")) == "73,100 jobs"


# -- answers ----------------------------------------------------------------

def test_bootcamp_cost_with_its_source(kb):
    outcome, reply = ask(kb, "ask_cost", "bootcamp")
    assert isinstance(outcome.result, FactAnswer)
    assert "$5,000\u2013$20,000" in reply.text
    assert "Source: the career guide" in reply.text
    assert outcome.context == Context(subject="bootcamp", aspect="cost")


def test_salary_cites_the_bureau_of_labor_statistics(kb):
    _, reply = ask(kb, "ask_salary", "data_scientists")
    assert "$108,020" in reply.text
    assert reply.text.endswith("Source: U.S. Bureau of Labor Statistics, 2024, via the guide")


def test_bachelors_cost_gives_public_and_private(kb):
    _, reply = ask(kb, "ask_cost", "bachelors")
    assert "$10,000\u2013$20,000 per year at public institutions" in reply.text
    assert "$30,000\u2013$50,000 per year at private universities" in reply.text


def test_an_institution_narrows_the_bachelors_cost(kb):
    _, reply = ask(kb, "ask_cost", "private_institution")
    assert "$30,000" in reply.text and "$10,000" not in reply.text


def test_follow_up_reuses_the_subject(kb):
    first, _ = ask(kb, "ask_cost", "masters")
    _, reply = ask(kb, "ask_duration", context=first.context)
    assert "1\u20132 years" in reply.text


def test_what_about_reuses_the_aspect(kb):
    first, _ = ask(kb, "ask_salary", "data_scientists")
    second, reply = ask(kb, "inform", "hardware_engineers", context=first.context)
    assert "$138,080" in reply.text
    _, reply = ask(kb, "ask_outlook", context=second.context)
    assert "7%" in reply.text and "2023 to 2033" in reply.text


def test_a_stale_subject_does_not_answer_a_question_it_does_not_fit(kb):
    first, _ = ask(kb, "ask_salary", "data_scientists")
    outcome, reply = ask(kb, "ask_cost", context=first.context)
    assert isinstance(outcome.result, Clarify)
    assert "$108,020" not in reply.text


def test_cost_with_no_subject_asks_which_with_buttons(kb):
    outcome, reply = ask(kb, "ask_cost")
    assert isinstance(outcome.result, Clarify)
    payloads = [b["payload"] for b in reply.buttons]
    assert '/ask_cost{"education": "masters"}' in payloads
    assert len(payloads) == 6


def test_salary_with_no_occupation_asks_which(kb):
    outcome, reply = ask(kb, "ask_salary")
    assert isinstance(outcome.result, Clarify)
    assert len(reply.buttons) == 5


def test_a_specific_certification_falls_back_to_the_range_for_all(kb):
    outcome, reply = ask(kb, "ask_cost", "aws_cert")
    assert outcome.result.rows[0].inherited_from.id == "certification"
    assert "$300 to over $1,500" in reply.text
    assert "one range for all certifications" in reply.text


def test_ml_engineer_salary_is_honest_and_shows_related_figures(kb):
    outcome, reply = ask(kb, "ask_salary", "ml_engineer")
    assert isinstance(outcome.result, Missing)
    assert "doesn't give a salary for machine learning engineers" in reply.text
    for occupation in ("$145,080", "$130,160", "$108,020", "$169,510", "$138,080"):
        assert occupation in reply.text


def test_a_figure_the_guide_lacks_is_never_made_up(kb):
    outcome, reply = ask(kb, "ask_cost", "python")
    assert isinstance(outcome.result, Missing)
    assert "$" not in reply.text and "doesn't give a cost for Python" in reply.text


def test_how_long_with_no_subject_lists_every_path(kb):
    _, reply = ask(kb, "ask_duration")
    assert "4 years" in reply.text and "1\u20132 years" in reply.text
    assert "3 months to 1 year" in reply.text


def test_two_occupations_side_by_side(kb):
    _, reply = ask(kb, "ask_salary", "data_scientists", "hardware_engineers")
    assert "$108,020" in reply.text and "$138,080" in reply.text


def test_a_named_certification_is_described(kb):
    outcome, reply = ask(kb, "ask_certifications", "azure_cert")
    assert isinstance(outcome.result, SubjectAnswer)
    assert "Azure" in reply.text and "speech and natural language processing" in reply.text


def test_a_parent_is_dropped_when_its_child_is_named(kb):
    outcome, _ = ask(kb, "ask_certifications", "aws_cert", "certification")
    assert outcome.result.subject.id == "aws_cert"


@pytest.mark.parametrize("intent", sorted(TOPIC_INTENTS))
def test_every_topic_question_has_an_answer_with_a_source(kb, intent):
    outcome, reply = ask(kb, intent)
    assert isinstance(outcome.result, TopicAnswer)
    assert reply.text.count("\n") >= 1 and "Source: the career guide" in reply.text


@pytest.mark.parametrize("intent", sorted(QUESTION_INTENTS - {"inform"}))
def test_every_question_intent_gets_a_reply(kb, intent):
    outcome, reply = ask(kb, intent)
    assert not isinstance(outcome.result, Unknown)
    assert reply.text


def test_an_unknown_intent_gets_a_polite_reply(kb):
    outcome, reply = ask(kb, "ask_weather")
    assert isinstance(outcome.result, Unknown)
    assert "help" in reply.text


def test_a_bare_unknown_mention_is_not_answered_with_a_figure(kb):
    outcome, reply = ask(kb, "inform")
    assert isinstance(outcome.result, Unknown) and "$" not in reply.text


def test_time_and_cost_of_becoming_an_ml_engineer_are_overviews(kb):
    outcome, reply = ask(kb, "ask_duration", "ml_engineer")
    assert outcome.result.overview and "4 years" in reply.text
    outcome, reply = ask(kb, "ask_cost", "ml_engineer")
    assert outcome.result.overview and len(outcome.result.rows) == 6
    assert "$5,000\u2013$20,000" in reply.text and "$1,000\u2013$3,000" in reply.text


def test_two_named_frameworks_are_described_side_by_side(kb):
    outcome, reply = ask(kb, "ask_frameworks", "tensorflow", "pytorch")
    assert [s.id for s in outcome.result.listed] == ["tensorflow", "pytorch"]
    assert "neural networks" in reply.text and "experimentation" in reply.text


# -- several questions in one message; a named subject wins over the general topic ------

def test_two_aspects_in_one_message_are_answered_together(kb):
    from mlcareer.qa.answers import Context
    from mlcareer.qa.compose import answer_all, aspects_in
    from tests.data.questions import cost

    assert aspects_in("what does a bootcamp cost and how long is it?") == ["cost", "duration"]
    reply, outcome = answer_all(kb, "ask_cost", [{"entity": "bootcamp", "value": "bootcamp"}],
                                Context(), "what does a bootcamp cost and how long is it?")
    assert cost(kb, "bootcamp") in reply.text and "3 months to 1 year" in reply.text
    assert outcome.context.subject == "bootcamp"
    reply, _ = answer_all(kb, "ask_salary", [{"entity": "occupation", "value": "data_scientists"}],
                          Context(), "pay and growth for data scientists?")
    assert "$108,020" in reply.text and "36%" in reply.text


def named(text: str, phrase: str, entity: str, value: str) -> dict:
    start = text.index(phrase)
    return {"entity": entity, "value": value, "start": start, "end": start + len(phrase)}


@pytest.mark.parametrize("text, phrase, value", [
    ("what about a bachelor's degree?", "bachelor's", "bachelors"),
    ("and how about a bootcamp then?", "bootcamp", "bootcamp"),
    ("What about the certification route", "certification", "certification"),
])
def test_what_about_a_subject_asks_the_last_question_again(kb, text, phrase, value):
    """The classifier reads "what about a bachelor's degree?" as "do I need a bachelor's
    degree?"; after a question about how long a master's takes it asks that again."""
    from mlcareer.qa.answers import Context
    from mlcareer.qa.compose import answer_all, subject_swap
    from tests.data.questions import years

    entity = named(text, phrase, "education" if value == "bachelors" else value, value)
    context = Context(subject="masters", aspect="duration")
    assert subject_swap(kb, text, [entity], context)
    reply, outcome = answer_all(kb, "ask_degree_needed", [entity], context, text)
    assert years(kb, value) in reply.text if value != "bootcamp" else "3 months" in reply.text
    assert outcome.context == Context(subject=value, aspect="duration")


def test_a_bare_mention_of_two_subjects_puts_both_side_by_side(kb):
    """ "both?" after TensorFlow and PyTorch were listed, with no aspect asked: both, not
    only the first; subjects of different kinds: the first, described."""
    from mlcareer.qa.answers import Comparison, Context, SubjectAnswer, TopicAnswer, answer
    from tests.data.questions import cost

    frameworks = [{"entity": "framework", "value": "tensorflow"},
                  {"entity": "framework", "value": "pytorch"}]
    result = answer(kb, "inform", frameworks, Context()).result
    assert isinstance(result, TopicAnswer)
    assert [s.id for s in result.listed] == ["tensorflow", "pytorch"]
    paths = [{"entity": "bootcamp", "value": "bootcamp"},
             {"entity": "education", "value": "masters"}]
    outcome = answer(kb, "inform", paths, Context())
    assert isinstance(outcome.result, Comparison)
    assert cost(kb, "bootcamp") in render(kb, outcome.result).text
    mixed = [{"entity": "framework", "value": "tensorflow"},
             {"entity": "platform", "value": "kaggle_platform"}]
    result = answer(kb, "inform", mixed, Context()).result
    assert isinstance(result, SubjectAnswer) and result.subject.id == "tensorflow"


def test_a_message_that_asks_something_of_its_own_is_not_a_swap(kb):
    from mlcareer.qa.answers import Context
    from mlcareer.qa.compose import subject_swap

    text = "what about a bachelor's degree?"
    entity = named(text, "bachelor's", "education", "bachelors")
    duration = Context(subject="masters", aspect="duration")
    assert not subject_swap(kb, text, [entity], Context())  # nothing asked before
    assert not subject_swap(kb, text, [{"entity": "education", "value": "bachelors"}],
                            duration)  # no place in the text: cannot tell what is left
    for own in ("what about a bachelor's degree for data science?",
                "what about a bachelor's degree, is it needed?",
                "what about a bachelor's degree cost?",
                "do I need a bachelor's degree?"):
        assert not subject_swap(kb, own, [named(own, "bachelor's", "education", "bachelors")],
                                duration), own
    # a subject the guide has no figure of that kind for
    text = "what about kaggle?"
    assert not subject_swap(kb, text, [named(text, "kaggle", "platform", "kaggle_platform")],
                            duration)


def test_an_aspect_the_subject_has_no_figure_for_is_not_added(kb):
    from mlcareer.qa.answers import Context
    from mlcareer.qa.compose import answer_all

    reply, _ = answer_all(kb, "ask_cost", [{"entity": "bootcamp", "value": "bootcamp"}],
                          Context(), "how much do I pay for a bootcamp?")  # "pay": no salary
    assert "doesn't give" not in reply.text and reply.text.count("Source:") == 1


@pytest.mark.parametrize("intent, named", [("ask_choose_cert", "aws_cert"),
                                           ("ask_cert_benefits", "google_cert"),
                                           ("ask_online_learning", "coursera")])
def test_a_named_subject_wins_over_the_general_topic(kb, intent, named):
    from mlcareer.qa.answers import Context, SubjectAnswer, TopicAnswer, answer

    subject = kb.subjects[named]
    result = answer(kb, intent, [{"entity": subject.kind, "value": named}], Context()).result
    assert isinstance(result, SubjectAnswer) and result.subject.id == named
    generic = answer(kb, intent, [], Context()).result
    assert isinstance(generic, TopicAnswer)


def test_do_i_need_a_masters_is_answered_by_the_masters_degree(kb):
    """"Do I need a master's?": the master's is optional (the guide's words), not the
    general "you can do it without a degree"."""
    outcome, reply = ask(kb, "ask_degree_needed", "masters")
    assert isinstance(outcome.result, SubjectAnswer)
    assert "optional" in reply.text and "Master" in reply.text
    _, general = ask(kb, "ask_degree_needed")
    assert "without a formal degree" in general.text and "optional" not in general.text
