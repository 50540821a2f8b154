"""An intent classifier on pre-trained sentence embeddings, averaged into the ranking.

The logistic regression before it reads words and character n-grams (and GloVe
word vectors): it knows the sentences the training data resembles. People write forum
posts in their own words. This component embeds the message with all-MiniLM-L6-v2
(``mlcareer.embeddings``: a sentence encoder trained on a billion sentence pairs), fits a
logistic regression on the embeddings of the training examples, and at inference replaces
the ranking with ``weight * own + (1 - weight) * previous`` (``components.ensemble``).
On the development real questions its first choice alone was the labelled intent for 312
of 450 in-scope posts, against 250 for a logistic regression on word and character
n-grams (bench/notes.md, session 10).

Typos that the spelling corrector leaves (short words, ties, words it does not know) move
an embedding more than they move character n-grams, so each training example is also
embedded once with one or two letters dropped, swapped or inserted (``misspelt``; its own
noise, not the held-out file's typo generator): on the held-out file with seeded typos the
embedding classifier alone went from 71.6% to 81.8% right, clean from 96.7% to 96.3%.

The model is stored as plain arrays (coefficients, intercepts, intent names) in the
trained model file: no pickle.
"""

from __future__ import annotations

import logging
import random
from functools import cache
from typing import Any

import numpy as np
import tensorflow as tf
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from sklearn.linear_model import LogisticRegression

from components import source_fingerprint
from components.ensemble import average_into
from mlcareer import embeddings
from mlcareer.embeddings import ArrayOps, SentenceEncoder, model_directory

logger = logging.getLogger(__name__)
MODEL_FILE = "sentence_intents.npz"


LETTERS = "abcdefghijklmnopqrstuvwxyz"

# TensorFlow (loaded by the Rasa server anyway) runs the encoder's forward pass as one
# compiled graph: its oneDNN kernels do the small products of a single message about 2.5
# times faster than NumPy's OpenBLAS here (one message 22 -> 9 ms, training 3.3 times
# faster), to within 3e-7 of NumPy's vectors (bench/notes.md, session 11).
TENSORFLOW = ArrayOps(shape=lambda a: tf.unstack(tf.shape(a)), take=tf.gather,
                      reshape=tf.reshape, transpose=tf.transpose, exp=tf.exp, erf=tf.math.erf,
                      sqrt=tf.sqrt, mean=tf.reduce_mean, sum=tf.reduce_sum, max=tf.reduce_max,
                      maximum=tf.maximum)
_SIGNATURE = [tf.TensorSpec([None, None], tf.int64), tf.TensorSpec([None, None], tf.float32)]


@cache
def encoder() -> SentenceEncoder:
    """The Rasa process's sentence encoder, its forward pass compiled by TensorFlow."""
    compiled = SentenceEncoder()
    compiled.accelerate(TENSORFLOW, tf.constant,
                        lambda f: tf.function(f, input_signature=_SIGNATURE))
    return compiled


def misspelt(text: str, rng: random.Random) -> str:
    """``text`` with one or two of its words of four letters or more misspelt: a letter
    inside the word dropped, swapped with the next one, or a random letter inserted."""
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 4 and word.isalpha()]
    for i in rng.sample(candidates, min(len(candidates), rng.choice((1, 2)))):
        word, at = words[i], rng.randrange(1, len(words[i]) - 1)
        edit = rng.choice(("drop", "swap", "insert"))
        if edit == "drop":
            words[i] = word[:at] + word[at + 1:]
        elif edit == "swap":
            words[i] = word[:at] + word[at + 1] + word[at] + word[at + 2:]
        else:
            words[i] = word[:at] + rng.choice(LETTERS) + word[at:]
    return " ".join(words)


def softmax_rows(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SentenceEmbeddingClassifier(GraphComponent, IntentClassifier):
    """Logistic regression on sentence embeddings, averaged with the ranking before it."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 10.0,  # inverse regularisation (a grid on the development set: 1, 10, 100)
            "max_iter": 3000,
            "weight": 0.7,  # share of this classifier in the average
            "misspelt_copies": 1,  # per training example, embedded beside it
            RANKING_LENGTH: 10,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: dict[str, np.ndarray] | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        # the encoder's code and weights shape the trained model as much as this file
        weights = model_directory() / "model.safetensors"
        return "-".join((source_fingerprint(__file__), source_fingerprint(embeddings.__file__),
                         f"{weights.stat().st_size}"))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT)]
        if len({e.get(INTENT) for e in examples}) < 2:
            logger.warning("%s needs two intents or more: not trained.", type(self).__name__)
            return self._resource
        texts = [e.get(TEXT) for e in examples]
        labels = [e.get(INTENT) for e in examples]
        rng = random.Random(42)
        for _ in range(self._config["misspelt_copies"]):
            texts += [misspelt(text, rng) for text in texts[:len(examples)]]
            labels += labels[:len(examples)]
        vectors = encoder().encode(texts)
        classifier = LogisticRegression(C=self._config["C"], max_iter=self._config["max_iter"],
                                         class_weight="balanced", random_state=42)
        classifier.fit(vectors, labels)
        self.model = {
            "coef": classifier.coef_.astype(np.float32),
            "intercept": classifier.intercept_.astype(np.float32),
            "classes": np.array([str(c) for c in classifier.classes_]),
        }
        with self._model_storage.write_to(self._resource) as directory:
            np.savez(directory / MODEL_FILE, **self.model)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SentenceEmbeddingClassifier:
        try:
            with model_storage.read_from(resource) as directory, \
                    np.load(directory / MODEL_FILE, allow_pickle=False) as stored:
                model = {key: stored[key] for key in stored.files}
        except (ValueError, FileNotFoundError, OSError):
            logger.warning("No sentence-embedding model: %s changes nothing.", cls.__name__)
            model = None
        if model is not None:
            encoder().encode(["warm up"])  # compile the graph now, not on the first message
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        # a button's payload ("/ask_cost{...}") names its intent: Rasa's RegexMessageHandler
        # sets it after the classifiers, so the encoder (about 10 ms) is not run for it
        asked = [m for m in messages if (m.get(TEXT) or "").strip()
                 and not (m.get(TEXT) or "").startswith("/")]
        if self.model is None or not asked:
            return messages
        vectors = encoder().encode([m.get(TEXT) for m in asked])
        probabilities = softmax_rows(vectors @ self.model["coef"].T + self.model["intercept"])
        for message, row in zip(asked, probabilities, strict=True):
            own = {str(name): float(p) for name, p in zip(self.model["classes"], row,
                                                            strict=True)}
            average_into(message, own, self._config["weight"], self._config[RANKING_LENGTH])
        return messages
