"""The out-of-domain check (components/novelty.py): train, persist, load, relabel."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components import source_fingerprint
from components.novelty import OutOfDomainClassifier, content_words
from components.spacy_pipeline import build_nlp

TRAINING = [
    ("what do data scientists earn?", "ask_salary"),
    ("how much does a bootcamp cost?", "ask_cost"),
    ("hello there", "greet"),
    ("what do cats eat?", "out_of_scope"),
    ("what is the weather like?", "out_of_scope"),
    ("how do I get experience outside of work?", "ask_experience"),
    ("how warm is it outside?", "out_of_scope"),
    ("is it cold outside?", "out_of_scope"),
]


@pytest.fixture(scope="module")
def nlp(kb):
    return build_nlp(kb)


def message(nlp, text, intent=None, confidence=0.5, entities=()):
    tokens = [Token(t.text, t.idx, lemma=t.lemma_) for t in nlp(text)]
    data = {"text": text, TOKENS_NAMES["text"]: tokens, "entities": list(entities)}
    if intent:
        data["intent"] = {"name": intent, "confidence": confidence}
        data["intent_ranking"] = [{"name": intent, "confidence": confidence},
                                  {"name": "out_of_scope", "confidence": 0.1}]
    return Message(data=data)


def example(nlp, text, intent):
    """A training example: its intent is a name, not a prediction."""
    msg = message(nlp, text)
    msg.set("intent", intent)
    return msg


@pytest.fixture()
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


def context():
    return ExecutionContext(GraphSchema({}), "test")


@pytest.fixture()
def trained(nlp, storage):
    resource = Resource("novelty")
    config = OutOfDomainClassifier.get_default_config()
    component = OutOfDomainClassifier.create(config, storage, resource, context())
    component.train(TrainingData([example(nlp, text, intent) for text, intent in TRAINING]))
    return OutOfDomainClassifier.load(config, storage, resource, context())


def test_content_words_are_lemmas_without_stop_words_or_numbers(nlp):
    # the lookup lemmatizer makes "data" the plural of "datum"
    assert content_words(message(nlp, "What do the data scientists earn in 2024?")) == {
        "datum", "scientist", "earn"}


def test_training_learns_in_scope_words_only(trained):
    assert {"scientist", "earn", "bootcamp", "cost", "hello"} <= trained.vocabulary
    assert not {"cat", "eat", "weather"} & trained.vocabulary
    # used more often out of scope than in scope: no evidence of either
    assert "outside" not in trained.vocabulary and "experience" in trained.vocabulary


def test_a_message_with_no_known_word_is_relabelled_out_of_scope(nlp, trained):
    msg = message(nlp, "is green tea healthy?", "ask_manage_costs", 0.79)
    trained.process([msg])
    assert msg.get("intent") == {"name": "out_of_scope", "confidence": 1.0}
    ranking = [r["name"] for r in msg.get("intent_ranking")]
    assert ranking == ["out_of_scope", "ask_manage_costs"]


@pytest.mark.parametrize("text, confidence, entities", [
    ("what do scientists like to eat?", 0.6, ()),  # one known word
    ("is green tea healthy?", 0.95, ()),  # the classifier is sure
    ("is green tea healthy?", 0.6, ({"entity": "occupation", "value": "x"},)),  # names a subject
    ("what is it?", 0.3, ()),  # stop words only
    ("5000?", 0.3, ()),  # a number
])
def test_other_messages_keep_their_intent(nlp, trained, text, confidence, entities):
    msg = message(nlp, text, "ask_salary", confidence, entities)
    trained.process([msg])
    assert msg.get("intent") == {"name": "ask_salary", "confidence": confidence}


@pytest.mark.parametrize("intent", ["greet", "goodbye", "thanks"])
def test_social_intents_keep_their_intent(nlp, trained, intent):
    msg = message(nlp, "goodnight", intent, 0.6)
    trained.process([msg])
    assert msg.get("intent") == {"name": intent, "confidence": 0.6}


def test_the_fingerprint_follows_the_code(tmp_path):
    import components.novelty

    config = OutOfDomainClassifier.get_default_config()
    assert OutOfDomainClassifier.fingerprint_addon(config) == source_fingerprint(
        components.novelty.__file__)
    module = tmp_path / "module.py"
    module.write_text("x = 1\n")
    before = source_fingerprint(str(module))
    module.write_text("x = 2\n")
    assert source_fingerprint(str(module)) != before


def test_a_model_without_a_vocabulary_relabels_nothing(nlp, storage):
    config = OutOfDomainClassifier.get_default_config()
    component = OutOfDomainClassifier.load(config, storage, Resource("missing"), context())
    msg = message(nlp, "is green tea healthy?", "ask_manage_costs", 0.5)
    component.process([msg])
    assert msg.get("intent")["name"] == "ask_manage_costs"
