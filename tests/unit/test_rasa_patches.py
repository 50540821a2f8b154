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


def _domain():
    from rasa.shared.core.domain import Domain

    return Domain.from_yaml(
        "version: '3.1'\nslots:\n"
        "  subject:\n    type: any\n    mappings: [{type: custom}]\n"
        "  level:\n    type: text\n    initial_value: beginner\n    mappings: [{type: custom}]\n"
        "  note:\n    type: text\n    mappings: [{type: custom}]\n"
        "session_config:\n  carry_over_slots_to_new_session: true\n")


def test_a_new_session_carries_each_changed_slot_once_with_its_latest_value():
    from rasa.shared.core.events import SessionStarted, SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = _domain()
    events = [SlotSet("subject", "bootcamp"), SlotSet("subject", "masters"),
              SlotSet("level", "beginner"), SlotSet("note", "x"), SlotSet("note", None)]
    tracker = DialogueStateTracker.from_events("s", events, domain.slots)
    carried = rasa_patches._carried_slots(tracker)
    # Rasa's own carries all five; unchanged ("level" at its initial value, "note" back
    # to None) need no event, "subject" needs its latest value
    assert carried == [SlotSet("subject", "masters")]
    # a second roll-over carries the same, not the carried events again
    again = DialogueStateTracker.from_events("s", [*events, SessionStarted(), *carried],
                                             domain.slots)
    assert rasa_patches._carried_slots(again) == carried


def test_events_are_counted_from_the_latest_session_start(monkeypatch):
    from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    old = [UserUttered("a"), ActionExecuted("action_listen")] * 5
    new = [SessionStarted(), UserUttered("b"), ActionExecuted("action_listen")]
    assert rasa_patches.events_in_session(DialogueStateTracker.from_events("s", old)) == 10
    assert rasa_patches.events_in_session(
        DialogueStateTracker.from_events("s", old + new)) == 3
    monkeypatch.setenv("SESSION_MAX_EVENTS", "40")
    assert rasa_patches.session_max_events() == 40
    monkeypatch.setenv("SESSION_MAX_EVENTS", "lots")
    assert rasa_patches.session_max_events() == 100  # a bad setting keeps the default


class _Processor:
    def __init__(self, domain):
        self.domain = domain


def test_a_long_session_rolls_over_unless_a_form_is_active(monkeypatch):
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    monkeypatch.setenv("SESSION_MAX_EVENTS", "6")
    processor = _Processor(_domain())
    turns = [UserUttered("a"), ActionExecuted("action_listen")]
    short = DialogueStateTracker.from_events("s", turns * 3)
    long = DialogueStateTracker.from_events("s", turns * 4)
    assert not rasa_patches._has_session_expired(processor, short)
    assert rasa_patches._has_session_expired(processor, long)
    in_form = DialogueStateTracker.from_events("s", [ActiveLoop("plan_form"), *turns * 4])
    assert not rasa_patches._has_session_expired(processor, in_form)
    monkeypatch.setenv("SESSION_MAX_EVENTS", "0")  # off
    assert not rasa_patches._has_session_expired(processor, long)


def test_event_classes_are_found_as_rasa_finds_them():
    from rasa.shared.core.events import Event, SlotSet, UserUttered

    for name in ("user", "slot", "bot", "action", "session_started", "active_loop"):
        assert rasa_patches._resolve_by_type(name) is rasa_patches._original_resolve_by_type(
            name)
    assert rasa_patches._resolve_by_type("slot") is SlotSet
    assert rasa_patches._resolve_by_type("no such event", UserUttered) is UserUttered
    with pytest.raises(ValueError):
        rasa_patches._resolve_by_type("no such event")
    assert Event.resolve_by_type("user") is UserUttered


def test_a_sqlite_file_store_pools_connections_in_wal_mode(tmp_path):
    import asyncio
    import sqlite3

    import sqlalchemy
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    rasa_patches.apply()
    assert sqlalchemy.event.contains(sqlalchemy.engine.Engine, "connect",
                                     rasa_patches._sqlite_write_ahead_log)
    db = tmp_path / "t.db"
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    assert isinstance(store.engine.pool, sqlalchemy.pool.QueuePool)
    with store.session_scope() as session:
        assert session.execute(sqlalchemy.text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(sqlalchemy.text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    asyncio.run(store.save(DialogueStateTracker.from_events("a", [UserUttered("hi")])))
    with sqlite3.connect(db) as other:  # another process's view: the committed turn is there
        assert other.execute("SELECT count(*) FROM events WHERE sender_id = 'a'").fetchone()[0] == 1
    memory = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=":memory:")
    assert not isinstance(memory.engine.pool, sqlalchemy.pool.QueuePool)
