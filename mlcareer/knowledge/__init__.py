"""The knowledge base: typed model (``model``) and validating loader (``loader``)."""

from mlcareer.knowledge.loader import default_knowledge_base, load_knowledge_base
from mlcareer.knowledge.model import (
    ASPECTS,
    KNOWLEDGE_DIR,
    MONTHS_PER,
    SUBJECT_KINDS,
    UNITS,
    Fact,
    Item,
    KnowledgeBase,
    KnowledgeBaseError,
    Quantity,
    Range,
    Roadmap,
    RouteStep,
    Source,
    Subject,
    Topic,
    normalise_alias,
)

__all__ = [
    "ASPECTS", "KNOWLEDGE_DIR", "MONTHS_PER", "SUBJECT_KINDS", "UNITS", "Fact", "Item",
    "KnowledgeBase", "KnowledgeBaseError", "Quantity", "Range", "Roadmap", "RouteStep",
    "Source", "Subject", "Topic",
    "default_knowledge_base", "load_knowledge_base", "normalise_alias",
]
