"""Rankings, extremes and differences, computed from the knowledge base, never typed:
"what's the best-paid of these occupations?", "which is growing fastest?", "how much
more does an IT manager earn than a developer?".

``ranking(kb, text, subjects)`` recognises such a question (a superlative or "how much
more/less" about pay, growth or openings) and returns the reply with every figure it
used and their source, or None when the text asks no such thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from mlcareer.format import Reply, capitalise, format_figure, money, source_line
from mlcareer.knowledge import Fact, KnowledgeBase, Quantity, Subject


@dataclass(frozen=True)
class Measure:
    fact: str  # the knowledge-base aspect ranked
    noun: str  # what a ranking is of, in a sentence
    intent: str  # the question it answers, for the answered_intent slot


PAY = Measure("median_wage", "median pay", "ask_salary")
GROWTH = Measure("growth", "projected growth", "ask_outlook")
OPENINGS = Measure("openings", "openings a year", "ask_outlook")
SUPERLATIVES = [  # (pattern, measure, highest first)
    (r"\b(best|highest|top)[- ]?(paid|paying)\b|\bpays? (the )?(most|best)\b|"
     r"\bhighest (salary|salaries|pay|wages?)\b|\bearns? the most\b|\bmost money\b", PAY, True),
    (r"\b(lowest|least|worst)[- ]?(paid|paying)\b|\bpays? (the )?least\b|"
     r"\blowest (salary|salaries|pay|wages?)\b|\bearns? the least\b", PAY, False),
    (r"\bfastest[- ]?growing\b|\bgrow(s|ing)? (the )?fastest\b|\b(most|highest|biggest) "
     r"(job )?growth\b|\bbest (job )?outlook\b|\bmost in demand\b", GROWTH, True),
    (r"\bslowest[- ]?growing\b|\bgrow(s|ing)? (the )?slowest\b|\b(least|lowest) growth\b",
     GROWTH, False),
    (r"\bmost (job )?openings\b", OPENINGS, True),
]
# Between two or more named (or recent) occupations: "which of them pays more?"
COMPARATIVES = [
    (r"\b(pays?|earns?|makes?) more\b|\bbetter[- ]paid\b|\bhigher (salary|pay|wages?)\b",
     PAY, True),
    (r"\b(pays?|earns?|makes?) less\b|\blower (salary|pay|wages?)\b", PAY, False),
    (r"\b(grows?|growing) faster\b|\bbetter (job )?(growth|outlook)\b|\bmore growth\b",
     GROWTH, True),
]
DIFFERENCE = re.compile(r"\bhow much (more|less)\b|\bdifference in (pay|salary|salaries)\b|"
                        r"\b(earns?|makes?|paid) (more|less) than\b")
OCCUPATION = "occupation"


def _value(kb: KnowledgeBase, subject: Subject, fact: str) -> tuple[Fact, float] | None:
    found = kb.facts_for(subject.id, fact)
    if not found or not isinstance(found[0].value, Quantity):
        return None
    return found[0], found[0].value.value


def _ranked(kb: KnowledgeBase, measure: Measure, highest: bool,
            among: Sequence[Subject]) -> Reply | None:
    rows = [(s, *found) for s in among if (found := _value(kb, s, measure.fact))]
    if len(rows) < 2:
        return None
    rows.sort(key=lambda row: row[2], reverse=highest)
    top, fact, _ = rows[0]
    word = "highest" if highest else "lowest"
    lines = [f"Of the {len(rows)} occupations the guide gives figures for, "
             f"{top.label} have the {word} {measure.noun}: {format_figure(fact)}."]
    lines += [f"{n}. {capitalise(s.label)}: {format_figure(f)}"
              for n, (s, f, _) in enumerate(rows, 1)]
    lines.append(source_line(kb, [f for _, f, _ in rows]))
    return Reply("\n".join(lines))


def _difference(kb: KnowledgeBase, named: Sequence[Subject]) -> Reply | None:
    found = [(s, *v) for s in named[:2] if (v := _value(kb, s, PAY.fact))]
    if len(found) != 2:
        return None
    (a, fa, va), (b, fb, vb) = found
    more, less = ((a, fa, va), (b, fb, vb)) if va >= vb else ((b, fb, vb), (a, fa, va))
    gap = more[2] - less[2]
    text = (f"{capitalise(more[0].label)} earn a median of {format_figure(more[1])}, "
            f"{money(gap)} a year more than {less[0].label} ({format_figure(less[1])}).")
    return Reply(f"{text}\n{source_line(kb, [more[1], less[1]])}")


def ranking(kb: KnowledgeBase, text: str, subjects: Sequence[Subject]) -> tuple[Reply, str] | None:
    """(reply, intent answered) when ``text`` asks for a ranking, extreme or difference."""
    lowered = text.lower()
    occupations = [s for s in subjects if s.kind == OCCUPATION]
    if len(occupations) >= 2 and DIFFERENCE.search(lowered):
        reply = _difference(kb, occupations)
        if reply is not None:
            return reply, PAY.intent
    if len(occupations) >= 2:
        for pattern, measure, highest in COMPARATIVES:
            if re.search(pattern, lowered):
                reply = _ranked(kb, measure, highest, occupations)
                if reply is not None:
                    return reply, measure.intent
    for pattern, measure, highest in SUPERLATIVES:
        if re.search(pattern, lowered):
            among = occupations if len(occupations) >= 2 else kb.subjects_of_kind(OCCUPATION)
            reply = _ranked(kb, measure, highest, among)
            if reply is not None:
                return reply, measure.intent
    return None
