"""Search over the knowledge base, for the questions the classifier is unsure of.

Every topic (its intro), topic item, subject (description, focus, what it suits) and
source becomes a passage that knows the question it answers: the intent (and subject)
whose answer covers it, or, for an item or a source, its own text with a citation.
Passages and queries are normalised the same way (lower case, Snowball stems, no stop
words; a knowledge-base alias in the text adds its subject's name), and ranked with BM25
(``bm25s``). ``Search.best`` returns the best passage with its score and the margin over
the next passage of another intent; the caller decides what is confident enough
(thresholds calibrated on a development set, bench/notes.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import snowballstemmer

from mlcareer.knowledge import KnowledgeBase, Subject, normalise_alias
from mlcareer.qa.answers import ASPECT_FACTS, KIND_INTENTS, TOPIC_INTENTS

WORD = re.compile(r"[a-z0-9][a-z0-9']*")
STOP_WORDS = """a an the and or but if of to in on at by for with about as into from is are
was were be been being am do does did doing have has had i me my we our you your it its this
that these those what which who whom how when where why can could would should will shall
may might must there here so than then too very just also any some such not no nor only own
same other more most few each both all up down out over under again further once get got"""
STOP = frozenset(STOP_WORDS.split())
ASPECT_INTENT = {fact: f"ask_{aspect}" for aspect, facts in ASPECT_FACTS.items()
                 for fact in facts}
FIGURE_INTENTS = frozenset(ASPECT_INTENT.values())
SOURCES_INTENT = "ask_sources"  # not an NLU intent: questions about the data itself
# what people ask about the data itself ("who published these figures?", "how recent
# is this?", "is this US data?"): the words of the question, not facts
PROVENANCE_WORDS = ("who published where come from source sources data figures numbers "
                    "statistics stats recent up to date old year release country US "
                    "United States national trust reliable accurate")


@dataclass(frozen=True)
class Passage:
    text: str  # what is searched
    intent: str  # the question it answers
    subject: str | None = None  # answer with this subject named
    reply: str | None = None  # answer with this text (items, sources) instead
    source: str = "guide"
    section: str = ""
    topic: str | None = None  # the topic an item or intro belongs to


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    margin: float  # over the best passage that answers another intent


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


# Abbreviations people type for what the guide spells out ("which one suits nlp?")
SPELLED_OUT = {"nlp": "natural language processing", "cv": "computer vision",
               "rl": "reinforcement learning", "dl": "deep learning", "nn": "neural network",
               "nns": "neural networks", "eda": "exploratory data analysis"}


ABBREVIATED_US = re.compile(r"\bu\.s\.?(?=\W|$)")


def terms(text: str) -> list[str]:
    """Stems of the content words of ``text`` (a few abbreviations spelled out)."""
    # "U.S." is one word, not "u" (which people type for "you") and "s"
    lowered = ABBREVIATED_US.sub("us", text.lower())
    words = [w.replace("'s", "").strip("'") for w in WORD.findall(lowered)]
    words = [part for w in words for part in SPELLED_OUT.get(w, w).split()]
    return list(_stemmer().stemWords([w for w in words if w and w not in STOP]))


def _subject_passages(kb: KnowledgeBase, subject: Subject) -> list[Passage]:
    about = " ".join(filter(None, (subject.name, subject.description, subject.focus,
                                   subject.topics_covered, subject.suits, subject.provider,
                                   " ".join(subject.aliases))))
    intent = next((i for i, (kind, *_rest) in KIND_INTENTS.items() if kind == subject.kind),
                  "inform")
    passages = [Passage(about, intent, subject.id, source=subject.source,
                        section=subject.section)]
    for fact in kb.facts:
        if fact.subject == subject.id and fact.aspect in ASPECT_INTENT:
            words = f"{subject.name} {' '.join(subject.aliases)} {fact.aspect.replace('_', ' ')}"
            passages.append(Passage(words, ASPECT_INTENT[fact.aspect], subject.id,
                                    source=fact.source, section=fact.section))
    return passages


def passages(kb: KnowledgeBase) -> list[Passage]:
    topic_intent = {topic: intent for intent, topics in TOPIC_INTENTS.items()
                    for topic in topics}
    found: list[Passage] = []
    for topic in kb.topics.values():
        intent = topic_intent.get(topic.id)
        if intent is None:
            continue
        if topic.intro:
            found.append(Passage(f"{topic.title} {topic.intro}", intent,
                                 source=topic.source, section=topic.section, topic=topic.id))
        for item in topic.items:
            text = f"{item.title}: {item.text}" if item.title else item.text
            found.append(Passage(f"{topic.title} {text}", intent, reply=text,
                                 source=topic.source, section=topic.section, topic=topic.id))
    for subject in kb.subjects.values():
        found += _subject_passages(kb, subject)
    names = " ".join(source.name for source in kb.sources.values())
    found.append(Passage(f"{PROVENANCE_WORDS} {names}", SOURCES_INTENT))
    return found


def _alternatives(subject: Subject) -> str:
    aliases = sorted((normalise_alias(a) for a in subject.aliases), key=len, reverse=True)
    return "|".join(re.escape(a) for a in aliases)


class Search:
    """BM25 over the knowledge base's passages."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._aliases = [  # one pattern per subject: any of its aliases as whole words
            (subject.id, re.compile(rf"\b(?:{_alternatives(subject)})\b"))
            for subject in kb.subjects.values() if subject.aliases]
        self.passages = passages(kb)
        self._index = bm25s.BM25()
        self._index.index([self._terms(p.text) for p in self.passages], show_progress=False)

    def _terms(self, text: str) -> list[str]:
        found = terms(text)
        lowered = normalise_alias(text)
        found += [f"subject:{sid}" for sid, pattern in self._aliases if pattern.search(lowered)]
        return found or ["<empty>"]

    def _best(self, text: str, keep: Callable[[Passage], bool],
              apart: Callable[[Passage], object]) -> Hit | None:
        """The best of the passages ``keep`` accepts, with its margin over the next one
        that differs from it by ``apart`` (its intent, its subject); None when none of
        them matches at all."""
        scores = self._index.get_scores(self._terms(text))
        order = [i for i in sorted(range(len(scores)), key=lambda i: -scores[i])
                 if keep(self.passages[i])]
        if not order or scores[order[0]] <= 0:
            return None
        top = self.passages[order[0]]
        other = next((scores[i] for i in order[1:] if apart(self.passages[i]) != apart(top)),
                     0.0)
        return Hit(top, float(scores[order[0]]), float(scores[order[0]] - other))

    def best(self, text: str) -> Hit | None:
        """The best passage for ``text``, or None when nothing matches at all."""
        return self._best(text, lambda p: True, lambda p: p.intent)

    def best_among(self, text: str, intents: Collection[str]) -> Hit | None:
        """The best passage for ``text`` of those answering one of ``intents`` (its margin
        over the next of another intent), or None when none of them matches at all."""
        return self._best(text, lambda p: p.intent in intents, lambda p: p.intent)

    def best_subject(self, text: str, subjects: Collection[str]) -> Hit | None:
        """Of ``subjects``, the one whose description (not its figures) best matches
        ``text``, with its margin over the next of them; None when none matches at all."""
        return self._best(text, lambda p: p.subject in subjects
                          and p.intent not in FIGURE_INTENTS, lambda p: p.subject)


@lru_cache(maxsize=1)
def default_search() -> Search:
    """The search over the project's knowledge base, built once per process (about 1 s)."""
    from mlcareer.knowledge import default_knowledge_base

    return Search(default_knowledge_base())
