"""The scale-out profile for real: PostgreSQL, Redis, nginx, 2 Rasa replicas, 2 action servers.

The cluster (scripts/cluster.py, what `make cluster` runs) is brought up once
for this module from Debian's packages, which `make test` installs; a missing
component fails the tests with what to install. Loads are bounded in count and
time; nothing here measures speed.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg2
import pytest

from components.rasa_patches import ACTION_SERVER_DOWN
from mlcareer import support
from mlcareer.roadmap.wording import QUESTIONS
from scripts.cluster import Cluster
from tests.data.questions import cost, years
from tests.support.http import listening_addresses, post_from
from tests.support.long_conversation import (
    LAST,
    TURNS,
    asking_about_both,
    events_of,
    misses,
    rasa_server,
)
from tests.support.long_conversation import conversation as long_conversation

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
SUBJECTS = ["masters", "bootcamp", "certification"]
NAMES = {"masters": "a master's degree", "bootcamp": "a bootcamp",
         "certification": "a certification"}


@pytest.fixture(scope="module")
def cluster():
    # PostgreSQL refuses to run as root and its user must reach the data directory,
    # so the cluster lives in var/ (not in a private temporary directory).
    directory = ROOT / "var" / f"test-cluster-{os.getpid()}"
    cluster = Cluster(dir=directory)
    try:
        cluster.up()
    except SystemExit as missing:  # a component is not installed: say what
        pytest.fail(str(missing))
    yield cluster
    cluster.down()
    if os.environ.get("KEEP_CLUSTER_LOGS"):
        return
    shutil.rmtree(directory, ignore_errors=True)


def post(url: str, body: dict | bytes, source: str = "127.0.0.1") -> tuple[int, bytes]:
    """POST to the REST channel from a loopback address of our choice (nginx limits
    each client address)."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return post_from(f"{url}/webhooks/rest/webhook", source, data)


def say(url: str, sender: str, message: str, source: str = "127.0.0.1") -> str:
    """One turn, as a client would: a 502 (the replica died with the request: nginx does
    not replay a POST to the other one) is retried once."""
    for attempt in (1, 2):
        status, body = post(url, {"sender": sender, "message": message}, source)
        if status != 502 or attempt == 2:
            break
        time.sleep(1)
    assert status == 200, (status, body[:200])
    return "\n".join(m.get("text", "") for m in json.loads(body))


def address(sender: str) -> str:
    """A loopback address of its own for each simulated user (127.0.1.x)."""
    return f"127.0.1.{sum(map(ord, sender)) % 250 + 1}"


def conversation(kb, subject: str) -> list[tuple[str, str]]:
    """Six turns whose replies depend on this user's own earlier turns."""
    return [
        (f"how much does {NAMES[subject]} cost?", cost(kb, subject)
         if subject != "certification" else "$300"),
        ("and how long does it take?", years(kb, subject)
         if subject not in ("bootcamp", "certification") else "3 months to 1 year"),
        ("what do data scientists earn?", "$108,020"),
        ("what about hardware engineers?", "$138,080"),
        ("plan my path", QUESTIONS["education"]),
        ("stop", "stopped the roadmap"),
    ]


def run_user(url: str, sender: str, turns, after_first=None) -> list[str]:
    problems = []
    for n, (message, expected) in enumerate(turns):
        reply = say(url, sender, message, address(sender))
        if expected not in reply:
            problems.append(f"{sender} turn {n}: {expected!r} not in {reply[:200]!r}")
        if n == 0 and after_first:
            after_first()
    return problems


def stored_user_messages(cluster: Cluster, prefix: str) -> dict[str, list[str]]:
    with psycopg2.connect(host="127.0.0.1", port=cluster.pg_port, dbname="mlcareer",
                          user="mlcareer", password=cluster.db_password) as db, db.cursor() as cur:
        cur.execute("SELECT sender_id, data FROM events WHERE type_name = 'user' "
                    "AND sender_id LIKE %s ORDER BY id", (prefix + "%",))
        found: dict[str, list[str]] = {}
        for sender, data in cur.fetchall():
            found.setdefault(sender, []).append(json.loads(data)["text"])
        return found


def upstreams(cluster: Cluster, count: int) -> list[str]:
    lines = (cluster.dir / "nginx-access.log").read_text().splitlines()
    rest = [line for line in lines if "/webhooks/rest/webhook" in line]
    return [line.split()[-2] for line in rest[-count:]]


def test_turns_on_different_replicas_keep_the_context(cluster, kb):
    turns = [*conversation(kb, "masters")[:2], ("what about a bootcamp?", "3 months to 1 year"),
             ("and the cost?", cost(kb, "bootcamp"))]
    assert run_user(cluster.url, "ctx-1", turns) == []
    used = upstreams(cluster, len(turns))
    assert len(set(used)) == 2, used  # round robin: both replicas served this conversation


def test_fifty_concurrent_conversations_of_six_turns(cluster, kb):
    users = {f"load-{i:02d}": conversation(kb, SUBJECTS[i % len(SUBJECTS)]) for i in range(50)}
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda item: run_user(cluster.url, *item), users.items()))
    assert [p for problems in results for p in problems] == []
    stored = stored_user_messages(cluster, "load-")
    assert set(stored) == set(users)
    for sender, turns in users.items():
        assert stored[sender] == [message for message, _ in turns], sender


def test_a_replica_killed_mid_load_loses_nothing_and_comes_back(cluster, kb):
    users = {f"kill-{i:02d}": conversation(kb, SUBJECTS[i % len(SUBJECTS)]) for i in range(16)}
    killed = []

    def kill_once():
        if not killed:
            killed.append(True)
            cluster.kill("rasa-0")

    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(run_user, cluster.url, sender, turns,
                               kill_once if sender == "kill-00" else None)
                   for sender, turns in users.items()]
        results = [f.result(timeout=600) for f in futures]
    assert killed and cluster.processes["rasa-0"].poll() is not None
    assert [p for problems in results for p in problems] == []
    stored = stored_user_messages(cluster, "kill-")
    for sender, turns in users.items():
        sent = [message for message, _ in turns]
        # every message is stored, in order (a retry after the kill may repeat one)
        deduplicated = [m for i, m in enumerate(stored[sender])
                        if i == 0 or m != stored[sender][i - 1]]
        assert deduplicated == sent, (sender, stored[sender])
    cluster.start_replica(0)
    cluster.wait_replica(0)
    direct = f"http://127.0.0.1:{cluster.rasa_ports[0]}"
    assert cost(kb, "bootcamp") in say(direct, "kill-back", "how much does a bootcamp cost?")


def test_action_servers_down_gives_an_apology_then_recovers(cluster, kb):
    for i in range(cluster.actions):
        cluster.kill(f"actions-{i}")
    reply = say(cluster.url, "down-1", "how much does a bootcamp cost?")
    assert reply == ACTION_SERVER_DOWN
    for i in range(cluster.actions):
        cluster.start_action_server(i)
    for i in range(cluster.actions):
        cluster.wait_action_server(i)
    deadline = time.monotonic() + 60
    while True:  # nginx retries a failed upstream after its fail_timeout
        reply = say(cluster.url, "down-1", "how much does a bootcamp cost?")
        if cost(kb, "bootcamp") in reply or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert cost(kb, "bootcamp") in reply


def test_no_secret_appears_in_the_cluster_logs(cluster):
    logs = {path.name: path.read_text(errors="replace") for path in cluster.dir.glob("*.log")}
    assert {"rasa-0.log", "rasa-1.log", "postgres.log", "redis.log"} <= set(logs)
    for secret in (cluster.db_password, cluster.redis_password, cluster.token):
        assert not [name for name, text in logs.items() if secret in text]
    config = (ROOT / "endpoints.production.yml").read_text()
    assert cluster.db_password not in config and "${DB_PASSWORD}" in config


HOSTILE_IDS = ["x\udfff", "a\x00b", "x" * 10_000, "\u202eevil", "me\U0001f600"]


def test_hostile_conversation_ids_through_nginx_leave_both_replicas_up(cluster, kb):
    for sender in HOSTILE_IDS:
        body = json.dumps({"sender": sender, "message": "hi"}).encode()
        status, text = post(cluster.url, body, source="127.0.2.9")
        assert status == 400 and b"sender" in text
    assert all(cluster.processes[f"rasa-{i}"].poll() is None for i in range(cluster.replicas))
    for n in range(cluster.replicas):  # round robin: each replica answers one
        assert cost(kb, "bootcamp") in say(cluster.url, f"after-hostile-{n}",
                                           "how much does a bootcamp cost?", "127.0.2.10")


def test_a_database_error_on_postgresql_fails_one_request_not_the_server(cluster):
    """The patched SQL tracker store on the cluster's PostgreSQL: a NUL that PostgreSQL
    refuses raises for that request; Rasa 3.6.21 itself would exit (print_error_and_exit)."""
    import asyncio

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from components import rasa_patches

    rasa_patches.apply()
    store = SQLTrackerStore(Domain.empty(), dialect="postgresql", host="127.0.0.1",
                            port=cluster.pg_port, db="mlcareer", username="mlcareer",
                            password=cluster.db_password)

    def save(sender: str) -> None:
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, [UserUttered("hi")])))

    with pytest.raises(Exception) as raised:
        save("nul\x00")
    assert not isinstance(raised.value, SystemExit)
    save("pg-after-nul")
    assert "pg-after-nul" in stored_user_messages(cluster, "pg-after")


def test_nginx_slows_a_flooding_address_and_not_the_others(cluster, kb):
    statuses = [post(cluster.url, b"[1]", source="127.0.2.1")[0] for _ in range(120)]
    assert statuses[0] == 400 and statuses.count(429) > 0  # 10 a second, bursts of 40
    assert cost(kb, "bootcamp") in say(cluster.url, "calm-1", "how much does a bootcamp cost?",
                                       "127.0.2.2")


def test_the_api_token_is_off_the_command_line_and_actions_listen_on_loopback(cluster):
    for i in range(cluster.replicas):
        cmdline = Path(f"/proc/{cluster.processes[f'rasa-{i}'].pid}/cmdline").read_bytes()
        assert b"--model" in cmdline and cluster.token.encode() not in cmdline
    for port in cluster.action_ports:
        assert listening_addresses(port) == {"0100007F"}


def test_make_cluster_restarts_a_server_that_stopped(cluster, kb):
    cluster.kill("actions-1")
    assert cluster.restart_stopped() == ["actions-1"]
    cluster.wait_action_server(1)
    assert cluster.restart_stopped() == []
    assert cost(kb, "bootcamp") in say(cluster.url, "restarted-1",
                                       "how much does a bootcamp cost?", "127.0.2.3")


def test_a_300_turn_conversation_on_postgresql_keeps_context_history_and_slots(
        cluster, kb, tmp_path):
    """The long-conversation test of test_long_conversation.py on the cluster's
    PostgreSQL and Redis, with a Rasa server of its own (the replicas' per-sender limit
    would slow a 300-turn conversation down, as it should a real client)."""
    turns = long_conversation(kb)
    endpoints = ROOT / "endpoints.production.yml"
    with rasa_server(tmp_path, endpoints, cluster.rasa_env(), "rasa-long-1") as server:
        wrong = misses(server, "pg-long-1", turns)
        assert not wrong, "\n".join(map(str, wrong))
        before = server.tracker("pg-long-1")
    assert len(events_of(before, "session_started")) >= TURNS // 30
    assert stored_user_messages(cluster, "pg-long-1")["pg-long-1"] == [t for t, _ in turns]
    with rasa_server(tmp_path, endpoints, cluster.rasa_env(), "rasa-long-2") as server:
        assert server.tracker("pg-long-1")["slots"] == before["slots"]
        assert misses(server, "pg-long-1", asking_about_both(kb, *LAST)) == []


def events_of_sender(cluster: Cluster, sender: str) -> int:
    with psycopg2.connect(host="127.0.0.1", port=cluster.pg_port, dbname="mlcareer",
                          user="mlcareer", password=cluster.db_password) as db, db.cursor() as cur:
        cur.execute("SELECT count(*) FROM events WHERE sender_id = %s", (sender,))
        return cur.fetchone()[0]


def test_forget_me_on_postgresql_deletes_that_conversation_only(cluster):
    for sender in ("pg-forget-1", "pg-forget-2"):
        say(cluster.url, sender, "how much does a bootcamp cost?")
    other = events_of_sender(cluster, "pg-forget-2")
    assert support.FORGET_QUESTION in say(cluster.url, "pg-forget-1", "forget me")
    assert say(cluster.url, "pg-forget-1", "/confirm_forget") == support.FORGET_DONE
    assert events_of_sender(cluster, "pg-forget-1") == 0
    assert events_of_sender(cluster, "pg-forget-2") == other > 0


def test_make_review_reads_the_clusters_postgresql(cluster, tmp_path):
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    from mlcareer.qa import feedback
    from tests.e2e.test_review import FALLBACK, MISSING, OUT_OF_SCOPE, RATED, found, run_review

    say(cluster.url, "pg-review-1", OUT_OF_SCOPE)
    say(cluster.url, "pg-review-1", FALLBACK)
    say(cluster.url, "pg-review-2", RATED)
    assert say(cluster.url, "pg-review-2", "/feedback_down") == feedback.ASK_MISSING
    say(cluster.url, "pg-review-2", MISSING)
    summary = run_review(ROOT / "endpoints.production.yml", tmp_path, cluster.rasa_env())
    assert "postgresql" in summary["store"]
    assert "out_of_scope" in [m["outcome"] for m in found(summary, OUT_OF_SCOPE)]
    assert "fallback" in [m["outcome"] for m in found(summary, FALLBACK)]
    assert ("down", MISSING) in [(m["rating"], m["comment"]) for m in found(summary, RATED)]
    candidates = RasaYAMLReader().read(tmp_path / "candidates.yml")
    assert {OUT_OF_SCOPE, RATED} <= {m.get("text") for m in candidates.intent_examples}
