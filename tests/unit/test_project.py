"""The project as a newcomer meets it: README commands, Makefile targets, make run."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from mlcareer.qa.answers import QUESTION_INTENTS
from mlcareer.roadmap.profile import OPTIONS, SLOTS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def readme_make_targets() -> set[str]:
    """Targets of the commands the README shows: `make x` in code, or a line starting with it."""
    return set(re.findall(r"(?:^|`)make ([a-z][a-z-]*)", README, flags=re.M))


def test_readme_shows_run_and_test():
    assert {"run", "test"} <= readme_make_targets()


@pytest.mark.parametrize("target", sorted(readme_make_targets()))
def test_every_make_target_in_the_readme_exists(target):
    result = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_ci_runs_make_test_with_telemetry_off():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci and "RASA_TELEMETRY_ENABLED=false" in ci
    assert "export RASA_TELEMETRY_ENABLED := false" in MAKEFILE


def test_make_help_lists_the_targets():
    result = subprocess.run(["make", "help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    for target in ("run", "test", "train", "shell", "validate"):
        assert f"make {target}" in result.stdout


def test_the_domain_matches_the_code_and_the_knowledge_base(kb):
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    assert set(domain["intents"]) >= QUESTION_INTENTS
    assert set(domain["entities"]) == {s.kind for s in kb.subjects.values()} | set(SLOTS.values())
    assert domain["forms"]["plan_form"]["required_slots"] == list(SLOTS.values())
    for slot, field in zip(SLOTS.values(), SLOTS, strict=True):
        assert f"action_ask_{slot}" in domain["actions"]
        if field in OPTIONS:
            assert domain["slots"][slot]["values"] == list(OPTIONS[field])
    rules = yaml.safe_load((ROOT / "data" / "rules" / "questions.yml").read_text())["rules"]
    answered = {r["steps"][0]["intent"] for r in rules
                if r["steps"][1] == {"action": "action_answer_question"}}
    assert answered == QUESTION_INTENTS


def test_domain_responses_quote_no_figures():
    """Figures live in knowledge/ only."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    for name, variants in domain["responses"].items():
        for variant in variants:
            assert not re.search(r"\d", variant["text"]), name


