"""What went wrong in stored conversations, for support staff (`make review`).

A message went wrong when it got the fallback ("did you mean"), the out-of-scope
reply, an answer below ``LOW_CONFIDENCE``, or a thumbs down.

Works on the events of each conversation as the tracker store serialises them (plain
dicts), so it needs no Rasa: each user message becomes a ``Turn`` with its outcome,
turns are counted per day, and the messages that went wrong are grouped by similar
wording (rapidfuzz) with the model's best guess for each, most frequent first.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

LOW_CONFIDENCE = 0.5
SIMILAR = 80  # rapidfuzz token_set_ratio: messages at least this alike share a group
FALLBACK_ACTIONS = {"action_default_ask_affirmation", "action_two_stage_fallback",
                    "action_default_fallback"}
DECLINE_ACTIONS = {"action_out_of_scope", "utter_out_of_scope"}
ANSWERED_SLOT = "answered_intent"
# what a turn can be; the first three (and thumbs-down) are the ones that went wrong
OUTCOMES = ("fallback", "out_of_scope", "low_confidence", "search", "answered")
WRONG = ("fallback", "out_of_scope", "low_confidence")
# feedback on the answer before (buttons or typed), not questions of their own
RATINGS = {"feedback_up": "up", "feedback_down": "down"}
COMMENT = "feedback_comment"
COUNTS = ("questions", *OUTCOMES, "thumbs_up", "thumbs_down")
Event = Mapping[str, Any]


@dataclass
class Turn:
    """One user message and what the assistant did with it."""

    conversation: int  # index of the conversation in the report, not its id
    number: int  # 1-based, within the conversation
    text: str
    timestamp: float
    intent: str
    confidence: float
    guess: str  # the model's best guess among real intents
    outcome: str
    replies: list[str] = field(default_factory=list)
    rating: str = ""  # "up" or "down": the user's feedback on the answer
    comment: str = ""  # what was missing, after a thumbs down

    @property
    def went_wrong(self) -> bool:
        return self.outcome in WRONG or self.rating == "down"

    @property
    def what_happened(self) -> str:
        happened = self.outcome.replace("_", " ")
        return happened + (", thumbs down" if self.rating == "down" else "")

    @property
    def day(self) -> str:
        return time.strftime("%Y-%m-%d", time.gmtime(self.timestamp))


def _guess(parse_data: Mapping[str, Any]) -> str:
    for ranked in parse_data.get("intent_ranking") or [parse_data.get("intent") or {}]:
        name = ranked.get("name")
        if name and name != "nlu_fallback":
            return str(name)
    return "out_of_scope"


def outcome(intent: str, confidence: float, after: Sequence[Event]) -> str:
    """What happened to a message, from the events that followed it in its turn."""
    actions = {e.get("name") for e in after if e.get("event") == "action"}
    answered = [e.get("value") for e in after
                if e.get("event") == "slot" and e.get("name") == ANSWERED_SLOT]
    declined = bool(actions & DECLINE_ACTIONS) or intent == "out_of_scope"
    if (declined or actions & FALLBACK_ACTIONS) and answered and answered[-1]:
        return "search"  # about to decline, the search over the guide answered instead
    if actions & FALLBACK_ACTIONS or intent == "nlu_fallback":
        return "fallback"
    if declined:
        return "out_of_scope"
    if confidence < LOW_CONFIDENCE:
        return "low_confidence"
    return "answered"


def turns(conversation: int, events: Sequence[Event]) -> list[Turn]:
    """The turns of one conversation's events (every session). Feedback messages are
    not turns: they rate (or comment on) the question turn before them."""
    starts = [i for i, e in enumerate(events) if e.get("event") == "user"]
    found: list[Turn] = []
    ends = [*starts[1:], len(events)]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1):
        user, after = events[start], events[start + 1:end]
        parse = user.get("parse_data") or {}
        intent = (parse.get("intent") or {}).get("name") or ""
        confidence = float((parse.get("intent") or {}).get("confidence") or 0.0)
        if intent in RATINGS or intent == COMMENT:
            if found and intent in RATINGS:
                found[-1].rating = RATINGS[intent]
            elif found:
                found[-1].comment = str(user.get("text") or "")
            continue
        found.append(Turn(
            conversation, number, str(user.get("text") or ""),
            float(user.get("timestamp") or 0.0), intent, confidence, _guess(parse),
            outcome(intent, confidence, after),
            [str(e.get("text")) for e in after if e.get("event") == "bot" and e.get("text")]))
    return found


def per_day(all_turns: Iterable[Turn]) -> dict[str, dict[str, int]]:
    """{day: {"questions": n, outcome: n, ...}}, days in order."""
    days: dict[str, Counter[str]] = {}
    for turn in all_turns:
        counts = days.setdefault(turn.day, Counter())
        counts["questions"] += 1
        counts[turn.outcome] += 1
        if turn.rating:
            counts[f"thumbs_{turn.rating}"] += 1
    return {day: {key: days[day][key] for key in COUNTS} for day in sorted(days)}


def normalised(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", text.lower()).strip()


@dataclass
class Group:
    """Messages that went wrong, alike in wording."""

    text: str  # the first message of the group, as the user wrote it
    guess: str  # the model's most frequent best guess for them
    members: list[Turn]

    @property
    def count(self) -> int:
        return len(self.members)


def groups(wrong: Iterable[Turn], similar: int = SIMILAR) -> list[Group]:
    """Groups messages whose normalised wording is at least ``similar`` alike (each
    joins the first group it matches), most frequent first."""
    found: list[tuple[str, list[Turn]]] = []
    for turn in wrong:
        key = normalised(turn.text)
        for representative, members in found:
            if fuzz.token_set_ratio(key, representative) >= similar:
                members.append(turn)
                break
        else:
            found.append((key, [turn]))
    result = [Group(members[0].text, Counter(t.guess for t in members).most_common(1)[0][0],
                    members) for _, members in found]
    return sorted(result, key=lambda g: -g.count)
