"""``make review``: what the assistant got wrong, for support staff.

    python scripts/review.py [--endpoints endpoints.yml] [--days 30] [--out results/review]

Reads the conversations of the last ``--days`` days from the tracker store of an
endpoints file (the SQLite default; the cluster's PostgreSQL with
``--endpoints endpoints.production.yml`` and its DB_* variables) and writes:

- ``index.html``: messages per day (plot and table: questions, fallbacks, out-of-scope
  replies, search-based answers, low-confidence answers, thumbs up and down), and the
  messages that went wrong (the first four, and thumbs down) grouped by similar wording,
  most frequent first, each linked to its conversation;
- ``conversations/<n>.html``: each conversation as a transcript (numbered, not named by
  its id);
- ``summary.json``: the same figures and groups, machine-readable;
- ``candidates.yml``: the grouped messages in Rasa's NLU format under the model's best
  guess, for a person to triage into ``data/nlu/`` (nothing is added automatically).

The pages are static, with no external assets; Jinja2 escapes every user text.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mlcareer import review  # noqa: E402

TEMPLATE = ROOT / "scripts" / "templates" / "review.html.j2"
DAY = 24 * 3600


def read_conversations(endpoints: Path, since: float) -> tuple[str, list[list[dict]]]:
    """(where, events of each conversation with a message since ``since``, oldest first)."""
    from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
    from rasa.core.utils import AvailableEndpoints
    from rasa.shared.core.domain import Domain

    from components.privacy import base_store

    config = AvailableEndpoints.read_endpoints(str(endpoints)).tracker_store
    if config is None:
        raise SystemExit(f"{endpoints} configures no tracker store: there is nothing to review.")
    store = base_store(TrackerStore.create(config, Domain.empty()))
    if not isinstance(store, SQLTrackerStore):
        raise SystemExit(f"make review reads SQL tracker stores, not {type(store).__name__}.")
    event = store.SQLEvent
    by_sender: dict[str, list[dict]] = {}
    with store.session_scope() as session:
        rows = (session.query(event.sender_id, event.data)
                .filter(event.timestamp >= since).order_by(event.id).yield_per(1000))
        for sender, data in rows:
            by_sender.setdefault(sender, []).append(json.loads(data))
    where = f"{store.engine.url.drivername} database {store.engine.url.database}"
    ordered = sorted(by_sender.values(), key=lambda events: events[0].get("timestamp") or 0)
    return where, ordered


def plot_png(days: dict[str, dict[str, int]]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.2))
    labels = list(days)
    keys = ("questions", "fallback", "out_of_scope", "search", "low_confidence", "thumbs_up",
            "thumbs_down")
    width = 0.8 / len(keys)
    for k, key in enumerate(keys):
        ax.bar([i + (k - len(keys) / 2 + 0.5) * width for i in range(len(labels))],
               [days[d][key] for d in labels], width, label=key.replace("_", " "))
    ax.set_xticks(range(len(labels)), labels)
    ax.set(ylabel="messages", title="Messages per day (UTC)", ylim=(0, None))
    ax.tick_params(axis="x", labelrotation=45)
    ax.legend(fontsize=8)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=100)
    plt.close(fig)
    return out.getvalue()


def candidates_yaml(groups: list[review.Group]) -> str:
    """Rasa NLU training-data format, one block per best-guess intent."""
    import yaml

    by_intent: dict[str, list[str]] = {}
    for group in groups:
        for turn in group.members:
            text = " ".join(turn.text.split())
            if text and text not in by_intent.setdefault(group.guess, []):
                by_intent[group.guess].append(text)
    blocks = [{"intent": intent, "examples": "".join(f"- {t}\n" for t in texts)}
              for intent, texts in sorted(by_intent.items())]

    class Literal(str):
        pass

    def literal(dumper: Any, value: str) -> Any:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")

    yaml.add_representer(Literal, literal, Dumper=yaml.SafeDumper)
    body = yaml.safe_dump({"version": "3.1", "nlu": [
        {"intent": b["intent"], "examples": Literal(b["examples"])} for b in blocks]},
        sort_keys=False, allow_unicode=True, width=10**6)
    return ("# Candidates from `make review`: messages the assistant got wrong, under the\n"
            "# model's best guess. Triage each by hand: move a new phrasing into data/nlu/\n"
            "# under the right intent, or drop it. Never add evaluation questions.\n" + body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoints", type=Path, default=Path("endpoints.yml"))
    parser.add_argument("--days", type=float, default=30.0,
                        help="the period: conversations with messages in the last N days")
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "review")
    args = parser.parse_args()
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    os.chdir(ROOT)  # the SQLite path in endpoints.yml is relative to the project
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    now = time.time()
    since = now - args.days * DAY
    where, conversations = read_conversations(args.endpoints, since)
    turns_by = [review.turns(i, events) for i, events in enumerate(conversations, start=1)]
    all_turns = [t for turns in turns_by for t in turns]
    days = review.per_day(all_turns)
    total = {key: sum(day[key] for day in days.values()) for key in review.COUNTS}
    groups = review.groups(t for t in all_turns if t.went_wrong)

    env = Environment(loader=FileSystemLoader(TEMPLATE.parent),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    page = env.get_template(TEMPLATE.name)
    out = args.out
    (out / "conversations").mkdir(parents=True, exist_ok=True)
    for old in (out / "conversations").glob("*.html"):
        old.unlink()
    stamp = "%Y-%m-%d %H:%M"
    for i, turns in enumerate(turns_by, start=1):
        if not turns:
            continue
        transcript = {"index": i, "turns": turns,
                      "first": time.strftime(stamp, time.gmtime(turns[0].timestamp)),
                      "last": time.strftime(stamp, time.gmtime(turns[-1].timestamp))}
        (out / "conversations" / f"{i}.html").write_text(
            page.render(title=f"Conversation {i}", transcript=transcript), encoding="utf-8")
    shown = [{"text": g.text, "guess": g.guess, "count": g.count, "members": g.members,
              "outcomes": ", ".join(f"{k} x{n}" for k, n in
                                    Counter(t.what_happened for t in g.members).most_common()),
              "comments": [t.comment for t in g.members if t.comment]}
             for g in groups]
    png = plot_png(days) if days else b""
    if png:
        (out / "per_day.png").write_bytes(png)
    (out / "index.html").write_text(page.render(
        title="Review: what the assistant got wrong", transcript=None, store=where,
        since=time.strftime(stamp, time.gmtime(since)),
        until=time.strftime(stamp, time.gmtime(now)),
        generated=time.strftime(stamp, time.gmtime(now)) + " UTC",
        conversations=len(conversations), total=total, days=days,
        columns=review.COUNTS, plot=base64.b64encode(png).decode(),
        groups=shown, low=review.LOW_CONFIDENCE), encoding="utf-8")
    (out / "summary.json").write_text(json.dumps({
        "store": where, "since": since, "until": now, "conversations": len(conversations),
        "total": total, "per_day": days,
        "groups": [{"text": g.text, "guess": g.guess, "count": g.count,
                    "messages": [{"conversation": t.conversation, "turn": t.number,
                                  "text": t.text, "outcome": t.outcome, "intent": t.intent,
                                  "confidence": t.confidence, "rating": t.rating,
                                  "comment": t.comment} for t in g.members]}
                   for g in groups]}, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "candidates.yml").write_text(candidates_yaml(groups), encoding="utf-8")
    print(f"{len(conversations)} conversation(s), {total['questions']} message(s); "
          f"{sum(g.count for g in groups)} went wrong in {len(groups)} group(s). "
          f"Report: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
