"""Deleting one's conversation and asking for a person, over REST against the
``assistant`` fixture (SQLite). PostgreSQL: test_cluster.py."""

from __future__ import annotations

import sqlite3

from mlcareer import support


def stored(assistant, sender: str) -> int:
    with sqlite3.connect(assistant.logs / "conversations.db") as db:
        return db.execute("SELECT count(*) FROM events WHERE sender_id = ?",
                          (sender,)).fetchone()[0]


def test_forget_me_deletes_only_that_conversation_after_a_confirmation(assistant):
    for sender in ("forget-1", "forget-other"):
        assistant.say(sender, "how much does a bootcamp cost?")
    before_other = stored(assistant, "forget-other")
    asked = assistant.say("forget-1", "please delete my conversation")
    assert asked[0]["text"] == support.FORGET_QUESTION
    payloads = [b["payload"] for b in asked[0]["buttons"]]
    assert payloads == ["/confirm_forget", "/cancel_forget"]
    assert stored(assistant, "forget-1") > 0  # nothing deleted before the confirmation
    assert assistant.text("forget-1", payloads[0]) == support.FORGET_DONE
    assert stored(assistant, "forget-1") == 0
    assert stored(assistant, "forget-other") == before_other
    # writing again starts a new conversation that works
    assert "$5,000" in assistant.text("forget-1", "how much does a bootcamp cost?")
    assert assistant.tracker("forget-1")["slots"]["forget_me"] is None


def test_cancelling_or_a_confirmation_never_asked_for_deletes_nothing(assistant):
    assistant.say("forget-2", "how much does a master's cost?")
    assistant.say("forget-2", "forget me")
    assert assistant.text("forget-2", "/cancel_forget") == support.FORGET_KEPT
    kept = stored(assistant, "forget-2")
    assert kept > 0
    assert assistant.text("forget-2", "/confirm_forget") == support.FORGET_NOT_ASKED
    assert stored(assistant, "forget-2") > kept


def test_asking_for_a_person_says_honestly_there_is_none_configured(assistant):
    reply = assistant.say("human-1", "can I talk to a human?")
    assert reply[0]["text"].startswith(support.NO_CONTACT)
    assert reply[0]["buttons"]  # what it can help with instead


def test_make_purge_deletes_conversations_idle_longer_than_n_days(tmp_path):
    import asyncio
    import subprocess
    import time

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from scripts.servers import ROOT

    db = tmp_path / "conversations.db"
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    now = time.time()
    for sender, age_days in (("idle-40", 40), ("idle-10", 10), ("active", 0)):
        events = [UserUttered("hi", timestamp=now - age_days * 86400)]
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {db}\n")

    def purge(days: str) -> subprocess.CompletedProcess:
        return subprocess.run(["make", "-s", "purge", f"DAYS={days}", f"ENDPOINTS={endpoints}"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)

    done = purge("30")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Deleted 1 conversation(s)" in done.stdout
    assert sorted(asyncio.run(store.keys())) == ["active", "idle-10"]
    assert "idle-40" not in done.stdout  # ids are not printed
    assert purge("soon").returncode != 0  # a bad number of days is refused
    assert sorted(asyncio.run(store.keys())) == ["active", "idle-10"]
