"""Intent accuracy on the held-out test file (never used in training)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "nlu_test.yml"
REPORT = ROOT / "results" / "nlu_heldout.json"
TARGET = 0.95


def examples() -> list[tuple[str, str]]:
    pairs = []
    for block in yaml.safe_load(HELD_OUT.read_text(encoding="utf-8"))["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                pairs.append((line.strip()[2:], block["intent"]))
    return pairs


def training_texts() -> set[str]:
    training = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            training |= {line.strip()[2:].lower() for line in block["examples"].splitlines()
                         if line.strip()}
    return training


def test_held_out_examples_are_not_in_the_training_data():
    training = training_texts()
    assert len(examples()) >= 300
    assert not [text for text, _ in examples() if text.lower() in training]


def test_out_of_scope_probes_are_not_in_the_training_data():
    probes = yaml.safe_load((ROOT / "tests" / "out_of_scope_probes.yml").read_text())["probes"]
    assert len(probes) >= 100
    assert not [text for text in probes if text.lower() in training_texts()]


def test_intent_accuracy_on_the_held_out_file(assistant, request):
    pairs = examples()
    misses, confusions = [], Counter()
    for text, intent in pairs:
        predicted = assistant.parse(text)["intent"]["name"]
        if predicted != intent:
            misses.append({"text": text, "expected": intent, "predicted": predicted})
            confusions[(intent, predicted)] += 1
    accuracy = 1 - len(misses) / len(pairs)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps({"examples": len(pairs), "accuracy": accuracy,
                                  "misses": misses}, indent=2))
    request.config.stash.setdefault("report", []).append(
        f"NLU held-out intent accuracy: {accuracy:.1%} ({len(pairs) - len(misses)}/{len(pairs)});"
        f" misses in {REPORT.relative_to(ROOT)}")
    assert accuracy >= TARGET, f"accuracy {accuracy:.1%} < {TARGET:.0%}; misses: {misses}"
