"""The benchmark's question set: at least 150 questions with expected figures.

It reuses the end-to-end questions and the out-of-scope probes of the test
suite and adds templated questions in varied wording over every subject that
has figures. Expected figures are read from the knowledge base.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mlcareer.knowledge import KnowledgeBase
from tests.data import OOS_PROBES
from tests.data import questions as e2e


@dataclass
class Item:
    """One conversation: turns of (message, figures that must be in the reply)."""

    name: str
    turns: list[tuple[str, list[str]]]
    out_of_scope: bool = False
    entities: set[tuple[str, str]] = field(default_factory=set)  # expected on the first turn


COST_WORDING = ["how much does {} cost?", "what's the price of {}?", "how expensive is {}?",
                "what would {} cost me?"]
COST_NAMES = {
    "bootcamp": ("bootcamp", ["a bootcamp", "an AI bootcamp", "a coding bootcamp",
                              "a machine learning bootcamp"]),
    "masters": ("education", ["a master's", "an MSc", "a graduate degree",
                              "a master's in machine learning"]),
    "certification": ("certification", ["a certification", "an ML cert",
                                        "a machine learning certificate"]),
    "textbooks": ("cost_item", ["textbooks", "learning materials", "course books"]),
    "hardware": ("cost_item", ["hardware and software tools", "a laptop", "a good computer"]),
}
DURATION_WORDING = ["how long does {} take?", "how much time does {} take?",
                    "how many years is {}?", "how long is {}?"]
DURATION_NAMES = {
    "bachelors": ("education", ["a bachelor's degree", "an undergrad degree", "a BSc"]),
    "masters": ("education", ["a master's degree", "an MSc", "grad school"]),
    "bootcamp": ("bootcamp", ["a bootcamp", "a boot camp"]),
    "certification": ("certification", ["a certification", "getting certified"]),
}
SALARY_WORDING = ["what do {} earn?", "how much do {} make a year?", "what is the salary of {}?",
                  "what's the median pay of {}?"]
OUTLOOK_WORDING = ["how fast is employment of {} growing?", "what's the job outlook for {}?",
                   "is employment of {} growing?"]
OCCUPATION_NAMES = {
    "research_scientists": ["computer research scientists", "AI researchers"],
    "software_developers": ["software developers", "software engineers", "QA testers"],
    "data_scientists": ["data scientists"],
    "it_managers": ["IT managers", "information systems managers"],
    "hardware_engineers": ["hardware engineers", "computer hardware engineers"],
}


def build(kb: KnowledgeBase) -> list[Item]:
    items: list[Item] = []
    for question, expected in e2e.QUESTIONS:
        items.append(Item(question, [(question, expected(kb))]))
    # each name in two wordings (its own and the next), so every wording meets several names
    def worded(wordings: list[str], i: int, name: str) -> list[str]:
        return [wordings[j % len(wordings)].format(name) for j in (i, i + 1)]

    for subject, (kind, names) in COST_NAMES.items():
        for i, name in enumerate(names):
            for question in worded(COST_WORDING, i, name):
                items.append(Item(question, [(question, [e2e.cost(kb, subject)])],
                                  entities={(kind, subject)}))
    for subject, (kind, names) in DURATION_NAMES.items():
        for i, name in enumerate(names):
            for question in worded(DURATION_WORDING, i, name):
                items.append(Item(question, [(question, [e2e.years(kb, subject)])],
                                  entities={(kind, subject)}))
    for subject, names in OCCUPATION_NAMES.items():
        wage = e2e.figure(kb, subject, "median_wage")
        growth = e2e.figure(kb, subject, "growth")
        for i, name in enumerate(names):
            for question in worded(SALARY_WORDING, i, name):
                items.append(Item(question, [(question, [wage])],
                                  entities={("occupation", subject)}))
            for question in worded(OUTLOOK_WORDING, i, name):
                items.append(Item(question, [(question, [growth])],
                                  entities={("occupation", subject)}))
    chains = [
        [("How much does a master's cost?", [e2e.cost(kb, "masters")]),
         ("and how long does it take?", [e2e.years(kb, "masters")])],
        [("What do data scientists earn?", [e2e.figure(kb, "data_scientists", "median_wage")]),
         ("what about hardware engineers?",
          [e2e.figure(kb, "hardware_engineers", "median_wage")]),
         ("and how fast is that job growing?",
          [e2e.figure(kb, "hardware_engineers", "growth")])],
        [("how long does a bootcamp take?", ["a few months to a year"]),
         ("and the cost?", [e2e.cost(kb, "bootcamp")])],
        [("Tell me about the AWS certification", ["Amazon Web Services"]),
         ("how much does it cost?", [e2e.cost(kb, "certification")])],
        [("how much does a bachelor's cost at a private university?",
          [e2e.cost(kb, "bachelors", "private_institution")]),
         ("and a master's?", [e2e.cost(kb, "masters")])],
        [("what is the salary of software developers?",
          [e2e.figure(kb, "software_developers", "median_wage")]),
         ("and data scientists?", [e2e.figure(kb, "data_scientists", "median_wage")])],
    ]
    # the personal roadmap: totals summed here from the knowledge base's facts
    def total(*subjects: str) -> str:
        lows, highs = [], []
        for subject in subjects:
            ranges = [f.value for f in kb.facts_for(subject, "cost")]
            lows.append(min(r.min for r in ranges))
            highs.append(max(r.max for r in ranges))
        return f"${sum(lows):,.0f} to over ${sum(highs):,.0f}"

    chains += [
        [("plan my path", ["education"]),
         ("I have a bachelor's in computer science", ["programming"]),
         ("strong", ["budget"]), ("about 10 grand", ["full-time"]),
         ("full-time", ["fastest"]),
         ("the fastest entry", [total("certification", "hardware"),
                                total("bootcamp", "certification", "hardware")])],
        [("make me a roadmap: I have no degree, can't code, $8,000 budget, part-time, "
          "I want the fastest route", ["Part-time pace", total("certification", "hardware")])],
        [("what should I do in my situation? I have a master's in physics and code a bit",
          ["budget"]),
         ("5-10k", ["full-time"]), ("part time", ["fastest"]),
         ("deepest expertise", ["Part-time pace", total("bootcamp", "certification",
                                                        "hardware")])],
    ]
    for turns in chains:
        items.append(Item(" / ".join(t for t, _ in turns), turns))
    items += [Item(p, [(p, [])], out_of_scope=True) for p in OOS_PROBES]
    unique: dict[str, Item] = {}
    for item in items:  # a template can meet one of the end-to-end questions
        unique.setdefault(item.name, item)
    return list(unique.values())
