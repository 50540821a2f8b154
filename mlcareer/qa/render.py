"""Turns look-up results into short replies that read well in every channel.

Plain text with short lines and "•" bullets (no Markdown tables), figures
formatted as people write them, and a one-line source.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import cast

from mlcareer.format import (
    DASH,
    UNKNOWN_TEXT,
    Reply,
    bullet,
    capitalise,
    format_figure,
    noun_phrase,
    number,
    source_line,
    verb_for,
)
from mlcareer.knowledge import Fact, KnowledgeBase, Quantity, Subject
from mlcareer.qa.answers import (
    Clarify,
    Comparison,
    FactAnswer,
    FactRow,
    Missing,
    Result,
    SubjectAnswer,
    TopicAnswer,
    Unknown,
)

ASPECT_NOUNS = {"cost": "a cost", "duration": "a duration", "salary": "a salary",
                "outlook": "a job outlook"}
ASPECT_TOPICS = {"cost": "cost", "duration": "how long it takes", "salary": "pay",
                 "outlook": "job outlook"}
ASPECT_SHORT = {"cost": "cost", "duration": "time", "salary": "pay", "outlook": "job outlook"}
# "how much do teachers make?" gets the salary question too: it says which occupations
# the guide has pay for, so nobody reads it as "the guide knows teachers' pay".
CLARIFY_QUESTIONS = {"cost": "Which cost do you mean?",
                     "salary": "The guide has pay figures for these occupations only. "
                               "Which one do you mean?"}


# -- sentences about facts --------------------------------------------------

def _notes(facts: Iterable[Fact]) -> list[str]:
    notes: list[str] = []
    for fact in facts:
        if fact.note and fact.note not in notes:
            notes.append(fact.note)
    return notes


def _single(fact: Fact) -> Quantity:
    """The figure of a wage or openings fact: the guide gives these as single figures."""
    return cast(Quantity, fact.value)


def _period(kb: KnowledgeBase) -> tuple[int, int]:
    """The BLS projection period (``knowledge/sources.yml`` gives it)."""
    return cast(tuple[int, int], kb.sources["bls"].projection_period)


def fact_sentences(kb: KnowledgeBase, aspect: str, row: FactRow) -> list[str]:
    """Full sentences stating every figure of a row."""
    subject, facts = row.subject, row.facts
    phrase = capitalise(noun_phrase(subject))
    figures = ", or ".join(format_figure(f) for f in facts)
    if row.inherited_from is not None:
        whole = row.inherited_from
        lead = (f"The guide gives one range for all {whole.label}, not a separate one for "
                f"{subject.label}: ")
        verb = {"cost": "they cost", "duration": "they take"}.get(aspect, "")
        return [f"{lead}{verb} {figures}.".replace(": .", ":"), *_notes(facts)]
    if aspect == "cost":
        return [f"{phrase} {verb_for(subject, 'costs', 'cost')} {figures}.", *_notes(facts)]
    if aspect == "duration":
        return [f"{phrase} {verb_for(subject, 'takes', 'take')} {figures}.", *_notes(facts)]
    bls = kb.sources["bls"]
    sentences = []
    for fact in facts:
        value = format_figure(fact)
        if fact.aspect == "median_wage":
            sentences.append(f"{phrase} earn a median of {value} a year ({bls.wage_reference}).")
        elif fact.aspect == "top_wage":
            pct = _single(fact).percentile
            sentences.append(f"The top {pct}% earn more than {value}.")
        elif fact.aspect == "growth":
            start, end = _period(kb)
            note = f", {fact.note}" if fact.note else ""
            sentences.append(f"Employment of {subject.label} is projected to grow {value} "
                             f"from {start} to {end}{note}.")
        elif fact.aspect == "openings":
            note = f", {fact.note}" if fact.note else ""
            count = f"{fact.qualifier} {number(_single(fact).value)}".strip()
            sentences.append(f"{capitalise(count)} {_single(fact).unit} open each year{note}.")
        elif fact.aspect == "jobs_added":
            sentences.append(f"That is {value} added.")
    return sentences


def fact_summary(kb: KnowledgeBase, aspect: str, row: FactRow) -> str:
    """One short bullet line for overviews and comparisons."""
    facts = row.facts
    if aspect in ("cost", "duration"):
        return ", or ".join(format_figure(f) for f in facts)
    if aspect == "salary":
        parts = [f"median {format_figure(f)}" for f in facts if f.aspect == "median_wage"]
        parts += [f"top {_single(f).percentile}% over {format_figure(f)}"
                  for f in facts if f.aspect == "top_wage"]
        return ", ".join(parts)
    start, end = _period(kb)
    parts = [f"{format_figure(f)} growth ({start}{DASH}{end})"
             for f in facts if f.aspect == "growth"]
    parts += [f"{f.qualifier or ''} {number(_single(f).value)} openings a year".strip()
              for f in facts if f.aspect == "openings"]
    parts += [f"{format_figure(f)} added" for f in facts if f.aspect == "jobs_added"]
    return ", ".join(parts)


# -- replies ----------------------------------------------------------------

def render(kb: KnowledgeBase, result: Result) -> Reply:
    if isinstance(result, FactAnswer):
        return _render_facts(kb, result)
    if isinstance(result, Comparison):
        return _render_comparison(kb, result)
    if isinstance(result, TopicAnswer):
        return _render_topics(kb, result)
    if isinstance(result, SubjectAnswer):
        return _render_subject(kb, result)
    if isinstance(result, Missing):
        return _render_missing(kb, result)
    if isinstance(result, Clarify):
        return _render_clarify(result)
    if isinstance(result, Unknown):
        return Reply(UNKNOWN_TEXT)
    raise TypeError(f"cannot render {type(result).__name__}")


def _all_facts(answer: FactAnswer) -> list[Fact]:
    return [f for row in answer.rows for f in row.facts]


def _render_facts(kb: KnowledgeBase, answer: FactAnswer) -> Reply:
    if answer.overview or len(answer.rows) > 1:
        lines = [_overview_heading(answer)]
        lines += [bullet(row.subject.label, fact_summary(kb, answer.aspect, row))
                  for row in answer.rows]
        notes = _notes(_all_facts(answer)) if answer.aspect == "duration" else []
        lines += notes[:1]
    else:
        lines = fact_sentences(kb, answer.aspect, answer.rows[0])
    lines.append(source_line(kb, _all_facts(answer)))
    return Reply("\n".join(lines))


def _render_comparison(kb: KnowledgeBase, comparison: Comparison) -> Reply:
    topics = " and ".join(ASPECT_SHORT[a] for a in comparison.aspects)
    lines = [f"Side by side, {topics}:"]
    facts: list[Fact] = []
    for subject, cells in comparison.rows:
        parts = [fact_summary(kb, aspect, row) for aspect, row in cells]
        lines.append(bullet(subject.label, "; ".join(parts)))
        facts += [f for _, row in cells for f in row.facts]
    lines.append(source_line(kb, facts))
    return Reply("\n".join(lines))


def _overview_heading(answer: FactAnswer) -> str:
    if not answer.overview:
        return f"Side by side, {ASPECT_SHORT[answer.aspect]}:"
    return {
        "duration": "How long each step takes:",
        "salary": "Median annual pay of related occupations:",
        "outlook": "Job outlook of related occupations:",
        "cost": "What each item costs:",
    }[answer.aspect]


def _render_topics(kb: KnowledgeBase, answer: TopicAnswer) -> Reply:
    lines: list[str] = []
    topics = [kb.topic(t) for t in answer.topics]
    for topic in topics:
        has_list = bool(topic.items) or (topic is topics[0] and bool(answer.listed))
        if topic.intro:
            lines.append(topic.intro + (":" if has_list and not topic.intro.endswith(".") else ""))
        elif has_list:
            lines.append(f"{topic.title}:")
        for item in topic.items:
            lines.append(bullet(item.title, item.text) if item.title else f"\u2022 {item.text}")
        if topic is topics[0]:
            if topic.items and answer.listed:  # after how to choose: the ones to choose from
                lines.append("The ones the guide describes:")
            lines += [bullet(s.name, s.focus or s.description or "") for s in answer.listed]
        if topic.outro:
            lines.append(topic.outro)
    lines.append(source_line(kb, topics))
    return Reply("\n".join(lines))


def _render_subject(kb: KnowledgeBase, answer: SubjectAnswer) -> Reply:
    subject = answer.subject
    if subject.focus:
        lines = [f"{subject.name}, from {subject.provider}.",
                 f"Focus: {subject.focus}.",
                 f"Topics: {subject.topics_covered}.",
                 f"Suits: {subject.suits}."]
    elif subject.description:
        lines = [f"{capitalise(subject.name)}: {subject.description}"]
    else:
        lines = [f"{capitalise(subject.name)} come up in the guide under "
                 f"\u201c{subject.section}\u201d."]
    items: list[Subject | Fact] = [subject]
    for aspect, row in answer.rows:
        summary = fact_summary(kb, aspect, row)
        if row.inherited_from is not None:
            summary += f", the guide's range for all {row.inherited_from.label}"
        lines.append(bullet(ASPECT_TOPICS[aspect], summary))
        items += row.facts
    lines.append(source_line(kb, items))
    return Reply("\n".join(lines))


def _render_missing(kb: KnowledgeBase, missing: Missing) -> Reply:
    subject = missing.subject
    label = subject.label if subject else "that"
    lines = [f"The guide doesn't give {ASPECT_NOUNS[missing.aspect]} for {label}, "
             f"so I won't guess one."]
    items: list[Fact] = []
    if missing.related is not None:
        lines.append("The closest figures it has are for related occupations:")
        lines += [bullet(row.subject.label, fact_summary(kb, missing.aspect, row))
                  for row in missing.related.rows]
        items += _all_facts(missing.related)
    if missing.available:
        topics = " and ".join(ASPECT_TOPICS[a] for a in missing.available)
        lines.append(f"For {label} I can tell you about {topics}.")
    else:
        lines.append("Type \"help\" to see everything I can tell you about.")
    if items:
        lines.append(source_line(kb, items))
    return Reply("\n".join(lines))


def _render_clarify(clarify: Clarify) -> Reply:
    buttons = [
        {"title": capitalise(option.label),
         "payload": f"/{clarify.intent}{json.dumps({option.kind: option.id})}"}
        for option in clarify.options
    ]
    return Reply(CLARIFY_QUESTIONS[clarify.aspect], buttons)


