"""Builds the spaCy pipeline the assistant uses, from the knowledge base alone.

A blank English pipeline (nothing to download) with the lookup lemmatizer from
``spacy-lookups-data`` and an entity ruler whose patterns are generated from the
knowledge-base aliases. Each match is labelled with the subject's kind
(``education``, ``occupation``, ...) and carries the subject id as ``ent_id_``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import spacy
from spacy.vectors import Vectors

from mlcareer.knowledge import KnowledgeBase, normalise_alias

if TYPE_CHECKING:
    from spacy.language import Language


# The last word of an occupation as people shorten it in chat
ABBREVIATIONS = (("engineer", ("eng", "engs", "engr", "engrs")), ("scientist", ("sci", "scis")),
                 ("developer", ("dev", "devs")), ("manager", ("mgr", "mgrs")))


def alias_variants(alias: str) -> set[str]:
    """The spellings people type for an alias: plural, shortened last word, apostrophes,
    hyphens."""
    base = normalise_alias(alias)
    variants = {base}
    if not base.endswith("s") and base[-1:].isalpha() and len(base) > 2:
        variants.add(base + "s")
    for long, short in (("certification", "cert"), ("certificate", "cert")):
        if base.endswith(" " + short):
            variants.add(base[: -len(short)] + long)
        if base.endswith(" " + long):
            variants.add(base[: -len(long)] + short)
            variants.add(base[: -len(long)] + ("certificate" if long == "certification"
                                                else "certification"))
    for long, shorts in ABBREVIATIONS:  # "hardware eng", "research sci", "IT mgrs"
        for text in list(variants):
            if text.endswith(" " + long) or text.endswith(" " + long + "s"):
                stem = text[: text.rindex(" ") + 1]
                variants.update(stem + short for short in shorts)
    for text in list(variants):
        if "'" in text:
            variants.add(text.replace("'", "\u2019"))
            variants.add(text.replace("'", ""))
        if "-" in text:
            variants.add(text.replace("-", " "))
            variants.add(text.replace("-", ""))
    return variants


def entity_patterns(kb: KnowledgeBase) -> list[dict]:
    """Entity-ruler patterns for every alias; a spelling two subjects share is dropped."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for kind, subject_id, alias in kb.alias_patterns():
        for text in alias_variants(alias):
            owners.setdefault(text, set()).add((kind, subject_id))
    explicit = {normalise_alias(a): sid for _, sid, a in kb.alias_patterns()}
    patterns = []
    for text, owner in sorted(owners.items()):
        if len(owner) > 1:
            if text not in explicit:
                continue  # a generated variant that collides: leave it out
            owner = {o for o in owner if o[1] == explicit[text]}
        (kind, subject_id), = owner
        patterns.append({"label": kind, "pattern": text, "id": subject_id})
    return patterns


def load_vectors(nlp: Language, path: Path) -> int:
    """Word vectors from ``scripts/build_vectors.py``'s table into the pipeline's vocabulary
    (what ``token.vector`` returns, so what Rasa's ``SpacyFeaturizer`` reads)."""
    with np.load(path) as table:
        words, vectors = [str(w) for w in table["words"]], table["vectors"]
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=vectors, keys=words,
                                name="glove-6b-100d")
    return len(words)


def build_nlp(kb: KnowledgeBase, vectors: Path | None = None) -> Language:
    """The blank English pipeline with the lookup lemmatizer and the KB entity ruler, and
    the word vectors at ``vectors`` when given."""
    nlp = spacy.blank("en")
    if vectors is not None:
        load_vectors(nlp, vectors)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data
    ruler.add_patterns(entity_patterns(kb))
    return nlp
