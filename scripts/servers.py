"""Starting the assistant's servers on loopback: one way, shared by `make cluster`
(scripts/cluster.py), the tests (tests/support) and `make bench` (bench/run.py).

- ``free_port()``, ``wait_http()``, ``wait_port()``, ``wait_until()``: ports and waiting,
  failing early with the server's log when it exits;
- ``rasa_server_command()`` / ``action_server_command()``: the command lines (the Rasa
  server through ``scripts/rasa_server.py``, so the API token never shows on a command
  line), and ``server_env()``: the environment every server gets;
- ``start()`` / ``stop()``: a server in a session of its own, its output in a log.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)
BIN = PYTHON.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(ready: Callable[[], bool], what: str, process: subprocess.Popen, log: Path,
               timeout: float) -> None:
    """Polls ``ready`` until it is true; fails early with the log if the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{log.name}: the server exited ({process.returncode}):\n"
                               f"{log.read_text()[-3000:]}")
        if ready():
            return
        time.sleep(0.3)
    raise RuntimeError(f"{what} not up after {timeout:.0f} s:\n{log.read_text()[-3000:]}")


def wait_http(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    def answers() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            return False
    wait_until(answers, url, process, log, timeout)


def wait_port(port: int, process: subprocess.Popen, log: Path, timeout: float) -> None:
    def open_() -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return True
        return False
    wait_until(open_, f"port {port}", process, log, timeout)


def server_env(**extra: str) -> dict[str, str]:
    """The environment of every server: telemetry off, quiet TensorFlow, 1 MB bodies,
    the action server (rasa-sdk reads SANIC_HOST) on loopback only."""
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
            "SANIC_REQUEST_MAX_SIZE": os.environ.get("SANIC_REQUEST_MAX_SIZE", "1048576"),
            "SANIC_HOST": "127.0.0.1", **extra}


def rasa_server_command(model: Path, port: int, endpoints: Path, credentials: Path,
                        cors: str | None = None) -> list[str]:
    """``rasa run`` on 127.0.0.1; the HTTP API is on when RASA_API_TOKEN is in its env."""
    return [str(PYTHON), str(ROOT / "scripts" / "rasa_server.py"), "--model", str(model),
            "--interface", "127.0.0.1", "--port", str(port), "--endpoints", str(endpoints),
            "--credentials", str(credentials), *(["--cors", cors] if cors else [])]


def action_server_command(port: int) -> list[str]:
    return [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(port)]


def start(command: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    """A server in a session of its own (``stop`` ends it and its children)."""
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("a"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
