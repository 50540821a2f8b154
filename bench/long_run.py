"""Long conversations and many conversations (issue "a long conversation answers as fast
as a short one"). Run by `make bench` for the project and the `rasa init` baseline, or
alone against freshly started servers:

    .venv/bin/python -m bench.long_run [--turns 300] [--conversations 10000]

- Latency by turn index: one user asks ordinary questions (the end-to-end questions,
  in turn) for ``--turns`` turns over REST; the round trip of every turn is kept.
- Memory over many conversations: ``--conversations`` short conversations (one question
  each, 8 at a time) through the same servers; the Rasa server's and the action server's
  RSS after the first 1,000 and at the end.

- ``--stores``: the long conversation on SQLite and on the cluster's PostgreSQL (and Redis
  lock store), each with session roll-over off (``SESSION_MAX_EVENTS=0``) and on.
- ``--profile``: py-spy samples the Rasa server over the last third of the long
  conversation and the busiest functions are printed (bench/notes.md has one such
  profile).

Nothing is asserted; results/long_run.json and the printed table hold the figures.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.data.questions import QUESTIONS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "results" / "long_run.json"
TURNS = 300
CONVERSATIONS = 10_000
CHECKPOINT = 1_000
PARALLEL = 8
Say = Callable[[str, str], float]  # (sender, message) -> seconds


def questions() -> list[str]:
    return [text for text, _ in QUESTIONS]


def rss_mb(pid: int) -> float:
    """Resident memory of a process now (VmRSS), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def by_turn(say: Say, turns: int = TURNS, sender: str = "long-conversation") -> list[float]:
    """Milliseconds per turn of one conversation of ``turns`` ordinary questions."""
    texts = itertools.cycle(questions())
    return [say(sender, next(texts)) * 1000 for _ in range(turns)]


def window(latencies: list[float], first: int, last: int) -> float:
    """Median of turns ``first``..``last`` (1-based, inclusive)."""
    return statistics.median(latencies[first - 1:last])


def summary(latencies: list[float]) -> dict[str, Any]:
    n = len(latencies)
    early, late = window(latencies, 1, 20), window(latencies, n - 19, n)
    return {"turns": n, "ms": [round(v, 2) for v in latencies],
            "median_first_20_ms": early, "median_last_20_ms": late,
            "growth": late / early}


def many(say: Say, pids: dict[str, int], conversations: int = CONVERSATIONS,
         checkpoint: int = CHECKPOINT) -> dict[str, Any]:
    """RSS of each process after ``checkpoint`` and after ``conversations`` one-question
    conversations (distinct senders, ``PARALLEL`` at a time)."""
    texts = questions()

    def one(n: int) -> None:
        say(f"many-{n}", texts[n % len(texts)])

    started = time.monotonic()
    memory: dict[str, dict[str, float]] = {}
    with ThreadPoolExecutor(PARALLEL) as pool:
        for start, stop in ((0, checkpoint), (checkpoint, conversations)):
            list(pool.map(one, range(start, stop)))
            memory[str(stop)] = {name: rss_mb(pid) for name, pid in pids.items()}
    after_first, after_all = memory[str(checkpoint)], memory[str(conversations)]
    return {"conversations": conversations, "checkpoint": checkpoint, "rss_mb": memory,
            "growth": {name: after_all[name] / after_first[name] - 1 for name in pids},
            "seconds": time.monotonic() - started}


def table(long: dict[str, dict[str, Any]], memory: dict[str, Any] | None) -> str:
    lines = ["| set-up | median, turns 1-20 | median, last 20 turns | last / first |",
             "| --- | --- | --- | --- |"]
    for name, s in long.items():
        lines.append(f"| {name} ({s['turns']} turns) | {s['median_first_20_ms']:.1f} ms | "
                     f"{s['median_last_20_ms']:.1f} ms | {s['growth']:.2f}x |")
    if memory:
        first, last = str(memory["checkpoint"]), str(memory["conversations"])
        lines += ["", f"| process | RSS after {int(first):,} conversations | after "
                      f"{int(last):,} | growth |", "| --- | --- | --- | --- |"]
        for name, growth in memory["growth"].items():
            lines.append(f"| {name} | {memory['rss_mb'][first][name]:.0f} MB | "
                         f"{memory['rss_mb'][last][name]:.0f} MB | {growth:+.1%} |")
    return "\n".join(lines)


def plot(long: dict[str, dict[str, Any]], path: Path) -> None:
    """Latency by turn index, one line per set-up (a rolling median of 10 turns)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    for name, s in long.items():
        ms = s["ms"]
        rolling = [statistics.median(ms[max(0, i - 9):i + 1]) for i in range(len(ms))]
        ax.plot(range(1, len(ms) + 1), rolling, label=f"{name} (median of 10 turns)")
    ax.set(xlabel="turn of the conversation", ylabel="REST round trip (ms)",
           title="Latency by turn, one long conversation", ylim=(0, None))
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def busiest(raw: Path, top: int = 25) -> list[tuple[float, str]]:
    """Share of busy samples in which each function is on the stack (py-spy's raw
    collapsed-stack output; samples waiting in the event loop are idle)."""
    seen: dict[str, int] = {}
    busy = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        if "select (selectors.py" in frames[-1] or "epoll" in frames[-1]:
            continue
        busy += int(count)
        names = {frame.split(":")[0] for frame in frames}
        for name in names:
            seen[name] = seen.get(name, 0) + int(count)
    # the frames every request passes through (server loop, channel) say nothing
    ranked = sorted(((n, name) for name, n in seen.items() if n < 0.9 * busy), reverse=True)
    return [(n / busy, name) for n, name in ranked[:top]]


def profiled(say: Say, pid: int, turns: int) -> list[tuple[float, str]]:
    """The long conversation, with py-spy on ``pid`` over its last third."""
    raw = ROOT / "results" / "long_run_profile.txt"
    raw.parent.mkdir(exist_ok=True)
    texts = itertools.cycle(questions())
    for _ in range(turns * 2 // 3):
        say("profiled", next(texts))
    spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "-p",
                            str(pid), "-r", "200", "-f", "raw", "-o", str(raw)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    for _ in range(turns - turns * 2 // 3):
        say("profiled", next(texts))
    spy.send_signal(2)  # SIGINT: py-spy writes what it has
    spy.wait(timeout=60)
    return busiest(raw)


def timed(url: str) -> Say:
    from tests.support.http import http

    def send(sender: str, text: str) -> float:
        started = time.perf_counter()
        status, body = http("POST", f"{url}/webhooks/rest/webhook",
                            {"sender": sender, "message": text}, timeout=60)
        if status != 200:
            raise RuntimeError(f"{status}: {body}")
        return time.perf_counter() - started
    return send


def by_store(turns: int) -> dict[str, dict[str, Any]]:
    """The long conversation on SQLite and on PostgreSQL, session roll-over off and on."""
    import shutil
    import tempfile

    from scripts.cluster import Cluster
    from scripts.servers import server_env
    from tests.support.long_conversation import rasa_server, sqlite_endpoints

    found: dict[str, dict[str, Any]] = {}
    directory = ROOT / "var" / "bench-postgres"
    cluster = Cluster(dir=directory)
    cluster.up()
    try:
        with tempfile.TemporaryDirectory() as scratch, \
                sqlite_endpoints(Path(scratch)) as sqlite:
            stores = {"SQLite": (sqlite, server_env(RATE_LIMIT_PER_ADDRESS="0")),
                      "PostgreSQL": (ROOT / "endpoints.production.yml", cluster.rasa_env())}
            for store, (endpoints, env) in stores.items():
                for label, limit in (("roll-over off", "0"), ("roll-over on", "100")):
                    name = f"{store}, {label}"
                    with rasa_server(Path(scratch), endpoints,
                                     {**env, "SESSION_MAX_EVENTS": limit},
                                     name.replace(", ", "-").replace(" ", "")) as server:
                        found[name] = summary(by_turn(timed(server.url), turns,
                                                      sender=f"store-{limit}"))
    finally:
        cluster.down()
        shutil.rmtree(directory, ignore_errors=True)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=TURNS)
    parser.add_argument("--conversations", type=int, default=CONVERSATIONS)
    parser.add_argument("--stores", action="store_true",
                        help="SQLite and PostgreSQL, session roll-over off and on")
    parser.add_argument("--profile", action="store_true",
                        help="py-spy the Rasa server over the last third of a long conversation")
    args = parser.parse_args()
    from tests.support.assistant import running_assistant

    if args.stores:
        stores = by_store(args.turns)
        (ROOT / "results").mkdir(exist_ok=True)
        (ROOT / "results" / "long_run_stores.json").write_text(json.dumps(stores, indent=2))
        plot(stores, ROOT / "results" / "latency_by_turn_stores.png")
        print(table(stores, None))
        return 0

    env = {"RATE_LIMIT_PER_SENDER": "0"}
    with tempfile.TemporaryDirectory() as scratch, running_assistant(Path(scratch),
                                                                     env=env) as bot:
        send = timed(bot.url)
        if args.profile:
            for share, name in profiled(send, bot.rasa_pid, args.turns):
                print(f"{share:6.1%}  {name}")
            return 0
        long = {"project": summary(by_turn(send, args.turns))}
        memory = None
        if args.conversations:
            memory = many(send, {"rasa server": bot.rasa_pid,
                                 "action server": bot.action_pid}, args.conversations,
                          min(CHECKPOINT, args.conversations))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"long": long, "memory": memory}, indent=2), encoding="utf-8")
    plot(long, ROOT / "results" / "latency_by_turn.png")
    print(table(long, memory))
    return 0


if __name__ == "__main__":
    sys.exit(main())
