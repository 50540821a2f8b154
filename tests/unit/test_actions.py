"""The custom action, driven the way the action server drives it."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ActionAnswerQuestion
from tests.support.trackers import make_tracker


def tracker(intent: str, entities=(), slots=None) -> Tracker:
    return make_tracker("...", intent, entities=entities,
                        slots={"subject": None, "aspect": None, **(slots or {})})


def run(t: Tracker):
    dispatcher = CollectingDispatcher()
    events = ActionAnswerQuestion().run(dispatcher, t, {})
    return dispatcher.messages, events


def test_answers_with_the_figure_and_sets_the_context():
    messages, events = run(tracker("ask_cost", [{"entity": "bootcamp", "value": "bootcamp"}]))
    assert len(messages) == 1
    assert "$5,000\u2013$20,000" in messages[0]["text"]
    assert events == [SlotSet("subject", "bootcamp"), SlotSet("aspect", "cost"),
                      SlotSet("answered_intent", "ask_cost"),
                      SlotSet("recent_subjects", ["bootcamp"])]


def test_uses_the_slots_for_a_follow_up():
    messages, events = run(tracker("ask_duration", slots={"subject": "masters", "aspect": "cost"}))
    assert "1\u20132 years" in messages[0]["text"]
    assert SlotSet("aspect", "duration") in events


def test_entity_values_may_be_aliases():
    messages, _ = run(tracker("ask_salary", [{"entity": "occupation", "value": "Data Scientist"}]))
    assert "$108,020" in messages[0]["text"]


def test_clarifying_question_sends_buttons():
    messages, events = run(tracker("ask_salary"))
    assert messages[0]["text"] == "Which occupation do you mean?"
    assert len(messages[0]["buttons"]) == 5
    assert all(b["payload"].startswith("/ask_salary{") for b in messages[0]["buttons"])
    assert SlotSet("aspect", "salary") in events


def test_a_broken_slot_value_does_not_crash_the_action():
    messages, _ = run(tracker("ask_cost", slots={"subject": "no-such-subject"}))
    assert messages and messages[0]["buttons"]  # falls back to asking which cost


def test_an_unexpected_error_gets_an_apology_not_silence(monkeypatch):
    import actions.qa as module

    def boom(*args, **kwargs):
        raise RuntimeError("knowledge base unavailable")

    monkeypatch.setattr(module, "answer_all", boom)
    messages, events = run(tracker("ask_cost"))
    assert "Sorry" in messages[0]["text"] and events == []


def test_both_and_the_other_one_point_back_at_the_recent_subjects(kb):
    from tests.data.questions import figure

    slots = {"subject": "data_scientists", "aspect": "salary",
             "recent_subjects": ["data_scientists", "hardware_engineers"]}
    messages, _ = run(make_tracker("what about both?", "ask_salary", slots=slots))
    text = messages[0]["text"]
    assert figure(kb, "data_scientists", "median_wage") in text
    assert figure(kb, "hardware_engineers", "median_wage") in text
    messages, _ = run(make_tracker("and the other one?", "ask_outlook", slots=slots))
    text = messages[0]["text"]
    assert figure(kb, "hardware_engineers", "growth") in text
    assert figure(kb, "data_scientists", "growth") not in text
    messages, _ = run(make_tracker("which of them pays more?", "ask_salary", slots=slots))
    assert messages[0]["text"].splitlines()[0].count("hardware engineers") == 1


def test_the_recent_subjects_keep_the_last_three_most_recent_first():
    from mlcareer.qa.context import remember

    assert remember(["a", "b", "c"], ["d"]) == ["d", "a", "b"]
    assert remember(["a", "b"], ["b", None]) == ["b", "a"]
