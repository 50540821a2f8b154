"""Hostile and broken input over REST: a sensible reply or a clear 4xx, never a 500.

Runs against the ``assistant`` fixture's servers; after every case the server
must still answer a normal question.
"""

from __future__ import annotations

import itertools
import json
import urllib.request

import pytest

from components.rasa_patches import EMPTY_NOTE, LONG_NOTE, MAX_MESSAGE_CHARS
from tests.support.http import http

pytestmark = pytest.mark.e2e
_senders = itertools.count()
BOOTCAMP_COST = "$5,000\u2013$20,000"


def sender() -> str:
    return f"hostile-{next(_senders)}"


def raw(assistant, body: bytes, content_type: str = "application/json") -> tuple[int, bytes]:
    request = urllib.request.Request(f"{assistant.url}/webhooks/rest/webhook", data=body,
                                     method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def still_answers(assistant) -> None:
    assert BOOTCAMP_COST in assistant.text(sender(), "how much does a bootcamp cost?")


@pytest.mark.parametrize("message", ["", "   ", "\n\t ", None])
def test_empty_messages_get_a_note(assistant, message):
    status, body = http("POST", f"{assistant.url}/webhooks/rest/webhook",
                        {"sender": sender(), "message": message})
    assert status == 200 and [m["text"] for m in body] == [EMPTY_NOTE]


def test_a_100_kb_message_is_cut_with_a_friendly_note(assistant):
    who = sender()
    replies = assistant.say(who, "how much does a bootcamp cost? " + "x" * 100_000)
    assert replies[0]["text"] == LONG_NOTE and len(replies) >= 2
    stored = [e["text"] for e in assistant.tracker(who)["events"] if e["event"] == "user"]
    assert len(stored[-1]) == MAX_MESSAGE_CHARS
    still_answers(assistant)


def test_a_body_over_a_megabyte_is_refused_with_413(assistant):
    body = json.dumps({"sender": sender(), "message": "x" * 1_200_000}).encode()
    status, _ = raw(assistant, body)
    assert status == 413
    still_answers(assistant)


@pytest.mark.parametrize("body, content_type, expected", [
    (b'{"sender": "h", "message": "\xff\xfe\xfd"}', "application/json", 400),
    (b"{not json", "application/json", 400),
    (b'["a list"]', "application/json", 400),
    (b'{"sender": "h", "message": 42}', "application/json", 400),
    (b'{"sender": ["h"], "message": "hi"}', "application/json", 400),
    (b'{"sender": "h", "message": "hi"}', "text/plain", 415),
    (b'{"sender": "h", "message": "hi"}', "application/x-www-form-urlencoded", 415),
    (b"", "application/json", 400),
])
def test_malformed_requests_get_4xx(assistant, body, content_type, expected):
    status, _ = raw(assistant, body, content_type)
    assert status == expected
    still_answers(assistant)


HOSTILE = [
    "\U0001F916\U0001F4B8 how much does a bootcamp cost? \U0001F393",
    "\u0643\u0645 \u062a\u0643\u0644\u0641\u0629 \u0627\u0644\u062f\u0631\u0627\u0633\u0629\u061f",
    "\u202eright-to-left override text\u202c",
    "<b>hi</b><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}}",
    "${7*7}",
    "{% for x in range(9) %}{{x}}{% endfor %}",
    "'; DROP TABLE events; --",
    "1 OR 1=1; SELECT * FROM events",
    "\ud83d",  # a lone surrogate
    "\x00\x01\x02 control characters \x7f",
    "/greet{\"x\":1}",
    "/nonexistent_intent",
    "/ask_cost{\"bootcamp\": [1, 2, {\"deep\": null}]}",
    "/ask_cost{broken json",
]


@pytest.mark.parametrize("message", HOSTILE)
def test_hostile_messages_get_a_sensible_reply(assistant, message):
    status, body = http("POST", f"{assistant.url}/webhooks/rest/webhook",
                        {"sender": sender(), "message": message})
    assert status == 200, body
    text = "\n".join(m.get("text", "") for m in body)
    assert text.strip(), f"no reply to {message!r}"
    assert "49" not in text and "<script>" not in text
    still_answers(assistant)


def test_emoji_do_not_hide_the_question(assistant):
    assert BOOTCAMP_COST in assistant.text(sender(), HOSTILE[0])


def test_typed_intent_payloads_cannot_set_arbitrary_slots(assistant):
    who = sender()
    assistant.say(who, '/ask_cost{"subject": "hacked", "aspect": "hacked", '
                       '"plan_budget": "1", "requested_slot": "plan_goal", "bootcamp": "nope"}')
    slots = assistant.tracker(who)["slots"]
    assert slots["subject"] != "hacked" and slots["aspect"] in (None, "cost")
    assert slots["plan_budget"] is None and slots["requested_slot"] is None


def test_a_sql_looking_message_leaves_the_store_intact(assistant):
    who = sender()
    assistant.say(who, "'; DROP TABLE events; --")
    assert BOOTCAMP_COST in assistant.text(who, "how much does a bootcamp cost?")
    assert len(assistant.tracker(who)["events"]) > 4
