"""Deleting conversations from the tracker store: one at its user's request ("forget
me", confirmed; ``actions/support.py``), and every conversation idle for more than N days
(`make purge DAYS=N`, scripts/purge.py).

The request is carried out in the Rasa server, which owns the tracker store: when the
turn's tracker says the user confirmed (slot ``forget_me`` = "confirmed"), every event of
that sender is deleted instead of the turn being saved, so nothing of it is stored
again, not even the request. The reply has already been produced and is delivered.
SQL tracker stores (the SQLite default, the cluster's PostgreSQL) and the in-memory one
are supported; any other store refuses with ``NotImplementedError``.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore

logger = logging.getLogger(__name__)
FORGET_SLOT = "forget_me"
CONFIRMED = "confirmed"
DAY = 24 * 3600
_original_save_tracker = MessageProcessor.save_tracker


def base_store(store: Any) -> TrackerStore:
    """The store under Rasa's wrappers (``FailSafeTrackerStore``)."""
    while hasattr(store, "_tracker_store"):
        store = store._tracker_store
    return store


def forget(store: Any, sender: str) -> int:
    """Deletes every event of ``sender``; how many there were."""
    store = base_store(store)
    if isinstance(store, SQLTrackerStore):
        with store.session_scope() as session:
            removed = (session.query(store.SQLEvent)
                       .filter(store.SQLEvent.sender_id == sender)
                       .delete(synchronize_session=False))
            session.commit()
            return int(removed)
    if isinstance(store, InMemoryTrackerStore):
        return 1 if store.store.pop(sender, None) is not None else 0
    raise NotImplementedError(f"deleting conversations from a {type(store).__name__}")


def idle_senders(store: Any, days: float, now: float | None = None) -> list[str]:
    """Conversations whose latest event is more than ``days`` days old."""
    store = base_store(store)
    if not isinstance(store, SQLTrackerStore):
        raise NotImplementedError(f"purging a {type(store).__name__}")
    import sqlalchemy as sa

    before = (time.time() if now is None else now) - days * DAY
    event = store.SQLEvent
    with store.session_scope() as session:
        rows = (session.query(event.sender_id)
                .group_by(event.sender_id)
                .having(sa.func.max(event.timestamp) < before)
                .all())
    return sorted(sender for (sender,) in rows)


def purge(store: Any, days: float, now: float | None = None) -> dict[str, int]:
    """Deletes the conversations idle for more than ``days`` days: {sender: events}."""
    return {sender: forget(store, sender) for sender in idle_senders(store, days, now)}


async def _save_or_forget(self: MessageProcessor, tracker) -> None:
    if tracker.get_slot(FORGET_SLOT) == CONFIRMED:
        removed = forget(self.tracker_store, tracker.sender_id)
        logger.info("a conversation was deleted at its user's request (%d events)", removed)
        return
    await _original_save_tracker(self, tracker)


def apply() -> None:
    MessageProcessor.save_tracker = _save_or_forget
