"""The averaged classifier (components/ensemble.py): own ranking averaged with a previous one."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix

from components.ensemble import AveragedLogisticRegressionClassifier, average_rankings


def test_average_of_two_rankings_counts_a_missing_intent_as_zero():
    ranking = average_rankings({"a": 0.6, "b": 0.4}, {"b": 0.9, "c": 0.1}, 0.5, 10)
    assert [(r["name"], round(r["confidence"], 3)) for r in ranking] == [
        ("b", 0.65), ("a", 0.3), ("c", 0.05)]


def test_weight_and_length_are_honoured():
    ranking = average_rankings({"a": 1.0}, {"b": 1.0}, 0.25, 1)
    assert ranking == [{"name": "b", "confidence": 0.75}]


def test_without_a_previous_ranking_the_own_one_is_used():
    ranking = average_rankings({"a": 0.2, "b": 0.8}, {}, 0.5, 10)
    assert ranking[0] == {"name": "b", "confidence": 0.8}


def ranked_message(ranking):
    return Message(data={"text": "x", "intent": dict(ranking[0]), "intent_ranking": ranking})


@pytest.fixture()
def component(tmp_path):
    config = AveragedLogisticRegressionClassifier.get_default_config()
    return AveragedLogisticRegressionClassifier.create(
        config, LocalModelStorage(tmp_path), Resource("ensemble"),
        ExecutionContext(GraphSchema({}), "ensemble"))


def test_an_untrained_classifier_leaves_the_ranking_alone(component):
    ranking = [{"name": "greet", "confidence": 0.9}]
    message = ranked_message(ranking)
    component.process([message])
    assert message.get("intent_ranking") == ranking


def test_a_trained_classifier_replaces_the_ranking_with_the_average(component, monkeypatch):
    features = csr_matrix(np.array([[1.0, 0.0], [0.0, 1.0]] * 5))
    component.clf.fit(features, ["ask_cost", "greet"] * 5)
    monkeypatch.setattr(component, "_create_X", lambda messages: csr_matrix([[1.0, 0.0]]))
    row = component.clf.predict_proba(csr_matrix([[1.0, 0.0]]))[0]
    own = dict(zip(component.clf.classes_, row, strict=True))
    message = ranked_message([{"name": "greet", "confidence": 0.7},
                              {"name": "ask_cost", "confidence": 0.3}])
    component.process([message])
    expected_cost = 0.5 * own["ask_cost"] + 0.5 * 0.3
    assert own["ask_cost"] > 0.5 > own["greet"]
    top = message.get("intent")
    assert top["name"] == ("ask_cost" if expected_cost > 0.5 else "greet")
    by_name = {r["name"]: r["confidence"] for r in message.get("intent_ranking")}
    assert by_name["ask_cost"] == pytest.approx(expected_cost)
    assert by_name["greet"] == pytest.approx(0.5 * own["greet"] + 0.5 * 0.7)


def test_the_fingerprint_follows_the_code():
    import components.ensemble
    from components import source_fingerprint

    config = AveragedLogisticRegressionClassifier.get_default_config()
    assert AveragedLogisticRegressionClassifier.fingerprint_addon(config) == source_fingerprint(
        components.ensemble.__file__)
