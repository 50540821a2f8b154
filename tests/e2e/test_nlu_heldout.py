"""Intent accuracy on the held-out test file (never used in training)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from mlcareer.knowledge import normalise_alias
from tests.data import OOS_PROBES, held_out_examples

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "results" / "nlu_heldout.json"
TARGET = 0.95


def normalised(text: str) -> str:
    """Text with case, punctuation, articles and a few spellings evened out, so that
    "which sectors need ML engineers?" and "what sectors need machine learning
    engineers" count as the same sentence."""
    text = normalise_alias(text)
    for pattern, replacement in ((r"\bml\b", "machine learning"), (r"\bwhat's\b", "what is"),
                                 (r"\bwhich\b", "what"), (r"\b(a|an|the)\b", " ")):
        text = re.sub(pattern, replacement, text)
    return " ".join(re.findall(r"[a-z0-9+#']+", text))


def training_texts() -> set[str]:
    training = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            training |= {normalised(line.strip()[2:]) for line in block["examples"].splitlines()
                         if line.strip()}
    return training


def test_normalised_evens_out_spelling_but_not_wording():
    assert normalised("Which sectors need ML engineers?") == normalised(
        "what sectors need machine learning engineers")
    assert normalised("What's the price of a bootcamp?") == "what is price of bootcamp"
    assert normalised("how long is a bootcamp?") != normalised("how long does a bootcamp last?")


def test_held_out_examples_are_not_in_the_training_data():
    training, pairs = training_texts(), held_out_examples()
    assert len(pairs) >= 300
    assert not [text for text, _ in pairs if normalised(text) in training]


def test_out_of_scope_probes_are_not_in_the_training_data():
    training = training_texts()
    assert len(OOS_PROBES) >= 100
    assert not [text for text in OOS_PROBES if normalised(text) in training]


def test_real_questions_are_for_evaluation_only():
    """Real posted questions are never training data, not even near-copies."""
    from bench.understanding import real_questions

    training, questions = training_texts(), real_questions()
    assert len(questions) >= 300 and all(q["source"].startswith("http") for q in questions)
    assert {q["split"] for q in questions} == {"dev", "blind"}
    # a count, not the texts: a failure must not print blind questions
    copies = sum(normalised(q["text"]) in training for q in questions)
    assert copies == 0, f"{copies} real questions are training examples"


@pytest.mark.parametrize("module", ["messy_questions", "messy_questions_2",
                                    "messy_questions_3", "messy_questions_4",
                                    "messy_questions_5", "messy_questions_6",
                                    "messy_questions_7", "messy_questions_blind"])
def test_the_messy_phrasings_are_for_evaluation_only(module):
    import importlib

    messy = importlib.import_module(f"tests.data.{module}")
    training = training_texts()
    # follow-ups as short as "and what do they earn" are everyone's words: only the
    # questions and the dialogues' opening questions must be new
    texts = [q for q, _ in messy.QUESTIONS] + [dialogue[0][0] for dialogue in messy.DIALOGUES]
    # counts only in the message: a failure must not print a blind set's questions
    sizes = (len(messy.QUESTIONS), len(messy.DIALOGUES))
    assert sizes[0] >= 68 and sizes[1] >= 9, sizes
    copies = sum(normalised(text) in training for text in texts)
    assert copies == 0, f"{copies} of {module}'s messages are training examples"


def test_intent_accuracy_on_the_held_out_file(assistant, request):
    pairs = held_out_examples()
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
