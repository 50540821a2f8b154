"""Sentence embeddings: the NumPy run of all-MiniLM-L6-v2 (mlcareer/embeddings.py) and the
intent classifier on them (components/sentence_embeddings.py)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.sentence_embeddings import SentenceEmbeddingClassifier
from mlcareer.embeddings import DIMENSIONS, SentenceEncoder, default_encoder, model_directory

REFERENCE = Path(__file__).parent.parent / "data" / "minilm_reference.json"


def test_the_vectors_match_sentence_transformers():
    """Reference vectors computed once by sentence-transformers under PyTorch from the
    same package's weights (how: the file's "about")."""
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    vectors = default_encoder().encode(reference["sentences"])
    expected = np.array(reference["vectors"], dtype=np.float32)
    assert vectors.shape == expected.shape == (3, DIMENSIONS)
    assert np.abs(vectors - expected).max() < 1e-5


def test_the_compiled_encoder_of_the_rasa_component_gives_the_same_vectors():
    """The component runs the forward pass as a TensorFlow graph: same reference vectors,
    same vectors one by one and batched, and any length compiles (no shape is fixed)."""
    from components.sentence_embeddings import encoder

    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    compiled = encoder()
    assert compiled.accelerated and not default_encoder().accelerated
    expected = np.array(reference["vectors"], dtype=np.float32)
    assert np.abs(compiled.encode(reference["sentences"]) - expected).max() < 1e-5
    texts = ["hi", "what do data scientists earn per year in the US?", "degree " * 300, ""]
    together = compiled.encode(texts)
    assert np.abs(together - default_encoder().encode(texts)).max() < 1e-5
    assert np.abs(np.vstack([compiled.encode([t]) for t in texts]) - together).max() < 1e-5


def test_batching_and_order_do_not_change_a_vector():
    texts = ["do I need a degree?", "what do data scientists earn per year in the US?",
             "hi", "is a bootcamp worth the money if I already code?"]
    one_by_one = np.vstack([default_encoder().encode([t]) for t in texts])
    together = default_encoder().encode(texts, batch_size=3)
    assert np.abs(one_by_one - together).max() < 1e-5
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_paraphrases_sit_closer_than_unrelated_questions():
    v = default_encoder().encode([
        "Is a master's worth it for a data science job?",
        "do I need a masters degree to work in data science",
        "what is the best pizza topping",
        "How much does a bootcamp cost?",
        "what is the price of a coding bootcamp",
    ])
    similarity = v @ v.T
    assert similarity[0, 1] > 0.5 > similarity[0, 2]
    assert similarity[3, 4] > 0.5 > max(similarity[3, 0], similarity[3, 2])


def test_long_posts_are_cut_and_empty_input_is_handled():
    encoder = default_encoder()
    long_post = "I have worked in marketing for years and I like numbers. " * 60
    assert encoder.encode([long_post]).shape == (1, DIMENSIONS)
    assert encoder.encode([]).shape == (0, DIMENSIONS)
    assert np.isfinite(encoder.encode([""])).all()
    hostile = ["\x00\u200b💥" * 300, "ÄÖÜ ß 漢字 مرحبا", "\n\n\t", "/" * 5000,
               "<script>alert(1)</script>", "a" * 20000]
    vectors = encoder.encode(hostile)
    assert np.isfinite(vectors).all()
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_missing_model_package_names_the_install_step(monkeypatch):
    import mlcareer.embeddings as embeddings

    monkeypatch.setattr(embeddings, "PACKAGE", "no_such_model_package_xyz")
    with pytest.raises(FileNotFoundError, match="make install"):
        embeddings.model_directory()
    with pytest.raises(FileNotFoundError):
        SentenceEncoder(Path("/nonexistent/model"))


def test_the_installed_package_is_the_model_the_config_expects():
    config = json.loads((model_directory() / "config.json").read_text())
    assert config["hidden_size"] == DIMENSIONS and config["num_hidden_layers"] == 6


# --- the classifier component ---------------------------------------------------------

def make_component(tmp_path, **config):
    return SentenceEmbeddingClassifier.create(
        {**SentenceEmbeddingClassifier.get_default_config(), **config},
        LocalModelStorage(tmp_path), Resource("sentences"),
        ExecutionContext(GraphSchema({}), "sentences"))


TRAINING = {
    "ask_cost": ["how much does a bootcamp cost", "what is the price of a masters degree",
                 "is a certification expensive", "tuition fees for a degree"],
    "ask_salary": ["what do data scientists earn", "how much are ml engineers paid",
                   "salary of a software developer", "what's the pay like"],
    "out_of_scope": ["what is the weather today", "tell me a recipe for pasta",
                     "who won the football game", "how tall is mount everest"],
}


def trained(tmp_path, **config):
    component = make_component(tmp_path, **config)
    examples = [Message(data={"text": t, "intent": intent})
                for intent, texts in TRAINING.items() for t in texts]
    resource = component.train(TrainingData(examples))
    return component, resource


def message(text, ranking):
    return Message(data={"text": text, "intent": dict(ranking[0]), "intent_ranking": ranking})


def test_an_untrained_classifier_leaves_the_ranking_alone(tmp_path):
    component = make_component(tmp_path)
    ranking = [{"name": "greet", "confidence": 0.9}]
    m = message("hello", ranking)
    component.process([m])
    assert m.get("intent_ranking") == ranking


def test_new_wording_is_placed_by_meaning_and_averaged_in(tmp_path):
    component, _ = trained(tmp_path, weight=1.0)
    # no word in common with the salary examples but "data"
    m = message("what kind of wages can a data analyst expect", [{"name": "ask_cost",
                                                                   "confidence": 1.0}])
    component.process([m])
    assert m.get("intent")["name"] == "ask_salary"
    # weight 0.5: the previous ranking counts half
    (tmp_path / "half").mkdir()
    half, _ = trained(tmp_path / "half", weight=0.5)
    own = {r["name"]: r["confidence"] for r in m.get("intent_ranking")}
    m2 = message("what kind of wages can a data analyst expect",
                 [{"name": "ask_cost", "confidence": 1.0}])
    half.process([m2])
    averaged = {r["name"]: r["confidence"] for r in m2.get("intent_ranking")}
    assert averaged["ask_cost"] == pytest.approx(0.5 + 0.5 * own["ask_cost"], abs=1e-6)
    assert averaged["ask_salary"] == pytest.approx(0.5 * own["ask_salary"], abs=1e-6)


def test_the_trained_model_survives_loading_without_pickle(tmp_path):
    component, resource = trained(tmp_path)
    loaded = SentenceEmbeddingClassifier.load(
        SentenceEmbeddingClassifier.get_default_config(), component._model_storage, resource,
        ExecutionContext(GraphSchema({}), "sentences"))
    a = message("how much is a masters", [{"name": "ask_salary", "confidence": 1.0}])
    b = message("how much is a masters", [{"name": "ask_salary", "confidence": 1.0}])
    component.process([a])
    loaded.process([b])
    assert a.get("intent_ranking") == b.get("intent_ranking")


def test_payloads_and_empty_texts_are_left_to_rasa(tmp_path, monkeypatch):
    component, _ = trained(tmp_path)
    calls = []
    monkeypatch.setattr("components.sentence_embeddings.encoder",
                        lambda: calls.append(1))
    ranking = [{"name": "ask_cost", "confidence": 1.0}]
    payload, empty = message('/ask_cost{"education": "masters"}', ranking), message(" ", ranking)
    component.process([payload, empty])
    assert not calls and payload.get("intent_ranking") == ranking == empty.get("intent_ranking")


def test_a_model_file_that_is_missing_leaves_rankings_alone(tmp_path):
    loaded = SentenceEmbeddingClassifier.load(
        SentenceEmbeddingClassifier.get_default_config(), LocalModelStorage(tmp_path),
        Resource("nothing"), ExecutionContext(GraphSchema({}), "sentences"))
    ranking = [{"name": "greet", "confidence": 0.9}]
    m = message("hello", ranking)
    loaded.process([m])
    assert m.get("intent_ranking") == ranking


def test_misspelt_copies_change_one_or_two_long_words_only():
    import random

    from components.sentence_embeddings import misspelt

    rng = random.Random(1)
    text = "how much does a bootcamp cost in total?"
    for _ in range(50):
        noisy = misspelt(text, rng)
        changed = [(a, b) for a, b in zip(text.split(" "), noisy.split(" "), strict=True)
                   if a != b]
        assert 1 <= len(changed) <= 2
        for before, after in changed:
            assert len(before) >= 4 and before.isalpha()
            assert abs(len(after) - len(before)) <= 1 and after[0] == before[0]
    assert misspelt("is it ok?", rng) == "is it ok?"  # nothing long enough to misspell


def test_training_adds_the_misspelt_copies(tmp_path, monkeypatch):
    import mlcareer.embeddings

    seen = []
    real = mlcareer.embeddings.default_encoder()

    class Spy:
        def encode(self, texts):
            seen.append(list(texts))
            return real.encode(texts)

    monkeypatch.setattr("components.sentence_embeddings.encoder", lambda: Spy())
    trained(tmp_path, misspelt_copies=1)
    n = sum(len(v) for v in TRAINING.values())
    assert len(seen[0]) == 2 * n and seen[0][:n] == [t for v in TRAINING.values() for t in v]
    assert sum(a != b for a, b in zip(seen[0][:n], seen[0][n:], strict=True)) >= n - 2


def test_the_fingerprint_follows_the_component_and_the_encoder(monkeypatch, tmp_path):
    import components.sentence_embeddings as component
    import mlcareer.embeddings as encoder
    from components import source_fingerprint

    config = SentenceEmbeddingClassifier.get_default_config()
    before = SentenceEmbeddingClassifier.fingerprint_addon(config)
    assert source_fingerprint(component.__file__) in before
    assert source_fingerprint(encoder.__file__) in before
    changed = tmp_path / "embeddings.py"
    changed.write_text("# another encoder\n")
    monkeypatch.setattr(encoder, "__file__", str(changed))
    assert SentenceEmbeddingClassifier.fingerprint_addon(config) != before
