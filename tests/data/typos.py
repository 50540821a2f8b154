"""Seeded typos for the held-out NLU file: 1-2 per sentence, the kinds people make on
phones and keyboards (two letters swapped, one dropped, one doubled, a neighbouring key).
Deterministic: the same sentence index and seed give the same typos."""

from __future__ import annotations

import random

PUNCTUATION = "?!.,;:'\"()"
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS = {
    c: "".join(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    + "".join(other[i] for other in ROWS if other is not row and i < len(other))
    for row in ROWS for i, c in enumerate(row)
}


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)  # keep the first letter, as people mostly do
    kind = rng.choice(("swap", "drop", "double", "neighbour"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    near = NEIGHBOURS.get(word[i].lower())
    return word[:i] + rng.choice(near) + word[i + 1:] if near else word[:i] + word[i + 1:]


def with_typos(sentence: str, seed: int) -> str:
    """``sentence`` with one or two typos in words of four letters or more."""
    rng = random.Random(seed)
    words = sentence.split(" ")
    cores = [w.strip(PUNCTUATION) for w in words]
    candidates = [i for i, core in enumerate(cores) if len(core) >= 4 and core.isalpha()]
    if not candidates:
        return sentence
    for i in rng.sample(candidates, min(len(candidates), rng.choice((1, 2)))):
        words[i] = words[i].replace(cores[i], _typo(cores[i], rng), 1)
    return " ".join(words)
