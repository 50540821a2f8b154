"""The personal roadmap over Rasa's REST channel, as a person would use it.

Expected totals are summed here from the knowledge base's facts (min of the
sums to max of the sums), not taken from the planner under test; one total is
also checked literally.
"""

from __future__ import annotations

import itertools
import json

import pytest

from mlcareer.roadmap.wording import QUESTIONS, RETRIES

pytestmark = pytest.mark.e2e
_senders = itertools.count()


def sender() -> str:
    return f"roadmap-{next(_senders)}"


def total(kb, *subjects) -> tuple[str, str]:
    lows, highs = [], []
    for subject in subjects:
        ranges = [f.value for f in kb.facts_for(subject, "cost")]
        lows.append(min(r.min for r in ranges))
        highs.append(max(r.max for r in ranges))
    return f"${sum(lows):,.0f}", f"${sum(highs):,.0f}"


def say(assistant, who, message):
    replies = assistant.say(who, message)
    return "\n".join(r.get("text", "") for r in replies), [
        b for r in replies for b in r.get("buttons") or []]


def test_full_planning_conversation(assistant, kb):
    who = sender()
    text, buttons = say(assistant, who, "plan my path")
    assert QUESTIONS["education"] in text and len(buttons) == 4
    text, buttons = say(assistant, who, "I have a bachelor's in computer science")
    assert QUESTIONS["programming"] in text
    pick = next(b for b in buttons if b["title"] == "Strong")
    text, buttons = say(assistant, who, pick["payload"])
    assert QUESTIONS["budget"] in text and not buttons
    # a guide question in the middle: answered, then the form asks again
    text, _ = say(assistant, who, "how much does a bootcamp cost?")
    assert "$5,000\u2013$20,000" in text and QUESTIONS["budget"] in text
    # two answers that do not fit: explained, then buttons
    text, buttons = say(assistant, who, "purple")
    assert RETRIES["budget"] in text and not buttons
    text, buttons = say(assistant, who, "banana bread")
    assert RETRIES["budget"] in text and len(buttons) >= 3
    text, _ = say(assistant, who, "about 10 grand")
    assert QUESTIONS["pace"] in text
    # a correction of an earlier answer
    text, _ = say(assistant, who, "actually my budget is $30k")
    assert "Noted: your budget is now $30,000." in text and QUESTIONS["pace"] in text
    text, _ = say(assistant, who, "full-time")
    assert QUESTIONS["goal"] in text
    text, buttons = say(assistant, who, "the fastest entry")
    low, high = total(kb, "certification", "hardware")
    assert text.startswith("Your plan, aiming for fastest entry:"), text
    assert f"Self-taught + certification route: 3 months to 1 year, {low} to over {high}" in text
    assert "$1,300 to over $4,500" in text  # key figures, checked literally
    low, high = total(kb, "bootcamp", "certification", "hardware")
    alternative = f"Alternative: Bootcamp + certification route: 6 months to 2 years, {low}"
    assert f"{alternative} to over {high}" in text
    assert "within your $30,000 budget" in text or "may fit your $30,000 budget" in text
    assert "financial aid" in text and "Source: the career guide" in text
    assert all(len(line) < 400 for line in text.splitlines())  # short lines for every channel
    slots = assistant.tracker(who)["slots"]
    assert slots["plan_budget"] == "30000" and slots["plan_education"] == "cs_bachelors"
    assert assistant.tracker(who)["active_loop"] in ({}, None) or \
        not assistant.tracker(who)["active_loop"].get("name")


def test_values_given_up_front_are_not_asked_again(assistant):
    who = sender()
    text, _ = say(assistant, who, "I have a CS degree and can code, what's my best route into ML?")
    assert QUESTIONS["education"] not in text and QUESTIONS["programming"] not in text
    assert QUESTIONS["budget"] in text


def test_everything_up_front_gives_the_plan_at_once(assistant, kb):
    who = sender()
    text, _ = say(assistant, who, "make me a roadmap: I have no degree, can't code, "
                                  "$8,000 budget, part-time, I want the fastest route")
    assert text.count("?") <= 1 and "Your plan, aiming for fastest entry:" in text, text
    assert "Part-time pace:" in text


def test_stop_leaves_the_form_and_questions_work_again(assistant):
    who = sender()
    say(assistant, who, "plan my path")
    text, _ = say(assistant, who, "stop")
    assert "stopped the roadmap" in text
    text, _ = say(assistant, who, "how much does a bootcamp cost?")
    assert "$5,000\u2013$20,000" in text and QUESTIONS["education"] not in text
    assert not (assistant.tracker(who)["active_loop"] or {}).get("name")


def test_a_change_after_the_plan_recomputes_it(assistant):
    who = sender()
    for message in ("plan my path", "no degree", "none", "$2,000", "full time", "deepest"):
        text, _ = say(assistant, who, message)
    assert "Your plan, aiming for deepest expertise:" in text
    assert "Part-time pace" not in text
    text, _ = say(assistant, who, "what if I study part-time?")
    assert "Your plan, aiming for deepest expertise:" in text and "Part-time pace:" in text


def test_a_forged_payload_cannot_set_a_profile_slot(assistant):
    who = sender()
    say(assistant, who, "plan my path")
    forged = "/plan_answer" + json.dumps({"plan_education": "phd_from_mars"})
    text, _ = say(assistant, who, forged)
    assert RETRIES["education"] in text
    assert assistant.tracker(who)["slots"]["plan_education"] is None


def test_a_personal_situation_is_answered_first_and_the_plan_offered(assistant, kb):
    from tests.data.questions import cost

    who = sender()
    text, buttons = say(assistant, who, "I'm 45 and work in sales, is it too late for me "
                                        "to get into ML?")
    assert "linear algebra" in text and cost(kb, "bootcamp") in text
    assert QUESTIONS["education"] not in text  # no form yet
    assert not (assistant.tracker(who).get("active_loop") or {}).get("name")
    plan = next(b for b in buttons if b["payload"] == "/plan_path")
    text, _ = say(assistant, who, plan["payload"])
    assert QUESTIONS["education"] in text
    assert assistant.tracker(who)["active_loop"]["name"] == "plan_form"
