"""Words and buttons of the roadmap form: questions, re-asks, confirmations.

Rendering only; what the answers mean is in ``profile_text`` and the plan
itself in ``planner``. Button payloads carry the option as an entity named
after the form's slot, so a click never depends on language understanding.
"""

from __future__ import annotations

import json

from actions.budget import stored_budget
from actions.profile_text import FIELDS, UNKNOWN_BUDGET
from actions.render import money

# In the middle of the roadmap, a message interrupts the form as a guide question
# only when the model is at least this sure; below, it is taken as an answer (or
# a misread one): short answers and odd words ("purple" -> help) fool the model.
INTERRUPT_CONFIDENCE = 0.9
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
# Offered only after two answers the form could not read: amounts a person
# might have, not figures from the guide.
BUDGET_CHOICES = (1000, 5000, 10000, 25000, 50000)

QUESTIONS = {
    "education": "What is your education so far?",
    "programming": "How much programming experience do you have?",
    "budget": ("What budget do you have for learning, in US dollars? "
               "A number or a range is fine, like \"$8k\" or \"5-10 thousand\"."),
    "pace": "Can you study full-time, or part-time alongside other commitments?",
    "goal": "What matters more to you: the fastest entry into a job, or the deepest expertise?",
}
RETRIES = {
    "education": ("I didn't catch your education. Tell me your highest degree and its field, "
                  "for example \"a bachelor's in biology\" or \"no degree\"."),
    "programming": "I didn't catch that. Have you programmed before: not yet, some, or a lot?",
    "budget": ("I couldn't read a budget from that. Please give an amount in dollars, "
               "like \"$8,000\" or \"10k\", or say \"not sure\"."),
    "pace": "Sorry, is that full-time or part-time?",
    "goal": "Sorry, which matters more: the fastest entry or the deepest expertise?",
}
PICK_ONE = "Please pick one of these:"
START = "Let's make your personal roadmap. I'll ask a few short questions; say \"stop\" any time."


def _payload(field: str, value: str) -> str:
    return "/plan_answer" + json.dumps({SLOTS[field]: value}, separators=(",", ":"))


def option_buttons(field: str) -> list[dict[str, str]]:
    if field == "budget":
        buttons = [{"title": money(amount), "payload": _payload("budget", str(amount))}
                   for amount in BUDGET_CHOICES]
        return [*buttons, {"title": "Not sure", "payload": _payload("budget", UNKNOWN_BUDGET)}]
    return [{"title": title, "payload": _payload(field, value)}
            for value, title in OPTIONS[field].items()]


def question(field: str, misses: int) -> tuple[str, list[dict[str, str]]]:
    """The question for a field; buttons where answers are few, or after two misses."""
    if misses >= 2:
        return f"{QUESTIONS[field]}\n{PICK_ONE}", option_buttons(field)
    return QUESTIONS[field], option_buttons(field) if field in OPTIONS else []


def describe(field: str, value: str) -> str:
    if field == "budget":
        budget = stored_budget(value)
        if budget is None:
            return "not sure yet"
        low, high = budget
        return money(high) if low == high else f"{money(low)} to {money(high)}"
    return OPTIONS[field][value].lower().replace(" cs ", " CS ")


def updated(field: str, value: str) -> str:
    return f"Noted: your {field} is now {describe(field, value)}."
