"""The measuring sets, never trained on: the held-out NLU file, the out-of-scope probes,
the test stories (``rasa test core``) and the end-to-end questions (``questions``)."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent
HELD_OUT = DATA / "nlu_test.yml"
PROBES = DATA / "out_of_scope_probes.yml"
STORIES = DATA / "test_stories.yml"


def held_out_examples() -> list[tuple[str, str]]:
    """(text, intent) of every example of the held-out NLU file."""
    pairs = []
    for block in yaml.safe_load(HELD_OUT.read_text(encoding="utf-8"))["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                pairs.append((line.strip()[2:], block["intent"]))
    return pairs


OOS_PROBES: list[str] = yaml.safe_load(PROBES.read_text(encoding="utf-8"))["probes"]
