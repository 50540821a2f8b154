"""Follow-ups that point back at the last few subjects: "both", "the two", "which of
them", "compare them", "the other one". The conversation keeps the last ``KEEP``
subjects it talked about (most recent first); a message that names no subject but points
back gets them as if it had named them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

KEEP = 3
BOTH = re.compile(r"\b(both|the two|these two|those two|either|each of them|them|they)\b")
OTHER = re.compile(r"\b(the other( one)?|the other's)\b")


def referred(text: str, named: Sequence[str], recent: Sequence[str]) -> list[str]:
    """The subject ids the message is about: those it names, or those it points back to."""
    if named:
        return list(named)
    lowered = text.lower()
    if OTHER.search(lowered) and len(recent) >= 2:
        return [recent[1]]  # the one before the current one
    if BOTH.search(lowered) and len(recent) >= 2:
        return list(recent[:2])
    return []


def remember(recent: Sequence[str], talked_about: Iterable[str | None]) -> list[str]:
    """The recent subjects after a turn about ``talked_about`` (first: most recent)."""
    now = [s for s in talked_about if s]
    return list(dict.fromkeys([*now, *recent]))[:KEEP]
