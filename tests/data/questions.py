"""End-to-end questions with the figures their replies must contain, computed from the
knowledge base (never copied from replies). Used by tests/e2e/test_rest.py and the
benchmark's question set (bench/questions.py)."""

from __future__ import annotations

EN_DASH = "\u2013"


def usd(value: float) -> str:
    return "$" + format(int(value), ",")


def cost(kb, subject: str, variant: str | None = None) -> str:
    fact = next(f for f in kb.facts_for(subject, "cost") if f.variant == variant)
    if fact.value.open_max:
        return f"{usd(fact.value.min)} to over {usd(fact.value.max)}"
    return f"{usd(fact.value.min)}{EN_DASH}{usd(fact.value.max)}"


def figure(kb, subject: str, aspect: str) -> str:
    (fact,) = kb.facts_for(subject, aspect)
    value = fact.value.value
    if fact.value.unit == "USD":
        return usd(value)
    if fact.value.unit == "percent":
        return f"{int(value)}%"
    return format(int(value), ",")


def years(kb, subject: str) -> str:
    (fact,) = kb.facts_for(subject, "duration")
    lo, hi, r = int(fact.value.min), int(fact.value.max), fact.value
    if r.min_unit != r.unit:
        return f"{lo} {r.min_unit}s to {hi} {r.unit}"
    return f"{lo} years" if lo == hi else f"{lo}{EN_DASH}{hi} years"


# (question, function of kb -> figures that must all appear in the reply)
QUESTIONS = [
    ("How much does a bootcamp cost?", lambda kb: [cost(kb, "bootcamp")]),
    ("what's the price of an ML bootcamp", lambda kb: [cost(kb, "bootcamp")]),
    ("how expensive are bootcamps?", lambda kb: [cost(kb, "bootcamp")]),
    ("How much does a master's cost?", lambda kb: [cost(kb, "masters")]),
    ("whats the tuition for a masters degree", lambda kb: [cost(kb, "masters")]),
    ("how much is an MSc per year?", lambda kb: [cost(kb, "masters")]),
    ("how much does a bachelor's degree cost?", lambda kb: [
        cost(kb, "bachelors", "public_institution"), cost(kb, "bachelors", "private_institution")]),
    ("how much is a bachelors at a private university?",
     lambda kb: [cost(kb, "bachelors", "private_institution")]),
    ("how much is tuition at a public university?",
     lambda kb: [cost(kb, "bachelors", "public_institution")]),
    ("how much do certifications cost?", lambda kb: [cost(kb, "certification")]),
    ("what does the AWS certification cost?", lambda kb: [cost(kb, "certification")]),
    ("how much are textbooks?", lambda kb: [cost(kb, "textbooks")]),
    ("how much should I budget for hardware and software?", lambda kb: [cost(kb, "hardware")]),
    ("How long does a bachelor's take?", lambda kb: [years(kb, "bachelors")]),
    ("how many years is a master's degree?", lambda kb: [years(kb, "masters")]),
    ("how long does a bootcamp last?", lambda kb: ["a few months to a year"]),
    ("how long does it take to become a machine learning engineer?",
     lambda kb: [years(kb, "bachelors"), years(kb, "masters"), "3 months to 1 year"]),
    ("What do data scientists earn?", lambda kb: [figure(kb, "data_scientists", "median_wage")]),
    ("how much does a data scientist make", lambda kb: ["$108,020"]),
    ("what's the salary of a software developer?",
     lambda kb: [figure(kb, "software_developers", "median_wage")]),
    ("how much do computer hardware engineers make?",
     lambda kb: [figure(kb, "hardware_engineers", "median_wage")]),
    ("what do IT managers earn?", lambda kb: [figure(kb, "it_managers", "median_wage")]),
    ("what is the median wage of computer research scientists?", lambda kb: [
        "$145,080", figure(kb, "research_scientists", "top_wage")]),
    ("how much do ML engineers make?", lambda kb: [
        figure(kb, s, "median_wage") for s in ("research_scientists", "software_developers",
                                              "data_scientists", "it_managers",
                                              "hardware_engineers")]),
    ("what's the job growth for data scientists?", lambda kb: [
        "36%", figure(kb, "data_scientists", "jobs_added")]),
    ("how fast are software developer jobs growing?", lambda kb: [
        figure(kb, "software_developers", "growth"),
        figure(kb, "software_developers", "jobs_added")]),
    ("how many openings are there for research scientists?", lambda kb: [
        figure(kb, "research_scientists", "growth"),
        figure(kb, "research_scientists", "openings")]),
    ("what's the employment outlook for hardware engineers?",
     lambda kb: [figure(kb, "hardware_engineers", "growth")]),
    ("is there demand for information systems managers?",
     lambda kb: [figure(kb, "it_managers", "growth"), figure(kb, "it_managers", "jobs_added")]),
    ("what is the job outlook?", lambda kb: [
        figure(kb, s, "growth") for s in ("research_scientists", "data_scientists",
                                         "hardware_engineers")]),
    ("tell me about bootcamps", lambda kb: [cost(kb, "bootcamp"), "3 months to 1 year"]),
    ("tell me about the Google ML certification", lambda kb: ["Google Cloud",
                                                             cost(kb, "certification")]),
    ("what's the Azure AI Engineer certification?", lambda kb: ["Microsoft Azure"]),
    ("do I need a degree?", lambda kb: ["without a formal degree"]),
    ("which programming language should I learn?", lambda kb: ["Python", "R", "Java"]),
    ("should I learn TensorFlow or PyTorch?", lambda kb: ["TensorFlow", "PyTorch"]),
    ("what math do I need?", lambda kb: ["linear algebra", "calculus", "probability"]),
    ("what does a machine learning engineer do?", lambda kb: ["Data preparation"]),
    ("ML engineer vs data scientist?", lambda kb: ["Data scientist", "implementation"]),
    ("are there scholarships?", lambda kb: ["Scholarships and grants"]),
    ("how can I get there faster?", lambda kb: ["Accelerators"]),
    ("are certifications worth it?", lambda kb: ["credibility"]),
    ("how do I build a portfolio?", lambda kb: ["GitHub"]),
    ("can I freelance?", lambda kb: ["Upwork"]),
    ("where do I start?", lambda kb: ["LinkedIn"]),
]
