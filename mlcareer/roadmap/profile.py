"""The roadmap's profile, defined once: its fields, each field's options, the form's
slot names, and the budget as a small typed value with one codec for its slot.
"""

from __future__ import annotations

import re
from typing import NamedTuple

FIELDS = ("education", "programming", "budget", "pace", "goal")
SLOTS = {field: f"plan_{field}" for field in FIELDS}
SLOT_FIELDS = {slot: field for field, slot in SLOTS.items()}
OPTIONS = {
    "education": {
        "none": "No degree / high school",
        "unrelated_bachelors": "Bachelor's in another field",
        "cs_bachelors": "Bachelor's in CS or related",
        "masters": "Master's or higher",
    },
    "programming": {"none": "None yet", "some": "Some", "strong": "Strong"},
    "pace": {"full_time": "Full-time", "part_time": "Part-time"},
    "goal": {"fastest": "Fastest entry", "deepest": "Deepest expertise"},
}
# In the middle of the roadmap, a message interrupts the form as a guide question
# only when the model is at least this sure; below, it is taken as an answer (or
# a misread one): short answers and odd words ("purple" -> help) fool the model.
INTERRUPT_CONFIDENCE = 0.9
UNKNOWN_BUDGET = "unknown"  # the budget slot's value for "not sure"
MAX_BUDGET = 1e8
_STORED = re.compile(r"(?P<low>\d{1,9}(?:\.\d{1,2})?)(?:-(?P<high>\d{1,9}(?:\.\d{1,2})?))?")


class Budget(NamedTuple):
    """US dollars a person can spend: a single amount has ``low == high``."""

    low: float
    high: float

    def encode(self) -> str:
        """The budget slot's value: "8000" or "5000-10000"."""
        def plain(value: float) -> str:
            return str(int(value)) if value == int(value) else f"{value:.2f}"
        return plain(self.low) if self.low == self.high else f"{plain(self.low)}-{plain(self.high)}"

    @classmethod
    def decode(cls, value: object) -> Budget | None:
        """The budget a slot value holds, or None (``UNKNOWN_BUDGET``, or not a budget).

        Slot values can be typed by a user (``/plan_answer{"plan_budget": "nan"}``), so
        only plain non-negative amounts up to ``MAX_BUDGET`` with low <= high are budgets:
        never NaN, infinity, a negative number or an exponent.
        """
        match = _STORED.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            return None
        low = float(match["low"])
        high = float(match["high"] or match["low"])
        return cls(low, high) if low <= high <= MAX_BUDGET else None


def is_valid(field: str, value: object) -> bool:
    """Whether ``value`` may stand in the slot of ``field``."""
    if not isinstance(value, str):
        return False
    if field == "budget":
        return value == UNKNOWN_BUDGET or Budget.decode(value) is not None
    return value in OPTIONS[field]


def budget_amount(value: object) -> float | None:
    """The dollars a stored budget lets the plan spend: the top of a range."""
    budget = Budget.decode(value)
    return None if budget is None else budget.high
