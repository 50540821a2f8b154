"""The roadmap's words: the form's questions, re-asks, option buttons, confirmations,
and the plan itself in short lines.

Rendering only; what answers mean is in ``reading`` and the plan in ``planner``.
Button payloads carry the option as an entity named after the form's slot, so a
click never depends on language understanding.
"""

from __future__ import annotations

import json

from mlcareer.format import Reply, bullet, format_span, money, source_line
from mlcareer.knowledge import KnowledgeBase
from mlcareer.roadmap.planner import Plan, Route
from mlcareer.roadmap.profile import OPTIONS, SLOTS, UNKNOWN_BUDGET, Budget

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
        budget = Budget.decode(value)
        if budget is None:
            return "not sure yet"
        low, high = budget
        return money(high) if low == high else f"{money(low)} to {money(high)}"
    return OPTIONS[field][value].lower().replace(" cs ", " CS ")


def updated(field: str, value: str) -> str:
    return f"Noted: your {field} is now {describe(field, value)}."


def took(fields: list[tuple[str, str]]) -> str:
    """Fields stated while another was asked: "Noted: your pace is part-time."."""
    said = " and ".join(f"your {field} is {describe(field, value)}" for field, value in fields)
    return f"Noted: {said}."


# -- the plan -------------------------------------------------------------

FIT_WORDS = {
    "within": "within your {} budget",
    "maybe": "may fit your {} budget, depending on choices",
    "over": "over your {} budget",
}


def _route_line(route: Route, budget: float | None) -> str:
    parts = []
    if route.months.max:
        parts.append(format_span(route.months, "months"))
    parts.append(format_span(route.cost, "usd"))
    line = f"{route.title}: {', '.join(parts)}"
    if route.budget_fit and budget is not None:  # a fit is only judged against a budget
        line += f" ({FIT_WORDS[route.budget_fit].format(money(budget))})"
    return line


def render_plan(kb: KnowledgeBase, plan: Plan) -> Reply:
    """The plan in short lines: recommended route step by step, then alternatives."""
    profile, best = plan.profile, plan.routes[0]
    goal = "fastest entry" if profile.goal == "fastest" else "deepest expertise"
    lines = [f"Your plan, aiming for {goal}:", _route_line(best, profile.budget)]
    for n, step in enumerate(best.steps, 1):
        figures = [format_span(step.months, "months")] if step.months else []
        figures += [format_span(step.cost, "usd")] if step.cost else []
        detail = ", ".join(figures) if figures else step.note or "not priced in the guide"
        lines.append(f"{n}. {step.title}: {detail}")
    if best.unpriced:
        lines.append("Totals leave out steps the guide gives no cost for.")
    for route in plan.routes[1:3]:
        lines.append("Alternative: " + _route_line(route, profile.budget))
    if plan.savings:
        lines.append("Every route is above your budget. Ways to bring costs down:")
        lines += [bullet(item.title, item.text) if item.title else f"\u2022 {item.text}"
                  for item in plan.savings]
    lines += list(plan.notes)
    facts = [f for route in plan.routes for step in route.steps for f in step.facts]
    lines.append(source_line(kb, facts))
    return Reply("\n".join(lines))
