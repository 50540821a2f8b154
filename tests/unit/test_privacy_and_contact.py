"""A person to contact and deleting a conversation: the core's wording, the actions, and
the deletion from SQLite and in-memory tracker stores (PostgreSQL: test_cluster.py)."""

from __future__ import annotations

import asyncio

import pytest

from actions.support import ActionAskForget, ActionCancelForget, ActionForgetMe, ActionTalkToHuman
from mlcareer import support


@pytest.mark.parametrize("value, expected", [
    ("help@example.org", "help@example.org"),
    ("mailto:help@example.org", "help@example.org"),
    ("  https://example.org/contact  ", "https://example.org/contact"),
    ("", None), (None, None), ("call us", None), ("javascript:alert(1)", None),
    ("https://example.org/<script>", None), ("a@b", None),
])
def test_only_an_email_address_or_a_web_address_is_a_contact(value, expected):
    assert support.contact(value) == expected


def test_the_contact_is_given_or_the_assistant_says_it_has_none():
    assert "help@example.org" in support.human_reply("help@example.org").text
    assert "https://example.org/contact" in support.human_reply(
        "https://example.org/contact").text
    none = support.human_reply(None)
    assert "no person" in none.text and none.buttons  # and what it can help with
    assert support.human_reply("not a contact").text == none.text


def run(action, dispatcher, tracker):
    return action.run(dispatcher, tracker, {})


def test_the_human_action_reads_the_deployers_setting(monkeypatch, tracker, dispatcher):
    monkeypatch.setenv("HUMAN_CONTACT", "https://example.org/help")
    run(ActionTalkToHuman(), dispatcher, tracker("can I talk to a human?", "talk_to_human"))
    monkeypatch.delenv("HUMAN_CONTACT")
    run(ActionTalkToHuman(), dispatcher, tracker("can I talk to a human?", "talk_to_human"))
    first, second = (m["text"] for m in dispatcher.messages)
    assert "https://example.org/help" in first and "no person" in second


def test_deletion_is_confirmed_only_after_the_question(tracker, dispatcher):
    events = run(ActionAskForget(), dispatcher, tracker("forget me", "forget_me"))
    assert events == [{"event": "slot", "timestamp": None, "name": "forget_me",
                       "value": "asked"}]
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == [
        "/confirm_forget", "/cancel_forget"]
    confirmed = run(ActionForgetMe(), dispatcher,
                    tracker("/confirm_forget", "confirm_forget", slots={"forget_me": "asked"}))
    assert confirmed[0]["value"] == "confirmed"
    assert dispatcher.messages[-1]["text"] == support.FORGET_DONE
    # a forged or stale confirmation deletes nothing
    assert run(ActionForgetMe(), dispatcher, tracker("/confirm_forget", "confirm_forget")) == []
    assert dispatcher.messages[-1]["text"] == support.FORGET_NOT_ASKED
    kept = run(ActionCancelForget(), dispatcher,
               tracker("no, keep it", "cancel_forget", slots={"forget_me": "asked"}))
    assert kept[0]["value"] is None and dispatcher.messages[-1]["text"] == support.FORGET_KEPT


def _store(tmp_path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain

    from components import privacy  # noqa: F401  (applies the patches)

    return SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))


def _save(store, sender, texts, timestamp=None, *, stamps=None):
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    stamps = stamps or [timestamp] * len(texts)
    events = [UserUttered(t, timestamp=at) for t, at in zip(texts, stamps, strict=True)]
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))


def _senders(store):
    return sorted(asyncio.run(store.keys()))


def test_forget_removes_every_event_of_one_sender_and_no_other(tmp_path):
    from components.privacy import forget

    store = _store(tmp_path)
    _save(store, "alice", ["hi", "how much is a bootcamp?", "forget me"])
    _save(store, "bob", ["hello"])
    assert forget(store, "alice") == 3
    assert _senders(store) == ["bob"]
    assert asyncio.run(store.retrieve("alice")) is None
    assert forget(store, "nobody") == 0


def test_purge_removes_only_conversations_idle_for_longer_than_n_days(tmp_path):
    from components.privacy import DAY, purge

    store = _store(tmp_path)
    now = 1_800_000_000.0
    _save(store, "old", ["hi"], timestamp=now - 40 * DAY)
    _save(store, "old-but-back", ["hi", "hi again"], stamps=[now - 40 * DAY, now - DAY])
    _save(store, "recent", ["hi"], timestamp=now - 2 * DAY)
    assert purge(store, 30, now) == {"old": 1}
    assert _senders(store) == ["old-but-back", "recent"]
    assert purge(store, 1.5, now) == {"recent": 1}


def test_in_memory_conversations_can_be_forgotten_too():
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from components.privacy import forget

    store = FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty()))
    asyncio.run(store.save(DialogueStateTracker.from_events("carol", [UserUttered("hi")])))
    assert forget(store, "carol") == 1
    assert asyncio.run(store.retrieve("carol")) is None
