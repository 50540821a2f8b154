"""Fixtures only: the knowledge base, trackers and a dispatcher for the actions, and the
running assistant. Tests under tests/e2e/ are marked ``e2e`` (they need the trained
model and start servers); `make unit` runs tests/unit/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mlcareer.knowledge import KnowledgeBase, default_knowledge_base
from tests.support.assistant import MODEL, Assistant, running_assistant, secrets_in_logs
from tests.support.trackers import make_tracker

E2E = Path(__file__).resolve().parent / "e2e"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if E2E in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


@pytest.fixture
def tracker():
    """``tracker(text, intent=..., entities=..., slots=..., ...)``: a rasa-sdk Tracker."""
    return make_tracker


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


@pytest.fixture(scope="session")
def assistant(tmp_path_factory) -> Iterator[Assistant]:
    """The servers, started once for the session. After they stop, the logs they wrote
    while every channel was used are searched for every secret they were given."""
    if not MODEL.is_file():
        pytest.fail("models/mlcareer.tar.gz is missing: run `make train` (make test does).")
    with running_assistant(tmp_path_factory.mktemp("servers")) as running:
        yield running
        running.say("logs-check", "hello")
    leaked = secrets_in_logs(running)
    assert not leaked, f"secrets in the logs: {leaked}"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the measured figures (e.g. NLU accuracy) at the end of the run."""
    for line in config.stash.get("report", []):
        terminalreporter.write_line(line)
