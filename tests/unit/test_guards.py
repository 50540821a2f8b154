"""The checks every channel applies before a message reaches Rasa (channels/guards.py),
the Rasa launcher that keeps the API token off the command line, and the patched
SQL tracker store that fails one request instead of exiting the server."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from channels import guards
from scripts import rasa_server

ACCEPTED = ["me", "hostile-1", "U0123ABC", "-1001234567", "me@example.com", "a.b_c:d+e=f",
            "0123456789abcdef0123456789abcdef", "x" * 128]
REFUSED = ["", " ", "x\udfff", "\ud800", "a\x00b", "\x00", "tab\there", "new\nline",
           "x" * 129, "x" * 10_000, "\u202eevil", "abc\u200f", "😀", "me 😀", "a b", "a/b",
           "سلام", "ＡＢＣ\u0000", "../../etc/passwd", "<script>", "a;drop table events"]


@pytest.mark.parametrize("value", ACCEPTED)
def test_ordinary_conversation_ids_are_accepted_unchanged(value):
    assert guards.conversation_id(value) == value


@pytest.mark.parametrize("value", REFUSED)
def test_hostile_conversation_ids_are_refused(value):
    assert guards.conversation_id(value) is None


@pytest.mark.parametrize("value", [None, 42, ["me"], {"id": "me"}, b"me"])
def test_a_conversation_id_must_be_text(value):
    assert guards.conversation_id(value) is None


def test_ids_are_normalised_full_width_and_blanks():
    assert guards.conversation_id("  ｍｅ１ ") == "me1"


@given(st.text(max_size=300))
def test_whatever_is_accepted_can_be_stored_by_any_database(value):
    normalised = guards.conversation_id(value)
    if normalised is not None:
        assert normalised.isascii() and normalised.isprintable() and "\x00" not in normalised
        assert 1 <= len(normalised) <= guards.MAX_ID_CHARS
        assert normalised.encode("utf-8").decode("utf-8") == normalised
        assert guards.conversation_id(normalised) == normalised  # idempotent


def test_metadata_within_the_limit_is_kept_and_larger_is_refused():
    assert guards.metadata_problem(None) is None
    assert guards.metadata_problem({"page": "/", "lang": "en"}, limit=100) is None
    problem = guards.metadata_problem({"blob": "x" * 200}, limit=100)
    assert problem and "100" in problem
    assert guards.metadata_problem("a string", limit=100) == "'metadata' must be an object"
    assert guards.metadata_problem({"bad": "\udfff"}, limit=100) is not None


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_sender_over_its_limit_is_slowed_and_others_are_not():
    clock = Clock()
    limiter = guards.RateLimiter(3, window=60, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")
    clock.now += 30
    assert not limiter.allow("a")  # still three hits within the last minute
    clock.now += 31
    assert limiter.allow("a")  # the first hits are over a minute old


def test_refused_hits_do_not_extend_the_wait():
    clock = Clock()
    limiter = guards.RateLimiter(1, window=10, clock=clock)
    assert limiter.allow("a")
    for _ in range(5):
        clock.now += 1
        assert not limiter.allow("a")
    clock.now += 5
    assert limiter.allow("a")


def test_a_limit_of_zero_is_off():
    limiter = guards.RateLimiter(0)
    assert all(limiter.allow("a") for _ in range(1000))


def test_the_limiter_memory_is_bounded_whatever_keys_clients_send():
    clock = Clock()
    limiter = guards.RateLimiter(5, window=60, max_keys=100, clock=clock)
    for n in range(10_000):
        limiter.allow(f"sender-{n}")
    assert len(limiter) <= 100
    clock.now += 61
    limiter.allow("late")
    assert len(limiter) == 1  # idle keys are forgotten after a window


def test_a_delivery_is_processed_once_within_its_time_to_live():
    clock = Clock()
    seen = guards.Deduplicator(ttl=600, clock=clock)
    assert seen.first("Ev1") and not seen.first("Ev1") and seen.first("Ev2")
    clock.now += 601
    assert seen.first("Ev1")


@pytest.mark.parametrize("env, expected", [({}, 7), ({"X_LIMIT": "12"}, 12),
                                           ({"X_LIMIT": "0"}, 0), ({"X_LIMIT": "-3"}, 7),
                                           ({"X_LIMIT": "lots"}, 7)])
def test_settings_come_from_the_environment_with_safe_defaults(monkeypatch, env, expected):
    monkeypatch.delenv("X_LIMIT", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert guards.setting("X_LIMIT", 7) == expected


def test_the_api_token_is_passed_to_rasa_not_shown_on_the_command_line():
    assert rasa_server.argv(["--port", "5005"], "") == ["rasa", "run", "--port", "5005"]
    assert rasa_server.argv(["--port", "5005"], "s3cret") == [
        "rasa", "run", "--port", "5005", "--enable-api", "--auth-token", "s3cret"]


def test_the_fixes_to_rasa_are_in_place_before_rasa_creates_the_tracker_store():
    """Rasa creates the tracker store before it loads the model (and so before it imports
    any component): the launcher applies the fixes first, or the SQLite store gets no
    connection pool. Checked in a fresh interpreter, where nothing is imported yet."""
    import subprocess
    import sys

    probe = (
        "import sys, rasa.__main__, rasa.core.tracker_store as ts\n"
        "from scripts import rasa_server\n"
        "def fake_main():\n"
        "    print(ts.create_engine_kwargs.__module__, sys.argv[1:3])\n"
        "rasa.__main__.main = fake_main\n"
        "rasa_server.main()\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=Path(rasa_server.__file__).resolve().parent.parent, timeout=300,
                          env={"RASA_TELEMETRY_ENABLED": "false", "PATH": "/usr/bin:/bin",
                               "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "components.rasa_patches ['run']"


# -- the SQL tracker store: one bad conversation never stops the server -----------------

def store_at(path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    from components import rasa_patches

    rasa_patches.apply()
    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(path))


def save(store, sender: str) -> None:
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker.from_events(sender, [UserUttered("hi")])
    asyncio.run(store.save(tracker))


def test_a_database_error_fails_the_request_and_never_exits(tmp_path):
    store = store_at(tmp_path / "db.sqlite")
    with pytest.raises(Exception) as raised:  # SQLite cannot encode a lone surrogate
        save(store, "x\udfff")
    assert not isinstance(raised.value, SystemExit)
    save(store, "next-user")  # the store still works
    with sqlite3.connect(tmp_path / "db.sqlite") as db:
        senders = {row[0] for row in db.execute("SELECT sender_id FROM events")}
    assert senders == {"next-user"}


def test_rasa_without_the_patch_exits_on_the_same_error(tmp_path):
    """The failure the patch exists for; if a Rasa upgrade fixes it, this says so."""
    from rasa.core.tracker_store import SQLTrackerStore

    from components import rasa_patches

    store = store_at(tmp_path / "db.sqlite")
    patched = SQLTrackerStore.session_scope
    SQLTrackerStore.session_scope = rasa_patches._original_session_scope
    try:
        with pytest.raises(SystemExit):
            save(store, "x\udfff")
    finally:
        SQLTrackerStore.session_scope = patched
