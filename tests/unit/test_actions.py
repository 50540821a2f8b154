"""The custom action, driven the way the action server drives it."""

from __future__ import annotations

import pytest
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
    assert messages[0]["text"] == ("The guide has pay figures for these occupations only. "
                                   "Which one do you mean?")
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


@pytest.mark.parametrize("text, points", [
    ("the other one?", True), ("And the other?", True), ("both?", True),
    ("what about both of them", True), ("ok, the two?", True), ("either one?", True),
    ("the other one is cheaper?", False), ("both cost a lot?", False),
    ("tell me about the other options", False), ("", False)])
def test_a_message_that_only_points_back(text, points):
    from mlcareer.qa.context import only_points_back

    assert only_points_back(text, ["pytorch", "tensorflow"]) is points
    assert not only_points_back(text, ["pytorch"])  # nothing else to point at


def test_the_subjects_a_topic_lists_can_be_pointed_back_at(kb):
    """After "which frameworks?" (TensorFlow and PyTorch listed) and a question about
    PyTorch, "the other one" is TensorFlow."""
    _, events = run(make_tracker("which frameworks are used?", "ask_frameworks"))
    recent = next(e["value"] for e in events if e.get("name") == "recent_subjects")
    assert set(recent[:2]) == {"tensorflow", "pytorch"}
    slots = {"recent_subjects": ["pytorch", "tensorflow"]}
    messages, _ = run(make_tracker("the other one?", "inform", slots=slots))
    assert kb.subjects["tensorflow"].label in messages[0]["text"]
    assert kb.subjects["pytorch"].label not in messages[0]["text"]


def test_the_parse_hook_reads_a_bare_pointer_as_a_follow_up():
    from components.novelty import relabel_pointing_back

    fallback = {"text": "the other one?", "intent": {"name": "nlu_fallback", "confidence": 0.3}}
    recent = ["pytorch", "tensorflow"]
    assert relabel_pointing_back(fallback, recent, None)["intent"]["name"] == "inform"
    assert relabel_pointing_back(fallback, ["pytorch"], None) is fallback
    assert relabel_pointing_back(fallback, recent, "plan_form") is fallback  # a form runs
    assert relabel_pointing_back(fallback, "garbage", None) is fallback
    asked = {"text": "is the other one cheaper?", "intent": {"name": "ask_cost", "confidence": 0.8}}
    assert relabel_pointing_back(asked, recent, None) is asked


def test_the_other_one_prefers_a_subject_of_the_current_ones_kind():
    from mlcareer.qa.context import referred

    recent = ["pytorch", "ml_engineers", "tensorflow"]
    kinds = {"pytorch": "framework", "ml_engineers": "occupation", "tensorflow": "framework"}
    assert referred("the other one?", [], recent, kinds) == ["tensorflow"]
    assert referred("both?", [], recent, kinds) == ["pytorch", "tensorflow"]
    assert referred("the other one?", [], recent) == ["ml_engineers"]  # kinds unknown
    assert referred("the other one?", [], [["x"], {"y": 1}, "z"], kinds) == [{"y": 1}]
