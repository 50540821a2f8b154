"""How well the assistant understands people, by kind (issue "understand the questions
people really ask"). Run by `make bench`, or alone against freshly started servers:

    .venv/bin/python -m bench.understanding            (dev halves only)
    .venv/bin/python -m bench.understanding --blind    (also the blind half: once a round)

- Real questions people posted (tests/data/real_questions.yml): in-scope ones answered on
  topic (the answer given is for the intent that covers the question), out-of-scope ones
  declined; per split, per kind.
- The held-out NLU file with 1-2 seeded typos per sentence beside the clean file (intent
  accuracy of the full NLU pipeline, through /model/parse).
- Multi-turn follow-up dialogues (tests/data/dialogues.py), scored turn by turn.

Writes results/understanding.json; prints one table.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.data import DATA, held_out_examples
from tests.data.dialogues import dialogues
from tests.data.typos import with_typos

ROOT = Path(__file__).resolve().parent.parent
REAL = DATA / "real_questions.yml"
OUT = ROOT / "results" / "understanding.json"
DECLINES = {"action_out_of_scope", "utter_out_of_scope"}
_senders = itertools.count()


def real_questions() -> list[dict[str, Any]]:
    return yaml.safe_load(REAL.read_text(encoding="utf-8"))["questions"]


def outcome(events: list[dict[str, Any]]) -> str:
    """What the user got for their last message: the intent answered ("ask_cost"),
    "plan_path" (the roadmap started), "declined", "clarify" (did you mean...?)."""
    last = max(i for i, e in enumerate(events) if e.get("event") == "user")
    actions = [e.get("name") for e in events[last + 1:] if e.get("event") == "action"]
    if DECLINES & set(actions):
        return "declined"
    if "action_default_ask_affirmation" in actions:
        return "clarify"
    if "plan_form" in actions or "action_start_plan" in actions:
        return "plan_path"
    answered = [e for e in events[last + 1:] if e.get("event") == "slot"
                and e.get("name") == "answered_intent" and e.get("value")]
    if answered:
        return answered[-1]["value"]
    return ((events[last].get("parse_data") or {}).get("intent") or {}).get("name") or "?"


def score_real(ask: Callable[[str, str], list[dict]], splits: set[str]) -> dict[str, Any]:
    """Per split and kind: right / total, and every miss with what was given."""
    results: dict[str, Any] = {}
    for q in real_questions():
        if q["split"] not in splits:
            continue
        got = outcome(ask(f"real-{next(_senders)}", q["text"]))
        right = got == "declined" if q["kind"] == "out_of_scope" else got == q["intent"]
        cell = results.setdefault(f"{q['split']}/{q['kind']}", {"right": 0, "total": 0,
                                                                  "misses": []})
        cell["total"] += 1
        cell["right"] += right
        if not right:
            cell["misses"].append({"text": q["text"], "expected": q.get("intent", "declined"),
                                   "got": got})
    for cell in results.values():
        cell["rate"] = cell["right"] / cell["total"]
        cell["given"] = dict(Counter(m["got"] for m in cell["misses"]).most_common())
    return results


def score_typos(parse: Callable[[str], dict]) -> dict[str, Any]:
    pairs = held_out_examples()
    clean = sum(parse(text)["intent"]["name"] == intent for text, intent in pairs)
    typos = sum(parse(with_typos(text, n))["intent"]["name"] == intent
                for n, (text, intent) in enumerate(pairs))
    return {"examples": len(pairs), "clean": clean / len(pairs), "typos": typos / len(pairs)}


def score_dialogues(say: Callable[[str, str], str]) -> dict[str, Any]:
    """Turn by turn: a turn is right when its reply has every expected figure."""
    from mlcareer.knowledge import default_knowledge_base

    turns = right = whole = 0
    misses = []
    for dialogue in dialogues(default_knowledge_base()):
        sender, ok = f"dialogue-{next(_senders)}", True
        for message, expected in dialogue:
            reply = say(sender, message)
            good = all(e in reply for e in expected)
            turns, right, ok = turns + 1, right + good, ok and good
            if not good:
                misses.append({"text": message, "expected": expected, "got": reply[:300]})
        whole += ok
    return {"dialogues": len(dialogues(default_knowledge_base())), "whole": whole,
            "turns": turns, "right": right, "rate": right / turns, "misses": misses}


def table(real: dict[str, Any], typos: dict[str, Any],
          talks: dict[str, Any] | None = None) -> str:
    lines = ["| set | right | rate |", "| --- | --- | --- |"]
    for key in sorted(real):
        cell = real[key]
        lines.append(f"| real questions, {key} | {cell['right']}/{cell['total']} | "
                     f"{cell['rate']:.1%} |")
    n = typos["examples"]
    lines.append(f"| held-out NLU, clean | {round(typos['clean'] * n)}/{n} | "
                 f"{typos['clean']:.1%} |")
    lines.append(f"| held-out NLU, 1-2 typos a sentence | {round(typos['typos'] * n)}/{n} | "
                 f"{typos['typos']:.1%} |")
    if talks:
        lines.append(f"| follow-up dialogues, turns | {talks['right']}/{talks['turns']} | "
                     f"{talks['rate']:.1%} |")
        lines.append(f"| follow-up dialogues, every turn right | {talks['whole']}/"
                     f"{talks['dialogues']} | {talks['whole'] / talks['dialogues']:.1%} |")
    return "\n".join(lines)


def measure(url: str, token: str, blind: bool) -> dict[str, Any]:
    from tests.support.http import http

    def ask(sender: str, text: str) -> list[dict]:
        status, _ = http("POST", f"{url}/webhooks/rest/webhook",
                         {"sender": sender, "message": text}, timeout=60)
        assert status == 200, status
        _, tracker = http("GET", f"{url}/conversations/{sender}/tracker?token={token}")
        return tracker["events"]

    def say(sender: str, text: str) -> str:
        status, body = http("POST", f"{url}/webhooks/rest/webhook",
                            {"sender": sender, "message": text}, timeout=60)
        assert status == 200, status
        return "\n".join(m.get("text") or "" for m in body)

    def parse(text: str) -> dict:
        return http("POST", f"{url}/model/parse?token={token}", {"text": text})[1]

    splits = {"dev", "blind"} if blind else {"dev"}
    return {"real": score_real(ask, splits), "typos": score_typos(parse),
            "dialogues": score_dialogues(say)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blind", action="store_true", help="also score the blind half")
    args = parser.parse_args()
    from tests.support.assistant import running_assistant

    with tempfile.TemporaryDirectory() as scratch, running_assistant(Path(scratch)) as bot:
        results = measure(bot.url, bot.token, args.blind)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(table(results["real"], results["typos"], results["dialogues"]))
    print(f"misses in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
