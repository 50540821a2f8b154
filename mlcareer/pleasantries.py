"""Greetings, compliments and thanks around a question ("Hi Ken! Great video. Would you
recommend the AWS cert? Thanks in advance!!") are not what is asked: the classifiers
read only the question. Before, such words pulled an unsure message towards nothing
("great video! should a beginner know statistics?" was declined; without "great video!"
it is a skills question).

Only a whole greeting, compliment or thanks at the start or the end is dropped, and only
when what is left asks something (a "?" or a question's first word) or tells the person's
situation ("I'm a nurse..."). A message that is nothing else ("hi", "thanks!", "great
bot") is left as it is: it is small talk, and the small-talk intents answer it.
"""

from __future__ import annotations

import re

GREETING = (r"hi|hello|hey|heya|hiya|hallo|helo|greetings|dear|namaste|good (?:morning|"
            r"afternoon|evening|day)")
ADDRESSEE = (r"there|all|everyone|everybody|every1|guys|folks|team|friends?|sir|sirs|madam|"
             r"ma'am|bro|mate|bot|people|community|(?:mr|mrs|ms|dr|prof)\.? ?[A-Za-z]+")
PRAISE = (r"great|nice|awesome|amazing|excellent|fantastic|wonderful|brilliant|cool|helpful|"
          r"useful|informative|insightful|valuable|superb|good|love|loved|enjoyed|beautiful")
THING = (r"video|videos|vid|content|contents|post|posts|bot|work|job|explanation|channel|talk|"
         r"guide|article|info|information|tutorial|series|stuff|answer|answers|session|"
         r"podcast|episode|one|share|sharing|presentation|lecture|advice|tips?|it|this|that")
# A name: one or two capitalised words, when punctuation or praise follows them ("Hi Ken !",
# "Hi Ken Jee nice video"); "Hi I'm" and "Hi Can you" are not names.
NAME = rf"(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?(?=\s*[,!.:;~-]|\s+(?:{PRAISE})\b)"
THANKS = (r"(?:(?:ok|okay|oh|great|cool|nice),? )?(?:many |big |a big )?"
          r"(?:thanks|thank you|thank u|thankyou|thx|tnx|ty|cheers|regards|best regards|"
          r"kind regards)(?: (?:so|very) much| a lot| a ton| heaps)?"
          r"(?: in advance)?(?: for (?:the|your|this) (?:help|time|answers?|reply|video|"
          r"content|guide|info))?(?: again)?")
APPRECIATED = (r"any (?:help|advice|input|insights?|guidance|suggestions?|thoughts|feedback)"
               r"(?: (?:is|would be|will be))?(?: (?:much|greatly|really|very much|highly))?"
               r" appreciated")

# After a greeting, punctuation, or a question's or a situation's first word ("Hi sir I
# want to learn...", "Hi am new to ML"): "hello world project ideas" is no greeting.
STARTS = (r"i|i'm|im|i've|ive|am|my|me|we|any|anyone|can|could|should|would|will|what|"
          r"whats|what's|how|which|where|when|why|who|is|are|do|does|did|tell|please|pls|"
          r"plz|help|need|want|wanna|looking|planning|thinking|currently|also|so|and")
_GREETING = re.compile(rf"^\s*(?:{GREETING})\b(?:,?\s*(?:{ADDRESSEE})\b|\s*{NAME})?"
                       rf"(?:\s*[,!.:;~-]+\s*|\s+(?=(?:{STARTS}|{PRAISE})\b))", re.I)
_PRAISE = re.compile(
    rf"^\s*(?:(?:wow|omg|oh|btw|first of all),?\s+)?"
    rf"(?:(?:this|that|it|your|the)(?:'s| is| was| were)?\s+|what an?\s+|such an?\s+|i\s+)?"
    rf"(?:(?:really|very|super|so|truly|just|an?)\s+)?(?:{PRAISE})"
    rf"(?:\s+(?:and|&)\s+(?:{PRAISE}))?(?:\s+(?:the|this|your|a|an))?"
    rf"(?:\s+(?:{THING}))?(?:,?\s+(?:{ADDRESSEE}|{NAME}))?\s*[!.,~]+\s*", re.I)
_THANKS = re.compile(rf"^\s*(?:{THANKS})(?:,?\s+(?:{ADDRESSEE}|{NAME}))?\s*[!.,~]+\s*", re.I)
_TRAILING = re.compile(rf"(?<![A-Za-z'])[\s,.!~-]*(?:(?:{THANKS})|(?:{APPRECIATED}))"
                       rf"(?:,?\s+(?:{ADDRESSEE}))?\s*[!.~:)]*\s*$", re.I)
TAIL = 120  # characters
# What is left must ask something or tell the person's situation.
ASKS = re.compile(rf"\?|^\s*(?:{STARTS})\b", re.I)
# ...and is not small talk or the opening of a conversation ("hi, I have a question").
SMALL_TALK = re.compile(
    r"^\s*(?:how are (?:you|u)|how's it going|hows it going|what's up|whats up|sup\b|"
    r"how do you do|any ?(?:one|body) (?:there|here|around)|is (?:this|it) (?:the|a)\b.*\bbot\b|"
    r"are (?:you|u) (?:a )?(?:bot|human|real|there)|(?:i|i've|ive|i'd|id) (?:have |got |need |"
    r"would like |like )?(?:a |some |one |few |quick |small |little |couple of )*"
    r"(?:question|questions|advice|help|doubts?)\W*$|can (?:you|u) help(?: me)?\W*$)", re.I)


def without_pleasantries(text: str) -> str:
    """``text`` without the greetings, compliments and thanks that open or close it, when
    what is left asks something; otherwise ``text`` as it is."""
    if text.startswith("/"):  # a button's payload
        return text
    rest = text
    for _ in range(4):  # "Hi Ken! Great video. Thanks! <question>"
        for pattern in (_GREETING, _PRAISE, _THANKS):
            match = pattern.match(rest)
            if match and match.end() < len(rest):
                rest = rest[match.end():]
                break
        else:
            break
    # (looked for in the last characters only: a closing thanks is short, and a search
    # over a 2,000-character run of punctuation would take a quarter of a second)
    tail = max(len(rest) - TAIL, 0)
    match = _TRAILING.search(rest, tail)
    if match and match.start() > 0:
        rest = rest[:match.start()]
    rest = rest.strip()
    if rest == text.strip() or not ASKS.search(rest) or SMALL_TALK.match(rest):
        return text
    if not re.search(r"[A-Za-z]{2}", rest):
        return text
    return rest
