"""Multi-turn dialogues for follow-ups, scored turn by turn (bench/understanding.py):
swapping the subject or the aspect, "the other one", "both", "which of them", "the X
one", two aspects at once, rankings after a comparison. Every expected figure is read
from the knowledge base; a turn is right when its reply contains all of them."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations, permutations

from mlcareer.knowledge import KnowledgeBase
from tests.data.questions import cost, figure, years

Turn = tuple[str, list[str]]
OCCUPATIONS = {"research_scientists": "computer research scientists",
               "software_developers": "software developers",
               "data_scientists": "data scientists", "it_managers": "IT managers",
               "hardware_engineers": "hardware engineers"}
PATHS = {"masters": "a master's degree", "bachelors": "a bachelor's degree",
         "bootcamp": "a bootcamp"}
CERTS = {"google_cert": "Google", "aws_cert": "AWS", "azure_cert": "Azure"}


def _wage(kb: KnowledgeBase, s: str) -> float:
    return kb.facts_for(s, "median_wage")[0].value.value


def _pair_dialogues(kb: KnowledgeBase) -> list[list[Turn]]:
    found = []
    for a, b in combinations(OCCUPATIONS, 2):
        richer = a if _wage(kb, a) >= _wage(kb, b) else b
        pay = [figure(kb, a, "median_wage"), figure(kb, b, "median_wage")]
        found.append([
            (f"what do {OCCUPATIONS[a]} earn?", [pay[0]]),
            (f"and {OCCUPATIONS[b]}?", [pay[1]]),
            ("which of them pays more?", [figure(kb, richer, "median_wage")]),
            ("what is the job outlook for both?",
             [figure(kb, a, "growth"), figure(kb, b, "growth")]),
        ])
    return found


def _path_dialogues(kb: KnowledgeBase) -> list[list[Turn]]:
    found = []
    for a, b in combinations(PATHS, 2):
        a_cost = [cost(kb, a)] if a != "bachelors" else [cost(kb, a, "public_institution")]
        b_time = [years(kb, b)] if b != "bootcamp" else ["3 months to 1 year"]
        found.append([
            (f"how much does {PATHS[a]} cost?", a_cost),
            (f"and how long does {PATHS[b]} take?", b_time),
            ("and the other one?", [years(kb, a)] if a != "bootcamp" else ["3 months"]),
        ])
        found.append([
            (f"what does {PATHS[b]} cost and how long is it?",
             ([cost(kb, b)] if b != "bachelors" else [cost(kb, b, "public_institution")])
             + b_time),
        ])
    return found


def _cert_dialogues(kb: KnowledgeBase) -> list[list[Turn]]:
    found = []
    for a, b in combinations(CERTS, 2):
        found.append([
            (f"tell me about the {CERTS[a]} certification", [kb.subjects[a].name]),
            (f"and the {CERTS[b]} one?", [kb.subjects[b].name]),
            ("how much do they cost?", [cost(kb, "certification")]),
        ])
    return found


def _ranking_dialogues(kb: KnowledgeBase) -> list[list[Turn]]:
    wages = {s: _wage(kb, s) for s in OCCUPATIONS}
    growth = {s: kb.facts_for(s, "growth")[0].value.value for s in OCCUPATIONS}
    best, fastest = max(wages, key=wages.get), max(growth, key=growth.get)
    return [
        [("what's the best-paid of these occupations?", [figure(kb, best, "median_wage")]),
         ("and the fastest-growing?", [figure(kb, fastest, "growth")])],
        [("what do data scientists earn?", [figure(kb, "data_scientists", "median_wage")]),
         ("how much more do IT managers earn than data scientists?",
          [f"${_wage(kb, 'it_managers') - _wage(kb, 'data_scientists'):,.0f}"])],
    ]


def _swap_dialogues(kb: KnowledgeBase) -> list[list[Turn]]:
    found = [[(f"what do {name} earn?", [figure(kb, s, "median_wage")]),
              ("and the job outlook?", [figure(kb, s, "growth")])]
             for s, name in OCCUPATIONS.items()]
    found += [[(f"how long does {PATHS[a]} take?",
                [years(kb, a)] if a != "bootcamp" else ["3 months to 1 year"]),
               (f"what about {PATHS[b]}?",
                [years(kb, b)] if b != "bootcamp" else ["3 months to 1 year"])]
              for a, b in permutations(PATHS, 2)]
    found += [[(f"how much is the {name} certification?", [cost(kb, "certification")]),
               ("and what does it cover?", [kb.subjects[c].topics_covered[:30]])]
              for c, name in CERTS.items() if kb.subjects[c].topics_covered]
    found += [[(f"what's the outlook for {OCCUPATIONS[a]}?", [figure(kb, a, "growth")]),
               (f"and {OCCUPATIONS[b]}?", [figure(kb, b, "growth")]),
               ("and the other one?", [figure(kb, a, "growth")])]
              for a, b in list(combinations(OCCUPATIONS, 2))[::2]]
    return found


BUILDERS: list[Callable[[KnowledgeBase], list[list[Turn]]]] = [
    _pair_dialogues, _path_dialogues, _cert_dialogues, _ranking_dialogues, _swap_dialogues]


def dialogues(kb: KnowledgeBase) -> list[list[Turn]]:
    return [d for build in BUILDERS for d in build(kb)]
