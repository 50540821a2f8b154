"""Session 19 (found on session 18's blind set, development data since): greetings,
compliments and thanks around a question are not what is asked
(``mlcareer.pleasantries``); a short question no intent is sure of is declined with the
likeliest topics, as a long one is, instead of "did you mean...?"; why some jobs pay more
than others is not in the guide (it has the figures, not the reasons); more ways of asking
how to get into the field ("tips on swapping from psychology to data science", "how should
an electronics engineer go about becoming a data scientist")."""

from __future__ import annotations

import pytest

from components.novelty import SHORT_TERMS, relabel_unsure
from mlcareer.pleasantries import without_pleasantries
from mlcareer.qa.fallback import UNSURE_CONFIDENCE, UNSURE_MIN_TERMS
from mlcareer.qa.rescue import off_guide
from mlcareer.qa.search import terms
from mlcareer.roadmap.situation import asks_how_to_get_in


@pytest.mark.parametrize("text, question", [
    ("Great video! should a beginner in ML know statistics?",
     "should a beginner in ML know statistics?"),
    ("Great content Ken, would you recommend AWS Machine Learning?",
     "would you recommend AWS Machine Learning?"),
    ("Hello Mr Jee, I have a question. How are online certificates viewed by employers?",
     "I have a question. How are online certificates viewed by employers?"),
    ("Hi Ken Jee nice video.. valuable contents!.Do you think a 10 month online master is ok?",
     "Do you think a 10 month online master is ok?"),
    ("Is Kaggle better for a portfolio? Or is Github the way to go?  Thanks in advance!!",
     "Is Kaggle better for a portfolio? Or is Github the way to go?"),
    ("thank you! and for software developers?", "and for software developers?"),
    ("nice, thank you! and the azure one?", "and the azure one?"),
    ("ok thanks, what about bootcamps?", "what about bootcamps?"),
    ("Hi sir I want to learn machine learning, where do I start",
     "I want to learn machine learning, where do I start"),
    ("hey there how much do bootcamps cost", "how much do bootcamps cost"),
    ("Dear sir, what is the salary of an ML engineer?", "what is the salary of an ML engineer?"),
    ("what should i learn first? any advice appreciated", "what should i learn first?"),
    ("Hi! I'm a nurse, could I become an ML engineer? Thanks in advance!",
     "I'm a nurse, could I become an ML engineer?"),
])
def test_greetings_compliments_and_thanks_around_a_question_are_dropped(text, question):
    assert without_pleasantries(text) == question


@pytest.mark.parametrize("text", [
    # nothing but small talk: the small-talk intents answer it
    "hi", "hey", "hi there!", "thanks!", "ok thanks", "great bot", "thank you so much!",
    "hi, how are you?", "hello, anyone there?", "hey! I have a question",
    "hello, i need some advice", "hi, is this the career bot?",
    # what is left tells or asks nothing
    "thanks! that helps",
    # not a greeting, compliment or thanks
    "hello world project ideas?", "What courses to take before university",
    "I studied economics at university", "good question: how much do they earn",
    "great pay or great growth, which matters more?",
    "/ask_cost", "",
])
def test_small_talk_and_other_messages_are_left_as_they_are(text):
    assert without_pleasantries(text) == text


def test_a_long_message_with_a_greeting_keeps_all_of_its_question():
    question = "what do data scientists earn? " * 100
    assert without_pleasantries("hi! " + question) == question.strip()


def parse(text, confidence, intent="nlu_fallback"):
    ranking = [{"name": "ask_courses", "confidence": confidence},
               {"name": "ask_salary", "confidence": 0.1}]
    if intent == "nlu_fallback":
        ranking.insert(0, {"name": "nlu_fallback", "confidence": 0.3})
    return {"text": text, "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": ranking, "entities": []}


SHORT = "Laptop to learn AI?"


def test_the_short_question_is_short():
    assert SHORT_TERMS <= len(terms(SHORT)) < UNSURE_MIN_TERMS


def test_a_short_question_under_the_fallback_is_declined_with_the_topics_kept():
    relabelled = relabel_unsure(parse(SHORT, 0.2), None)
    assert relabelled["intent"]["name"] == "out_of_scope" and relabelled["unsure"] is True
    assert relabelled["intent_ranking"][1]["name"] == "ask_courses"


def test_a_short_question_the_classifier_answers_is_still_answered():
    # above the fallback, a short message is answered even without confidence
    sure_enough = relabel_unsure(parse(SHORT, UNSURE_CONFIDENCE - 0.1, "ask_courses"), None)
    assert sure_enough["intent"]["name"] == "ask_courses"


@pytest.mark.parametrize("text", [
    "and the other?",  # two words: a follow-up the fallback asks about
    "cost",  # not a question
])
def test_very_short_messages_and_statements_keep_the_fallback_s_choice(text):
    assert relabel_unsure(parse(text, 0.2), None)["intent"]["name"] == "nlu_fallback"


def test_the_fallback_s_choice_stays_while_a_form_runs():
    assert relabel_unsure(parse(SHORT, 0.2), "plan_form")["intent"]["name"] == "nlu_fallback"


@pytest.mark.parametrize("text", [
    "Why are software engineers paid higher than data scientists?",
    "Why is the pay gap so large between data analysts and data scientists?",
    "why do ML quant researchers earn so much",
    "Statistician vs data science salary are very different. Why?",
])
def test_why_some_jobs_pay_more_is_not_in_the_guide(text):
    assert off_guide(text) == "why some jobs pay more than others"


@pytest.mark.parametrize("text", [
    "what do data scientists earn?", "why python for machine learning?",
    "which pays more, data scientist or software developer?",
    "why r hardware engineers on the list",
])
def test_pay_questions_and_other_why_questions_are_not_declined_for_it(text):
    assert off_guide(text) != "why some jobs pay more than others"


@pytest.mark.parametrize("text, expected", [
    ("Tips on swapping from Psychology to Data Science", True),
    ("How do I best prepare for getting an ML engineer role after a math PhD?", True),
    ("How should an electronics engineer go about becoming a data scientist?", True),
    ("What's the game plan to become an AI Engineer?", True),
    ("I've worked in IT for years, how can I start with ML?", True),
    ("I'm in high school and interested in data science. What’s steps should I take?", True),
    ("I hope to build a career as a data scientist, how to build a career in it?", True),
    ("how do i get a data science degree?", False),
    ("im interested in ml, what degree should i get?", False),
    ("the fastest way to become an ML engineer?", False),  # a ranking of the routes
])
def test_more_ways_of_asking_how_to_get_in(text, expected):
    assert asks_how_to_get_in(text) is expected


def test_which_one_to_pick_after_a_language_is_the_choice_of_language(kb):
    from components.novelty import relabel_by_words
    from tests.support.nlu import parsed

    data = parsed("ok if i switch, which one should i pick up", "ask_choose_cert", 0.53)
    relabelled = relabel_by_words(data, ["java", "software_developers"], None, "java",
                                  "ask_languages")
    assert relabelled["intent"]["name"] == "ask_languages"
    languages = {s.id for s in kb.subjects_of_kind("language")}
    assert {e["value"] for e in relabelled["entities"]} == languages  # all, not Java alone
    # after a certification: how to choose one, with the named certifications
    data = parsed("which one should i pick?", "ask_compare", 0.4)
    relabelled = relabel_by_words(data, ["aws_cert"], None, "aws_cert", "ask_certifications")
    assert relabelled["intent"]["name"] == "ask_choose_cert"
    assert "aws_cert" in {e["value"] for e in relabelled["entities"]}
    assert "certification" not in {e["value"] for e in relabelled["entities"]}
    # nothing of that kind talked about: left to the classifier
    data = parsed("which one should i pick?", "ask_compare", 0.4)
    assert relabel_by_words(data, ["data_scientists"], None, "data_scientists",
                            "ask_salary")["intent"]["name"] == "ask_compare"


def test_does_it_cover_after_a_certification_describes_it():
    from components.novelty import relabel_by_words
    from tests.support.nlu import parsed

    data = parsed("does it cover nlp? thats mostly what we do", "nlu_fallback", 0.3)
    assert relabel_by_words(data, ["azure_cert"], None, "azure_cert",
                            "ask_certifications")["intent"]["name"] == "inform"
    sure = parsed("does it cover nlp? thats mostly what we do", "ask_skills", 0.9)
    assert relabel_by_words(sure, ["azure_cert"], None, "azure_cert",
                            "ask_certifications")["intent"]["name"] == "ask_skills"
    # after an occupation, no description to look in
    data = parsed("does it include remote work?", "nlu_fallback", 0.3)
    assert relabel_by_words(data, ["data_scientists"], None, "data_scientists",
                            "ask_salary")["intent"]["name"] != "inform"


@pytest.mark.parametrize("typed, meant", [
    ("ok if i switch, which 1 shud i pick up", "ok if i switch, which one should i pick up"),
    ("the cheaper 1?", "the cheaper one?"),
    ("1 year or 2", "1 year or 2"), ("which 1 year program", "which 1 year program"),
    ("top 1%", "top 1%"), ("the 1.5 years", "the 1.5 years"),
])
def test_which_1_and_shud(typed, meant):
    from mlcareer.spelling import Speller

    assert Speller(["should", "which", "one"]).correct(typed) == meant


@pytest.mark.parametrize("text, both", [
    ("what does an ml engineer actually do at work and what kind of places hire them",
     ("what does an ml engineer actually do at work", "what kind of places hire them")),
    ("which frameworks should i pick up next, and also what maths do i need",
     ("which frameworks should i pick up next", "what maths do i need")),
    ("how much does it cost and how long does it take",
     ("how much does it cost", "how long does it take")),
])
def test_a_second_question_joined_by_and(text, both):
    from mlcareer.qa.compose import two_questions

    assert two_questions(text) == both


@pytest.mark.parametrize("text", [
    "what do data scientists and software developers earn",  # one question of two subjects
    "pay and growth for data scientists?",
    "ok and what about bootcamps",  # too short a first part
])
def test_and_between_subjects_or_after_a_short_opening_splits_nothing(text):
    from mlcareer.qa.compose import two_questions

    assert two_questions(text) is None


@pytest.mark.parametrize("text", [
    "need to cite it: the job growth % you quote is over what window, start yr to end yr?",
    "what is your source for all of this info in general",
    "whats ur main source",
    "those projections, which time frame do they cover?",
])
def test_more_ways_of_asking_about_the_data(text):
    from mlcareer.qa.rescue import asks_provenance

    assert asks_provenance(text)


@pytest.mark.parametrize("text", [
    "what is the source of income for data scientists",
    "which time frame should i plan for",
])
def test_other_questions_with_those_words_are_not_about_the_data(text):
    from mlcareer.qa.rescue import asks_provenance

    assert not asks_provenance(text)


@pytest.mark.parametrize("text, expected", [
    ("my supervisor swears by pytorch, whats it actually known for", True),
    ("saw tensorflow in a job ad, wat kind of models is it meant for", True),
    ("what is R used for?", True),
    ("is it possible to create my own layer in tensorflow?", False),
    ("best beginner book for machine learning with python?", False),
])
def test_what_a_named_thing_is_known_or_meant_for(text, expected):
    from components.novelty import KNOWN_FOR

    assert bool(KNOWN_FOR.search(text)) is expected


def test_a_thanks_after_a_long_run_of_punctuation_is_still_found_near_the_end():
    text = "what should i learn first? " + "-" * 200 + " thanks!"
    kept = without_pleasantries(text)
    assert kept.startswith("what should i learn first?") and "thanks" not in kept


def test_the_bump_in_pay_is_the_difference(kb):
    from mlcareer.qa.rankings import DIFFERENCE

    assert DIFFERENCE.search("if i jump from swe to research scientist whats the bump in $ a year")
    assert DIFFERENCE.search("is the pay bump worth it")
    assert not DIFFERENCE.search("how do i jump into ml")


def _ent(text, word, value, kind):
    start = text.index(word)
    return {"entity": kind, "value": value, "start": start, "end": start + len(word)}


def test_a_choice_between_two_routes_in_one_sentence_is_a_comparison(kb):
    from components.novelty import _choice_of_routes

    text = "I studied media. What should I choose? A bootcamp or a master?"
    found = [_ent(text, "bootcamp", "bootcamp", "bootcamp"),
             _ent(text, "master", "masters", "education")]
    assert _choice_of_routes(kb, text, found)
    story = "I have a bachelors in physics. I am thinking of a masters, or maybe not?"
    found = [_ent(story, "bachelors", "bachelors", "education"),
             _ent(story, "masters", "masters", "education")]
    assert not _choice_of_routes(kb, story, found)  # two sentences
    certs = "Azure vs AWS, which one to learn?"
    found = [_ent(certs, "Azure", "azure_cert", "certification"),
             _ent(certs, "AWS", "aws_cert", "certification")]
    assert not _choice_of_routes(kb, certs, found)  # not routes: choosing a certification


@pytest.mark.parametrize("text, expected", [
    ("what training do cooks need?", "other occupations"),
    ("how much do chefs make?", "other occupations"),
    ("i was a cook for 10 years, can i get into ml?", None),  # one's own, and about ML
    ("is the ML job market cooked?", None),
])
def test_short_names_of_other_occupations(text, expected):
    assert off_guide(text) == expected


def test_a_question_that_names_its_kind_is_not_a_pick_of_the_last_one():
    from components.novelty import relabel_by_words
    from tests.support.nlu import parsed

    data = parsed("which programming language should I learn?", "ask_languages", 0.9)
    assert relabel_by_words(data, ["aws_cert"], None, "aws_cert",
                            "ask_certifications")["intent"]["name"] == "ask_languages"


@pytest.mark.parametrize("text, expected", [
    ("i'm a backend dev, how would i move into ml", "ask_entry_level"),
    ("been a data analyst 3 yrs, how do i jump to ml", "ask_entry_level"),
    ("I work as a nurse, can I move into ML?", None),  # not a neighbouring job
    ("im a java developer, what should i learn", None),  # not asking how to move
    ("im a dev, can i study online?", "ask_online_learning"),  # the question's own words
])
def test_someone_in_a_neighbouring_job_asking_how_to_move_gets_the_entry_level_roles(
        text, expected):
    from mlcareer.roadmap.situation import asked_in_situation

    assert asked_in_situation(text) == expected
