"""Rankings, extremes and differences, computed from the knowledge base, never typed:
"what's the best-paid of these occupations?", "which is growing fastest?", "how much
more does an IT manager earn than a developer?", "which job is adding the most
positions?", and over the routes in: "which route is cheapest / quickest?".

``ranking(kb, text, subjects)`` recognises such a question (a superlative or "how much
more/less" about pay, growth or openings) and returns the reply with every figure it
used and their source, or None when the text asks no such thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from mlcareer.format import DASH, Reply, capitalise, format_figure, money, source_line
from mlcareer.knowledge import Fact, KnowledgeBase, Quantity, Range, Subject
from mlcareer.qa.context import THAT_ONE, follow_up_length


@dataclass(frozen=True)
class Measure:
    fact: str  # the knowledge-base aspect ranked
    noun: str  # what a ranking is of, in a sentence
    intent: str  # the question it answers, for the answered_intent slot


class Ranked(NamedTuple):
    reply: Reply
    intent: str  # the question it answers, for the answered_intent slot
    top: tuple[str, ...] = ()  # the subjects it puts first: what "them" refers to next


PAY = Measure("median_wage", "median pay", "ask_salary")
GROWTH = Measure("growth", "projected growth", "ask_outlook")
OPENINGS = Measure("openings", "openings a year", "ask_outlook")
JOBS_ADDED = Measure("jobs_added", "number of jobs added", "ask_outlook")
# A superlative is a word for an end ("most", "lowest", "worst") within two words of a
# word for the measure ("pays the worst", "top earners", "highest salary", "least new
# jobs"), in either order; the measure is read from its own words, not from set phrases.
HIGH_WORDS, LOW_WORDS = r"most|highest|best|top|biggest|greatest|largest", \
    r"least|lowest|worst|smallest|fewest|bottom"
COUNT_HIGH, COUNT_LOW = r"most|highest|biggest|greatest|largest", r"least|lowest|fewest"
MEASURE_WORDS = [  # (measure, its words, the end words that go with them)
    (PAY, r"pay|pays|paid|paying|paychecks?|earn|earns|earning|earners?|salary|salaries|"
          r"wages?|money|income|compensation|medians?|\$\$+", (HIGH_WORDS, LOW_WORDS)),
    (GROWTH, r"grow|grows|growing|growth|outlook|demand|prospects", (HIGH_WORDS, LOW_WORDS)),
    (OPENINGS, r"openings|vacanc(y|ies)", (COUNT_HIGH, COUNT_LOW)),
    (JOBS_ADDED, r"new jobs|jobs added|positions added|added|adding|adds|new positions|jobs|"
                 r"positions", (COUNT_HIGH, COUNT_LOW)),
]
# "makes the most (money)": "make" only with its end right after it ("what makes the most
# sense" is not about pay)
MAKES = re.compile(r"\bmak(e|es|ing) the (most|least)\b(?! (sense|difference|impact|progress))")
FASTEST = re.compile(r"\b(fastest|quickest)[- ]?growing\b|"
                     r"\bgrow(s|ing)? (the )?(fastest|quickest)\b")
SLOWEST = re.compile(r"\bslowest[- ]?growing\b|\bgrow(s|ing)? (the )?slowest\b")
# "the best paid 10%", "top 10 percent": the top-decile wage of one occupation, not a ranking
PERCENTILE = re.compile(r"\b(10|ten) ?(%|percent|per cent|pct)|\b90th\b|\bpercentile\b")
# With one occupation named, a superlative is a ranking only in a frame like these ("is
# data science the best-paid of these jobs?"); else it asks for that occupation's figures
RANKING_FRAME = re.compile(r"\b(which|what|who)\b.*\b(jobs?|occupations?|roles?|fields?|one|"
                           r"careers?)\b|\bof (these|them|those|all|the)\b|\b(the|your) list\b|"
                           r"\b(jobs?|occupations?|roles?|fields?|careers?)\b")
# "which job is #2 for pay", "second highest paid": a place in the ranking
ORDINALS = {"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
            "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
            "8th": 8, "9th": 9}
ORDINAL = re.compile(r"(?:#\s?|\bnumber |\bno\.? ?)([2-9])\b|\b(second|third|fourth|fifth|sixth|"
                     r"seventh|eighth|ninth|2nd|3rd|[4-9]th)\b")


def _near(ends: str, words: str) -> re.Pattern[str]:
    end, word = rf"(?<![\w$])(?:{ends})(?![\w$])", rf"(?<![\w$])(?:{words})(?![\w$])"
    return re.compile(rf"{end}(?:\W+[\w$]+){{0,2}}?\W+{word}|{word}(?:\W+[\w$]+){{0,2}}?\W+{end}")


SUPERLATIVES = [(_near(ends, words), measure, highest)  # (pattern, measure, highest first)
                for measure, words, pair in MEASURE_WORDS
                for ends, highest in zip(pair, (True, False), strict=True)]


def superlative(lowered: str) -> tuple[Measure, bool] | None:
    """The measure and end a lower-cased text asks the extreme of, if any."""
    if FASTEST.search(lowered):
        return GROWTH, True
    if SLOWEST.search(lowered):
        return GROWTH, False
    if made := MAKES.search(lowered):
        return PAY, made.group(2) == "most"
    for pattern, measure, highest in SUPERLATIVES:
        if pattern.search(lowered):
            return measure, highest
    return None


def measure_named(lowered: str) -> Measure | None:
    """The measure a text names in its own words ("for pay": pay), if any."""
    for measure, words, _ in MEASURE_WORDS:
        if re.search(rf"(?<![\w$])(?:{words})(?![\w$])", lowered):
            return measure
    return None


# Over the routes in (degrees, bootcamps, certifications): the guide's cost and time
# figures, compared by their upper end ("cheapest", "quickest way in"). Degrees are
# priced per year, as the guide gives them; the reply says so through each figure.
ROUTES = ("bachelors", "masters", "bootcamp", "certification")
# ...when the message is about ways in ("cheapest train to Edinburgh" is not)
ROUTE_WORDS = re.compile(r"\b(routes?|ways?|paths?|options?|choices?|of (these|them|those)|"
                         r"one|do this|get in(to)?|become|start|education|study|studying|"
                         r"learn(ing)?|degrees?|programs?|programmes?|qualif\w*|takes?)\b")
COST = Measure("cost", "cost", "ask_cost")
TIME = Measure("duration", "time", "ask_duration")
ROUTE_EXTREMES = [  # (pattern, measure, highest first)
    (r"\bcheapest\b|\bleast expensive\b|\bcost(s|ing)? (the )?least\b|\blowest cost\b|"
     r"\bmost affordable\b", COST, False),
    (r"\bmost expensive\b|\b(priciest|costliest)\b|\bcost(s|ing)? (the )?most\b|"
     r"\bhighest cost\b|(?<!make the )(?<!makes the )(?<!earn the )(?<!earns the )"
     r"\bmost \$\$+", COST, True),  # "the most $$$ route", not "makes the most $$"
    (r"\b(quickest|fastest|shortest)\b|\btakes? (the )?least time\b",
     TIME, False),
    (r"\b(longest|slowest)\b|\btakes? (the )?(most|longest) time\b",
     TIME, True),
]
# Between two routes, named or talked about: "is that cheaper than a degree?"
ROUTE_COMPARATIVES = [  # (pattern, measure, highest first, heading)
    (r"\b(cheaper|less expensive|costs? less|more affordable)\b", False, "Cheaper"),
    (r"\b(more expensive|pricier|costlier|costs? more)\b", True, "More expensive"),
    (r"\b(quicker|faster|shorter|takes? less time)\b", False, "Quicker"),
    (r"\b(longer|slower|takes? more time)\b", True, "Longer"),
]
DEGREE = re.compile(r"\b(a|the) (college |university |uni )?degree\b")
# pay or growth: then "cheapest", "faster" are not about the routes in (nor, for the
# extremes, with "jobs": "the fastest jobs")
PAY_OR_GROWTH = r"\bgrow|\bpa(y|id)|\bearn|\bsalar"
BARE_COMPARATIVE = 2  # words: "and cheaper?", "quicker then?"
POINTER = re.compile(r"\b(that|it|this|which( one)?|them|they|either|the two)\b")
# Between two or more named (or recent) occupations: "which of them pays more?"
COMPARATIVES = [
    (r"\b(pays?|earns?|makes?) more\b|\bbetter[- ]paid\b|\bhigher (salary|pay|wages?)\b",
     PAY, True),
    (r"\b(pays?|earns?|makes?) less\b|\blower (salary|pay|wages?)\b", PAY, False),
    (r"\b(grows?|growing) faster\b|\bbetter (job )?(growth|outlook)\b|\bmore growth\b",
     GROWTH, True),
    (r"\b(adds?|adding|creates?|creating|has|have) more (new )?(jobs|positions)\b|"
     r"\bmore (new )?(jobs|positions) (added|created)\b", JOBS_ADDED, True),
    (r"\b(adds?|adding|creates?|creating|has|have) fewer (new )?(jobs|positions)\b",
     JOBS_ADDED, False),
]
DIFFERENCE = re.compile(r"\bhow (much|many) (\$+|dollars?|bucks|usd|money)? ?(more|less)\b|"
                        r"(?<![\w$])\$+ ?(more|less)\b|\bdifference in (pay|salary|salaries)\b|"
                        r"\bby how much\b|\b(earns?|makes?|paid) (more|less) than\b|"
                        r"\b(gap|difference)\b|"
                        # "whats the bump in $ a year, median vs median?"
                        r"\b(bump|boost|jump|increase|raise|uplift) in (\$|pay|salary|money|"
                        r"income|wages?)|\bpay (bump|boost|jump|increase|raise)\b")
# "how much more is that median than a data scientist's": the one talked about's figure
THEIRS = re.compile(r"\b(that|this|it|its|their|they|them)\b")
OCCUPATION = "occupation"
ML_ENGINEER = "ml_engineer"  # the goal of every route, not one of the jobs ranked
TOP_ONE = re.compile(r"\bthe (top|first-placed) one\b")
SHORT_FOLLOW_UP = 4  # words: "difference?", "and the gap?"
# people, not occupations: "and the top earners?" after one occupation's pay is its top 10%
TOP_EARNERS = re.compile(r"\b(top|highest|best[- ]paid) (earners|paid people|people)\b")
# "top earners there?", "the best paid in that job": the occupation talked about
THERE = re.compile(r"\b((?<!out )there|in (that|this|it)( one| job| field| role)?|"
                   r"(for|among|of) (that|this) (one|job|field|role|occupation))\b")


def _value(kb: KnowledgeBase, subject: Subject, fact: str) -> tuple[Fact, float] | None:
    found = kb.facts_for(subject.id, fact)
    if not found or not isinstance(found[0].value, Quantity):
        return None
    return found[0], found[0].value.value


def _ranked(kb: KnowledgeBase, measure: Measure, highest: bool,
            among: Sequence[Subject], place: int = 1, compared: bool = False) -> Ranked | None:
    """``among`` ranked by ``measure``, the one at ``place`` first; ``compared``: they
    are the ones the user compares (said so when the guide has a figure for one only)."""
    rows = [(s, *found) for s in among if (found := _value(kb, s, measure.fact))]
    if len(rows) == 1 and compared:  # "who makes more?" of one with a figure
        return _lacking(kb, measure, rows[0][0], rows[0][1],
                        [s for s in among if s is not rows[0][0]])
    if len(rows) == 1 and measure is OPENINGS and not compared:
        return _openings_of_one(kb, rows[0][0], rows[0][1], highest, among, place)
    if len(rows) < 2:
        return None
    rows.sort(key=lambda row: row[2], reverse=highest)
    listed = [f"{n}. {capitalise(s.label)}: {format_figure(f)}"
              for n, (s, f, _) in enumerate(rows, 1)]
    source = source_line(kb, [f for _, f, _ in rows])
    if place > len(rows):  # "and the 6th?" of five
        only = f"The guide gives figures for only {len(rows)} occupations:"
        return Ranked(Reply("\n".join([only, *listed, source])), measure.intent, ())
    top, fact, _ = rows[place - 1]
    word = "highest" if highest else "lowest"
    # "which of them pays more?" of the two talked about: "of these two", not "of the two
    # occupations the guide gives figures for" (it gives them for more)
    every = [s for s in kb.subjects_of_kind(OCCUPATION)
             if s.id != ML_ENGINEER and _value(kb, s, measure.fact)]
    of = (f"Of the {len(rows)} occupations the guide gives figures for"
          if len(rows) >= len(every) else f"Of these {len(rows)} occupations")
    if place == 1:
        first = f"{of}, {top.label} have the {word} {measure.noun}: {format_figure(fact)}."
    else:
        ordinal = next(word for word, n in ORDINALS.items() if n == place and word.isalpha())
        first = (f"{of}, {top.label} have the {ordinal} {word} {measure.noun}: "
                 f"{format_figure(fact)}.")
    return Ranked(Reply("\n".join([first, *listed, source])), measure.intent, (top.id,))


def _openings_of_one(kb: KnowledgeBase, subject: Subject, fact: Fact, highest: bool,
                     among: Sequence[Subject], place: int) -> Ranked | None:
    """"which job has the most openings?" when the guide gives a yearly openings figure
    for one occupation only: that figure, said so, then the occupations ranked by the jobs
    they add, the nearest figure it has for all of them."""
    added = _ranked(kb, JOBS_ADDED, highest, among, place)
    if added is None:
        return None
    note = (f"The guide gives a yearly openings figure for {subject.label} only: "
            f"{format_figure(fact)}. By the jobs each occupation adds, ")
    text = added.reply.text
    first = text.split("\n", 1)[0]
    if first.startswith("Of "):
        text = note + first[0].lower() + first[1:] + text[len(first):]
    return Ranked(Reply(text), JOBS_ADDED.intent, added.top)


def _lacking(kb: KnowledgeBase, measure: Measure, subject: Subject, fact: Fact,
             missing: Sequence[Subject]) -> Ranked:
    """Two occupations compared when the guide has the figure for one only ("ML engineer
    or data scientist, who makes more?"): says so, with the one figure it has."""
    names = " or ".join(s.label for s in missing)
    text = (f"The guide gives no {measure.noun} figure for {names}, so it cannot say which "
            f"is higher. {capitalise(subject.label)}: {format_figure(fact)}.\n"
            f"{source_line(kb, [fact])}")
    return Ranked(Reply(text), measure.intent, (subject.id,))


def _whole(kb: KnowledgeBase, subject: Subject, fact: Fact) -> tuple[float, float] | None:
    """A per-year cost over the whole route (the yearly figures times the route's years),
    or None when the figure is not per year or the route has no duration in years."""
    value = fact.value
    durations = kb.facts_for(subject.id, "duration")
    if not isinstance(value, Range) or value.per != "year" or not durations:
        return None
    years = durations[0].value
    if not isinstance(years, Range):
        return None
    low, high = (m / 12 for m in years.in_months())
    return value.min * low, value.max * high


def whole_costs(kb: KnowledgeBase, subject_id: str) -> list[str]:
    """"per year or total?": each per-year cost of a route over the whole route, as a
    line ("For the whole degree (1–2 years): $20,000–$80,000"); none when its costs are
    not per year."""
    subject = kb.subjects.get(subject_id)
    if subject is None:
        return []
    lines = []
    for fact in kb.facts_for(subject_id, "cost"):
        whole = _whole(kb, subject, fact)
        if whole is None:
            continue
        where = f", {fact.qualifier}" if fact.qualifier else ""
        years = format_figure(kb.facts_for(subject_id, "duration")[0])
        lines.append(f"For the whole degree ({years}{where}): {_span(whole)}.")
    return lines


def _span(whole: tuple[float, float]) -> str:
    return f"{money(whole[0])}{DASH}{money(whole[1])}"


def _key(kb: KnowledgeBase, subject: Subject, fact: Fact) -> float:
    """What a route is ranked by: the upper end of its time, or of its whole cost."""
    value = fact.value
    if isinstance(value, Range) and value.unit != "USD":
        return value.in_months()[1]
    whole = _whole(kb, subject, fact)
    if whole is not None:
        return whole[1]
    return value.max if isinstance(value, Range) else value.value


def _route_line(kb: KnowledgeBase, subject: Subject, fact: Fact) -> str:
    line = f"{capitalise(subject.label)}: {format_figure(fact)}"
    whole = _whole(kb, subject, fact)
    if whole is not None:
        line += f" ({_span(whole)} for the whole degree)"
    return line


def _route_extreme(kb: KnowledgeBase, measure: Measure, highest: bool,
                   among: Sequence[str] = ROUTES, heading: str | None = None) -> Ranked | None:
    rows = [(kb.subjects[r], fact) for r in among if r in kb.subjects
            for fact in kb.facts_for(r, measure.fact)]
    if len(rows) < 2:
        return None
    rows.sort(key=lambda row: _key(kb, *row), reverse=highest)
    best = _key(kb, *rows[0])
    tops = {s.label: None for s, f in rows if _key(kb, s, f) == best}  # once each, in order
    if heading is None:
        heading = {(COST.fact, False): "Cheapest", (COST.fact, True): "Most expensive",
                   (TIME.fact, False): "Quickest", (TIME.fact, True): "Longest"}[
            (measure.fact, highest)] + " of the routes in the guide"
    lines = [f"{heading}, going by the guide's figures: {' and '.join(tops)} "
             f"({format_figure(rows[0][1])})."]
    lines += [f"{n}. {_route_line(kb, s, f)}" for n, (s, f) in enumerate(rows, 1)]
    if any(_whole(kb, s, f) for s, f in rows):
        lines.append("Whole-degree costs are the yearly figures times the years the guide "
                     "gives for the degree.")
    used = [f for _, f in rows] + [d for s, f in rows if _whole(kb, s, f)
                                   for d in kb.facts_for(s.id, "duration")]
    lines.append(source_line(kb, used))
    return Ranked(Reply("\n".join(lines)), measure.intent, (rows[0][0].id,))


def _difference(kb: KnowledgeBase, named: Sequence[Subject]) -> Ranked | None:
    found = [(s, *v) for s in named[:2] if (v := _value(kb, s, PAY.fact))]
    if len(found) != 2:
        return None
    (a, fa, va), (b, fb, vb) = found
    more, less = ((a, fa, va), (b, fb, vb)) if va >= vb else ((b, fb, vb), (a, fa, va))
    gap = more[2] - less[2]
    text = (f"{capitalise(more[0].label)} earn a median of {format_figure(more[1])}, "
            f"{money(gap)} a year more than {less[0].label} ({format_figure(less[1])}).")
    return Ranked(Reply(f"{text}\n{source_line(kb, [more[1], less[1]])}"), PAY.intent,
                  (more[0].id, less[0].id))


def _one_range(kb: KnowledgeBase, lowered: str, subjects: Sequence[Subject],
               recent: Sequence[str]) -> Ranked | None:
    """"which of them is cheaper?" of two certifications, named or talked about: the guide
    gives one range for all of them, so it cannot say; the range, and that it cannot."""
    def sharing(candidates: Sequence[Subject]) -> list[Subject]:
        return [s for s in candidates if s.parent in ROUTES and not any(
            f.subject == s.id for aspect in ("cost", "duration")
            for f in kb.facts_for(s.id, aspect))]  # its figures are its kind's

    named = sharing(subjects)
    if not subjects and POINTER.search(lowered):
        named = sharing([kb.subjects[r] for r in recent if isinstance(r, str)
                         and r in kb.subjects])
    if len(named) < 2 or named[0].parent != named[1].parent:
        return None
    whole = kb.subjects[str(named[0].parent)]
    for pattern, _highest, heading in ROUTE_COMPARATIVES:
        if not re.search(pattern, lowered):
            continue
        measure = COST if heading in ("Cheaper", "More expensive") else TIME
        facts = kb.facts_for(whole.id, measure.fact)
        if not facts:
            return None
        text = (f"The guide gives one {measure.noun} range for all {whole.label}, not one for "
                f"each ({', or '.join(format_figure(f) for f in facts)}), so it cannot say "
                f"which of {named[0].label} and {named[1].label} is {heading.lower()}.")
        return Ranked(Reply(f"{text}\n{source_line(kb, facts)}"), measure.intent,
                      (named[0].id, named[1].id))
    return None


def _route_comparison(kb: KnowledgeBase, lowered: str, subjects: Sequence[Subject],
                      recent: Sequence[str]) -> Ranked | None:
    """"is that cheaper than a degree?" after a bootcamp's cost; "bootcamp or masters,
    which one's quicker?": the named routes, completed by the ones talked about."""
    same = _one_range(kb, lowered, subjects, recent)
    if same is not None:  # "which of them is cheaper?" of two certifications
        return same
    # a named certification is priced as the certifications are ("a bootcamp or the aws
    # cert, which is cheaper?")
    among = list(dict.fromkeys(s.id if s.id in ROUTES else str(s.parent) for s in subjects
                               if s.id in ROUTES or s.parent in ROUTES))
    if DEGREE.search(lowered) and "bachelors" not in among and "masters" not in among:
        among.append("bachelors")  # "a degree": the first one
    # ("and cheaper?" right after two routes: between those two)
    bare = follow_up_length(lowered) <= BARE_COMPARATIVE and any(
        re.search(pattern, lowered) for pattern, *_ in ROUTE_COMPARATIVES)
    if not among and not POINTER.search(lowered) and not bare:
        return None  # "how much longer will AI jobs be in demand?" is not about routes
    # (a certification talked about is priced as the certifications are: "does that cost
    # less than a degree?" after the AWS one)
    talked = [r if r in ROUTES else str(kb.subjects[r].parent) for r in recent
              if isinstance(r, str) and r in kb.subjects
              and (r in ROUTES or kb.subjects[r].parent in ROUTES)]
    among += [r for r in dict.fromkeys(talked) if r not in among]
    if len(among) < 2:
        return None
    for pattern, highest, heading in ROUTE_COMPARATIVES:
        if re.search(pattern, lowered):
            measure = COST if heading in ("Cheaper", "More expensive") else TIME
            return _route_extreme(kb, measure, highest, among[:2], heading)
    return None


MORE_THAN = re.compile(r"\b(more|less|higher|lower|bigger|smaller|faster|slower) than\b")
MORE_WORDS = {"more", "higher", "bigger", "faster"}
# "and the lowest?" right after a ranking or a figure: the same measure, the other end
BARE_EXTREME = re.compile(r"\b(lowest|highest|least|most|top|bottom|best|worst|cheapest|"
                          r"priciest|costliest|quickest|fastest|slowest|longest)\b")
HIGH_END = {"highest", "most", "top", "best", "longest", "slowest", "priciest", "costliest"}
# over the routes, these words name their own measure whatever the one in context
WORD_MEASURES = {"cheapest": (COST, False), "priciest": (COST, True), "costliest": (COST, True),
                 "quickest": (TIME, False), "fastest": (TIME, False),
                 "slowest": (TIME, True), "longest": (TIME, True)}
# ...and of growth, "the slowest" is the lowest ("and the slowest one?" after the fastest)
GROWTH_END = {"slowest": False, "fastest": True, "quickest": True}
ASPECT_MEASURES = {"salary": PAY, "outlook": GROWTH, "cost": COST, "duration": TIME}


def _order(kb: KnowledgeBase, measure: Measure) -> list[str]:
    """The occupations with a figure for ``measure``, lowest first."""
    rows = sorted((found[1], s.id) for s in kb.subjects_of_kind(OCCUPATION)
                  if (found := _value(kb, s, measure.fact)))
    return [sid for _, sid in rows]


def _nearer_the_bottom(kb: KnowledgeBase, measure: Measure, talked: Sequence[Subject]) -> bool:
    """Whether the occupation just talked about is nearer the bottom of ``measure``'s
    ranking than its top: the ranking before went from the lowest ("the lowest paid?",
    then "and the 2nd one?" is the second lowest)."""
    ids = _order(kb, measure)
    if not talked or talked[0].id not in ids:
        return False
    from_bottom = ids.index(talked[0].id)
    return from_bottom < len(ids) - 1 - from_bottom


def ranking(kb: KnowledgeBase, text: str, subjects: Sequence[Subject],
            recent: Sequence[str] = (), aspect: str | None = None) -> Ranked | None:
    """The ranking, extreme or difference ``text`` asks for, or None. ``recent``: the
    subjects talked about, most recent first; ``aspect``: the one in context."""
    lowered = text.lower()
    occupations = [s for s in subjects if s.kind == OCCUPATION]
    if PERCENTILE.search(lowered):
        return None  # the top 10% of one occupation: its salary answer has it
    recent = recent if isinstance(recent, (list, tuple)) else ()
    talked = [kb.subjects[r] for r in recent if isinstance(r, str) and r in kb.subjects
              and kb.subjects[r].kind == OCCUPATION]
    if not occupations and not re.search(PAY_OR_GROWTH, lowered):
        compared = _route_comparison(kb, lowered, subjects, recent)
        if compared is not None:
            return compared
    # "difference?" right after two occupations' figures: between those two (a message's
    # last question counts: "so he's right? how big is the gap")
    short = len(lowered.split()) <= SHORT_FOLLOW_UP or (
        DIFFERENCE.search(lowered) is not None
        and len(re.split(r"[?!.]+", lowered.strip(" ?!."))[-1].split()) <= SHORT_FOLLOW_UP + 1)
    between = occupations if len(occupations) >= 2 else (
        talked[:2] if not subjects and short and len(talked) >= 2 else [])
    # "how much more does the top one make than software devs" after a ranking: the one
    # put first, against the one named
    if (len(occupations) == 1 and len(subjects) == 1 and talked
            and talked[0] != occupations[0] and (THAT_ONE.search(lowered) or (
                DIFFERENCE.search(lowered) and THEIRS.search(lowered)))):
        between = [talked[0], occupations[0]]
        # ("the top one" after "and the 2nd one?": the top of the ranking, not the 2nd)
        ranked = ASPECT_MEASURES.get(aspect or "")
        order = _order(kb, ranked) if (TOP_ONE.search(lowered) and ranked is not None
                                        and ranked in (PAY, GROWTH)) else []
        if len(order) >= 2 and order[-1] != occupations[0].id:
            between = [kb.subjects[order[-1]], occupations[0]]
    if between and DIFFERENCE.search(lowered):
        found = _difference(kb, between)
        if found is not None:
            return found
    # "is that more than IT managers?" after a figure of hardware engineers: the two
    than = MORE_THAN.search(lowered)
    measure = (measure_named(lowered) or ASPECT_MEASURES.get(aspect or "")) if than else None
    if than and measure in (PAY, GROWTH) and len(occupations) <= 2:
        both = list(dict.fromkeys([*occupations, *talked]))[:2]
        if len(both) == 2:
            found = _ranked(kb, measure, than.group(1) in MORE_WORDS, both, compared=True)
            if found is not None:
                return found
    # "who makes more?" after two occupations were talked about: those two
    pair = occupations if len(occupations) >= 2 else (
        talked[:2] if not subjects and len(talked) >= 2 else [])
    if pair:
        for pattern, measure, highest in COMPARATIVES:
            if re.search(pattern, lowered):
                found = _ranked(kb, measure, highest, pair, compared=True)
                if found is not None:
                    return found
    about_jobs = re.search(rf"{PAY_OR_GROWTH}|\bjobs?\b", lowered)
    # "the cheapest way to become an ML engineer": the goal, not an occupation ranked
    ranked_jobs = [s for s in occupations if s.id != ML_ENGINEER]
    # ("and the slowest one?" after the fastest-growing job: that job's measure, not routes)
    way = [m.group(0) for m in ROUTE_WORDS.finditer(lowered)]
    jobs_in_context = aspect in ("salary", "outlook") and set(way) == {"one"}
    if (not ranked_jobs and not about_jobs and way and not jobs_in_context
            and not [s for s in subjects if s.id in ROUTES]):
        for pattern, measure, highest in ROUTE_EXTREMES:
            if re.search(pattern, lowered):
                found = _route_extreme(kb, measure, highest)
                if found is not None:
                    return found
    among = occupations if len(occupations) >= 2 else kb.subjects_of_kind(OCCUPATION)
    extreme = superlative(lowered)
    place = ORDINAL.search(lowered)
    if place is not None and ORDINALS[place.group(1) or place.group(2)] > 5 and len(
            lowered.split()) > SHORT_FOLLOW_UP + 1:
        place = None  # "in 9th grade, which job pays most?": a grade, not a place
    if place is not None and len(occupations) != 1:  # "which job is #2 for pay?"
        named_measure = extreme[0] if extreme else measure_named(lowered)
        highest = extreme[1] if extreme else True
        if named_measure is None and not subjects and len(lowered.split()) <= 5 and \
                ASPECT_MEASURES.get(aspect or "") in (PAY, GROWTH):
            named_measure = ASPECT_MEASURES[aspect or ""]  # "and the 2nd one?" after pay
            highest = not _nearer_the_bottom(kb, named_measure, talked)
        if named_measure is not None:
            found = _ranked(kb, named_measure, highest, among,
                            ORDINALS[place.group(1) or place.group(2)])
            if found is not None:
                return found
    if extreme is not None and len(occupations) == 1 and not RANKING_FRAME.search(lowered):
        return None  # "the top earners among research scientists": their own figures
    if extreme is not None and not occupations and talked and THERE.search(lowered):
        return None  # "top earners there?" after research scientists: theirs
    if (extreme is not None and not subjects and talked and short and aspect == "salary"
            and TOP_EARNERS.search(lowered) and not RANKING_FRAME.search(lowered)):
        return None  # "and the top earners?" after one occupation's pay: its top 10%
    if extreme is not None:
        found = _ranked(kb, *extreme, among)
        if found is not None:
            return found
    bare = BARE_EXTREME.search(lowered)
    if (bare and not subjects and len(lowered.split()) <= 5 and aspect not in ASPECT_MEASURES
            and bare.group(1) in WORD_MEASURES and any(r in ROUTES for r in recent)):
        return _route_extreme(kb, *WORD_MEASURES[bare.group(1)])  # "and the quickest?"
    if bare and not subjects and len(lowered.split()) <= 5 and aspect in ASPECT_MEASURES:
        measure, highest = ASPECT_MEASURES[aspect], bare.group(1) in HIGH_END
        if measure in (COST, TIME) and bare.group(1) in WORD_MEASURES:
            measure, highest = WORD_MEASURES[bare.group(1)]  # "and the fastest?" after costs
        if measure in (COST, TIME):
            return _route_extreme(kb, measure, highest)
        if measure is GROWTH:
            highest = GROWTH_END.get(bare.group(1), highest)
        return _ranked(kb, measure, highest, kb.subjects_of_kind(OCCUPATION))
    return None
