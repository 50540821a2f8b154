"""Comparisons, next-question suggestions and the two-stage fallback (unit level)."""

from __future__ import annotations

import json

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ActionAskAffirmation, ActionOutOfScope
from mlcareer.qa.answers import Comparison, Context, FactAnswer, TopicAnswer, answer
from mlcareer.qa.fallback import IF_YOU_MEANT
from mlcareer.qa.render import render
from mlcareer.qa.suggestions import INTENT_TITLES, RELATED_TOPICS, suggest
from tests.support.trackers import make_tracker


def compare(kb, *subjects, context=None):
    outcome = answer(kb, "ask_compare", [{"value": s} for s in subjects], context or Context())
    return outcome.result, render(kb, outcome.result).text


def test_paths_are_compared_on_time_and_cost(kb):
    result, text = compare(kb, "bachelors", "masters", "bootcamp")
    assert isinstance(result, Comparison) and result.aspects == ("duration", "cost")
    assert [s.id for s, _ in result.rows] == ["bachelors", "masters", "bootcamp"]
    for figure in ("4 years", "1\u20132 years", "$20,000\u2013$40,000", "$5,000\u2013$20,000"):
        assert figure in text


def test_compare_with_nothing_named_compares_every_path(kb):
    result, _ = compare(kb)
    assert [s.id for s, _ in result.rows] == ["bachelors", "masters", "certification", "bootcamp"]


def test_two_occupations_are_compared_on_pay_growth_and_jobs(kb):
    result, text = compare(kb, "data_scientists", "hardware_engineers")
    assert result.aspects == ("salary", "outlook")
    for figure in ("$108,020", "36%", "73,100", "$138,080", "7%", "6,100"):
        assert figure in text


def test_compare_them_uses_the_subject_in_context(kb):
    result, _ = compare(kb, context=Context(subject="data_scientists", aspect="salary"))
    assert len(result.rows) == 5  # the occupation beside all the related ones


def test_public_vs_private_gives_both_tuitions(kb):
    result, text = compare(kb, "public_institution", "private_institution")
    assert isinstance(result, FactAnswer)
    assert "$10,000\u2013$20,000 per year" in text and "$30,000\u2013$50,000 per year" in text


@pytest.mark.parametrize("subjects, topic", [
    (("tensorflow", "pytorch", "scikit_learn"), "frameworks"),
    (("python", "r", "java"), "languages"),
    (("ml_engineer", "data_scientists"), "mle_vs_ds"),
])
def test_languages_frameworks_and_roles_side_by_side(kb, subjects, topic):
    result, _ = compare(kb, *subjects)
    assert isinstance(result, TopicAnswer) and result.topics[0] == topic


def test_suggestions_follow_the_subject(kb):
    outcome = answer(kb, "ask_cost", [{"value": "masters"}])
    buttons = suggest(kb, outcome.result)
    assert buttons[0] == {"title": "How long does it take?",
                          "payload": '/ask_duration{"education": "masters"}'}
    assert len(buttons) <= 3


def test_suggestions_for_an_occupation_offer_growth_and_comparison(kb):
    outcome = answer(kb, "ask_salary", [{"value": "data_scientists"}])
    payloads = [b["payload"] for b in suggest(kb, outcome.result)]
    assert '/ask_outlook{"occupation": "data_scientists"}' in payloads
    assert '/ask_compare{"occupation": "data_scientists"}' in payloads


def test_suggestions_never_quote_figures(kb):
    for intent in RELATED_TOPICS:
        assert intent  # every topic with suggestions
    for intent in ("ask_cost", "ask_salary", "ask_compare", "ask_bootcamps", "ask_tips"):
        for subject in (None, "bootcamp", "data_scientists"):
            entities = [{"value": subject}] if subject else []
            for button in suggest(kb, answer(kb, intent, entities).result):
                assert not any(ch.isdigit() for ch in button["title"]), button


def test_related_topics_name_known_intents():
    for intents in RELATED_TOPICS.values():
        assert set(intents) <= set(INTENT_TITLES)


def affirmation(ranking, entities=()):
    return affirmation_messages(ranking, entities)[0]


def affirmation_messages(ranking, entities=()):
    tracker = make_tracker("?", "nlu_fallback", 0.4, entities, ranking=ranking)
    dispatcher = CollectingDispatcher()
    ActionAskAffirmation().run(dispatcher, tracker, {})
    return dispatcher.messages


def test_fallback_offers_the_two_likeliest_meanings_with_readable_titles():
    message = affirmation([("nlu_fallback", 0.4), ("ask_cost", 0.35), ("ask_duration", 0.2),
                           ("ask_salary", 0.1)])
    assert [b["title"] for b in message["buttons"]] == [
        "Costs", "How long it takes", "Something else"]
    assert [b["payload"] for b in message["buttons"]] == [
        "/ask_cost", "/ask_duration", "/out_of_scope"]


def test_fallback_buttons_keep_the_subject_the_user_named():
    message = affirmation([("ask_cost", 0.3), ("ask_bootcamps", 0.2)],
                          [{"entity": "bootcamp", "value": "bootcamp"}])
    first = message["buttons"][0]
    assert first["title"] == "Costs: Bootcamps"
    assert json.loads(first["payload"][len("/ask_cost"):]) == {"bootcamp": "bootcamp"}


def test_fallback_never_offers_out_of_scope_as_a_meaning():
    message = affirmation([("nlu_fallback", 0.4), ("ask_tips", 0.5), ("out_of_scope", 0.2)])
    assert [b["payload"] for b in message["buttons"]] == ["/ask_tips", "/out_of_scope"]


def test_fallback_declines_when_out_of_scope_is_the_likeliest_meaning():
    message = affirmation([("nlu_fallback", 0.4), ("out_of_scope", 0.3), ("ask_tips", 0.2)])
    assert message["response"] == "utter_out_of_scope" and not message.get("buttons")


def test_fallback_declines_a_weak_guess_when_no_subject_is_named():
    message = affirmation([("nlu_fallback", 0.4), ("ask_outlook", 0.25), ("ask_tips", 0.2)])
    assert message["response"] == "utter_out_of_scope"
    # the same weak guess about a named subject is still offered
    message = affirmation([("ask_outlook", 0.25), ("ask_tips", 0.2)],
                          [{"entity": "occupation", "value": "data_scientists"}])
    assert message["buttons"][0]["payload"].startswith("/ask_outlook")


def test_fallback_offers_a_guess_whose_neighbours_agree():
    # each weak alone, the same part of the guide together ("any good courses?")
    message = affirmation([("nlu_fallback", 0.3), ("ask_courses", 0.24),
                           ("ask_online_learning", 0.23), ("ask_certifications", 0.16)])
    assert [b["payload"] for b in message["buttons"]][:2] == ["/ask_courses",
                                                            "/ask_online_learning"]


def out_of_scope(entities=(), text="?"):
    tracker = make_tracker(text, "out_of_scope", 0.9, entities)
    dispatcher = CollectingDispatcher()
    events = ActionOutOfScope().run(dispatcher, tracker, {})
    assert events in ([SlotSet("answered_intent", None)],
                      [SlotSet("answered_intent", "ask_sources")])
    return dispatcher.messages


def test_out_of_scope_with_nothing_named_just_declines():
    messages = out_of_scope()
    assert [m["response"] for m in messages] == ["utter_out_of_scope"]


def test_out_of_scope_naming_a_subject_offers_its_questions(kb):
    """'how many years is grad school?' taken as out of scope: one click to the answer."""
    messages = out_of_scope([{"entity": "education", "value": "masters"}])
    assert messages[0]["response"] == "utter_out_of_scope"
    masters = kb.subject("masters")
    assert messages[1]["text"] == IF_YOU_MEANT.format(label=masters.label)
    payloads = [b["payload"] for b in messages[1]["buttons"]]
    assert payloads[:2] == ['/ask_cost{"education": "masters"}',
                            '/ask_duration{"education": "masters"}']
    assert not any(ch.isdigit() for m in messages for ch in m.get("text") or "")


def test_out_of_scope_naming_a_subject_without_figures_offers_what_the_guide_says(kb):
    messages = out_of_scope([{"entity": "framework", "value": "pytorch"}])
    assert [b["payload"] for b in messages[1]["buttons"]] == ['/inform{"framework": "pytorch"}']


def test_an_unknown_entity_value_is_ignored():
    messages = out_of_scope([{"entity": "education", "value": "underwater basket weaving"}])
    assert len(messages) == 1


def test_fallback_that_declines_also_offers_a_named_subject():
    messages = affirmation_messages([("nlu_fallback", 0.4), ("out_of_scope", 0.35)],
                                    [{"entity": "cost_item", "value": "hardware"}])
    assert messages[0]["response"] == "utter_out_of_scope"
    assert messages[1]["buttons"][0]["payload"] == '/ask_cost{"cost_item": "hardware"}'


def test_a_question_about_the_data_declined_by_the_classifier_gets_its_provenance(kb):
    messages = out_of_scope(text="who published these figures?")
    assert len(messages) == 1 and kb.sources["bls"].name in messages[0]["text"]


def test_a_refusal_offers_the_nearest_covered_topic():
    from mlcareer.qa.rescue import NEAR_TEXT

    messages = out_of_scope(text="is a gap year bad for my career prospects in tech?")
    assert messages[0]["response"] == "utter_out_of_scope"
    assert messages[1]["text"] == NEAR_TEXT and len(messages[1]["buttons"]) == 1
    assert messages[1]["buttons"][0]["payload"].startswith("/ask_")


def test_the_answer_action_answers_questions_about_the_data_with_their_provenance(kb):
    from actions.qa import ActionAnswerQuestion

    dispatcher = CollectingDispatcher()
    events = ActionAnswerQuestion().run(
        dispatcher, make_tracker("where do your salary numbers come from?", "ask_salary"), {})
    assert kb.sources["bls"].name in dispatcher.messages[0]["text"]
    assert events == [SlotSet("answered_intent", "ask_sources")]
