"""Property tests over arbitrary Unicode: look-up, answering, rendering and planning never raise.

Whatever a user or a channel sends (entity values, slot values, intent names,
budgets), the pure layers return something renderable.
"""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.qa import ActionAnswerQuestion
from actions.roadmap import ActionShowPlan, ValidatePlanForm
from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.answers import QUESTION_INTENTS, Context, answer
from mlcareer.qa.render import render
from mlcareer.roadmap.profile import SLOTS
from tests.support.trackers import make_tracker

KB = default_knowledge_base()
text = st.text(max_size=200)
maybe_text = st.one_of(st.none(), text)
intents = st.one_of(st.sampled_from(sorted(QUESTION_INTENTS)), text)
entities = st.lists(st.fixed_dictionaries({"entity": text, "value": st.one_of(
    text, st.integers(), st.none(), st.lists(text, max_size=2))}), max_size=3)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text)
def test_subject_lookup_takes_any_text(ref):
    found = KB.subject(ref)
    assert found is None or found.id in KB.subjects


@FAST
@given(intents, entities, maybe_text, maybe_text)
def test_answer_and_render_take_any_input(intent, ents, subject, aspect):
    outcome = answer(KB, intent, ents, Context(subject=subject, aspect=aspect))
    reply = render(KB, outcome.result)
    assert isinstance(reply.text, str) and reply.text.strip()


def tracker(message_text, intent, ents, slots) -> Tracker:
    return make_tracker(message_text, intent, 0.9, ents, slots, active_loop="plan_form",
                        sender="p")


@FAST
@given(text, intents, entities, maybe_text, maybe_text)
def test_the_answer_action_always_replies(message_text, intent, ents, subject, aspect):
    dispatcher = CollectingDispatcher()
    ActionAnswerQuestion().run(dispatcher, tracker(message_text, intent, ents,
                                                   {"subject": subject, "aspect": aspect}), {})
    assert dispatcher.messages and dispatcher.messages[0]["text"]


@FAST
@given(text, intents, st.dictionaries(st.sampled_from(list(SLOTS.values())), maybe_text),
       st.sampled_from([None, *SLOTS.values()]))
def test_the_form_and_the_plan_take_any_input(message_text, intent, slots, requested):
    state = {**dict.fromkeys(SLOTS.values()), "plan_misses": 0, **slots,
             "requested_slot": requested}
    domain = {"forms": {"plan_form": {"required_slots": list(SLOTS.values())}}}
    events = asyncio.run(ValidatePlanForm().run(CollectingDispatcher(),
                                                tracker(message_text, intent, [], state), domain))
    assert all(e["event"] == "slot" for e in events)
    dispatcher = CollectingDispatcher()
    ActionShowPlan().run(dispatcher, tracker("", "plan_answer", [], state), domain)
    assert dispatcher.messages and dispatcher.messages[0]["text"]
