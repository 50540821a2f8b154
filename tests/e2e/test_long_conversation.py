"""A 300-turn conversation on the SQLite default: every turn answered, the follow-ups at
turn 290 resolved, sessions rolled over (bounded cost per turn) without losing the
history, and the same slots after a restart. The PostgreSQL variant is in
test_cluster.py. Not timed: `make bench` measures latency by turn."""

from __future__ import annotations

import sqlite3

import pytest

from mlcareer.roadmap.wording import QUESTIONS
from scripts.servers import server_env
from tests.support.long_conversation import (
    LAST,
    TURNS,
    asking_about_both,
    conversation,
    events_of,
    misses,
    rasa_server,
    sqlite_endpoints,
)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("long")
    with sqlite_endpoints(tmp) as endpoints:
        yield tmp, endpoints


def test_a_300_turn_conversation_keeps_its_context_history_and_slots(stack, kb):
    tmp, endpoints = stack
    turns = conversation(kb)
    with rasa_server(tmp, endpoints, server_env(), "rasa-1") as server:
        wrong = misses(server, "long-1", turns)
        assert not wrong, "\n".join(map(str, wrong))
        before = server.tracker("long-1")
    # the whole history is kept (the API returns every session) ...
    assert [e["text"] for e in events_of(before, "user")] == [text for text, _ in turns]
    # ... in sessions that were rolled over to keep each turn's work bounded
    assert len(events_of(before, "session_started")) >= TURNS // 30
    with sqlite3.connect(tmp / "conversations.db") as db:
        stored = db.execute("SELECT count(*) FROM events WHERE sender_id = 'long-1' AND "
                            "type_name = 'user'").fetchone()[0]
    assert stored == TURNS
    with rasa_server(tmp, endpoints, server_env(), "rasa-2") as server:
        after = server.tracker("long-1")
        assert after["slots"] == before["slots"]
        assert after["slots"]["recent_subjects"]  # what the follow-ups resolve against
        # the two occupations named in the last two turns are still what "them" means
        assert misses(server, "long-1", asking_about_both(kb, *LAST)) == []


def test_a_form_is_not_cut_by_a_session_roll_over(stack, kb):
    """A session is not rolled over while the roadmap form runs: its state is no slot."""
    tmp, endpoints = stack
    with rasa_server(tmp, endpoints, server_env(SESSION_MAX_EVENTS="10"), "rasa-3") as server:
        for message, _ in conversation(kb, 3):
            server.say("form-1", message)
        assert QUESTIONS["education"] in server.say("form-1", "plan my path")
        tracker = server.tracker("form-1")
        assert tracker["active_loop"].get("name") == "plan_form"
        started = len(events_of(tracker, "session_started"))
        for _ in range(3):  # more events than a session may hold, all inside the form
            reply = server.say("form-1", "how much does a bootcamp cost?")
            assert QUESTIONS["education"] in reply
        assert QUESTIONS["programming"] in server.say(
            "form-1", "I have a bachelor's in computer science")
        tracker = server.tracker("form-1")
        assert tracker["active_loop"].get("name") == "plan_form"
        assert len(events_of(tracker, "session_started")) == started
