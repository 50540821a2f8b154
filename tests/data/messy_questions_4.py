"""Messy, people's-own-phrasing evaluation questions: a fourth development set.

Written as session 14's blind set, scored blind once at the end of session 14; development
data since session 15 (the developer reads it and its misses).

Written 2026-12-07 by a helper from the career guide and knowledge/*.yml only, without
the training data or the assistant's replies. EVALUATION ONLY: never use these messages
(or paraphrases of them) as training data.

Shape (same as tests/data/messy_questions_2.py):
  QUESTIONS: list of (message, kb -> list of strings that must ALL appear in the reply)
  DIALOGUES: list of dialogues, each a list of (message, kb -> list of strings)

Every figure is computed from the knowledge base through the helpers in
tests/data/questions.py and tests/data/messy_kit.py (never typed by hand). Words expected
for questions without a figure are checked against the knowledge-base text they come from
when the function is called, so a drifted knowledge base fails loudly instead of silently.
"""

from __future__ import annotations

from tests.data.messy_kit import (
    _best,
    _bls,
    _bls_words,
    _certs,
    _foundation,
    _guide_words,
    _higher,
    _priciest_route,
    _quicker,
    _quickest_route,
    _ranked,
    _subject,
    _topic,
    _wage_gap,
)
from tests.data.questions import cost, figure, years

# --- single questions ------------------------------------------------------------------

FIGURES = [
    (
        "how much does a software tester earn, the median i mean",
        lambda kb: [figure(kb, "software_developers", "median_wage")],
    ),
    (
        "median salery for comp & info research scientists?",
        lambda kb: [figure(kb, "research_scientists", "median_wage")],
    ),
    (
        "My daughter want to become data scientist. What is typical salary per year in USA?",
        lambda kb: [figure(kb, "data_scientists", "median_wage")],
    ),
    ("engineering manager median wage", lambda kb: [figure(kb, "it_managers", "median_wage")]),
    (
        "chip designers... how many new jobs thru 2033",
        lambda kb: [figure(kb, "hardware_engineers", "jobs_added")],
    ),
    (
        "ML researcher vacancies per year? like how many",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "expected increase in data scientist jobs - the number, not the percent",
        lambda kb: [figure(kb, "data_scientists", "jobs_added")],
    ),
    (
        "percentage growth for programmer jobs till 2033?",
        lambda kb: [figure(kb, "software_developers", "growth")],
    ),
    (
        "employment growth for tech managers in % pls",
        lambda kb: [figure(kb, "it_managers", "growth")],
    ),
    (
        "one year of a masters in machine learning costs how many dollars",
        lambda kb: [cost(kb, "masters")],
    ),
    (
        "Private university one year tuition, how much it is?",
        lambda kb: [cost(kb, "bachelors", "private_institution")],
    ),
    ("certification exam, whats the damage $", lambda kb: [cost(kb, "certification")]),
    (
        "how long does the master program last after my bachelor",
        lambda kb: [years(kb, "masters")],
    ),
    ("need a beefy pc for the coursework? price range", lambda kb: [cost(kb, "hardware")]),
]

TWO_IN_ONE = [
    (
        "how much r books each year, and how long is a bootcamp",
        lambda kb: [cost(kb, "textbooks"), years(kb, "bootcamp")],
    ),
    (
        "research scientists - what do the top 10% make, and how many openings a yr",
        lambda kb: [
            figure(kb, "research_scientists", "top_wage"),
            figure(kb, "research_scientists", "openings"),
        ],
    ),
    (
        "IT mgr jobs: how many get added and whats the growth percent",
        lambda kb: [
            figure(kb, "it_managers", "jobs_added"),
            figure(kb, "it_managers", "growth"),
        ],
    ),
    (
        "growth rate data scientists? and for research scientists?",
        lambda kb: [
            figure(kb, "data_scientists", "growth"),
            figure(kb, "research_scientists", "growth"),
        ],
    ),
    (
        "cost per year of a bachelors at a public uni & how many years is it",
        lambda kb: [cost(kb, "bachelors", "public_institution"), years(kb, "bachelors")],
    ),
    (
        "hi 2 questions: price of a bootcamp? price of the computer i'd need for it?",
        lambda kb: [cost(kb, "bootcamp"), cost(kb, "hardware")],
    ),
    (
        "how long to get a cert done, and whats a masters cost per year",
        lambda kb: [years(kb, "certification"), cost(kb, "masters")],
    ),
    (
        "what do hardware engineers earn. also what do it managers earn",
        lambda kb: [
            figure(kb, "hardware_engineers", "median_wage"),
            figure(kb, "it_managers", "median_wage"),
        ],
    ),
    (
        "private school undergrad yearly fee, then grad school is how many yrs?",
        lambda kb: [cost(kb, "bachelors", "private_institution"), years(kb, "masters")],
    ),
    (
        "growth % for software devs n for hardware engineers",
        lambda kb: [
            figure(kb, "software_developers", "growth"),
            figure(kb, "hardware_engineers", "growth"),
        ],
    ),
]

NAMED = [
    (
        "r/machinelearning on reddit - worth joining?",
        lambda kb: _subject(kb, "reddit", "community"),
    ),
    ("upwork for ml gigs, does that work", lambda kb: _subject(kb, "upwork", "freelance")),
    (
        "the GCP machine learning engineer certification, whats it built around",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "azure ai engineer associate, is that the one with speech recognition stuff",
        lambda kb: _subject(kb, "azure_cert", "speech"),
    ),
    (
        "does the aws machine learning specialty touch data engineering at all",
        lambda kb: _subject(kb, "aws_cert", "data engineering"),
    ),
    (
        "R language - what is it actually better at than python",
        lambda kb: _subject(kb, "r", "data visualization"),
    ),
    (
        "tensorflow, what kind of models is it made for",
        lambda kb: _subject(kb, "tensorflow", "neural networks"),
    ),
    (
        "what even is apache hadoop, do i need it on day one",
        lambda kb: _subject(kb, "hadoop", "big data"),
    ),
    ("is edx free or do u pay", lambda kb: _subject(kb, "edx", "free")),
    (
        "working as a data analyst first, good stepping stone or waste of time?",
        lambda kb: _subject(kb, "data_analyst", "transferable"),
    ),
]

RANKINGS = [
    (
        "of those 5 jobs which one pays the worst",
        lambda kb: [_best(kb, "median_wage", min)],
    ),
    ("2nd lowest paid of the related occupations?", lambda kb: [_ranked(kb, "median_wage", 4)]),
    ("biggest % jump in employment, which job is it", lambda kb: [_best(kb, "growth")]),
    (
        "who adds more jobs: IT managers or data scientists",
        lambda kb: [_higher(kb, "jobs_added", "it_managers", "data_scientists")],
    ),
    (
        "how many $ more does a software dev earn than a data scientist",
        lambda kb: [_wage_gap(kb, "software_developers", "data_scientists")],
    ),
    (
        "research scientist vs hardware engineer, whos paid better",
        lambda kb: [_higher(kb, "median_wage", "research_scientists", "hardware_engineers")],
    ),
    (
        "which is less per year, public undergrad or a masters",
        lambda kb: [cost(kb, "bachelors", "public_institution"), cost(kb, "masters")],
    ),
    (
        "bootcamp or bachelor's - which gets me job ready sooner",
        lambda kb: [_quicker(kb, "bootcamp", "bachelors")],
    ),
    ("whats the priciest of all the options", lambda kb: [_priciest_route(kb)]),
    (
        "which grows faster, it managers or hardware eng",
        lambda kb: [_higher(kb, "growth", "it_managers", "hardware_engineers")],
    ),
]

ABOUT_DATA = [
    (
        "is this salary stuff from glassdoor or what",
        lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
    ),
    ("salaries are as of when exactly", lambda kb: [_bls(kb).wage_reference]),
    (
        "the growth percentages, which years do they cover",
        lambda kb: [str(_bls(kb).projection_period[0]), str(_bls(kb).projection_period[1])],
    ),
    ("I live in Germany, do these wages apply for me?", lambda kb: _bls_words(kb, "U.S.")),
    ("bootcamp price figures - who says so", lambda kb: _guide_words(kb, "guide")),
    (
        "what year did the government put out the job numbers",
        lambda kb: [str(_bls(kb).release_year)],
    ),
]

TOPICS = [
    ("how do i get some hands on experience", lambda kb: _topic(kb, "experience", "Kaggle")),
    (
        "do certificates actually help u get promoted",
        lambda kb: _topic(kb, "cert_benefits", "promotions"),
    ),
    (
        "google vs aws vs azure cert, how do i decide",
        lambda kb: _topic(kb, "choose_cert", "demand"),
    ),
    (
        "podcasts/newsletters to follow for ml news?",
        lambda kb: _topic(kb, "stay_updated", "newsletters"),
    ),
    (
        "is linear algebra really necesary",
        lambda kb: _topic(kb, "foundational_courses", "linear algebra"),
    ),
    (
        "does electrical engineering count as a way into ML",
        lambda kb: _topic(kb, "engineering_degrees", "Electrical Engineering"),
    ),
    (
        "online masters - flexible enough if i work full time?",
        lambda kb: _topic(kb, "online_learning", "working professionals"),
    ),
    (
        "what separates ml eng from data science jobs, in one line",
        lambda kb: _topic(kb, "mle_vs_ds", "implementation"),
    ),
    ("day to day tasks of an mle?", lambda kb: _topic(kb, "role", "fine-tuning")),
    (
        "can ML engineers work in hospitals or medical stuff",
        lambda kb: _topic(kb, "work_environments", "medical imaging"),
    ),
    (
        "is data cleaning part of the skill set or someone elses job",
        lambda kb: _topic(kb, "core_competencies", "cleaning"),
    ),
    (
        "what kind of projects should i show recruiters",
        lambda kb: _topic(kb, "portfolio", "open-source"),
    ),
    (
        "introvert here. how to network in ml without going to events",
        lambda kb: _topic(kb, "networking", "Stack Overflow"),
    ),
    (
        "are these prices fixed or do they vary a lot",
        lambda kb: _topic(kb, "cost_caveat", "financial aid"),
    ),
]

PERSONAL = [
    (
        "I manage a team of BI analysts, one wants to grow into ML. what skills should she build?",
        lambda kb: _topic(kb, "key_skills", "Python"),
    ),
    (
        "my son is 15 and loves coding, which school subjects matter most for ML later",
        lambda kb: _topic(kb, "foundational_courses", "probability"),
    ),
    (
        "I am from Brazil with physics degree. Can I become ML engineer or I must study again?",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "marketing guy, 35, good with excel and numbers. fastest route into ml?",
        lambda kb: [_quickest_route(kb)],
    ),
    (
        "cs junior, zero internships so far, where do i even look for an ml one",
        lambda kb: _topic(kb, "internships", "startups"),
    ),
    (
        "laid off rn, cant afford tuition, any free ways to learn ML?",
        lambda kb: _topic(kb, "manage_costs", "Coursera"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL


# --- dialogues -------------------------------------------------------------------------

DIALOGUES = [
    [
        (
            "how much do chip designers make",
            lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
        ),
        ("n the growth?", lambda kb: [figure(kb, "hardware_engineers", "growth")]),
        ("compared to data scientists?", lambda kb: [figure(kb, "data_scientists", "growth")]),
    ],
    [
        ("roughly what does a bootcamp run", lambda kb: [cost(kb, "bootcamp")]),
        ("and if i go the certificate way instead", lambda kb: [cost(kb, "certification")]),
        ("which one is faster", lambda kb: [years(kb, "bootcamp")]),
    ],
    [
        ("best languages for ML?", lambda kb: _topic(kb, "languages", "Python")),
        ("ok python. which libraries", lambda kb: _topic(kb, "frameworks", "Scikit-learn")),
        (
            "and scikit, what's that one for",
            lambda kb: _subject(kb, "scikit_learn", "preprocessing"),
        ),
    ],
    [
        (
            "what does the top 10% of research scientists earn",
            lambda kb: [figure(kb, "research_scientists", "top_wage")],
        ),
        ("and the median one?", lambda kb: [figure(kb, "research_scientists", "median_wage")]),
        (
            "how many openings every year",
            lambda kb: [figure(kb, "research_scientists", "openings")],
        ),
    ],
    [
        ("can i get into ml without uni", lambda kb: _topic(kb, "degree_needed", "portfolio")),
        ("where would i host that portfolio", lambda kb: _topic(kb, "portfolio", "GitHub")),
        ("and for paid small projects?", lambda kb: _topic(kb, "freelance", "Upwork")),
    ],
    [
        (
            "data scientists, how many new jobs",
            lambda kb: [figure(kb, "data_scientists", "jobs_added")],
        ),
        ("what about software devs", lambda kb: [figure(kb, "software_developers", "jobs_added")]),
        (
            "and which grows faster in %",
            lambda kb: [_higher(kb, "growth", "data_scientists", "software_developers")],
        ),
    ],
    [
        ("yearly cost of a masters", lambda kb: [cost(kb, "masters")]),
        ("can i get funding for it", lambda kb: _topic(kb, "manage_costs", "Scholarships")),
        ("is a masters even needed tbh", lambda kb: _subject(kb, "masters", "optional")),
    ],
    [
        ("salary source?", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
        ("which month are they from", lambda kb: [_bls(kb).wage_reference]),
        ("does it cover europe too", lambda kb: _bls_words(kb, "U.S.")),
    ],
    [
        ("ml certs, what's out there", lambda kb: _certs(kb, "Google", "AWS", "Azure")),
        ("the google one - focus?", lambda kb: _subject(kb, "google_cert", "Google Cloud")),
        ("cost??", lambda kb: [cost(kb, "certification")]),
        ("n how long to prep", lambda kb: [years(kb, "certification")]),
    ],
    [
        (
            "i'm a backend dev, how would i move into ml",
            lambda kb: _topic(kb, "entry_level", "software engineer"),
        ),
        (
            "is a bootcamp worth it for someone like me",
            lambda kb: _subject(kb, "bootcamp", "hands-on"),
        ),
        ("price and length?", lambda kb: [cost(kb, "bootcamp"), years(kb, "bootcamp")]),
    ],
    [
        ("budget for hardware n software tools?", lambda kb: [cost(kb, "hardware")]),
        ("and study books", lambda kb: [cost(kb, "textbooks")]),
    ],
    [
        (
            "which soft skills do ml engineers need",
            lambda kb: _topic(kb, "soft_skills", "Adaptability"),
        ),
        ("and the hard skills?", lambda kb: _topic(kb, "key_skills", "Python")),
        ("what math exactly", lambda kb: _topic(kb, "foundational_courses", "calculus")),
    ],
]

# Dropped by the developer (without reading them): three dialogues whose opening question
# is within rapidfuzz ratio 85 of a training example (85, 86 and 92).
DIALOGUES = [dialogue for n, dialogue in enumerate(DIALOGUES) if n not in (2, 4, 11)]
