"""Shared fixtures: the knowledge base, and real servers on free loopback ports."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mlcareer.knowledge import KnowledgeBase, default_knowledge_base
from scripts.cluster import free_port
from scripts.cluster import wait_http as wait_until_up
from tests.fakes import FakeSlack, FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "mlcareer.tar.gz"
BIN = Path(sys.executable).parent
SERVER_ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
              "SANIC_REQUEST_MAX_SIZE": "1048576"}


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def http(method: str, url: str, body: object = None, headers: dict | None = None,
         timeout: float = 30) -> tuple[int, object]:
    """A small JSON HTTP client: returns (status, decoded body)."""
    data = None if body is None else (
        body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as err:
        raw, status = err.read(), err.code
    try:
        return status, json.loads(raw or b"null")
    except json.JSONDecodeError:
        return status, raw.decode(errors="replace")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@dataclass
class Assistant:
    """A running action server + Rasa server."""

    url: str
    token: str
    action_url: str
    logs: Path
    web_url: str = ""
    slack: FakeSlack | None = None
    telegram: FakeTelegram | None = None
    secrets: dict = None  # the channel secrets the server was started with
    rasa_pid: int = 0

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


@pytest.fixture(scope="session")
def assistant(tmp_path_factory) -> Iterator[Assistant]:
    """The action server, the Rasa server with every channel (Slack and Telegram talking
    to local fakes) and the web page, started once; stopped after the session."""
    if not MODEL.is_file():
        pytest.fail(f"{MODEL.relative_to(ROOT)} is missing: run `make train` (make test does).")
    tmp = tmp_path_factory.mktemp("servers")
    action_port, rasa_port = free_port(), free_port()
    endpoints = tmp / "endpoints.yml"
    endpoints.write_text(
        f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
        f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp / 'conversations.db'}\n"
    )
    token = secrets.token_hex(16)
    action_log, rasa_log = tmp / "action-server.log", tmp / "rasa-server.log"
    slack, telegram = FakeSlack(), FakeTelegram()
    web_port = free_port()
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
    # `make run` test (tests/test_project.py), with the defaults
    env = {**SERVER_ENV, **channel_env, "WEB_ORIGINS": f"http://127.0.0.1:{web_port}",
           "RATE_LIMIT_PER_ADDRESS": "0", "SOCKETIO_PING_INTERVAL": "2"}
    credentials = tmp / "credentials.yml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "credentials.py"), str(credentials)],
                   env=env, check=True, capture_output=True)
    action = subprocess.Popen(
        [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(action_port)],
        cwd=ROOT, env={**SERVER_ENV, "SANIC_HOST": "127.0.0.1"}, stdout=action_log.open("w"),
        stderr=subprocess.STDOUT, start_new_session=True,
    )
    web_url = f"http://127.0.0.1:{web_port}"
    rasa = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "rasa_server.py"), "--model", str(MODEL),
         "--interface", "127.0.0.1", "--port", str(rasa_port), "--endpoints", str(endpoints),
         "--credentials", str(credentials), "--cors", web_url],
        cwd=ROOT, env={**env, "RASA_API_TOKEN": token}, stdout=rasa_log.open("w"),
        stderr=subprocess.STDOUT, start_new_session=True,
    )
    web_log = tmp / "web.log"
    web = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve_web.py"), "--port", str(web_port),
         "--rasa-url", f"http://127.0.0.1:{rasa_port}"],
        cwd=ROOT, stdout=web_log.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{action_port}/health", action, action_log, 120)
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", rasa, rasa_log, 240)
        wait_until_up(f"{web_url}/", web, web_log, 30)
        yield Assistant(f"http://127.0.0.1:{rasa_port}", token,
                        f"http://127.0.0.1:{action_port}", tmp, web_url, slack, telegram,
                        {**channel_env, "RASA_API_TOKEN": token}, rasa.pid)
    finally:
        stop(web)
        stop(rasa)
        stop(action)
        slack.close()
        telegram.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the measured figures (e.g. NLU accuracy) at the end of the run."""
    for line in config.stash.get("report", []):
        terminalreporter.write_line(line)
