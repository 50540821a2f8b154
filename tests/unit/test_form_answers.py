"""In the middle of the roadmap, a message that reads as the requested answer is one."""

from __future__ import annotations

import asyncio

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from components import rasa_patches
from components.form_answers import relabel_form_answer
from mlcareer.roadmap.profile import INTERRUPT_CONFIDENCE, OPTIONS, SLOTS


def parsed(text, intent, confidence):
    return {"text": text, "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": [{"name": intent, "confidence": confidence}], "entities": []}


def relabelled(text, intent, confidence, field, loop="plan_form"):
    return relabel_form_answer(parsed(text, intent, confidence), loop, SLOTS[field])["intent"]


@pytest.mark.parametrize("text, intent, confidence, field", [
    ("Strong", "goodbye", 0.47, "programming"),
    ("full-time", "nlu_fallback", 0.4, "pace"),
    ("about 10 grand", "inform", 0.93, "budget"),
    ("the fastest entry", "nlu_fallback", 0.4, "goal"),
    ("I never went to college", "out_of_scope", 0.99, "education"),
    ("part time", "ask_duration", 0.6, "pace"),
])
def test_an_answer_the_model_was_unsure_of_becomes_plan_answer(text, intent, confidence, field):
    assert relabelled(text, intent, confidence, field) == {
        "name": "plan_answer", "confidence": confidence}


@pytest.mark.parametrize("field, title", [
    (field, title) for field, options in OPTIONS.items() for title in options.values()])
def test_every_button_title_typed_by_hand_is_an_answer(field, title):
    """Shell and Telegram users often type the title of the button they see."""
    assert relabelled(title, "goodbye", 0.5, field)["name"] == "plan_answer"


@pytest.mark.parametrize("text, intent, confidence, field", [
    # a confident guide question stays a question, even when it names an answer
    ("how long does a master's take?", "ask_duration", INTERRUPT_CONFIDENCE, "education"),
    ("how much does a bootcamp cost?", "ask_cost", 0.99, "budget"),
    # nothing the form can read: the classifier decides (leave, fallback, ...)
    ("bye", "goodbye", 0.99, "programming"),
    ("stop", "stop", 0.6, "budget"),
    ("purple", "help", 0.97, "budget"),
    # an answer to another question than the one asked is left to the form's rules
    ("I have $5,000", "goodbye", 0.5, "programming"),
])
def test_other_messages_keep_their_intent(text, intent, confidence, field):
    assert relabelled(text, intent, confidence, field) == {
        "name": intent, "confidence": confidence}


@pytest.mark.parametrize("loop, requested", [
    (None, SLOTS["programming"]), ("plan_form", None), ("other_form", SLOTS["programming"])])
def test_outside_the_roadmap_nothing_changes(loop, requested):
    data = parsed("Strong", "goodbye", 0.47)
    assert relabel_form_answer(data, loop, requested) is data


def test_a_button_payload_keeps_its_intent():
    data = parsed("/plan_answer{\"plan_pace\":\"part_time\"}", "plan_answer", 1.0)
    assert relabel_form_answer(data, "plan_form", SLOTS["pace"]) is data
    data = parsed("/goodbye", "goodbye", 1.0)
    assert relabel_form_answer(data, "plan_form", SLOTS["pace"]) is data


def test_the_processor_relabels_with_the_tracker_only(monkeypatch):
    async def original(self, message, tracker=None, only_output_properties=True):
        return parsed(message.text, "goodbye", 0.47)

    import components.knowledge_spacy  # noqa: F401  (loading the NLU applies the patches)

    assert MessageProcessor.parse_message is rasa_patches._parse_message_in_form
    monkeypatch.setattr(rasa_patches, "_original_parse_message", original)
    tracker = DialogueStateTracker.from_events("someone", [
        ActiveLoop("plan_form"), SlotSet("requested_slot", SLOTS["programming"])])

    in_form = asyncio.run(rasa_patches._parse_message_in_form(
        None, UserMessage("Strong"), tracker))
    no_tracker = asyncio.run(rasa_patches._parse_message_in_form(None, UserMessage("Strong")))
    assert in_form["intent"]["name"] == "plan_answer"
    assert no_tracker["intent"]["name"] == "goodbye"
