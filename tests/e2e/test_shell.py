"""`make shell` driven in a pseudo-terminal, as support staff use it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pexpect
import pytest

from scripts.servers import free_port

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_make_shell_answers_and_a_button_can_be_picked(assistant, tmp_path):
    port = assistant.action_url.rsplit(":", 1)[1]
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        f"action_endpoint:\n  url: {assistant.action_url}/webhook\n"
        f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp_path / 'shell.db'}\n")
    env = {**os.environ, "ACTION_PORT": port, "ENDPOINTS": str(endpoints),
           "SHELL_PORT": str(free_port()), "RASA_TELEMETRY_ENABLED": "false", "TERM": "xterm"}
    child = pexpect.spawn("make", ["--no-print-directory", "shell"], cwd=str(ROOT), env=env,
                          encoding="utf-8", timeout=240, dimensions=(50, 160))
    log = (tmp_path / "shell.log").open("w")
    child.logfile_read = log
    try:
        child.expect("Your input ->")
        child.sendline("how much does a bootcamp cost?")
        child.expect("5,000")
        # the answer's suggestions come as a menu; Enter picks the first one
        child.expect(r"Use arrow keys")
        child.expect(r"1: How long does it take\?")
        child.send("\r")
        child.expect(r"Bootcamps take .*?\(Use arrow keys\)", timeout=60)
        assert "3 months to 1 year" in ANSI.sub("", child.after)
        # leave the menu for free text ("Type out your own message..."), then quit
        child.expect("Type out your own message")
        child.send("\x1b[B\x1b[B\r")
        child.expect("Your input ->", timeout=60)
        child.sendline("/stop")
        child.expect(pexpect.EOF, timeout=60)
    finally:
        child.close(force=True)
        log.close()
