"""`make bench`: measure understanding, answers and speed, beside Rasa's default set-up.

Trains the project's config and the baseline (the config `rasa init` writes:
empty pipeline and policies, filled by Rasa's defaults) on the same data and
domain, from scratch, then serves each on loopback with the same action server
and measures both in the same run. Writes docs/benchmarks.md and docs/img/*.png.
Nothing here is asserted: the figures are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.metrics import confusion_matrix, f1_score

from bench import long_run, understanding
from bench.questions import Item, build
from mlcareer.knowledge import default_knowledge_base
from scripts.cluster import program
from scripts.servers import (
    action_server_command,
    free_port,
    rasa_server_command,
    server_env,
    start,
    stop,
)
from scripts.servers import wait_http as wait_until_up
from tests.data import held_out_examples
from tests.support.http import http

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
OUT = ROOT / "build" / "bench"
DOCS = ROOT / "docs"
IMG = DOCS / "img"
# a load test from one address: the per-sender and per-address limits (channels/guards.py)
# would slow it down, as they should a real client
ENV = server_env(RATE_LIMIT_PER_SENDER="0", RATE_LIMIT_PER_ADDRESS="0")
CONCURRENCY = (1, 8, 32)
WORKERS = 2  # SANIC_WORKERS for the scale-out measurement
# With several workers on few cores, one TensorFlow thread each keeps them from
# fighting over the cores (Rasa reads these two variables).
SERVE_ENV = {"TF_INTRA_OP_PARALLELISM_THREADS": "1", "TF_INTER_OP_PARALLELISM_THREADS": "1"}
SINGLE_USER_MESSAGES = 200
BLIND = False  # --blind: score the blind set of real questions too
OOS_REPLY = "outside what I can help with"
BASELINE_CONFIG = """# The config `rasa init` writes: Rasa fills in its defaults.
recipe: default.v1
language: en
assistant_id: baseline
pipeline:
policies:
"""


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text()
                .splitlines() if line.startswith("model name")), platform.processor())
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {"cores": os.cpu_count(), "memory_gib": round(mem_kb / 2**20, 1), "cpu": cpu,
            "python": platform.python_version(), "os": platform.platform()}


def train(name: str, config: Path) -> tuple[Path, float]:
    """Train from scratch (empty Rasa cache) and time it."""
    out = OUT / name
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as cache:
        started = time.monotonic()
        subprocess.run(
            [str(BIN / "rasa"), "train", "--config", str(config), "--out", str(out),
             "--fixed-model-name", name],
            cwd=ROOT, env={**ENV, "RASA_CACHE_DIRECTORY": cache}, check=True,
            stdout=(out / "train.log").open("w"), stderr=subprocess.STDOUT)
        return out / f"{name}.tar.gz", time.monotonic() - started


def cross_validate(config: Path, folds: int = 5) -> dict:
    out = OUT / "cv"
    result = subprocess.run(
        [str(BIN / "rasa"), "test", "nlu", "--nlu", "data/nlu", "--config", str(config),
         "--cross-validation", "--folds", str(folds), "--out", str(out)],
        cwd=ROOT, env=ENV, capture_output=True, text=True, check=True)
    metrics = {}
    for key, mean, std in re.findall(r"test (Accuracy|F1-score|Precision): ([\d.]+) \(([\d.]+)\)",
                                     result.stdout + result.stderr):
        metrics.setdefault(key, (float(mean), float(std)))  # first block: intents
    return metrics


def rss_peak_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024


def process_tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            queue += [int(child) for child in task.read_text().split()]
    return pids


def rss_tree_mb(pid: int) -> dict:
    """Peak RSS of a server and its worker processes: the largest one and the sum."""
    peaks = [rss_peak_mb(p) for p in process_tree(pid) if Path(f"/proc/{p}/status").exists()]
    return {"max": max(peaks), "total": sum(peaks), "processes": len(peaks)}


def start_redis(workdir: Path) -> tuple[subprocess.Popen, int]:
    """A throw-away Redis (Debian's redis-server) for the lock store the workers share."""
    port = free_port()
    process = subprocess.Popen(
        [program("redis-server", "redis-server"), "--port", str(port), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "no"],
        stdout=(workdir / "redis.log").open("w"), stderr=subprocess.STDOUT,
        start_new_session=True)
    return process, port


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


class Server:
    """A Rasa server for one model, talking to the shared action server."""

    def __init__(self, model: Path, action_port: int, workdir: Path, workers: int = 1,
                 redis_port: int | None = None) -> None:
        self.port, self.token = free_port(), secrets.token_hex(8)
        endpoints = workdir / "endpoints.yml"
        lock_store = (f"lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: {redis_port}\n"
                      f"  db: 1\n") if redis_port else ""
        endpoints.write_text(
            f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
            f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {workdir / 'db.sqlite'}\n"
            + lock_store)
        env = {**ENV, "SANIC_WORKERS": str(workers), **(SERVE_ENV if workers > 1 else {})}
        self.log = workdir / "rasa.log"
        started = time.monotonic()
        self.process = start(rasa_server_command(model, self.port, endpoints,
                                                 rest_only_credentials()),
                             self.log, {**env, "RASA_API_TOKEN": self.token})
        self.url = f"http://127.0.0.1:{self.port}"
        while True:  # launch -> first answer
            try:
                status, _ = http("POST", f"{self.url}/webhooks/rest/webhook",
                                 {"sender": "startup", "message": "hi"}, timeout=5)
                if status == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() - started > 300:
                raise RuntimeError(self.log.read_text()[-2000:])
            time.sleep(0.2)
        self.startup_s = time.monotonic() - started

    def say(self, sender: str, message: str) -> tuple[str, float]:
        started = time.perf_counter()
        status, body = http("POST", f"{self.url}/webhooks/rest/webhook",
                            {"sender": sender, "message": message}, timeout=60)
        elapsed = time.perf_counter() - started
        if status != 200:
            raise RuntimeError(f"{status}: {body}")
        return "\n".join(m.get("text", "") for m in body), elapsed

    def parse(self, text: str) -> dict:
        _, body = http("POST", f"{self.url}/model/parse?token={self.token}", {"text": text})
        return body


def nlu_metrics(server: Server, items: list[Item]) -> dict:
    pairs = held_out_examples()
    predicted = [server.parse(text)["intent"]["name"] for text, _ in pairs]
    expected = [intent for _, intent in pairs]
    labels = sorted(set(expected) | set(predicted))
    tp = fp = fn = 0
    for item in items:
        if not item.entities:
            continue
        found = {(e["entity"], e["value"]) for e in server.parse(item.turns[0][0])["entities"]}
        tp += len(found & item.entities)
        fp += len(found - item.entities)
        fn += len(item.entities - found)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "accuracy": sum(p == e for p, e in zip(predicted, expected, strict=True)) / len(pairs),
        "macro_f1": f1_score(expected, predicted, labels=sorted(set(expected)),
                             average="macro", zero_division=0),
        "examples": len(pairs),
        "entity_precision": precision, "entity_recall": recall,
        "entity_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0,
        "confusion": confusion_matrix(expected, predicted, labels=labels).tolist(),
        "labels": labels,
    }


def answer_accuracy(server: Server, items: list[Item], tag: str) -> dict:
    misses, turns, right_turns, right_items, declined, oos = [], 0, 0, 0, 0, 0
    for n, item in enumerate(items):
        sender, ok = f"{tag}-answers-{n}", True
        for message, expected in item.turns:
            reply, _ = server.say(sender, message)
            turns += 1
            if item.out_of_scope:
                good = OOS_REPLY in reply and not re.search(r"\d", reply)
                oos += 1
                declined += good
            else:
                good = all(text in reply for text in expected)
            right_turns += good
            if not good:
                ok = False
                misses.append({"question": message, "expected": expected, "reply": reply})
        right_items += ok
    return {"items": len(items), "turns": turns, "accuracy": right_items / len(items),
            "turn_accuracy": right_turns / turns, "out_of_scope_declined": declined / oos,
            "misses": misses}


CONVERSATION = ["hi", "How much does a master's cost?", "and how long does it take?",
                "What do data scientists earn?", "what about hardware engineers?",
                "and how fast is that job growing?"]


def latency(server: Server, items: list[Item], tag: str) -> dict:
    """One user at a time; a new conversation every six questions."""
    questions = [item.turns[0][0] for item in items]
    times = []
    for n in range(SINGLE_USER_MESSAGES):
        _, elapsed = server.say(f"{tag}-single-{n // 6}", questions[n % len(questions)])
        times.append(elapsed * 1000)
    return {"p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95),
            "p99_ms": percentile(times, 99), "messages": len(times)}


def concurrency(server: Server, users: int, tag: str, rounds: int = 2) -> dict:
    """`users` conversations at once, each `rounds` x 6 turns, in order, per user."""
    times: list[float] = []
    lock = threading.Lock()

    def converse(user: int) -> None:
        for r in range(rounds):
            for message in CONVERSATION:
                _, elapsed = server.say(f"{tag}-c{users}-{user}-{r}", message)
                with lock:
                    times.append(elapsed * 1000)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=users) as pool:
        list(pool.map(converse, range(users)))
    wall = time.perf_counter() - started
    return {"users": users, "messages": len(times), "throughput": len(times) / wall,
            "p50_ms": percentile(times, 50), "p95_ms": percentile(times, 95)}


def measure(name: str, model: Path, action_port: int, items: list[Item],
            action_pid: int = 0) -> dict:
    workdir = OUT / name / "serve"
    workdir.mkdir(parents=True, exist_ok=True)
    log(f"{name}: starting the Rasa server")
    server = Server(model, action_port, workdir)
    try:
        log(f"{name}: up in {server.startup_s:.1f} s; NLU metrics")
        result = {"startup_s": server.startup_s, "nlu": nlu_metrics(server, items)}
        log(f"{name}: answer accuracy over {len(items)} conversations")
        result["answers"] = answer_accuracy(server, items, name)
        if name == "project":
            log(f"{name}: understanding by kind (real questions, typos)")
            result["understanding"] = understanding.measure(server.url, server.token,
                                                            blind=BLIND)
        log(f"{name}: latency")
        result["latency"] = latency(server, items, name)
        result["concurrency"] = [concurrency(server, c, name) for c in CONCURRENCY]
        log(f"{name}: latency by turn, one conversation of {long_run.TURNS} turns")
        result["long"] = long_run.summary(long_run.by_turn(
            lambda sender, text: server.say(sender, text)[1], sender=f"{name}-long"))
        result["rss_mb"] = rss_peak_mb(server.process.pid)
        if name == "project":
            log(f"{name}: memory over {long_run.CONVERSATIONS:,} conversations")
            result["many"] = long_run.many(lambda sender, text: server.say(sender, text)[1],
                                           {"Rasa server": server.process.pid,
                                            "action server": action_pid})
    finally:
        stop(server.process)
    # the scale-out setting: SANIC_WORKERS processes sharing a Redis lock store
    log(f"{name}: {WORKERS} Sanic workers with a Redis lock store")
    redis, redis_port = start_redis(workdir)
    workers_dir = workdir / "workers"
    workers_dir.mkdir(exist_ok=True)
    server = Server(model, action_port, workers_dir, WORKERS, redis_port)
    try:
        result["workers"] = {
            "workers": WORKERS, "startup_s": server.startup_s,
            "concurrency": [concurrency(server, c, f"{name}-w") for c in CONCURRENCY],
            "rss_mb": rss_tree_mb(server.process.pid)}
    finally:
        stop(server.process)
        stop(redis)
    return result


def plots(results: dict) -> None:
    IMG.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, style in (("project", "-o"), ("baseline", "--s")):
        if name not in results:
            continue
        rows = results[name]["concurrency"]
        ax.plot([r["users"] for r in rows], [r["p95_ms"] for r in rows], style,
                label=f"{name} p95")
        ax.plot([r["users"] for r in rows], [r["p50_ms"] for r in rows], style, alpha=0.4,
                label=f"{name} p50")
        if results[name].get("workers"):
            rows = results[name]["workers"]["concurrency"]
            ax.plot([r["users"] for r in rows], [r["p95_ms"] for r in rows], style, alpha=0.7,
                    label=f"{name} p95, {results[name]['workers']['workers']} workers")
    ax.set(xlabel="concurrent conversations", ylabel="REST round trip (ms)",
           title="Latency vs concurrency", xscale="log", xticks=list(CONCURRENCY))
    ax.set_xticklabels([str(c) for c in CONCURRENCY])
    ax.legend()
    fig.tight_layout()
    fig.savefig(IMG / "latency_vs_concurrency.png", dpi=110)
    plt.close(fig)

    long_run.plot({name: results[name]["long"] for name in ("project", "baseline")
                   if results.get(name, {}).get("long")}, IMG / "latency_by_turn.png")

    nlu = results["project"]["nlu"]
    fig, ax = plt.subplots(figsize=(11, 10))
    ax.imshow(nlu["confusion"], cmap="Blues")
    ax.set_xticks(range(len(nlu["labels"])), nlu["labels"], rotation=90, fontsize=7)
    ax.set_yticks(range(len(nlu["labels"])), nlu["labels"], fontsize=7)
    for i, row in enumerate(nlu["confusion"]):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, value, ha="center", va="center", fontsize=6,
                        color="white" if i == j else "red")
    ax.set(xlabel="predicted", ylabel="expected",
           title="Intent confusion matrix, held-out test file (project config)")
    fig.tight_layout()
    fig.savefig(IMG / "confusion_matrix.png", dpi=110)
    plt.close(fig)


def ratio(a: float, b: float) -> str:
    if not all(isinstance(v, int | float) for v in (a, b)):
        return ""
    return f"{a / b:.2f}\u00d7" if b else "n/a"


def report(results: dict, command: str) -> str:
    m, p = results["machine"], results["project"]
    b = results.get("baseline")
    cv = results.get("cv", {})

    def row(label, key, fmt, getter):
        value = fmt.format(getter(p))
        base = fmt.format(getter(b)) if b else "not run"
        rel = ratio(getter(p), getter(b)) if b else ""
        return f"| {label} | {value} | {base} | {rel} |"

    lines = [
        "# Benchmarks",
        "",
        f"Generated by `{command}` on {time.strftime('%Y-%m-%d')}; re-running it regenerates this "
        "page and the plots. Nothing here is asserted in tests.",
        "",
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['memory_gib']} GiB memory, "
        f"Python {m['python']}, {m['os']}.",
        "",
        "**Baseline**: the config `rasa init` writes (empty `pipeline:` and `policies:`, filled by "
        "Rasa 3.6's defaults: whitespace tokenizer, DIET with entity recognition, "
        "ResponseSelector, TED and UnexpecTED policies), trained on the same data and domain and "
        "served with the same action server, in the same run.",
        "",
        "| figure | project | baseline | project / baseline |",
        "| --- | --- | --- | --- |",
        row("held-out intent accuracy", "", "{:.1%}", lambda r: r["nlu"]["accuracy"]),
        row("held-out intent macro-F1", "", "{:.3f}", lambda r: r["nlu"]["macro_f1"]),
        row("entity precision", "", "{:.1%}", lambda r: r["nlu"]["entity_precision"]),
        row("entity recall", "", "{:.1%}", lambda r: r["nlu"]["entity_recall"]),
        row("entity F1", "", "{:.3f}", lambda r: r["nlu"]["entity_f1"]),
        row("end-to-end answer accuracy (conversations)", "", "{:.1%}",
            lambda r: r["answers"]["accuracy"]),
        row("end-to-end answer accuracy (turns)", "", "{:.1%}",
            lambda r: r["answers"]["turn_accuracy"]),
        row("out-of-scope declined", "", "{:.1%}", lambda r: r["answers"]["out_of_scope_declined"]),
        row("single-user latency p50 (ms)", "", "{:.1f}", lambda r: r["latency"]["p50_ms"]),
        row("single-user latency p95 (ms)", "", "{:.1f}", lambda r: r["latency"]["p95_ms"]),
        row("single-user latency p99 (ms)", "", "{:.1f}", lambda r: r["latency"]["p99_ms"]),
    ]
    for i, users in enumerate(CONCURRENCY):
        lines.append(row(f"{users} concurrent: throughput (msg/s)", "", "{:.1f}",
                         lambda r, i=i: r["concurrency"][i]["throughput"]))
        lines.append(row(f"{users} concurrent: p95 (ms)", "", "{:.0f}",
                         lambda r, i=i: r["concurrency"][i]["p95_ms"]))
    if p.get("workers"):
        w = p["workers"]["workers"]
        for i, users in enumerate(CONCURRENCY):
            lines.append(row(f"{users} concurrent, {w} workers + Redis lock: throughput (msg/s)",
                             "", "{:.1f}",
                             lambda r, i=i: r["workers"]["concurrency"][i]["throughput"]))
            lines.append(row(f"{users} concurrent, {w} workers + Redis lock: p95 (ms)", "",
                             "{:.0f}", lambda r, i=i: r["workers"]["concurrency"][i]["p95_ms"]))
        lines.append(row(f"{w} workers: peak RSS, largest process / all (MB)", "", "{}",
                         lambda r: f"{r['workers']['rss_mb']['max']:.0f} / "
                                   f"{r['workers']['rss_mb']['total']:.0f}"))
    lines += [
        row("full training, empty cache (s)", "", "{}",
            lambda r: "not measured (--model)" if r["train_s"] is None
            else f"{r['train_s']:.0f}"),
        row("start-up to first answer (s)", "", "{:.1f}", lambda r: r["startup_s"]),
        row("Rasa server peak RSS (MB)", "", "{:.0f}", lambda r: r["rss_mb"]),
        "",
        f"Action server peak RSS: {results['action_rss_mb']:.0f} MB (shared by both).",
        "",
    ]
    if cv:
        lines += ["5-fold cross-validation of the project's config on the training data "
                  "(intent, test folds, mean (std)): " + ", ".join(
                      f"{k} {mean:.3f} ({std:.3f})" for k, (mean, std) in cv.items()), ""]
    n = p["answers"]
    lines += [
        f"Question set: {n['items']} conversations, {n['turns']} turns (the end-to-end test "
        "questions, templated questions in varied wording over every subject with figures, "
        "multi-turn chains, and the out-of-scope probes); expected figures read from "
        "`knowledge/`. Held-out NLU file: "
        f"{p['nlu']['examples']} examples never used in training.",
        "",
        "![Latency vs concurrency](img/latency_vs_concurrency.png)",
        "",
        "![Confusion matrix](img/confusion_matrix.png)",
        "",
        "## Misses of the project's config",
        "",
    ]
    lines += [f"- \u201c{x['question']}\u201d: expected {x['expected'] or 'the out-of-scope reply'}"
              for x in n["misses"]] or ["- none"]
    if p.get("long"):
        lines += ["", "## Long conversations and many conversations", "",
                  f"One user asks ordinary questions turn after turn over REST (SQLite tracker "
                  f"store); then {long_run.CONVERSATIONS:,} one-question conversations "
                  f"({long_run.PARALLEL} at a time) through the same project server "
                  "(bench/long_run.py).", "",
                  long_run.table({k: results[k]["long"] for k in ("project", "baseline")
                                  if results.get(k, {}).get("long")}, p.get("many")), "",
                  "![Latency by turn](img/latency_by_turn.png)"]
    u = p.get("understanding")
    if u:
        lines += ["", "## Understanding by kind", "",
                  "Real questions people posted (evaluation only): in scope, answered on "
                  "topic (strict: the labelled intent; \"one click away\": the reply's "
                  "buttons lead to it); out of scope, declined. Development set: "
                  "tests/data/real_questions.yml and real_questions_dev_*.yml (earlier "
                  "rounds' blind sets); blind set: "
                  "tests/data/real_questions_blind_*.yml, scored only by "
                  "`make bench ARGS=--blind`. Held-out NLU file clean and with 1-2 seeded "
                  "typos a sentence (tests/data/typos.py). Messy phrasings: "
                  "tests/data/messy_questions.py (written by a helper who saw neither the "
                  "training data nor the replies; first scored in session 7, development "
                  "data since), messy_questions_2.py (session 13, development), "
                  "messy_questions_3.py (session 13's blind set, development since session "
                  "14), messy_questions_4.py (session 14's blind set, development since "
                  "session 15), messy_questions_5.py (session 15's blind set, development "
                  "since session 16), messy_questions_6.py (session 16's blind set, "
                  "scored in session 17, development since session 18), "
                  "messy_questions_7.py (session 18's blind set, scored once in session "
                  "18, then read: development since) "
                  "and messy_questions_blind.py when a round has one (blind: scored only "
                  "with --blind).",
                  "",
                  understanding.table(u["real"], u["typos"], u.get("dialogues"), u.get("messy"),
                                      u.get("more_messy"))]
    lines += ["", (Path(__file__).parent / "notes.md").read_text(encoding="utf-8")]
    return "\n".join(lines) + "\n"


def rest_only_credentials() -> Path:
    """The benchmark talks REST only: no channel needing secrets is started."""
    path = OUT / "credentials.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("rest:\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--skip-cv", action="store_true")
    parser.add_argument("--blind", action="store_true",
                        help="also score the blind set of real questions (once a round)")
    parser.add_argument("--model", type=Path, default=None,
                        help="measure this trained model of the project's config instead of "
                             "training it from scratch (training time is then not measured)")
    parser.add_argument("--report-only", action="store_true",
                        help="rewrite docs/benchmarks.md and plots from the last results.json")
    args = parser.parse_args()
    global BLIND
    BLIND = args.blind
    if args.report_only:
        if not (OUT / "results.json").is_file():
            print(f"No results to report: {(OUT / 'results.json').relative_to(ROOT)} is written "
                  "by a full `make bench` run; run that first.", file=sys.stderr)
            return 2
        results = json.loads((OUT / "results.json").read_text())
        plots(results)
        page = report(results, results.get("command", "make bench"))
        (DOCS / "benchmarks.md").write_text(page, encoding="utf-8")
        return 0
    flags = [flag for flag, on in (("--blind", args.blind), ("--skip-baseline", args.skip_baseline),
                                   ("--skip-cv", args.skip_cv)) if on]
    if args.model:
        flags.append(f"--model {args.model}")
    command = "make bench" + (f' ARGS="{" ".join(flags)}"' if flags else "")
    OUT.mkdir(parents=True, exist_ok=True)
    kb = default_knowledge_base()
    items = build(kb)
    results: dict = {"machine": machine(), "command": command}
    configs = {"project": ROOT / "config.yml"}
    if not args.skip_baseline:
        baseline = OUT / "baseline_config.yml"
        baseline.write_text(BASELINE_CONFIG)
        configs["baseline"] = baseline
    models = {}
    for name, config in configs.items():
        if name == "project" and args.model:
            models[name], results[name] = args.model, {"train_s": None}
            log(f"{name}: measuring {args.model} (not trained here)")
            continue
        log(f"{name}: training from scratch")
        models[name], train_s = train(name, config)
        results[name] = {"train_s": train_s}
        log(f"{name}: trained in {train_s:.0f} s")

    action_port = free_port()
    action_log = OUT / "action-server.log"
    action = start(action_server_command(action_port), action_log, ENV)
    try:
        wait_until_up(f"http://127.0.0.1:{action_port}/health", action, action_log, 120)
        for name, model in models.items():
            results[name].update(measure(name, model, action_port, items, action.pid))
        results["action_rss_mb"] = rss_peak_mb(action.pid)
    finally:
        stop(action)
    if not args.skip_cv:
        log("5-fold cross-validation of the project's config")
        results["cv"] = cross_validate(ROOT / "config.yml")
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    plots(results)
    DOCS.mkdir(exist_ok=True)
    (DOCS / "benchmarks.md").write_text(report(results, command), encoding="utf-8")
    p = results["project"]
    log(f"done: intent accuracy {p['nlu']['accuracy']:.1%}, answers "
        f"{p['answers']['accuracy']:.1%}, p95 {p['latency']['p95_ms']:.0f} ms; "
        "see docs/benchmarks.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
