"""Secrets never reach the logs (runs last: pytest orders files by name).

Every secret the servers of this test session were started with (Slack token and
signing secret, Telegram token and secret, the HTTP API token) is searched for
in every log they wrote while the other tests talked to them through every
channel.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_no_secret_appears_in_any_log(assistant):
    # at least one message through every channel, so that there is something to search
    assistant.say("logs-check", "hello")
    logs = {path.name: path.read_text(errors="replace")
            for path in assistant.logs.glob("*.log")}
    assert {"rasa-server.log", "action-server.log", "web.log"} <= set(logs)
    assert sum(len(text) for text in logs.values()) > 1000
    secrets = {name: value for name, value in assistant.secrets.items()
               if any(word in name for word in ("TOKEN", "SECRET"))}
    assert len(secrets) == 5
    for name, value in secrets.items():
        for log, text in logs.items():
            assert value not in text, f"{name} appears in {log}"
            # the token's secret half alone (Telegram tokens are "<bot id>:<secret>")
            assert value.split(":")[-1] not in text, f"part of {name} appears in {log}"
