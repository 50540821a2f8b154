"""Rasa NLU components that use the knowledge-base spaCy pipeline.

``SpacyNLP`` replaces Rasa's component of the same name. It must keep that
class name: Rasa's default recipe wires ``SpacyTokenizer`` and the entity
extractor to their model provider by the provider's class name
(``model_from="SpacyNLP"``). Instead of ``spacy.load`` of a downloaded model it
builds the pipeline from ``knowledge/``, and it names the model after the
knowledge-base fingerprint: Rasa fingerprints a spaCy model by its name only,
so a knowledge-base change retrains everything that depends on it.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.spacy_entity_extractor import SpacyEntityExtractor
from rasa.nlu.utils import spacy_utils
from rasa.nlu.utils.spacy_utils import SpacyModel

from components.spacy_pipeline import build_nlp
from mlcareer.knowledge import load_knowledge_base


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(spacy_utils.SpacyNLP):
    """Provides the blank English pipeline built from the knowledge base."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SpacyNLP:
        kb = load_knowledge_base()
        vectors = vectors_path(config)
        model = SpacyModel(model=build_nlp(kb, vectors),
                           model_name=f"blank-en-kb-{kb.fingerprint}-{_file_hash(vectors)}")
        return cls(model, {**cls.get_default_config(), **config})

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return f"{load_knowledge_base().fingerprint}-{_file_hash(vectors_path(config))}"


ROOT = Path(__file__).resolve().parent.parent


def vectors_path(config: dict[str, Any]) -> Path | None:
    """The word-vector table the config names (relative to the project), if any."""
    name = config.get("vectors")
    if not name:
        return None
    path = ROOT / name
    if not path.is_file():
        raise FileNotFoundError(f"{path}: run `make install` (scripts/build_vectors.py)")
    return path


def _file_hash(path: Path | None) -> str:
    if path is None:
        return "no-vectors"
    stat = path.stat()  # hashed once per file version, not at every graph build
    return _content_hash(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _content_hash(path: Path, _mtime_ns: int, _size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    is_trainable=False,
    model_from="SpacyNLP",
)
class KnowledgeEntityExtractor(SpacyEntityExtractor):
    """Extracts knowledge-base subjects; the entity value is the subject id."""

    @staticmethod
    def _extract_entities(doc: Any) -> list[dict[str, Any]]:
        return [
            {
                "entity": ent.label_,
                "value": ent.ent_id_ or ent.text,
                "start": ent.start_char,
                "end": ent.end_char,
                "confidence": None,
            }
            for ent in doc.ents
        ]
