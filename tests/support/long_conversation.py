"""A 300-turn conversation against a Rasa server of its own, restarted at the end, for
the SQLite default (tests/e2e/test_long_conversation.py) and the cluster's PostgreSQL
(tests/e2e/test_cluster.py). Servers are started with scripts/servers.py."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mlcareer.knowledge import KnowledgeBase
from scripts.servers import (
    action_server_command,
    free_port,
    rasa_server_command,
    server_env,
    start,
    stop,
    wait_http,
)
from tests.data.questions import QUESTIONS, figure
from tests.support.assistant import MODEL
from tests.support.http import http

TURNS = 300
NAMED_AT = 290  # the turn that names a subject; the next ones follow up on it

Turn = tuple[str, list[str]]
# asked after another occupation's outlook, this is a follow-up on that occupation (as
# it should be), not the overview of all occupations QUESTIONS expects when asked alone
FOLLOWS_UP = {"what is the job outlook?"}


def _richer(kb: KnowledgeBase, a: str, b: str) -> str:
    wage = {s: kb.facts_for(s, "median_wage")[0].value.value for s in (a, b)}
    return a if wage[a] >= wage[b] else b


NAMES = {"data_scientists": "data scientists", "hardware_engineers": "hardware engineers",
         "software_developers": "software developers", "it_managers": "IT managers"}
FIRST, LAST = ("data_scientists", "hardware_engineers"), ("software_developers", "it_managers")


def naming(kb: KnowledgeBase, a: str, b: str) -> list[Turn]:
    """Two turns that name two occupations, one after the other."""
    return [(f"what do {NAMES[a]} earn?", [figure(kb, a, "median_wage")]),
            (f"and {NAMES[b]}?", [figure(kb, b, "median_wage")])]


def asking_about_both(kb: KnowledgeBase, a: str, b: str) -> list[Turn]:
    """Follow-ups that need the last two subjects remembered."""
    return [("which of them pays more?", [figure(kb, _richer(kb, a, b), "median_wage")]),
            ("what is the job outlook for both?", [figure(kb, a, "growth"),
                                                   figure(kb, b, "growth")])]


def conversation(kb: KnowledgeBase, turns: int = TURNS) -> list[Turn]:
    """``turns`` turns: the end-to-end questions over and over; at turn ``NAMED_AT`` two
    occupations named and follow-ups on both; the last two turns name two others (the
    follow-ups after a restart are about them)."""
    filler = itertools.cycle([(text, expected(kb)) for text, expected in QUESTIONS
                              if text not in FOLLOWS_UP])
    head = [next(filler) for _ in range(NAMED_AT - 1)]
    middle = naming(kb, *FIRST) + asking_about_both(kb, *FIRST)
    tail = naming(kb, *LAST)
    rest = turns - len(head) - len(middle) - len(tail)
    return (head + middle + [next(filler) for _ in range(rest)] + tail)[:turns]


@dataclass
class Server:
    url: str
    token: str

    def say(self, sender: str, message: str) -> str:
        status, body = http("POST", f"{self.url}/webhooks/rest/webhook",
                            {"sender": sender, "message": message}, timeout=60)
        assert status == 200, (status, body)
        return "\n".join(m.get("text", "") for m in body)

    def tracker(self, sender: str) -> dict:
        status, body = http("GET", f"{self.url}/conversations/{sender}/tracker?token={self.token}")
        assert status == 200, (status, body)
        return body


@contextmanager
def sqlite_endpoints(tmp: Path) -> Iterator[Path]:
    """An action server, and an endpoints file pointing at it and at SQLite in ``tmp``;
    the action server is stopped on exit."""
    port = free_port()
    log = tmp / "action-server.log"
    action = start(action_server_command(port), log, server_env())
    try:
        wait_http(f"http://127.0.0.1:{port}/health", action, log, 120)
        endpoints = tmp / "endpoints.yml"
        endpoints.write_text(
            f"action_endpoint:\n  url: http://127.0.0.1:{port}/webhook\n"
            f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp / 'conversations.db'}\n")
        yield endpoints
    finally:
        stop(action)


@contextmanager
def rasa_server(tmp: Path, endpoints: Path, env: dict[str, str], name: str) -> Iterator[Server]:
    """One Rasa server (REST only, API on) with ``endpoints``; stopped on exit."""
    credentials = tmp / "credentials.yml"
    credentials.write_text("rest:\n")
    port, token = free_port(), secrets.token_hex(16)
    log = tmp / f"{name}.log"
    process = start(rasa_server_command(MODEL, port, endpoints, credentials), log,
                    {**env, "RASA_API_TOKEN": token, "RATE_LIMIT_PER_SENDER": "0"})
    try:
        wait_http(f"http://127.0.0.1:{port}/", process, log, 240)
        yield Server(f"http://127.0.0.1:{port}", token)
    finally:
        stop(process)


def misses(server: Server, sender: str, turns: list[Turn]) -> list[tuple[int, str, str]]:
    """Plays ``turns``; (turn number, message, reply) of each reply missing a figure."""
    found = []
    for number, (message, expected) in enumerate(turns, start=1):
        reply = server.say(sender, message)
        if not all(figure in reply for figure in expected):
            found.append((number, message, reply[:200]))
    return found


def events_of(tracker: dict, kind: str) -> list[dict]:
    return [e for e in tracker["events"] if e.get("event") == kind]
