"""The cached action-response validation behaves exactly like Rasa's own."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from components import rasa_patches

VALID = [
    {"events": [{"event": "slot", "name": "subject", "value": "bootcamp"}],
     "responses": [{"text": "hi", "buttons": [{"title": "a", "payload": "/b"}]}]},
    {"events": [], "responses": []},
    {},
]
INVALID = [
    {"events": "not a list"},
    {"events": [{"no_event_key": 1}]},
    {"responses": {"text": "a mapping, not a list"}},
]


def original(result):
    jsonschema.validate(result, RemoteAction.action_response_format_spec())


@pytest.mark.parametrize("result", VALID)
def test_valid_responses_pass(result):
    original(result)
    assert rasa_patches._validate_action_result(None, result) is True


@pytest.mark.parametrize("result", INVALID)
def test_invalid_responses_fail_with_the_same_error(result):
    with pytest.raises(jsonschema.ValidationError) as expected:
        original(result)
    with pytest.raises(jsonschema.ValidationError) as got:
        rasa_patches._validate_action_result(None, result)
    assert got.value.message.startswith(expected.value.message)
    assert "Failed to validate Action server response" in got.value.message


def test_the_patch_is_applied_when_the_nlu_components_load():
    import components.knowledge_spacy  # noqa: F401

    assert RemoteAction._validate_action_result is rasa_patches._validate_action_result


def test_an_unreachable_action_server_gets_an_apology_not_silence():
    import asyncio

    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import BotUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    from scripts.servers import free_port

    rasa_patches.apply()
    action = RemoteAction("action_answer_question",
                          EndpointConfig(url=f"http://127.0.0.1:{free_port()}/webhook"))
    events = asyncio.run(action.run(CollectingOutputChannel(),
                                    TemplatedNaturalLanguageGenerator({}),
                                    DialogueStateTracker("t", []), Domain.empty()))
    assert events == [BotUttered(rasa_patches.ACTION_SERVER_DOWN)]


def test_a_waiter_whose_ticket_expired_takes_the_lock_instead_of_hanging():
    import time

    from rasa.core.lock import Ticket, TicketLock

    rasa_patches.apply()
    lock = TicketLock("c")
    lock.tickets = [Ticket(1, time.time() + 60), Ticket(2, time.time() + 60)]
    assert not lock.is_locked(1) and lock.is_locked(2)  # normal order: 1 first
    lock.tickets = [Ticket(1, time.time() - 2), Ticket(2, time.time() - 1)]  # both expired
    assert not lock.is_locked(2)  # Rasa's own: now_serving 0 != 2, locked for ever
