"""Checks every channel applies before a message reaches Rasa (pure: no Sanic, no Rasa).

- ``conversation_id``: the conversation id a client sends (REST ``sender``, the
  widget's ``session_id``, Slack's user, Telegram's chat) is normalised (NFKC,
  surrounding blanks) and accepted only if it is 1-128 characters of
  ``A-Z a-z 0-9 . _ : @ + = -``. Anything else (NUL and other control
  characters, lone surrogates, right-to-left overrides, emoji, 10 KB of text)
  is refused: a tracker store must never see it (a lone surrogate made
  SQLite's driver raise, a NUL PostgreSQL's, and Rasa 3.6.21 exited on both).
- ``metadata_problem``: client-supplied metadata is stored with every message,
  so it is capped (``MAX_METADATA_BYTES``, default 2,048 bytes of JSON).
- ``RateLimiter``: at most N messages per key (sender, or client address) in
  any 60-second window; memory is bounded (``cachetools.TTLCache``).
- ``Deduplicator``: remembers ids (Slack event ids) for a while, so a replayed
  delivery is processed once.

Settings (environment variables, read at start-up):
  RATE_LIMIT_PER_SENDER   messages per conversation per minute (30; 0 = off)
  RATE_LIMIT_PER_ADDRESS  messages per client address per minute (300; 0 = off)
  MAX_METADATA_BYTES      JSON size of a message's metadata (2048)
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Hashable

from cachetools import TTLCache

MAX_ID_CHARS = 128
ID_PATTERN = re.compile(rf"[A-Za-z0-9._:@+=-]{{1,{MAX_ID_CHARS}}}")
WINDOW_SECONDS = 60.0
SLOW_DOWN = ("You're sending messages faster than I can read them. "
             "Please wait a few seconds, then ask again.")


def setting(name: str, default: int) -> int:
    """A non-negative whole number from the environment; the default when unset or bad."""
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value >= 0 else default


def conversation_id(value: object) -> str | None:
    """The normalised conversation id, or None when ``value`` cannot be one."""
    if not isinstance(value, str) or len(value) > 4 * MAX_ID_CHARS:
        return None
    try:
        normalised = unicodedata.normalize("NFKC", value).strip()
    except (TypeError, ValueError):
        return None
    return normalised if ID_PATTERN.fullmatch(normalised) else None


def metadata_problem(metadata: object, limit: int | None = None) -> str | None:
    """Why ``metadata`` cannot be stored with a message, or None when it can."""
    if metadata is None:
        return None
    if not isinstance(metadata, dict):
        return "'metadata' must be an object"
    limit = setting("MAX_METADATA_BYTES", 2048) if limit is None else limit
    try:
        size = len(json.dumps(metadata, ensure_ascii=False).encode("utf-8"))
    except (TypeError, ValueError, UnicodeEncodeError):
        return "'metadata' must be plain JSON text"
    if size > limit:
        return f"'metadata' is {size:,} bytes; at most {limit:,} are accepted"
    return None


class RateLimiter:
    """At most ``limit`` hits per key in any ``window``-second span (0 = no limit).

    Each key keeps the times of its last ``limit`` hits; keys idle for a whole
    window are forgotten, and at most ``max_keys`` are kept (the least recently
    used go first), so memory stays bounded whatever clients send.
    """

    def __init__(self, limit: int, window: float = WINDOW_SECONDS, max_keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: TTLCache = TTLCache(max_keys, ttl=window, timer=clock)
        self._lock = threading.Lock()

    def allow(self, key: Hashable) -> bool:
        """Records a hit for ``key``; False when it is over the limit (not recorded)."""
        if self.limit <= 0:
            return True
        now = self.clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = deque(maxlen=self.limit)
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            self._hits[key] = hits  # (re)starts the key's time to live
            return True

    def __len__(self) -> int:
        return len(self._hits)


class Deduplicator:
    """``first(key)`` is True the first time a key is seen within ``ttl`` seconds."""

    def __init__(self, ttl: float = 600, max_keys: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._seen: TTLCache = TTLCache(max_keys, ttl=ttl, timer=clock)
        self._lock = threading.Lock()

    def first(self, key: Hashable) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = True
            return True


# One limiter each per Rasa server process, shared by every channel.
per_sender = RateLimiter(setting("RATE_LIMIT_PER_SENDER", 30))
per_address = RateLimiter(setting("RATE_LIMIT_PER_ADDRESS", 300))
