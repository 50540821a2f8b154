"""No request takes the assistant down: hostile conversation ids in every channel,
foreign origins and junk frames on socket.io, oversized metadata, floods, replays.

Runs against the ``assistant`` fixture's servers (every channel on, Slack and
Telegram talking to local fakes); after each attack the server must still answer
a normal question. Loads are bounded in count and time.
"""

from __future__ import annotations

import itertools
import json
import queue
import sqlite3
import time
import urllib.request
from pathlib import Path

import pytest
import socketio

from channels import guards
from tests.support.channels import (
    Widget,
    posted,
    sent_to,
    slack_event,
    slack_post,
    telegram_post,
    text_update,
)
from tests.support.http import http, listening_addresses

pytestmark = pytest.mark.e2e
BOOTCAMP_COST = "$5,000\u2013$20,000"
HOSTILE_IDS = {
    "lone surrogate": "x\udfff",
    "NUL": "a\x00b",
    "10 KB": "x" * 10_000,
    "right-to-left override": "\u202eevil",
    "emoji": "me\U0001f600",
    "newline": "a\nb",
}
_n = itertools.count()


def fresh(prefix: str = "sec") -> str:
    return f"{prefix}-{next(_n)}-{time.monotonic_ns()}"


def still_answers(assistant) -> None:
    assert BOOTCAMP_COST in assistant.text(fresh(), "how much does a bootcamp cost?")


def stored_senders(assistant) -> set[str]:
    with sqlite3.connect(assistant.logs / "conversations.db") as db:
        return {row[0] for row in db.execute("SELECT DISTINCT sender_id FROM events")}


# -- REST --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_rest_refuses_a_hostile_sender_with_400_and_keeps_serving(assistant, name):
    status, body = http("POST", f"{assistant.url}/webhooks/rest/webhook",
                        {"sender": HOSTILE_IDS[name], "message": "hi"})
    assert status == 400 and "sender" in body["error"]
    still_answers(assistant)


def test_no_hostile_sender_reaches_the_database(assistant):
    for value in HOSTILE_IDS.values():
        http("POST", f"{assistant.url}/webhooks/rest/webhook", {"sender": value, "message": "hi"})
    assert not [s for s in stored_senders(assistant) if guards.conversation_id(s) != s]


def test_oversized_metadata_is_refused_and_does_not_grow_the_database(assistant):
    files = [assistant.logs / f"conversations.db{end}" for end in ("", "-wal")]

    def stored() -> int:  # the database and its write-ahead log
        return sum(path.stat().st_size for path in files if path.exists())

    before = stored()
    for _ in range(10):
        status, body = http("POST", f"{assistant.url}/webhooks/rest/webhook",
                            {"sender": fresh(), "message": "hi",
                             "metadata": {"blob": "x" * 900_000}})
        assert status == 413 and "metadata" in body["error"]
    assert stored() - before < 200_000  # 10 x 0.9 MB were sent
    who = fresh()
    assistant.say(who, "hi")  # small metadata is still fine
    status, _ = http("POST", f"{assistant.url}/webhooks/rest/webhook",
                     {"sender": who, "message": "thanks", "metadata": {"page": "/faq"}})
    assert status == 200


def test_a_sender_over_the_rate_limit_is_slowed_and_others_are_not(assistant):
    flooder = fresh("flood")
    limit = guards.setting("RATE_LIMIT_PER_SENDER", 30)
    replies = [assistant.text(flooder, "thanks") for _ in range(limit + 2)]
    assert guards.SLOW_DOWN not in replies[0]
    assert replies[-1] == guards.SLOW_DOWN
    still_answers(assistant)  # another sender, at the same moment
    user_messages = [e for e in assistant.tracker(flooder)["events"] if e["event"] == "user"]
    assert len(user_messages) == limit  # the slowed ones were not processed


def test_the_api_token_does_not_show_on_the_command_line(assistant):
    cmdline = Path(f"/proc/{assistant.rasa_pid}/cmdline").read_bytes()
    assert assistant.token.encode() not in cmdline and b"--model" in cmdline
    assert assistant.parse("hi")["intent"]["name"]  # and the API works with it


def test_the_action_server_listens_on_loopback_only(assistant):
    port = int(assistant.action_url.rsplit(":", 1)[1])
    assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1


# -- socket.io (the widget) --------------------------------------------------------------

class Probe:
    """A socket.io client that records what the server does with its session request."""

    def __init__(self, assistant, origin: str | None = None) -> None:
        self.events: queue.Queue = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("session_confirm", lambda data: self.events.put(("confirm", data)))
        self.client.on("disconnect", lambda: self.events.put(("disconnect", None)))
        self.client.connect(assistant.url, socketio_path="/socket.io", transports=["polling"],
                            headers={"Origin": origin or assistant.web_url})

    def request(self, session_id) -> str:
        self.client.emit("session_request", {"session_id": session_id})
        try:
            return self.events.get(timeout=10)[0]
        finally:
            self.client.disconnect()


@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_widget_with_a_hostile_session_id_is_disconnected(assistant, name):
    assert Probe(assistant).request(HOSTILE_IDS[name]) == "disconnect"
    widget = Widget(assistant.url, fresh(), assistant.web_url)
    try:
        assert any(BOOTCAMP_COST in (r.get("text") or "")
                   for r in widget.ask("how much does a bootcamp cost?"))
    finally:
        widget.close()


def test_widget_from_a_foreign_origin_is_refused(assistant):
    with pytest.raises(socketio.exceptions.ConnectionError):
        Probe(assistant, origin="https://evil.example.com")
    assert Probe(assistant).request(fresh()) == "confirm"  # the page's origin still works


def engineio_session(assistant) -> tuple[str, str]:
    base = f"{assistant.url}/socket.io/?EIO=4&transport=polling"
    headers = {"Origin": assistant.web_url}
    opened = urllib.request.urlopen(urllib.request.Request(base, headers=headers), timeout=10)
    sid = json.loads(opened.read().decode()[1:])["sid"]
    return f"{base}&sid={sid}", assistant.web_url


def post_frame(url: str, origin: str, frame: bytes) -> int:
    request = urllib.request.Request(url, data=frame, method="POST",
                                     headers={"Content-Type": "text/plain", "Origin": origin})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_junk_frames_cost_one_log_line_each_not_a_traceback(assistant):
    log = assistant.logs / "rasa-server.log"
    url, origin = engineio_session(assistant)
    post_frame(url, origin, b"40")
    size = log.stat().st_size
    junk = [b"42[garbage" + b"x" * 2000, b"4" + b"y" * 2000, b'42{"not": "a list"}',
            b'42["user_uttered", 17]', b'42["user_uttered", {"message": ["a"]}]']
    for frame in junk:
        post_frame(url, origin, frame)
    time.sleep(1)
    added = log.read_bytes()[size:].decode(errors="replace")
    assert "Traceback" not in added
    assert len(added) < 300 * len(junk), added[-2000:]
    still_answers(assistant)


# -- Slack and Telegram ------------------------------------------------------------------

def test_slack_event_with_a_hostile_user_id_is_dropped(assistant):
    body = json.loads(slack_event("how much does a bootcamp cost?", "D300"))
    body["event"]["user"] = "U\u0000\udfff"
    status, text = slack_post(assistant, json.dumps(body).encode())
    assert status == 200 and text == "ignored"
    body = slack_event("how much does a bootcamp cost?", "D301")
    assert slack_post(assistant, body)[0] == 200
    assert BOOTCAMP_COST in posted(assistant, "D301")[0]["text"]
    assert not assistant.slack.find("chat.postMessage", lambda f: f.get("channel") == "D300")


def test_an_exactly_replayed_slack_event_is_processed_once(assistant):
    body = slack_event("what do data scientists earn?", "D302")
    assert slack_post(assistant, body)[0] == 200
    posted(assistant, "D302")
    time.sleep(2)
    status, text = slack_post(assistant, body)  # same body, newly signed: still in the window
    assert status == 200 and text == "duplicate"
    time.sleep(2)
    assert len(assistant.slack.find("chat.postMessage",
                                    lambda f: f.get("channel") == "D302")) == 1


@pytest.mark.parametrize("chat_id", ["x\u0000", "\udfff", "1" * 10_000, 1.5])
def test_telegram_update_with_a_hostile_chat_id_is_refused(assistant, chat_id):
    update = text_update(4242, "hi")
    update["message"]["chat"]["id"] = chat_id
    body = json.dumps(update).encode()
    assert telegram_post(assistant, body) == 400
    assert telegram_post(assistant, text_update(4243, "how much does a bootcamp cost?")) == 200
    assert BOOTCAMP_COST in sent_to(assistant, 4243)[-1]["text"]


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def test_unfinished_binary_events_leave_the_server_memory_where_it_was(assistant):
    def attack() -> None:
        url, origin = engineio_session(assistant)
        post_frame(url, origin, b"40")
        # a binary event announcing 5 attachments, then ~60 KB frames that never finish it
        post_frame(url, origin, b'451-["user_uttered",{"_placeholder":true,"num":0}]')
        for _ in range(20):
            post_frame(url, origin, b"b" + b"QUFB" * 15_000)  # base64 binary frame, 45 KB

    attack()  # warm up whatever a first connection allocates
    before = rss_kb(assistant.rasa_pid)
    for _ in range(10):  # 10 connections x 20 frames x 45 KB = 9 MB sent
        attack()
    time.sleep(1)
    assert rss_kb(assistant.rasa_pid) - before < 5_000  # KB
    still_answers(assistant)


def test_a_pong_flood_gives_no_extra_pings(assistant):
    """The fixture's server pings every 2 s; python-engineio 4.7.1 scheduled one ping per
    PONG received (20,000 PONGs, 20,001 PINGs)."""
    url, origin = engineio_session(assistant)
    post_frame(url, origin, b"40")
    urllib.request.urlopen(urllib.request.Request(url, headers={"Origin": origin}), timeout=10)
    post_frame(url, origin, "\x1e".join(["3"] * 20_000).encode())  # PONG x 20,000
    pings, deadline = 0, time.monotonic() + 7
    while time.monotonic() < deadline:  # a long poll returns at most ping_interval later
        request = urllib.request.Request(url, headers={"Origin": origin})
        with urllib.request.urlopen(request, timeout=30) as response:
            pings += response.read().decode().split("\x1e").count("2")
        post_frame(url, origin, b"3")  # answer like a live client
    assert 1 <= pings <= 5, pings  # one per 2 s, not thousands
    still_answers(assistant)
