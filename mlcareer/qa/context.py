"""Follow-ups that point back at the last few subjects: "both", "the two", "which of
them", "compare them", "the other one". The conversation keeps the last ``KEEP``
subjects it talked about (most recent first); a message that names no subject but points
back gets them as if it had named them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

KEEP = 3
BOTH = re.compile(r"\b(both|the two|these two|those two|either|each|them|they|which one|"
                  r"which of (the two|these|those))\b")
# "which is easier?", "and which's cheaper?" in a short message: one of the last two
WHICH_IS = re.compile(r"^\W*(?:(?:and|so|ok|okay|then)\W+)?which(?:'s| is| would be)\b")
# "is it even required?" after a question about a master's: the current subject
IT = re.compile(r"\b(it|it's|its|that|this)\b")
SHORT = 6  # words: "it" in a longer sentence is more often "is it possible to ..."
# "how many jobs does that one add", "the top one" (after a ranking): the current subject,
# in a message of any length
THAT_ONE = re.compile(r"\b(that|this|the top|the first-placed) one('s)?\b")
OTHER = re.compile(r"\b(the other( one)?|the other's)\b")
# "the first one's growth?", "the former": the earlier of the last two; "the latter",
# "the second one": the later
FIRST = re.compile(r"\b(the (first|1st)( one('s)?|'s)|the former|the first of (them|those|the "
                   r"two))\b")
LATTER = re.compile(r"\b(the latter|the (second|2nd)( one('s)?|'s))\b")
# Words a follow-up may open with: "and the other one?", "so what about bootcamps?"
OPENERS = r"and|so|ok|okay|then"
# A message that does nothing but point back: "the other one?", "and both?", "what about
# the two?" (the classifier, with no word of a topic to go on, is unsure of it).
ONLY_POINTING = re.compile(
    rf"^\W*(?:(?:{OPENERS}|now|what about|how about)\W+)*"
    r"(?:the other(?: one)?|the other's|both(?: of them)?(?: together| combined)?|"
    r"the two(?: of them)?(?: together| combined)?|these two|"
    r"those two|either(?: one)?|the (?:first|1st|second|2nd)(?: one)?|the former|the latter)"
    r"\W*$")


# the words a follow-up opens with, not counted in its length ("what about the top 10
# percent" asks no more than "the top 10 percent")
OPENING = re.compile(rf"^\W*(?:(?:{OPENERS}|now|what about|how about)\W+)+", re.I)


def follow_up_length(text: str) -> int:
    """The number of words of a message after the words it opens with."""
    return len(OPENING.sub("", text).split())


def referred(text: str, named: Sequence[str], recent: Sequence[str],
             kinds: Mapping[str, str] | None = None,
             siblings: Mapping[str, str] | None = None) -> list[str]:
    """The subject ids the message is about: those it names, or those it points back to
    ("both", "each", "which one": the last two; "the other one", "the first one", "the
    former": the one before; "the latter", "the second one", "it", "that": the current
    one).
    With the subjects' ``kinds``, "the other one" and "both" prefer subjects of the current
    one's kind ("which frameworks do ML engineers use?", "and PyTorch?", "the other one?":
    TensorFlow, not ML engineers).
    With ``siblings`` (a subject to the other one of a pair, as public and private
    universities), "the other one" with no partner of the current kind is the sibling of
    the latest of the pair talked about ("private uni bachelors how much", "the other
    one?": public universities)."""
    if named:
        return list(named)
    lowered = text.lower()
    other = _sibling(recent, kinds or {}, siblings or {}) if OTHER.search(lowered) else None
    if other is not None:
        return [other]
    both = BOTH.search(lowered) or (len(lowered.split()) <= SHORT and WHICH_IS.match(lowered))
    ordinal = FIRST.search(lowered) or LATTER.search(lowered)
    if len(recent) < 2 or not (OTHER.search(lowered) or both or ordinal):
        current = recent[0] if recent and isinstance(recent[0], str) else None
        short = len(lowered.split()) <= SHORT  # "is it possible to ...?" points nowhere
        pointing = (short and IT.search(lowered)) or THAT_ONE.search(lowered)
        return [current] if current and pointing else []
    kinds = kinds or {}
    current = kinds.get(recent[0]) if isinstance(recent[0], str) else None
    same = [s for s in recent[1:] if current is not None and isinstance(s, str)
            and kinds.get(s) == current]
    partner = same[0] if same else recent[1]
    if OTHER.search(lowered) or FIRST.search(lowered):
        return [partner]  # the one before the current one: the first of the last two
    if LATTER.search(lowered):
        return [recent[0]]
    return [recent[0], partner]


def _sibling(recent: Sequence[str], kinds: Mapping[str, str],
             siblings: Mapping[str, str]) -> str | None:
    """The other one of a pair, when the current subject has no partner of its own kind
    among the recent ones and one of them is half of a pair whose other half is not."""
    ids = [s for s in recent if isinstance(s, str)]
    if not ids or any(kinds.get(s) == kinds.get(ids[0]) for s in ids[1:]
                      if kinds.get(ids[0]) is not None):
        return None
    for s in ids:
        if s in siblings and siblings[s] not in ids:
            return siblings[s]
    return None


def only_points_back(text: str, recent: Sequence[str],
                     siblings: Mapping[str, str] | None = None) -> bool:
    """Whether the message is nothing but a pointer back at the subjects talked about, and
    there are two of them to point at (or, for "the other one", one of a pair: ``siblings``,
    "textbooks cost?" then "the other one?")."""
    lowered = text.lower().strip()
    if ONLY_POINTING.match(lowered) is None:
        return False
    return len(recent) >= 2 or (OTHER.search(lowered) is not None and any(
        s in (siblings or {}) and (siblings or {})[s] not in recent for s in recent))


def remember(recent: Sequence[str], talked_about: Iterable[str | None]) -> list[str]:
    """The recent subjects after a turn about ``talked_about`` (first: most recent)."""
    now = [s for s in talked_about if s]
    return list(dict.fromkeys([*now, *recent]))[:KEEP]
