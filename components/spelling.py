"""Spelling tolerance before anything reads the message (``mlcareer.spelling``).

At training time the vocabulary is the words of the training examples and of the
knowledge base's aliases, most frequent first; English words (which are never
"corrected") come from ``spacy-lookups-data``: its English lemma table and its most
frequent word forms. At run time a
misspelt word is replaced in the text the rest of the pipeline reads, and greetings,
compliments and thanks around a question are dropped from it
(``mlcareer.pleasantries``); the tracker keeps
what the user typed (Rasa stores the original text in the user event). Training
examples are not changed, so the classifiers train exactly as without this component.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy_lookups_data
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components import source_fingerprint
from mlcareer import spelling
from mlcareer.knowledge import load_knowledge_base
from mlcareer.pleasantries import without_pleasantries
from mlcareer.spelling import WORD, Speller

logger = logging.getLogger(__name__)
VOCABULARY_FILE = "vocabulary.json"
DATA = Path(spacy_lookups_data.__file__).parent / "data"
# Word forms at least this frequent (log probability) count as English whatever the
# lemma table says: it lists only words that inflect, not "both", "which", "the". At
# -12, "teh" (-12.6) and "recieve" (-13.5) stay misspellings.
COMMON = -12.0
WORD_FORM = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _table(name: str) -> dict[str, object]:
    table: dict[str, object] = json.loads(gzip.decompress((DATA / name).read_bytes()))
    return table


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every word form and lemma of spacy-lookups-data's English lemma table, and its
    6,600 most frequent word forms."""
    lemmas = _table("en_lemma_lookup.json.gz")
    frequent = _table("en_lexeme_prob.json.gz")
    words = {w for pair in lemmas.items() for w in pair if isinstance(w, str)}
    words |= {w for w, p in frequent.items() if isinstance(p, float) and p >= COMMON}
    return frozenset(w.lower() for w in words if WORD_FORM.fullmatch(w))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class SpellingCorrector(GraphComponent):
    """Corrects misspelt words of incoming messages towards the assistant's vocabulary."""

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 vocabulary: list[str] | dict[str, int] | None = None) -> None:
        self._model_storage = model_storage
        self._resource = resource
        counts = vocabulary if isinstance(vocabulary, dict) else None  # older models: a list
        self.speller = Speller(list(vocabulary), english_words(),
                               counts=counts) if vocabulary else None

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SpellingCorrector:
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return (source_fingerprint(__file__) + source_fingerprint(spelling.__file__)
                + load_knowledge_base().fingerprint)

    def train(self, training_data: TrainingData) -> Resource:
        counts: Counter[str] = Counter()
        for example in training_data.training_examples:
            counts.update(w.lower() for w in WORD.findall(example.get(TEXT) or ""))
        for subject in load_knowledge_base().subjects.values():
            for alias in (*subject.aliases, subject.label):
                counts.update(w.lower() for w in WORD.findall(alias))
        vocabulary = dict(counts.most_common())  # most frequent first, with its count
        with self._model_storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> SpellingCorrector:
        try:
            with model_storage.read_from(resource) as directory:
                vocabulary = json.loads((directory / VOCABULARY_FILE).read_text("utf-8"))
        except (ValueError, FileNotFoundError):
            logger.warning("No vocabulary in the model: %s corrects nothing.", cls.__name__)
            vocabulary = []
        return cls(config, model_storage, resource, vocabulary)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # trained as written: the vocabulary comes from it

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and text:
                corrected = text if self.speller is None else self.speller.correct(text)
                # the greetings, compliments and thanks around a question go too
                corrected = without_pleasantries(corrected)
                if corrected != text:
                    logger.debug("spelling: %r -> %r", text, corrected)
                    message.set(TEXT, corrected)
        return messages
