"""Long messages the classifier is unsure of are declined with the likeliest topics
offered (mlcareer.qa.fallback.unsure, components.novelty.relabel_unsure, the decline in
actions.qa); and the benchmark's reading of what the user got (bench.understanding)."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ActionOutOfScope
from bench.understanding import offered, outcome
from components.novelty import relabel_unsure
from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.answers import QUESTION_INTENTS, ROUTES, guide_parts
from mlcareer.qa.fallback import (
    UNSURE_CONFIDENCE,
    UNSURE_MIN_TERMS,
    UNSURE_TEXT,
    nearest_topics,
    topic_confidence,
    unsure,
)
from mlcareer.qa.search import terms
from tests.support.trackers import make_tracker

LONG = ("I finished a physics degree last spring and my lab mostly used MATLAB, do you "
        "think recruiters would look at someone like me?")
SHORT = "is python enough?"


def test_the_long_message_is_long_and_the_short_one_short():
    assert len(terms(LONG)) >= UNSURE_MIN_TERMS > len(terms(SHORT))


def test_unsure_needs_a_long_message_and_low_confidence():
    low, high = UNSURE_CONFIDENCE - 0.1, UNSURE_CONFIDENCE + 0.1
    assert unsure(low, LONG)
    assert not unsure(high, LONG)
    assert not unsure(low, SHORT)  # chat questions keep the fallback


def test_only_guide_questions_and_plan_questions_without_the_word_are_relabelled():
    assert relabel_unsure(parse("greet", 0.3), None)["intent"]["name"] == "greet"
    visa = ("My visa expires next spring, can I stay in the country if I enrol in a "
            "part-time machine learning program?")
    assert relabel_unsure(parse("update_profile", 0.4, visa), None)["unsure"] is True
    plan = "Could you make me a plan? I have a physics degree and can study evenings only."
    assert relabel_unsure(parse("plan_path", 0.4, plan), None)["intent"]["name"] == "plan_path"
    told = "I have a physics degree, a small budget and I can study evenings only."
    assert relabel_unsure(parse("update_profile", 0.4, told), None)["intent"]["name"] == \
        "update_profile"


def parse(intent, confidence, text=LONG, neighbour="ask_salary", **extra):
    return {"text": text, "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": [{"name": intent, "confidence": confidence},
                               {"name": neighbour, "confidence": 0.2}], **extra}


def test_relabel_unsure_declines_with_the_ranking_kept():
    relabelled = relabel_unsure(parse("ask_experience", 0.35), active_loop=None)
    assert relabelled["intent"]["name"] == "out_of_scope" and relabelled["unsure"] is True
    assert relabelled["intent_ranking"][0]["name"] == "ask_experience"


def test_relabel_unsure_reads_the_best_guess_under_the_fallback():
    data = parse("ask_experience", 0.25)
    data["intent"] = {"name": "nlu_fallback", "confidence": 0.3}
    data["intent_ranking"].insert(0, {"name": "nlu_fallback", "confidence": 0.3})
    assert relabel_unsure(data, active_loop=None)["intent"]["name"] == "out_of_scope"


def test_relabel_unsure_leaves_forms_situations_and_sure_answers_alone():
    assert relabel_unsure(parse("ask_experience", 0.35), "plan_form")["intent"]["name"] == \
        "ask_experience"
    situation = parse("ask_next_steps", 0.35, situation=True)
    assert relabel_unsure(situation, None)["intent"]["name"] == "ask_next_steps"
    assert relabel_unsure(parse("ask_experience", 0.9), None)["intent"]["name"] == \
        "ask_experience"


def test_a_figure_asked_about_a_named_subject_is_answered_not_declined():
    text = "how much is the google professional ML engineer exam, roughly, these days?"
    google = [{"entity": "certification", "value": "google_cert"}]
    data = {"text": text, "intent": {"name": "ask_certifications", "confidence": 0.4},
            "entities": google, "intent_ranking": []}
    assert unsure(0.4, text)
    assert relabel_unsure(data, None)["intent"]["name"] == "ask_cost"
    # without the named subject it is still the unsure decline
    assert relabel_unsure({**data, "entities": []}, None)["intent"]["name"] == "out_of_scope"


def test_nearest_topics_are_the_likeliest_guide_questions(kb):
    message = parse("out_of_scope", 0.35)
    message["intent_ranking"] = [{"name": "out_of_scope", "confidence": 0.4},
                                 {"name": "ask_experience", "confidence": 0.35},
                                 {"name": "ask_entry_level", "confidence": 0.2}]
    reply = nearest_topics(kb, message)
    assert reply.text == UNSURE_TEXT
    assert [b["payload"] for b in reply.buttons] == ["/ask_experience", "/ask_entry_level"]
    message["intent_ranking"] = [{"name": "ask_experience", "confidence": 0.1}]
    assert nearest_topics(kb, message) is None  # too weak a guess: the plain refusal


def test_the_unsure_decline_says_so_and_offers_the_topics():
    tracker = make_tracker(LONG, "out_of_scope", 0.35, ranking=[
        ("ask_experience", 0.35), ("ask_entry_level", 0.2)])
    tracker.latest_message["unsure"] = True
    dispatcher = CollectingDispatcher()
    ActionOutOfScope().run(dispatcher, tracker, {})
    (message,) = dispatcher.messages
    assert message["text"] == UNSURE_TEXT
    assert [b["payload"] for b in message["buttons"]] == ["/ask_experience", "/ask_entry_level"]


def test_a_sure_out_of_scope_message_still_gets_the_plain_refusal():
    tracker = make_tracker(LONG, "out_of_scope", 0.9, ranking=[("out_of_scope", 0.9)])
    dispatcher = CollectingDispatcher()
    ActionOutOfScope().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"


def events(*after):
    return [{"event": "user", "text": "q", "parse_data": {"intent": {"name": "ask_cost"}}},
            *after]


def test_outcome_counts_a_refusal_sent_by_the_fallback_as_declined():
    refused = events({"event": "action", "name": "action_two_stage_fallback"},
                     {"event": "bot", "metadata": {"utter_action": "utter_out_of_scope"}})
    assert outcome(refused) == "declined"
    guessed = events({"event": "action", "name": "action_two_stage_fallback"},
                     {"event": "bot", "metadata": {}, "data": {"buttons": []}})
    assert outcome(guessed) == "clarify"
    answered = events({"event": "action", "name": "action_answer_question"},
                      {"event": "slot", "name": "answered_intent", "value": "ask_cost"})
    assert outcome(answered) == "ask_cost"


def test_offered_reads_the_intents_of_the_last_replys_buttons():
    reply = events({"event": "bot", "data": {"buttons": [
        {"title": "Costs", "payload": '/ask_cost{"bootcamp": "bootcamp"}'},
        {"title": "Something else", "payload": "/out_of_scope"}]}})
    assert offered(reply) == {"ask_cost", "out_of_scope"}


def test_words_decide_what_the_classifier_could_not_place():
    from components.novelty import relabel_by_words

    def data(text, intent="nlu_fallback", entities=()):
        return {"text": text, "intent": {"name": intent, "confidence": 0.3},
                "entities": list(entities)}

    assert relabel_by_words(data("where's that number from"))["intent"]["name"] == "help"
    masters = [{"entity": "education", "value": "masters"}]
    bankrupt = data("is a masters gonna bankrupt me lol", "out_of_scope", masters)
    assert relabel_by_words(bankrupt)["intent"]["name"] == "ask_cost"
    assert relabel_by_words(data("how deep is the pacific"))["intent"]["name"] == "nlu_fallback"
    # a ranking asked in so many words goes to its measure's question, whose action
    # computes it ("which job pays the most?" fell between ask_compare and ask_salary)
    assert relabel_by_words(data("which job pays the most?"))["intent"]["name"] == "ask_salary"
    assert relabel_by_words(data("which of these jobs is growing fastest"))["intent"][
        "name"] == "ask_outlook"
    assert relabel_by_words(data("which is the best pizza in town"))["intent"][
        "name"] == "nlu_fallback"
    sure = {**data("where's that number from"), "intent": {"name": "ask_salary",
                                                            "confidence": 0.9}}
    assert relabel_by_words(sure)["intent"]["name"] == "ask_salary"


def test_each_guide_question_is_answered_from_one_part_of_the_guide():
    kb = default_knowledge_base()
    parts = guide_parts(kb)
    assert set(QUESTION_INTENTS) - {"inform"} <= set(parts)
    assert parts["ask_degree_needed"] == parts["ask_online_learning"] == parts["ask_courses"]
    assert parts["ask_salary"] == parts["ask_outlook"] != parts["ask_degree_needed"]
    assert parts["ask_bootcamps"] == parts["ask_certifications"]
    assert parts["plan_path"] == parts["ask_compare"] == ROUTES
    # read from the knowledge files, not typed: the file the topic's text comes from
    assert parts["ask_kaggle"] == kb.topic("kaggle").file


def test_the_topic_confidence_adds_up_neighbours_and_takes_off_out_of_scope():
    kb = default_knowledge_base()
    ranking = [{"name": "ask_courses", "confidence": 0.3},
               {"name": "ask_online_learning", "confidence": 0.25},
               {"name": "ask_salary", "confidence": 0.2},
               {"name": "out_of_scope", "confidence": 0.1}]
    assert topic_confidence(kb, ranking, "ask_courses") == pytest.approx(0.45)
    assert topic_confidence(kb, ranking, "ask_salary") == pytest.approx(0.1)
    assert topic_confidence(kb, ranking, "greet") == pytest.approx(-0.1)  # no part: its own


def test_a_question_whose_neighbours_agree_is_answered_one_whose_neighbours_do_not_declined():
    agree = relabel_unsure(parse("ask_experience", 0.4, neighbour="ask_internships"), None)
    assert agree["intent"]["name"] == "ask_experience" and "unsure" not in agree
    scattered = relabel_unsure(parse("ask_experience", 0.4, neighbour="ask_salary"), None)
    assert scattered["intent"]["name"] == "out_of_scope" and scattered["unsure"] is True
