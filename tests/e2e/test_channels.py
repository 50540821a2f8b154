"""Every channel end to end on loopback: socket.io (the widget's), Slack, Telegram, REST.

Slack and Telegram talk to local fakes of their APIs (tests/fakes.py); the
Rasa server is the one of the ``assistant`` fixture, started from the shipped
credentials.yml (through scripts/credentials.py) with the fakes' addresses.
"""

from __future__ import annotations

import itertools
import json
import time
import urllib.request
import uuid

import pytest

from tests.support.channels import (
    Widget,
    posted,
    sent_to,
    slack_event,
    slack_post,
    telegram_post,
    text_update,
)
from tests.support.http import http

pytestmark = pytest.mark.e2e
_ids = itertools.count(1)
BOOTCAMP_COST = "$5,000\u2013$20,000"  # a key figure, checked literally


# -- socket.io (the web widget's channel) ------------------------------------------


def test_widget_channel_answers_and_keeps_the_session_across_reconnects(assistant):
    session = uuid.uuid4().hex
    widget = Widget(assistant.url, session, assistant.web_url)
    try:
        greeting = widget.ask("/greet")
        assert any(r.get("quick_replies") or r.get("buttons") for r in greeting), greeting
        replies = widget.ask("how much does a bootcamp cost?")
        assert any(BOOTCAMP_COST in (r.get("text") or "") for r in replies), replies
    finally:
        widget.close()
    # a page reload: a new socket with the same session id continues the conversation
    widget = Widget(assistant.url, session, assistant.web_url)
    try:
        replies = widget.ask("and how long does it take?")
        text = " ".join(r.get("text") or "" for r in replies)
        assert "bootcamp" in text.lower() and "month" in text, text
    finally:
        widget.close()
    events = assistant.tracker(session)["events"]
    assert sum(e["event"] == "user" for e in events) == 3


def test_cors_allows_only_the_page_origin(assistant):
    def allowed(origin):
        request = urllib.request.Request(f"{assistant.url}/", headers={"Origin": origin})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("Access-Control-Allow-Origin")
    assert allowed(assistant.web_url) == assistant.web_url
    assert allowed("https://evil.example.com") in (None, "")


# -- Slack ---------------------------------------------------------------------------


def test_slack_message_gets_its_answer_posted_to_the_web_api(assistant):
    status, _ = slack_post(assistant, slack_event("how much does a bootcamp cost?", "D100"))
    assert status == 200
    message = posted(assistant, "D100")[0]
    assert BOOTCAMP_COST in json.dumps(message, ensure_ascii=False)
    call = next(h for m, f, h in assistant.slack.calls if f.get("channel") == "D100")
    assert call.get("Authorization") == f"Bearer {assistant.secrets['SLACK_TOKEN']}"


def test_slack_buttons_arrive_as_blocks(assistant):
    slack_post(assistant, slack_event("help", "D101"))
    message = posted(assistant, "D101")[0]
    blocks = message["blocks"] if isinstance(message["blocks"], list) else \
        json.loads(message["blocks"])
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons and all(e["type"] == "button" and e["value"].startswith("/") for e in buttons)


def test_slack_button_click_is_answered(assistant):
    payload = {"type": "block_actions", "user": {"id": "U900"}, "channel": {"id": "D102"},
               "message": {"ts": f"{time.time():.6f}"},
               "actions": [{"type": "button", "value": "/ask_duration{\"education\":\"masters\"}",
                            "text": {"type": "plain_text", "text": "How long?"}}]}
    body = ("payload=" + urllib.parse.quote(json.dumps(payload))).encode()
    status, _ = slack_post(assistant, body, content_type="application/x-www-form-urlencoded")
    assert status == 200
    assert "year" in json.dumps(posted(assistant, "D102")[0])


def test_slack_wrong_signature_is_refused(assistant):
    status, _ = slack_post(assistant, slack_event("hi", "D103"), secret="not-the-secret")
    assert status == 400
    time.sleep(1)
    assert not assistant.slack.find("chat.postMessage", lambda f: f.get("channel") == "D103")


def test_slack_stale_timestamp_is_refused(assistant):
    status, _ = slack_post(assistant, slack_event("hi", "D104"), timestamp=int(time.time()) - 600)
    assert status == 400


def test_slack_url_verification_returns_the_challenge(assistant):
    body = json.dumps({"type": "url_verification", "token": "x", "challenge": "c-123"}).encode()
    status, text = slack_post(assistant, body)
    assert status == 200 and json.loads(text) == "c-123"


def test_slack_timeout_retry_is_not_processed_twice(assistant):
    body = slack_event("what do data scientists earn?", "D105")
    assert slack_post(assistant, body)[0] == 200
    posted(assistant, "D105")
    status, _ = slack_post(assistant, body, headers={"X-Slack-Retry-Num": "1",
                                                      "X-Slack-Retry-Reason": "http_timeout"})
    assert status == 201
    time.sleep(2)
    assert len(assistant.slack.find("chat.postMessage",
                                    lambda f: f.get("channel") == "D105")) == 1


@pytest.mark.parametrize("body, content_type, expected", [
    (b"{not json", "application/json", 400),
    (b"[1, 2]", "application/json", 400),
    (b"payload=%7Bbroken", "application/x-www-form-urlencoded", 400),
    (b"hello", "text/plain", 415),
    (b'{"type": "event_callback"}', "application/json; charset=utf-8", 415),
])
def test_slack_malformed_requests_get_4xx(assistant, body, content_type, expected):
    status, _ = slack_post(assistant, body, content_type=content_type)
    assert status == expected


# -- Telegram --------------------------------------------------------------------------


def test_telegram_registers_its_webhook_with_the_secret_at_start_up(assistant):
    call = assistant.telegram.wait_for("setWebhook")[0]
    assert call["url"] == assistant.secrets["TELEGRAM_WEBHOOK_URL"]
    assert call["secret_token"] == assistant.secrets["TELEGRAM_SECRET_TOKEN"]


def test_telegram_update_gets_the_answer(assistant):
    assert telegram_post(assistant, text_update(7001, "how much does a bootcamp cost?")) == 200
    messages = sent_to(assistant, 7001)
    assert any(BOOTCAMP_COST in m["text"] for m in messages), messages


def test_telegram_buttons_arrive_as_a_keyboard_and_a_click_is_answered(assistant):
    telegram_post(assistant, text_update(7002, "help"))
    message = next(m for m in sent_to(assistant, 7002) if "reply_markup" in m)
    keyboard = json.loads(message["reply_markup"])["inline_keyboard"]
    buttons = [b for row in keyboard for b in row]
    assert len(buttons) >= 3 and all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    before = len(sent_to(assistant, 7002))
    click = {"update_id": next(_ids), "callback_query": {
        "id": "cb1", "chat_instance": "1", "data": buttons[0]["callback_data"],
        "from": {"id": 7002, "is_bot": False, "first_name": "Ada"},
        "message": {"message_id": 1, "date": int(time.time()), "text": "menu",
                    "chat": {"id": 7002, "type": "private"}}}}
    assert telegram_post(assistant, click) == 200
    assert BOOTCAMP_COST in sent_to(assistant, 7002, before + 1)[-1]["text"]
    assert assistant.telegram.find("answerCallbackQuery")


def test_telegram_start_command_greets(assistant):
    telegram_post(assistant, text_update(7003, "/start"))
    assert "Hi!" in sent_to(assistant, 7003)[0]["text"]


def test_telegram_wrong_secret_is_rejected(assistant):
    assert telegram_post(assistant, text_update(7004, "hello"), secret="wrong") == 403
    assert telegram_post(assistant, text_update(7004, "hello"), secret="") == 403
    time.sleep(1)
    assert not assistant.telegram.find("sendMessage", lambda f: f.get("chat_id") == "7004")


@pytest.mark.parametrize("body", [b"{oops", b"[]", b'{"update_id": "x"}', b"\xff\xfe",
                                  b'{"update_id": 5, "message": {"text": 3}}'])
def test_telegram_malformed_update_gets_4xx(assistant, body):
    assert 400 <= telegram_post(assistant, body) < 500


def test_telegram_wrong_content_type_gets_415(assistant):
    assert telegram_post(assistant, text_update(7005, "hi"), content_type="text/plain") == 415


def test_every_webhook_refuses_a_body_over_a_megabyte(assistant):
    big = json.dumps({"update_id": 1, "text": "x" * 1_200_000}).encode()
    assert telegram_post(assistant, big) == 413
    assert slack_post(assistant, big)[0] == 413


# -- REST and the HTTP API -------------------------------------------------------------

def test_http_api_needs_the_token(assistant):
    status, _ = http("GET", f"{assistant.url}/conversations/x/tracker")
    assert status == 401
    status, _ = http("GET", f"{assistant.url}/conversations/x/tracker?token=wrong")
    assert status == 401
