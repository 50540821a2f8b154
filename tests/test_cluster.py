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
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg2
import pytest

from actions.plan_prompts import QUESTIONS
from components.rasa_patches import ACTION_SERVER_DOWN
from scripts.cluster import Cluster
from tests.test_e2e_rest import cost, years

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
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


def say(url: str, sender: str, message: str, timeout: float = 90) -> str:
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook", method="POST",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        assert response.status == 200
        return "\n".join(m.get("text", "") for m in json.loads(response.read()))


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
        reply = say(url, sender, message)
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
