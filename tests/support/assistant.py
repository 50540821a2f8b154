"""The assistant as the end-to-end tests meet it: the action server, the Rasa server with
every channel (Slack and Telegram talking to local fakes) and the website, on free
loopback ports, started with scripts/servers.py as `make cluster` starts its servers."""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.servers import (
    ROOT,
    action_server_command,
    free_port,
    rasa_server_command,
    server_env,
    start,
    stop,
    wait_http,
)
from tests.support.fakes import FakeSlack, FakeTelegram
from tests.support.http import http

MODEL = ROOT / "models" / "mlcareer.tar.gz"


@dataclass
class Assistant:
    """A running action server + Rasa server + website."""

    url: str
    token: str
    action_url: str
    logs: Path
    web_url: str = ""
    slack: FakeSlack | None = None
    telegram: FakeTelegram | None = None
    secrets: dict[str, str] = field(default_factory=dict)  # what the servers were given
    rasa_pid: int = 0
    action_pid: int = 0

    def say(self, sender: str, message: str) -> list[dict]:
        status, body = http("POST", f"{self.url}/webhooks/rest/webhook",
                            {"sender": sender, "message": message})
        assert status == 200, (status, body)
        return body

    def text(self, sender: str, message: str) -> str:
        return "\n".join(m.get("text", "") for m in self.say(sender, message))

    def parse(self, text: str) -> dict:
        status, body = http("POST", f"{self.url}/model/parse?token={self.token}", {"text": text})
        assert status == 200, (status, body)
        return body

    def tracker(self, sender: str) -> dict:
        status, body = http("GET", f"{self.url}/conversations/{sender}/tracker?token={self.token}")
        assert status == 200, (status, body)
        return body


@contextmanager
def running_assistant(tmp: Path, model: Path = MODEL,
                      env: dict[str, str] | None = None) -> Iterator[Assistant]:
    """Starts the servers in ``tmp`` (logs, database); stops them on exit. ``env``: extra
    settings for the Rasa server (the bench turns the per-sender rate limit off)."""
    action_port, rasa_port, web_port = free_port(), free_port(), free_port()
    web_url = f"http://127.0.0.1:{web_port}"
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(
        f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
        f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp / 'conversations.db'}\n")
    token = secrets.token_hex(16)
    slack, telegram = FakeSlack(), FakeTelegram()
    channel_env = {
        "SLACK_TOKEN": "xoxb-" + secrets.token_hex(12),
        "SLACK_SIGNING_SECRET": secrets.token_hex(16),
        "SLACK_API_URL": slack.url,
        "TELEGRAM_TOKEN": f"123456:{secrets.token_hex(16)}",
        "TELEGRAM_BOT_NAME": "mlcareer_test_bot",
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/webhooks/telegram/webhook",
        "TELEGRAM_SECRET_TOKEN": secrets.token_hex(16),
        "TELEGRAM_API_URL": telegram.url,
    }
    # every test client shares 127.0.0.1: the per-address limit is checked by the
    # `make run` test (tests/e2e/test_make_run.py), with the defaults
    env = server_env(**channel_env, WEB_ORIGINS=web_url, RATE_LIMIT_PER_ADDRESS="0",
                     SOCKETIO_PING_INTERVAL="2", **(env or {}))
    credentials = tmp / "credentials.yml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "credentials.py"), str(credentials)],
                   env=env, check=True, capture_output=True)
    logs = {name: tmp / f"{name}.log" for name in ("action-server", "rasa-server", "web")}
    action = start(action_server_command(action_port), logs["action-server"], server_env())
    rasa = start(rasa_server_command(model, rasa_port, endpoints, credentials, cors=web_url),
                 logs["rasa-server"], {**env, "RASA_API_TOKEN": token})
    web = start([sys.executable, str(ROOT / "scripts" / "serve_web.py"), "--port", str(web_port),
                 "--rasa-url", f"http://127.0.0.1:{rasa_port}"], logs["web"], server_env())
    try:
        wait_http(f"http://127.0.0.1:{action_port}/health", action, logs["action-server"], 120)
        wait_http(f"http://127.0.0.1:{rasa_port}/", rasa, logs["rasa-server"], 240)
        wait_http(f"{web_url}/", web, logs["web"], 30)
        yield Assistant(f"http://127.0.0.1:{rasa_port}", token, f"http://127.0.0.1:{action_port}",
                        tmp, web_url, slack, telegram, {**channel_env, "RASA_API_TOKEN": token},
                        rasa.pid, action.pid)
    finally:
        for process in (web, rasa, action):
            stop(process)
        slack.close()
        telegram.close()


def secrets_in_logs(assistant: Assistant) -> list[str]:
    """Which secrets the servers were started with appear in the logs they wrote (each
    as a whole, and a Telegram token's secret half alone); run after the servers stop."""
    logs = {path.name: path.read_text(errors="replace") for path in assistant.logs.glob("*.log")}
    assert {"rasa-server.log", "action-server.log", "web.log"} <= set(logs)
    assert sum(len(text) for text in logs.values()) > 1000  # there was something to search
    found = []
    for name, value in assistant.secrets.items():
        if any(word in name for word in ("TOKEN", "SECRET")):
            for log, text in logs.items():
                if value in text or value.split(":")[-1] in text:
                    found.append(f"{name} in {log}")
    return found
