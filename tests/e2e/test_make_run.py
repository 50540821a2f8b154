"""`make train` and `make run` as a newcomer runs them: the README's commands, the
supervisor that restarts a killed server, the default limits, files in var/."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from scripts.servers import free_port
from tests.support.http import http, post_from

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_make_train_does_not_retrain_an_up_to_date_model():
    result = subprocess.run(["make", "train"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def start_make_run(port: int, web_port: int) -> tuple[subprocess.Popen, list[str]]:
    env = {k: v for k, v in os.environ.items() if k != "RASA_API_TOKEN"}
    process = subprocess.Popen(
        ["make", "run"], cwd=ROOT, env={**env, "RASA_PORT": str(port), "WEB_PORT": str(web_port)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    lines: list[str] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            break
        lines.append(line)
        if "Press Ctrl-C to stop" in line:
            return process, lines
    os.killpg(process.pid, signal.SIGINT)
    pytest.fail("make run did not come up:\n" + "".join(lines))


def stop_make_run(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("make run did not stop on Ctrl-C")


@pytest.mark.e2e
def test_make_run_serves_chat_and_keeps_conversations_across_a_restart():
    if subprocess.run(["curl", "-s", "http://127.0.0.1:5055/health"],
                      capture_output=True).returncode == 0:
        pytest.fail("port 5055 (action server of `make run`) is already in use")
    port, web_port = free_port(), free_port()
    sender = f"readme-{time.time_ns()}"
    rest = f"http://127.0.0.1:{port}/webhooks/rest/webhook"

    def say(message: str) -> str:
        status, body = http("POST", rest, {"sender": sender, "message": message})
        assert status == 200, (status, body)
        return "\n".join(m.get("text", "") for m in body)

    process, lines = start_make_run(port, web_port)
    try:
        output = "".join(lines)
        assert rest in output and "make shell" in output
        assert f"http://127.0.0.1:{web_port}/" in output
        assert "HTTP API: off" in output and "Slack: off" in output
        with urllib.request.urlopen(f"http://127.0.0.1:{web_port}/", timeout=10) as page:
            assert b"vendor/socket.io.min.js" in page.read()
        # the HTTP API is off without RASA_API_TOKEN
        status, _ = http("GET", f"http://127.0.0.1:{port}/conversations/{sender}/tracker")
        assert status == 404
        # three turns that build context
        assert "$20,000\u2013$40,000" in say("How much does a master's cost?")
        assert "1\u20132 years" in say("and how long does it take?")
        assert "3 months to 1 year" in say("what about a bootcamp?")
    finally:
        stop_make_run(process)

    process, _ = start_make_run(port, web_port)  # a restart: SQLite keeps the slots
    try:
        assert "$5,000\u2013$20,000" in say("and how much does it cost?")
        server_killed_is_back(port)
        assert "$20,000\u2013$40,000" in say("and a master's?")  # same conversation
        a_flooding_address_is_slowed_and_others_are_not(rest)
        var = ROOT / "var"
        for path in [*var.glob("*.log"), *var.glob("*.db*"), var / "credentials.yml"]:
            assert path.stat().st_mode & 0o077 == 0, path  # owner only
    finally:
        stop_make_run(process)


def server_killed_is_back(port: int) -> None:
    """SIGKILL the Rasa server of `make run`: the supervisor starts it again and says so."""
    ctl = [str(ROOT / ".venv" / "bin" / "supervisorctl"),
           "-c", str(ROOT / "var" / "supervisord.conf")]
    pid = int(subprocess.run([*ctl, "pid", "rasa"], capture_output=True, text=True).stdout)
    os.kill(pid, signal.SIGKILL)
    deadline, status = time.monotonic() + 120, None
    while time.monotonic() < deadline and status != 200:
        time.sleep(1)
        try:
            status, _ = http("GET", f"http://127.0.0.1:{port}/", timeout=2)
        except OSError:  # refused while it starts again
            status = None
    assert status == 200, "the Rasa server did not come back"
    log = (ROOT / "var" / "supervisord.log").read_text()
    assert "spawned: 'rasa' with pid" in log.split("exited: rasa (terminated by SIGKILL")[-1]


def a_flooding_address_is_slowed_and_others_are_not(rest: str) -> None:
    """The default limit per address (300 a minute): malformed requests count too."""
    statuses = {post_from(rest, "127.0.0.5", b"[1]")[0] for _ in range(300)}
    assert statuses == {400}
    assert post_from(rest, "127.0.0.5", b'{"sender": "flood", "message": "hi"}')[0] == 429
    assert post_from(rest, "127.0.0.6", b'{"sender": "calm", "message": "hi"}')[0] == 200
