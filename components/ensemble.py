"""Logistic regression over the sparse features, averaged with a previous intent ranking.

It first ran after DIET: DIET alone moved by up to four points of held-out accuracy
between random seeds (bench/notes.md, session 4), and the average of DIET's ranking
and a deterministic logistic regression on the same count-vector features was right
more often than DIET alone for every seed tried. Since session 11 DIET is gone (the
same development and held-out figures without it, training 1053 s -> ~110 s), so this
is the first classifier and its ranking stands alone; the sentence-embedding
classifier after it averages into it. It fits its own logistic regression at training
time and, at inference, replaces the ranking with ``weight * own + (1 - weight) *
previous`` when a previous ranking exists, else with its own.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.tensorflow.constants import RANKING_LENGTH

from components import source_fingerprint


def average_rankings(
    own: dict[str, float], previous: dict[str, float], weight: float, length: int
) -> list[dict[str, Any]]:
    """``weight * own + (1 - weight) * previous`` for every intent either names, best first.

    An intent missing from a ranking counts as 0 there (a ranking may be cut at its
    ``ranking_length``). With no previous ranking the own one is returned as is.
    """
    if previous:
        scores = {name: weight * own.get(name, 0.0) + (1 - weight) * previous.get(name, 0.0)
                  for name in own.keys() | previous.keys()}
    else:
        scores = dict(own)
    ranking = sorted(({INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: float(score)}
                      for name, score in scores.items()),
                     key=lambda entry: (-entry[PREDICTED_CONFIDENCE_KEY], entry[INTENT_NAME_KEY]))
    return ranking[:length] if length > 0 else ranking


def average_into(message: Message, own: dict[str, float], weight: float, length: int) -> None:
    """Replaces ``message``'s intent ranking with ``own`` averaged into it (and its intent
    with the new first): ``average_rankings`` over the ranking the message carries."""
    previous = {entry[INTENT_NAME_KEY]: entry[PREDICTED_CONFIDENCE_KEY]
                for entry in message.get(INTENT_RANKING_KEY) or []}
    ranking = average_rankings(own, previous, weight, length)
    message.set(INTENT, ranking[0], add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class AveragedLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Rasa's logistic regression classifier, averaged with the classifier before it."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            **LogisticRegressionClassifier.get_default_config(),
            "max_iter": 1000,  # lbfgs does not converge in 100 on ~1,700 examples
            "weight": 0.5,  # share of this classifier in the average
            RANKING_LENGTH: 10,
        }

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return source_fingerprint(__file__)

    def process(self, messages: list[Message]) -> list[Message]:
        if not hasattr(self.clf, "classes_"):  # untrained: leave the previous ranking alone
            return messages
        probabilities = self.clf.predict_proba(self._create_X(messages))
        for message, row in zip(messages, probabilities, strict=True):
            own = {str(name): float(p) for name, p in zip(self.clf.classes_, row, strict=True)}
            average_into(message, own, self.config["weight"], self.config[RANKING_LENGTH])
        return messages
