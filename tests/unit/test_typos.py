"""The seeded typos of the held-out file (tests/data/typos.py) are typos, and repeatable."""

from __future__ import annotations

from tests.data import held_out_examples
from tests.data.typos import with_typos


def test_the_same_seed_gives_the_same_typos():
    assert with_typos("how much does a bootcamp cost?", 7) == with_typos(
        "how much does a bootcamp cost?", 7)


def test_one_or_two_words_change_by_one_or_two_letters():
    from rapidfuzz.distance import DamerauLevenshtein

    changed = 0
    for n, (text, _) in enumerate(held_out_examples()):
        typo = with_typos(text, n)
        pairs = [(a, b) for a, b in zip(text.split(" "), typo.split(" "), strict=True) if a != b]
        assert len(pairs) <= 2
        assert all(DamerauLevenshtein.distance(a, b) == 1 for a, b in pairs), pairs
        changed += bool(pairs)
    assert changed >= 0.8 * len(held_out_examples())


def test_short_words_and_punctuation_are_left_alone():
    assert with_typos("hi, ok?", 3) == "hi, ok?"
    assert with_typos("how much does a bootcamp cost?", 1).endswith("?")


def test_there_are_forty_follow_up_dialogues_with_expected_figures(kb):
    from tests.data.dialogues import dialogues

    found = dialogues(kb)
    assert len(found) >= 40 and all(len(d) >= 1 for d in found)
    assert sum(len(d) > 1 for d in found) >= 30  # multi-turn
    messages = [m for d in found for m, _ in d]
    kinds = ["the other one", "both", "which of them", "the Azure one", "and the job outlook",
             "cost and how long", "best-paid", "how much more"]
    assert all(any(k in m for m in messages) for k in kinds)
    assert all(expected and all(isinstance(e, str) and e for e in expected)
               for d in found for _, expected in d)
