"""Reads a roadmap profile out of what people type: "I have a CS degree and can code".

Pure functions for the roadmap form. Each ``read_<field>(text, asked)`` returns
the option the text states, or ``None``. ``asked`` is true when the bot has
just asked for that field: short answers ("some", "part", "no") count then,
but a field that was not asked for is only read from an unmistakable phrase,
so "I'm 30" never becomes a budget and "fast" in a question never sets a goal
unasked. Budgets are read by ``parse_budget`` and kept in their slot as
``Budget.encode`` text ("8000", "5000-10000") or ``UNKNOWN_BUDGET``.
"""

from __future__ import annotations

import re

from mlcareer.roadmap.profile import MAX_BUDGET, UNKNOWN_BUDGET, Budget

MULTIPLIERS = {"k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}
NOTHING = re.compile(r"\b(no budget|nothing|zero|no money|none|broke|\$?0)\b", re.I)
AMOUNT = re.compile(
    r"(?P<dollar>\$)?\s*(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>k\b|grand\b|thousand\b|m\b|million\b)?",
    re.I,
)
RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|to|and|or)\s*$", re.I)


def parse_budget(text: str) -> Budget | None:
    """The budget a text states ("$8k", "8000 dollars", "about 10 grand", "5-10k")."""
    if not isinstance(text, str) or not text.strip():
        return None
    amounts = []
    for match in AMOUNT.finditer(text):
        value = float(match["number"].replace(",", ""))
        unit = (match["unit"] or "").lower()
        amounts.append((match, value, MULTIPLIERS.get(unit)))
    if not amounts:
        return Budget(0.0, 0.0) if NOTHING.search(text) else None
    (first, lo, lo_mult) = amounts[0]
    if len(amounts) >= 2:
        second, hi, hi_mult = amounts[1]
        between = text[first.end():second.start()]
        if RANGE_JOIN.match(between) or between.strip() == "":
            lo_mult = lo_mult or hi_mult  # "5-10k": both in thousands
            low, high = lo * (lo_mult or 1), hi * (hi_mult or 1)
            if low > high:
                low, high = high, low
            return Budget(low, high) if high <= MAX_BUDGET else None
    value = lo * (lo_mult or 1)
    return Budget(value, value) if value <= MAX_BUDGET else None




def _any(patterns: str, text: str) -> bool:
    return re.search(patterns, text) is not None


def _clean(text: str) -> str:
    text = (text or "").lower().replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


NO_DEGREE = (r"\bno (college |university |uni )?degree|\bwithout (a |any )?degree|"
             r"\b(don't|do not|dont|never got) (have )?(a |any )?(college |university )?degree|"
             r"\bhigh ?school|\bno college\b|\bdropped out|\bged\b|\bsecondary school|"
             r"\b(didn't|did not|never) (go|went) to (college|university|uni)|"
             r"\b(don't|do not|dont) have (a |any )?(bachelor|university|college)")
MASTERS = r"\bmaster'?s\b|\bmasters\b|\bmsc\b|\bm\.sc\b|\bph\.?d\b|\bdoctorate\b|\bmba\b"
BACHELORS = (r"\bbachelor|\bbsc\b|\bb\.sc\b|\bundergrad|\b(college|university|uni) degree|"
             r"\bdegree in\b|\b(a|my) degree\b|\bgraduated\b|\bb\.?a\. |\bb\.?s\. ")
CS_FIELD = (r"\b(cs|comp ?sci|computer science|computing|computer engineering|software|"
            r"data science|statistics|stats|math|maths|mathematics|physics|informatics|"
            r"engineering|electrical|information technology|ai|machine learning)\b")
# "IT" the field: in capitals, or right after what is studied ("a degree in it"); else
# "it" is a pronoun ("do i need a degree? does it matter?")
IT_FIELD = re.compile(r"\bIT\b|(?i:\b(degree|bachelor'?s|major|diploma|bsc|studied) in it\b"
                      r"(?! (is|was|does|did|will|would|matters?|helps?|counts?)\b))")
OTHER_FIELD = r"\bin (?!(cs|computer|computing|software|data|stat|math|physics|engineering|it)\b)"


def read_education(text: str, asked: bool = False) -> str | None:
    t = _clean(text)
    if _any(NO_DEGREE, t):
        return "none"
    if _any(MASTERS, t):
        return "masters"
    if _any(BACHELORS, t) or _any(r"\b(cs|computer science) (degree|grad|graduate)\b", t):
        if _any(CS_FIELD, t) or IT_FIELD.search(text or ""):
            return "cs_bachelors"
        other = r"\b(unrelated|another|other|different) (field|subject|area)"
        if _any(OTHER_FIELD, t) or _any(other, t):
            return "unrelated_bachelors"
        return None  # a bachelor's, but in which field? the form asks again
    if asked:
        if _any(r"^(none|no|nope|nothing|not really|neither|no degree)\b", t):
            return "none"
        if _any(r"^(cs|computer science|a related field|related)\b", t):
            return "cs_bachelors"
        if _any(r"^(unrelated|another field|other|different field)\b", t):
            return "unrelated_bachelors"
    return None


# a programmer's job title: "2 years as a backend dev", "I'm a full-stack engineer"
DEV_TITLE = (r"\b(backend|back-end|back end|frontend|front-end|front end|full[- ]?stack|web|"
             r"software|mobile|app|game|python|java|javascript|js|ios|android|devops|data) "
             r"(dev|devs|developer|developers|engineer|engineers|programmer)\b|\bswe\b|\bdev\b")
PROGRAMMING_CONTEXT = (r"\b(code|coding|coder|program|programming|programmer|python|developer|"
                       rf"scripts?)\b|{DEV_TITLE}")
NO_PROGRAMMING = (r"\b(no|zero|never|don't|do not|dont|can't|cannot|can not|haven't|have not)"
                  r"( \w+){0,3} (code|coding|program|programming|programmed|coded)\b|"
                  r"\bnever (coded|programmed)\b|\bno (coding|programming) experience\b|"
                  r"\bcomplete beginner\b")
STRONG_PROGRAMMING = (r"\b(strong|expert|advanced|professional|fluent|proficient|experienced|"
                      r"senior|very good|really good|years of)\b|\bsoftware (engineer|developer)\b|"
                      rf"{DEV_TITLE}|\b\d+\+? ?(years?|yrs?) (as|of|in|at|doing|writing) "
                      r"(a |an )?([\w-]+ )?(dev|devs|developer|programmer|engineer|coding|"
                      r"programming|code|python|software)\b|"
                      r"\b(code|program) (well|daily|every day|for a living)\b|"
                      r"\bi'?m a (developer|programmer)\b")
SOME_PROGRAMMING = (r"\b(some|a bit|a little|basic|basics|beginner|intermediate|somewhat|learning|"
                    r"dabbled|can code|can program|know python|little bit|bit of)\b")


def read_programming(text: str, asked: bool = False) -> str | None:
    t = _clean(text)
    if _any(NO_PROGRAMMING, t):
        return "none"
    if not asked and not _any(PROGRAMMING_CONTEXT, t):
        return None
    if _any(STRONG_PROGRAMMING, t):
        return "strong"
    if _any(SOME_PROGRAMMING, t):
        return "some"
    if asked:
        if _any(r"^(none|no|nope|nothing|zero|not at all|not really|never)\b", t):
            return "none"
        if _any(r"^(yes|yeah|yep|i do|a lot|lots|good|solid|plenty)\b", t):
            return "strong" if _any(r"\b(a lot|lots|good|solid|plenty)\b", t) else "some"
    if _any(r"\b(i can|i know how to) (code|program)\b", t):
        return "some"
    return None


UNSURE = (r"\b(not sure|unsure|no idea|don't know|dont know|do not know|skip|rather not say|"
          r"unknown)\b")


NUMBER = r"\d[\d,]*(?:\.\d+)?"
UNIT = r"\s*(?:k\b|grand\b|thousand\b|dollars?\b|usd\b|bucks\b)"
CUED_AMOUNT = (rf"\$\s*{NUMBER}(?:{UNIT})?(?:\s*(?:-|\u2013|to)\s*\$?\s*{NUMBER}(?:{UNIT})?)?|"
               rf"{NUMBER}\s*(?:-|\u2013|to)\s*{NUMBER}{UNIT}|{NUMBER}{UNIT}")
BUDGET_WORD = r"\b(budget|afford|spend|saved|savings|money)\b"


def _money_phrase(t: str) -> str | None:
    """The part of an unasked sentence that states an amount of money."""
    match = re.search(CUED_AMOUNT, t)
    if match:
        return match.group(0)
    match = re.search(BUDGET_WORD, t)
    return t[max(0, match.start() - 4):] if match else None  # keeps "no money"


# a number of hours, weeks, months or years is not an amount of money ("10 hours a week")
# (numbers bounded in length, the second one only after "-" or "to": a long run of digits
# and commas cannot be split in many ways; "$1,000,1,000,..." took 11 s before)
NOT_MONEY = re.compile(r"\b\d[\d,.]{0,12}\s*(?:(?:-|to)\s*\d[\d,.]{0,12}\s*)?(hours?|hrs?|h|"
                       r"days?|weeks?|wks?|months?|mos?|years?|yrs?|kids|children|years? old|"
                       r"yo)\b")


def read_budget(text: str, asked: bool = False) -> str | None:
    t = _clean(text)
    t = NOT_MONEY.sub(" ", t)
    if asked and _any(UNSURE, t) and not re.search(r"\d", t):
        return UNKNOWN_BUDGET
    if not asked:
        phrase = _money_phrase(t)
        if phrase is None:
            return None
        t = phrase
    parsed = parse_budget(t)
    if parsed is None:
        return None
    if not asked and parsed.high == 0 and not _any(r"\b(budget|money|afford|spend)\b", t):
        return None  # "zero", "none" on their own are not a budget unless asked
    return parsed.encode()


PART_TIME = (r"\bpart[- ]?time\b|\bevenings?\b|\bweekends?\b|\bwhile (working|i work)\b|"
             r"\b(keep|keeping) my job\b|\balongside (my )?(job|work)\b|\bon the side\b")
FULL_TIME = r"\bfull[- ]?time\b|\ball in\b|\bquit my job\b|\bfull focus\b|\bfull days?\b"


# "10 hours a week", "3 hrs a day": part-time up to these, full-time from the next ones
HOURS = re.compile(r"\b(\d{1,3}(?:\.\d+)?)\s*(?:-|to)?\s*(?:\d{1,3}\s*)?(?:hours?|hrs?|h)\b\s*"
                   r"(?:a|an|per|/|each|every)?\s*(week|wk|day)\b")
PART_TIME_HOURS = {"week": 25, "wk": 25, "day": 4}
FULL_TIME_HOURS = {"week": 30, "wk": 30, "day": 6}


def read_pace(text: str, asked: bool = False) -> str | None:
    t = _clean(text)
    if _any(PART_TIME, t):
        return "part_time"
    if _any(FULL_TIME, t):
        return "full_time"
    hours = HOURS.search(t)
    if hours is not None:
        amount, per = float(hours.group(1)), hours.group(2)
        if amount <= PART_TIME_HOURS[per]:
            return "part_time"
        if amount >= FULL_TIME_HOURS[per]:
            return "full_time"
    if asked:
        if _any(r"^part\b", t):
            return "part_time"
        if _any(r"^full\b", t):
            return "full_time"
    return None


FASTEST = (r"\b(fastest|quickest|asap|as soon as possible|shortest|quickly|quick|fast|"
           r"speed|soonest|rapidly)\b")
DEEPEST = (r"\b(deepest|deep|in[- ]depth|expertise|expert|thorough|thoroughly|solid foundation|"
           r"research|depth|master the field|best understanding)\b")


def read_goal(text: str, asked: bool = False) -> str | None:
    t = _clean(text)
    fast, deep = _any(FASTEST, t), _any(DEEPEST, t)
    # unasked, only a stated aim counts: "I want the fastest route"
    if not asked and not _any(r"\b(want|goal|aim|prefer|priority|rather|looking for|need)\b", t):
        return None
    if fast and not deep:
        return "fastest"
    if deep and not fast:
        return "deepest"
    return None


READERS = {
    "education": read_education,
    "programming": read_programming,
    "budget": read_budget,
    "pace": read_pace,
    "goal": read_goal,
}


def read_profile(text: str, asked: str | None = None) -> dict[str, str]:
    """Every field the text states; ``asked`` names the field just asked for."""
    found = {}
    for name, reader in READERS.items():
        value = reader(text, asked=name == asked)
        if value is not None:
            found[name] = value
    return found
