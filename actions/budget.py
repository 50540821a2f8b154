"""Understands a budget as people type it: "$8k", "8000 dollars", "about 10 grand", "5-10k".

Pure function for the roadmap form: ``parse_budget(text)`` returns the budget as a
``(low, high)`` pair of US dollars (equal for a single amount), or ``None`` when the
text states no usable amount.
"""

from __future__ import annotations

import re

MULTIPLIERS = {"k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}
NOTHING = re.compile(r"\b(no budget|nothing|zero|no money|none|broke|\$?0)\b", re.I)
AMOUNT = re.compile(
    r"(?P<dollar>\$)?\s*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>k\b|grand\b|thousand\b|m\b|million\b)?",
    re.I,
)
RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|to|and|or)\s*$", re.I)
MAX_BUDGET = 1e8


def parse_budget(text: str) -> tuple[float, float] | None:
    if not isinstance(text, str) or not text.strip():
        return None
    amounts = []
    for match in AMOUNT.finditer(text):
        value = float(match["number"].replace(",", ""))
        unit = (match["unit"] or "").lower()
        amounts.append((match, value, MULTIPLIERS.get(unit)))
    if not amounts:
        return (0.0, 0.0) if NOTHING.search(text) else None
    (first, lo, lo_mult) = amounts[0]
    if len(amounts) >= 2:
        second, hi, hi_mult = amounts[1]
        between = text[first.end():second.start()]
        if RANGE_JOIN.match(between) or between.strip() == "":
            lo_mult = lo_mult or hi_mult  # "5-10k": both in thousands
            low, high = lo * (lo_mult or 1), hi * (hi_mult or 1)
            if low > high:
                low, high = high, low
            return (low, high) if high <= MAX_BUDGET else None
    value = lo * (lo_mult or 1)
    return (value, value) if value <= MAX_BUDGET else None


STORED = re.compile(r"(?P<low>\d{1,9}(?:\.\d{1,2})?)(?:-(?P<high>\d{1,9}(?:\.\d{1,2})?))?")


def stored_budget(value: object) -> tuple[float, float] | None:
    """The (low, high) dollars of a budget slot value ("8000", "5000-10000"), or None.

    Slot values can be typed by a user (``/plan_answer{"plan_budget": "nan"}``), so
    only plain non-negative amounts up to ``MAX_BUDGET`` with low <= high are budgets:
    never NaN, infinity, a negative number or an exponent.
    """
    match = STORED.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    low = float(match["low"])
    high = float(match["high"] or match["low"])
    return (low, high) if low <= high <= MAX_BUDGET else None
