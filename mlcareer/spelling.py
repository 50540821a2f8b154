"""Spelling tolerance: a word that is neither in the assistant's own vocabulary (its
training examples and the knowledge base's aliases) nor a real English word is corrected
to the nearest word of that vocabulary ("bootcmap" -> "bootcamp", "salry" -> "salary",
"mastrs" -> "masters"); chat-speak is spelled out ("u" -> "you", "yr" -> "year").

A real English word is never "corrected" into a domain word, short words (under four
letters) are left alone unless they are chat-speak, and so are words with digits
("2k", "10yrs"). Distances are Damerau-Levenshtein (a swap of two letters counts as one):
at most 1 for words of up to 5 letters, 2 for longer ones. When several words of the
vocabulary are as near, the one the training examples use at least twice as often as any
other wins ("caeer": "career", not "cheer"); otherwise, and for a capitalised word (a
name: "Plano", "MEng"), a tie is no correction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

WORD = re.compile(r"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z']*(?![A-Za-z0-9_])")
# Only spellings that mean one thing in questions about careers.
CHAT_SPEAK = {
    "u": "you", "ur": "your", "r": "are", "yr": "year", "yrs": "years", "pls": "please",
    "plz": "please", "ppl": "people", "cert": "certification", "certs": "certifications",
    "hw": "hardware", "sw": "software", "uni": "university", "grad": "graduate",
    "bach": "bachelors", "prog": "programming", "exp": "experience",
    "yoe": "years of experience", "wo": "without", "abt": "about",
    "smth": "something", "sth": "something", "tho": "though", "bc": "because",
    "cuz": "because", "coz": "because", "rn": "right now", "idk": "I don't know",
    "ds": "data science", "mle": "machine learning engineer", "dev": "developer",
    "devs": "developers", "eng": "engineer", "engs": "engineers", "comp": "computer",
    "sci": "science", "maths": "math", "stats": "statistics",
    "libs": "libraries", "lib": "library", "nah": "no", "wat": "what", "wut": "what",
    "gonna": "going to", "wanna": "want to",
    "gotta": "have to", "dunno": "don't know", "tbh": "to be honest", "thx": "thanks",
    "shud": "should", "shld": "should", "wud": "would", "cud": "could",
}
# Chat-speak that depends on the next word: "hw much" (how) but "hw engineer"
# (hardware); "4 a bootcamp" (for) and "2 become" (to), but "4 years", "2 kids"; and
# slashed shorthand.
CONTEXT_SPEAK = [
    # "w/ R", "w/o a degree", "b/c": slashed shorthand (a payload's "/" starts the text)
    (re.compile(r"(?<![A-Za-z0-9/])w/o(?![A-Za-z0-9/])", re.I), "without"),
    (re.compile(r"(?<![A-Za-z0-9/])w/(?=\s)", re.I), "with"),
    (re.compile(r"(?<![A-Za-z0-9/])b/c(?![A-Za-z0-9/])", re.I), "because"),
    (re.compile(r"\bhw(?= (much|many|long|do|does|did|is|are|can|to|about|come)\b)", re.I),
     "how"),
    # "why r hardware engineers on the list", "r they hiring": a lower-case "r" that can
    # only be "are" (the language is "r" too: "r or python?", "learn r")
    (re.compile(r"\b(why|how|what|where|who|when) r(?= [a-z])"), r"\1 are"),
    # ...and opening a question about a plural: "r bootcamps legit", "r certs worth it"
    (re.compile(r"^r(?= (bootcamps|certs|certifications|certificates|degrees|masters|"
                r"courses|jobs|salaries|internships|the)\b)"), "are"),
    (re.compile(r"(?<![A-Za-z0-9_'])(?<!and )(?<!or )(?<!vs )(?<!, )"
                r"r(?= (u|you|ya|they|we|there|these|those|them|people|ppl|any|all|most|some)"
                r"\b)"), "are"),
    # "which 1 shud i pick", "the cheaper 1": "one" (not "1 year", "1 of them" stays)
    (re.compile(r"\b(which|that|this|the|other|cheaper|quicker|better|best) 1(?![\w%.,])(?! ?"
                r"(year|yr|month|week|day|hour|of\b))", re.I), r"\1 one"),
    # "n for ai researchers?", "pay n growth": a lone "n" between words
    (re.compile(r"(?<!\S)n(?= +[a-z])", re.I), "and"),
    (re.compile(r"(?<=[a-z] )4(?= (a|an|the|me|my|ml|ai|data|this|that|it|someone|"
                r"beginners?|free|people)\b)", re.I), "for"),
    (re.compile(r"(?<=[a-z] )2(?= (be|become|get|learn|start|do|go|find|land|make|work|"
                r"study|switch|break|move|pay|afford|take|finish|know|the|a|an|ml|ai)\b)",
                re.I), "to"),
]
MIN_LENGTH = 4
TIES = 8  # words of the vocabulary compared when several are as near
TIE_MARGIN = 2  # a tie goes to a word used this many times as often as the next


def max_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


class Speller:
    """Corrects words towards ``vocabulary`` (most frequent first; ``counts`` break ties)."""

    def __init__(self, vocabulary: Iterable[str], english: Iterable[str] = (),
                 chat_speak: Mapping[str, str] = CHAT_SPEAK,
                 counts: Mapping[str, int] | None = None) -> None:
        self.vocabulary = list(dict.fromkeys(w.lower() for w in vocabulary))
        self.domain = set(self.vocabulary)
        self.known = self.domain | {w.lower() for w in english}
        self.chat_speak = dict(chat_speak)
        self.counts = {w.lower(): n for w, n in (counts or {}).items()}
        self._cache: dict[tuple[str, bool], str | None] = {}

    def correct_word(self, word: str) -> str | None:
        """The word to use instead of ``word``, or None to keep it."""
        lower = word.lower()
        if lower in self.domain:
            return None  # the assistant's own word, as its training examples spell it
        if lower in self.chat_speak:
            return self.chat_speak[lower]
        if len(lower) < MIN_LENGTH or lower in self.known or "'" in lower:
            return None
        key = (lower, word == lower)
        if key not in self._cache:
            self._cache[key] = self._nearest(lower, break_ties=word == lower)
        return self._cache[key]

    def _nearest(self, word: str, break_ties: bool = True) -> str | None:
        limit = max_distance(word)
        found = process.extract(word, self.vocabulary, scorer=DamerauLevenshtein.distance,
                                score_cutoff=limit, limit=TIES)
        if not found:
            return None
        # the words as near as the nearest, commonest first (the vocabulary's order in a tie)
        ties = sorted(((self.counts.get(str(w), 0), str(w)) for w, d, _ in found
                       if d == found[0][1]), key=lambda tie: tie[0], reverse=True)
        if len(ties) > 1 and (not break_ties or ties[0][0] < TIE_MARGIN * max(ties[1][0], 1)):
            return None  # as near as another, and not clearly the commoner: no guess
        return ties[0][1]

    def correct(self, text: str) -> str:
        """``text`` with its misspelt words corrected; everything else as it was (a
        payload such as ``/ask_cost{...}`` is left alone)."""
        if text.startswith("/"):
            return text

        def replace(match: re.Match[str]) -> str:
            word = match.group(0)
            return self.correct_word(word) or word
        for pattern, spelled in CONTEXT_SPEAK:
            text = pattern.sub(spelled, text)
        return WORD.sub(replace, text)
