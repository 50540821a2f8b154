"""Session 16 (found on the development sets): more of what the guide does not cover
though it shares its words (which computer to buy, whether AI will replace jobs, one
particular course, pay by seniority or employer, one city's jobs or courses); pay asked
for a city or a U.S. state; more ways of asking who publishes the figures; the fallback's
buttons name a subject only where the answer is about it."""

from __future__ import annotations

import pytest

from mlcareer.qa.compose import aspects_in
from mlcareer.qa.fallback import fallback_choices
from mlcareer.qa.rescue import (
    NOT_CITIES,
    abroad_reply,
    asks_provenance,
    cities,
    figures_abroad,
    named_city,
    off_guide,
)
from mlcareer.qa.suggestions import INTENT_TITLES


@pytest.mark.parametrize("text, what", [
    ("which laptop would you recommend for deep learning?", "computer"),
    ("macbook or a windows machine with nvidia for ml?", "computer"),
    ("is an rtx 4090 worth it or should i get a gaming pc", "computer"),
    ("will data scientists get replaced by AI in 10 years?", "replace"),
    ("what is the future of nlp", "replace"),
    ("how has the pandemic changed hiring for ml", "replace"),
    ("how many hours a week does this course need?", "course"),
    ("is that book still good for learning deep learning", "course"),
    ("what does a senior ML engineer earn", "seniority"),
    ("salary for data scientists with 5 years of experience", "seniority"),
    ("how much do faang ml engineers make", "seniority"),
    ("any good ml bootcamps in Chicago?", "city"),
    ("where can I find internships in Pune", "city"),
])
def test_what_the_guide_does_not_cover_is_named(text, what):
    assert what in (off_guide(text) or "")


@pytest.mark.parametrize("text", [
    # the guide has a range for hardware and software: what one costs is a guide question
    "how much should i budget for a laptop and software",
    "what do entry level data scientists earn",  # no seniority word the guide lacks
    "is the job outlook for software developers good",
    "which courses should I take for machine learning",
    "Mobile development or machine learning, which pays more?",  # a word, not a city
    "Hi, I'm Austin. Do I need a degree?",  # a name, not a city asked about
    "what do hardware engineers do with gpus",
])
def test_the_guide_s_own_questions_are_not_off_guide(text):
    assert off_guide(text) is None


def test_cities_come_from_geonames_without_the_words_they_share():
    known = cities()
    # a few of the largest cities of several continents, and U.S. states
    assert {"Toronto", "Mumbai", "London", "Lagos", "Texas", "California"} <= known
    assert not NOT_CITIES & known


@pytest.mark.parametrize("text, place", [
    ("what do data scientists earn in Toronto?", "Toronto"),
    ("How are ML salaries in Salt Lake City", "Salt Lake City"),
    ("is the pay good for data scientists in Texas", "Texas"),
    ("job market in New York City for ml", "New York City"),
])
def test_pay_asked_for_a_city_or_state_is_declined_with_the_national_figures(kb, text, place):
    assert named_city(text) == place
    assert figures_abroad(text, "ask_salary") == place
    # pay there: not the off-guide refusal, but what figures the guide has and their source
    assert off_guide(text) is None
    reply = abroad_reply(kb, place).text
    assert place in reply and kb.sources["bls"].name in reply


@pytest.mark.parametrize("text", ["which gov agency puts out these wage stats",
                                  "who puts these salary numbers out"])
def test_who_publishes_the_figures_is_a_question_about_the_data(text):
    assert asks_provenance(text)


def test_which_agency_hires_is_not_a_question_about_the_data():
    assert not asks_provenance("which agency is hiring machine learning engineers")


@pytest.mark.parametrize("text", ["how many research scientist roles open up each year",
                                  "ml researcher jobs, how many open up a year"])
def test_roles_that_open_up_are_openings(text):
    assert "outlook" in aspects_in(text)


def test_the_fallback_buttons_name_a_subject_only_where_the_answer_is_about_it(kb):
    message = {"text": "software devs and ml, degree, pay?",
               "entities": [{"entity": "occupation", "value": "software_developers"}],
               "intent_ranking": [{"name": "ask_salary", "confidence": 0.4},
                                  {"name": "ask_degree_needed", "confidence": 0.35}]}
    choices = fallback_choices(kb, message)
    assert choices is not None
    titles = [b["title"] for b in choices.buttons]
    label = kb.subjects["software_developers"].label
    assert titles[0] == f"{INTENT_TITLES['ask_salary']}: {label[0].upper()}{label[1:]}"
    # the degree answer is the same whoever asks: no "Do you need a degree?: Software..."
    assert titles[1] == INTENT_TITLES["ask_degree_needed"]


@pytest.mark.parametrize("text", [
    "data science vs data analysis, what's the difference",
    "should i become a data engineer or a data scientist",
    "is a statistician the same as a data scientist",
])
def test_other_roles_are_not_described_when_taken_for_mle_against_ds(text):
    assert "other than ML engineer" in (off_guide(text, intent="ask_mle_vs_ds") or "")


@pytest.mark.parametrize("text, intent", [
    ("ml engineer vs data scientist, what's the difference", "ask_mle_vs_ds"),
    ("what does a data scientist do differently from an ml engineer", "ask_mle_vs_ds"),
    # another intent: the roles' words alone do not decline
    ("do data analysts earn less than data scientists", "ask_salary"),
])
def test_the_two_roles_the_guide_compares_are_not_declined(text, intent):
    assert off_guide(text, intent=intent) is None


@pytest.mark.parametrize("text", [
    "is SAS still worth learning",
    "tableau or power bi, which one first?",
    "should i learn polars",
    "how much kubernetes does an ml engineer need",
])
def test_tools_the_guide_does_not_describe_are_named(text):
    found = off_guide(text, intent="ask_frameworks") or ""
    assert "tools other than the languages and frameworks" in found


@pytest.mark.parametrize("text, intent, names_a_tool", [
    # the guide's own languages named beside it: the languages answer fits
    ("is R, java and matlab a good stack", "ask_languages", True),
    ("is a SAS certification a good start", "ask_choose_cert", False),  # certifications
    # a situation, asking how to get in
    ("I've used tableau at work for years, how do I get into ML", "ask_entry_level", False),
    ("what project should i do to excel in interviews for internships", "ask_portfolio", False),
    ("Hi, I'm Julia. Do I need a degree?", "ask_degree_needed", False),  # a name
])
def test_tools_named_beside_the_guide_s_own_or_as_words_are_not_declined(
        text, intent, names_a_tool):
    assert off_guide(text, intent=intent, names_a_tool=names_a_tool) is None


@pytest.mark.parametrize("text", [
    "realistic salary for a data scientist with 4yrs experience?",
    "what do ml engineers with 3+ years industry experience earn",
])
def test_pay_by_years_of_experience_in_other_words(text):
    assert "seniority" in (off_guide(text) or "")


def test_interviews_are_declined_when_only_a_job_is_named_besides(kb):
    from components.novelty import relabel_off_guide
    from tests.support.nlu import parsed

    text = "I want to be an MLE at a big company, how should I prepare for the interviews?"
    job = [{"entity": "occupation", "value": "ml_engineer"}]
    relabelled = relabel_off_guide(parsed(text, "ask_tips", 0.5, job), None)
    assert relabelled["intent"]["name"] == "out_of_scope"
    # something the guide covers named beside it: its answer
    kaggle = "does kaggle help you prepare for interviews"
    platform = [{"entity": "platform", "value": "kaggle_platform"}]
    assert relabel_off_guide(parsed(kaggle, "ask_kaggle", 0.5, platform), None)[
        "intent"]["name"] == "ask_kaggle"


@pytest.mark.parametrize("text", [
    "how much does a plumber... no wait, an optician make?",
    "what qualifications does a midwife need",
    "how long is medical school",
    "do journalists need a degree",
])
def test_other_occupations_are_not_the_guide_s(text):
    assert off_guide(text, intent="ask_qualifications") == "other occupations"


@pytest.mark.parametrize("text", [
    "I'm a nurse, how long would it take me?",  # the writer's own occupation
    "worked as a teacher for ten years, which degree should I get",
    "can a pharmacist switch into machine learning",  # about ML
    "how can a teacher get into this field?",
    "what do statisticians earn",  # this field's (a subject, or declined as a role)
    "I want to make a portfolio, any tips?",  # "make" is no occupation
])
def test_an_occupation_as_background_or_this_field_s_is_not_declined(text):
    assert off_guide(text, intent="ask_salary") != "other occupations"
