"""Answer feedback: buttons after cited answers only, the actions, and reading the answer
to "what was missing?" as a comment unless it is a question."""

from __future__ import annotations

from actions.support import ActionFeedback, ActionFeedbackComment
from mlcareer.qa import feedback

SUGGESTED = [{"title": "How long does it take?", "payload": "/ask_duration"}]


def test_thumbs_follow_the_suggestions_of_a_cited_answer_only():
    cited = "A bootcamp costs $5,000-$20,000.\nSource: the guide, \u201cCosts\u201d"
    assert feedback.with_feedback(cited, SUGGESTED) == [*SUGGESTED, *feedback.BUTTONS]
    assert feedback.with_feedback(cited, []) == feedback.BUTTONS
    assert feedback.with_feedback("Which one do you mean?", SUGGESTED) == SUGGESTED
    assert [b["payload"] for b in feedback.BUTTONS] == ["/feedback_up", "/feedback_down"]


def test_only_what_is_no_confident_question_is_a_comment():
    assert feedback.reads_as_comment("nlu_fallback", 0.2)
    assert feedback.reads_as_comment("out_of_scope", 0.9)
    assert feedback.reads_as_comment("ask_cost", 0.3)
    assert not feedback.reads_as_comment("ask_cost", 0.8)  # a new question: answered
    assert not feedback.reads_as_comment("forget_me", 0.3)
    assert not feedback.reads_as_comment("greet", 0.4)


def test_thumbs_down_asks_once_what_was_missing(tracker, dispatcher):
    events = ActionFeedback().run(dispatcher, tracker("/feedback_down", "feedback_down",
                                                      slots={"answered_intent": "ask_cost"}), {})
    assert dispatcher.messages[-1]["text"] == feedback.ASK_MISSING
    assert events[0]["name"] == "feedback" and events[0]["value"] == "down"
    events = ActionFeedbackComment().run(dispatcher, tracker("more detail please",
                                                             "feedback_comment"), {})
    assert dispatcher.messages[-1]["text"] == feedback.THANKS_COMMENT
    assert events[0]["value"] is None
    ActionFeedback().run(dispatcher, tracker("/feedback_up", "feedback_up",
                                             slots={"answered_intent": "ask_cost"}), {})
    assert dispatcher.messages[-1]["text"] == feedback.THANKS_UP
    ActionFeedback().run(dispatcher, tracker("\U0001F44D", "feedback_up"), {})
    assert dispatcher.messages[-1]["text"] == feedback.NOTHING_TO_RATE


def _rasa_tracker(events, slots):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.from_yaml("version: '3.1'\nslots:\n  feedback:\n    type: text\n"
                              "    mappings: [{type: custom}]\n")
    return DialogueStateTracker.from_events(
        "s", [*events, *(SlotSet(k, v) for k, v in slots.items())], domain.slots)


def test_the_message_after_what_was_missing_is_relabelled_a_comment():
    from rasa.shared.core.events import ActionExecuted

    from components.feedback import relabel_feedback_comment

    asked = [ActionExecuted("action_feedback"), ActionExecuted("action_listen")]
    unsure = {"text": "it was too vague", "intent": {"name": "nlu_fallback",
                                                     "confidence": 0.2}}
    question = {"text": "what about masters?", "intent": {"name": "ask_cost",
                                                          "confidence": 0.9}}
    tracker = _rasa_tracker(asked, {"feedback": "down"})
    assert relabel_feedback_comment(unsure, tracker)["intent"]["name"] == "feedback_comment"
    assert relabel_feedback_comment(question, tracker) == question
    # only right after the question, and only while it waits
    later = _rasa_tracker([*asked, ActionExecuted("action_answer_question")],
                          {"feedback": "down"})
    assert relabel_feedback_comment(unsure, later) == unsure
    assert relabel_feedback_comment(unsure, _rasa_tracker(asked, {})) == unsure


def test_a_comment_nobody_asked_for_is_out_of_scope():
    from components.feedback import relabel_feedback_comment

    stray = {"text": "how deep is the pacific", "intent": {"name": "feedback_comment",
                                                           "confidence": 0.38}}
    relabelled = relabel_feedback_comment(stray, _rasa_tracker([], {}))
    assert relabelled["intent"] == {"name": "out_of_scope", "confidence": 0.38}


def test_typed_feedback_or_a_person_needs_confidence():
    from components.feedback import guard_acting_intents

    unsure = {"text": "where's that number from", "intent": {"name": "feedback_up",
                                                              "confidence": 0.3}}
    assert guard_acting_intents(unsure)["intent"]["name"] == "nlu_fallback"
    sure = {"text": "thumbs up", "intent": {"name": "feedback_up", "confidence": 0.9}}
    assert guard_acting_intents(sure)["intent"]["name"] == "feedback_up"
    button = {"text": "/feedback_down", "intent": {"name": "feedback_down", "confidence": 0.2}}
    assert guard_acting_intents(button)["intent"]["name"] == "feedback_down"
