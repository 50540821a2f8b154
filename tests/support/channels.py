"""Clients of the assistant's channels, as the real ones talk: the widget's socket.io,
signed Slack events, Telegram updates with the secret; and waiting for what the Slack
and Telegram fakes were sent."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import queue
import time
import urllib.error
import urllib.request

import socketio

_ids = itertools.count(1)


class Widget:
    """A socket.io client that talks as the web widget (web/chat.js) does."""

    def __init__(self, url: str, session_id: str, origin: str) -> None:
        self.replies: queue.Queue = queue.Queue()
        self.confirmed: queue.Queue = queue.Queue()
        self.session_id = session_id
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("session_confirm", self.confirmed.put)
        self.client.connect(url, socketio_path="/socket.io", transports=["polling"],
                            headers={"Origin": origin})
        self.client.emit("session_request", {"session_id": session_id})
        self.confirmed.get(timeout=10)

    def ask(self, text: str, expect: int = 1) -> list[dict]:
        self.client.emit("user_uttered", {"message": text, "session_id": self.session_id})
        got = [self.replies.get(timeout=30)]
        deadline = time.monotonic() + 3
        while len(got) < expect or time.monotonic() < deadline:
            try:
                got.append(self.replies.get(timeout=max(0.1, deadline - time.monotonic())))
            except queue.Empty:
                break
        return got

    def close(self) -> None:
        self.client.disconnect()


def slack_post(assistant, body: bytes, timestamp: int | None = None, secret: str | None = None,
               content_type: str = "application/json", headers: dict | None = None):
    timestamp = int(time.time()) if timestamp is None else timestamp
    secret = secret or assistant.secrets["SLACK_SIGNING_SECRET"]
    base = f"v0:{timestamp}:".encode() + body
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    request = urllib.request.Request(
        f"{assistant.url}/webhooks/slack/webhook", data=body, method="POST",
        headers={"Content-Type": content_type, "X-Slack-Request-Timestamp": str(timestamp),
                 "X-Slack-Signature": signature, **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def slack_event(text: str, channel: str) -> bytes:
    n = next(_ids)
    return json.dumps({
        "token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
        "event_id": f"Ev{n}", "event_time": int(time.time()),
        "authorizations": [{"user_id": "UBOT"}],
        "event": {"type": "message", "channel": channel, "channel_type": "im",
                  "user": f"U{n}", "text": text, "ts": f"{time.time():.6f}"},
    }).encode()


def posted(assistant, channel: str, count: int = 1) -> list[dict]:
    return assistant.slack.wait_for("chat.postMessage",
                                    lambda f: f.get("channel") == channel, count)


def telegram_post(assistant, update, secret: str | None = None,
                  content_type: str = "application/json"):
    body = update if isinstance(update, bytes) else json.dumps(update).encode()
    headers = {"Content-Type": content_type,
               "X-Telegram-Bot-Api-Secret-Token":
                   assistant.secrets["TELEGRAM_SECRET_TOKEN"] if secret is None else secret}
    request = urllib.request.Request(f"{assistant.url}/webhooks/telegram/webhook", data=body,
                                     method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def text_update(chat_id: int, text: str) -> dict:
    n = next(_ids)
    return {"update_id": n, "message": {
        "message_id": n, "date": int(time.time()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "Ada"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Ada"}}}


def sent_to(assistant, chat_id: int, count: int = 1) -> list[dict]:
    return assistant.telegram.wait_for("sendMessage",
                                       lambda f: str(f.get("chat_id")) == str(chat_id), count)
