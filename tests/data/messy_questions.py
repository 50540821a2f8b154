"""Messy, people's-own-phrasing evaluation questions for the ML-career assistant.

Written 2026-11-25 by a helper who did not see the training data or the assistant's
replies; it was written from the career guide and knowledge/*.yml only. EVALUATION ONLY:
never use these messages (or paraphrases of them) as training data.

Shape (same as tests/data/questions.py):
  QUESTIONS: list of (message, kb -> list of strings that must ALL appear in the reply)
  DIALOGUES: list of dialogues, each a list of (message, kb -> list of strings)

Every figure is computed from the knowledge base through the helpers in
tests/data/questions.py (never typed by hand). Words expected for questions without a
figure are checked against the knowledge-base text they come from when the function
is called, so a drifted knowledge base fails loudly instead of silently.
"""

from __future__ import annotations

from tests.data.messy_kit import (
    OCCUPATIONS,
    _all_costs,
    _best,
    _bls,
    _bls_words,
    _certs,
    _cheapest_route,
    _foundation,
    _higher_wage,
    _priciest_route,
    _quicker,
    _quickest_route,
    _subject,
    _topic,
    _value,
    _wage_gap,
)
from tests.data.questions import cost, figure, usd, years

# --- single questions ------------------------------------------------------------------

FIGURES = [
    ("hw much 4 a bootcmap??", lambda kb: [cost(kb, "bootcamp")]),
    ("wat do data scientsts make/yr", lambda kb: [figure(kb, "data_scientists", "median_wage")]),
    ("is a masters gonna bankrupt me lol", lambda kb: [cost(kb, "masters")]),
    ("how many yrs of school for the bachelors part", lambda kb: [years(kb, "bachelors")]),
    ("grad school takes how long realistically", lambda kb: [years(kb, "masters")]),
    ("price of getting certified? ballpark", lambda kb: [cost(kb, "certification")]),
    ("bootcamps r how many months usually", lambda kb: [years(kb, "bootcamp")]),
    ("time to get a cert done start to finish?", lambda kb: [years(kb, "certification")]),
    (
        "undergrad at a state school, what am i paying per year",
        lambda kb: [cost(kb, "bachelors", "public_institution")],
    ),
    (
        "private uni tuition for a CS degree how bad is it",
        lambda kb: [cost(kb, "bachelors", "private_institution")],
    ),
    ("what does a bachelors cost me", lambda kb: _all_costs(kb, "bachelors")),
    (
        "software devs salary? median pls",
        lambda kb: [figure(kb, "software_developers", "median_wage")],
    ),
    (
        "AI researcher pay, like typical",
        lambda kb: [figure(kb, "research_scientists", "median_wage")],
    ),
    (
        "r research scientist jobs growing or nah",
        lambda kb: [figure(kb, "research_scientists", "growth")],
    ),
    ("data science jobs growing how fast", lambda kb: [figure(kb, "data_scientists", "growth")]),
    ("IT managers earn what", lambda kb: [figure(kb, "it_managers", "median_wage")]),
    (
        "salary for hardware engineeers?",
        lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
    ),
    (
        "is hardware engineering a growing field, percent?",
        lambda kb: [figure(kb, "hardware_engineers", "growth")],
    ),
    (
        "how many openings per yr for computer research scientists",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "how many new software developer jobs are expected",
        lambda kb: [figure(kb, "software_developers", "jobs_added")],
    ),
    (
        "what do the top earners among research scientists pull in",
        lambda kb: [figure(kb, "research_scientists", "top_wage")],
    ),
    ("books n study materials, how much a year", lambda kb: [cost(kb, "textbooks")]),
    ("do i need to buy a new laptop, whats that gonna run me", lambda kb: [cost(kb, "hardware")]),
    ("how fast are manager jobs in tech growing", lambda kb: [figure(kb, "it_managers", "growth")]),
]

TWO_IN_ONE = [
    ("bootcamp - cost and how long?", lambda kb: [cost(kb, "bootcamp"), years(kb, "bootcamp")]),
    ("masters: price + duration?", lambda kb: [cost(kb, "masters"), years(kb, "masters")]),
    (
        "how long is a bachelors and what does it cost",
        lambda kb: [years(kb, "bachelors"), *_all_costs(kb, "bachelors")],
    ),
    (
        "data scientist pay and is it growing?",
        lambda kb: [
            figure(kb, "data_scientists", "median_wage"),
            figure(kb, "data_scientists", "growth"),
        ],
    ),
    (
        "software engineer salary + job growth",
        lambda kb: [
            figure(kb, "software_developers", "median_wage"),
            figure(kb, "software_developers", "growth"),
        ],
    ),
    (
        "research scientists: how much do they make and how many openings a year",
        lambda kb: [
            figure(kb, "research_scientists", "median_wage"),
            figure(kb, "research_scientists", "openings"),
        ],
    ),
    (
        "certs, how much $$ and how much time",
        lambda kb: [cost(kb, "certification"), years(kb, "certification")],
    ),
    (
        "IT manager wage? and how many jobs being added",
        lambda kb: [
            figure(kb, "it_managers", "median_wage"),
            figure(kb, "it_managers", "jobs_added"),
        ],
    ),
    (
        "hardware engineers pay and outlook",
        lambda kb: [
            figure(kb, "hardware_engineers", "median_wage"),
            figure(kb, "hardware_engineers", "growth"),
        ],
    ),
    (
        "what do data scientists make vs research scientists",
        lambda kb: [
            figure(kb, "data_scientists", "median_wage"),
            figure(kb, "research_scientists", "median_wage"),
        ],
    ),
    ("bootcamp vs masters price wise?", lambda kb: [cost(kb, "bootcamp"), cost(kb, "masters")]),
    (
        "how long is undergrad and then how long is grad school on top",
        lambda kb: [years(kb, "bachelors"), years(kb, "masters")],
    ),
    (
        "textbooks and a decent computer, what should i budget",
        lambda kb: [cost(kb, "textbooks"), cost(kb, "hardware")],
    ),
    (
        "data science growth % and how many new jobs",
        lambda kb: [
            figure(kb, "data_scientists", "growth"),
            figure(kb, "data_scientists", "jobs_added"),
        ],
    ),
]

NAMED = [
    (
        "whats the google ml engineer cert about",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "aws ml specialty - what does it cover",
        lambda kb: _subject(kb, "aws_cert", "exploratory data analysis"),
    ),
    (
        "tell me abt the azure ai engineer associate thing",
        lambda kb: _subject(kb, "azure_cert", "Azure", "natural language processing"),
    ),
    (
        "how much is the google professional ML engineer exam",
        lambda kb: [cost(kb, "certification")],
    ),
    ("pytorch - why do ppl use it", lambda kb: _subject(kb, "pytorch", "PyTorch", "flexibility")),
    (
        "is tensorflow worth learning",
        lambda kb: _subject(kb, "tensorflow", "TensorFlow", "neural networks"),
    ),
    (
        "sklearn what is it for",
        lambda kb: _subject(kb, "scikit_learn", "Scikit-learn", "preprocessing"),
    ),
    ("should i bother w/ R", lambda kb: _subject(kb, "r", "statistical analysis")),
    ("java for ML? seriously?", lambda kb: _subject(kb, "java", "Java", "enterprise")),
    ("do i need spark", lambda kb: _subject(kb, "spark", "large datasets")),
]

RANKINGS = [
    ("which of these jobs pays best", lambda kb: [_best(kb, "median_wage")]),
    ("lowest paying of the related jobs?", lambda kb: [_best(kb, "median_wage", min)]),
    ("fastest growing occupation in the list", lambda kb: [_best(kb, "growth")]),
    ("which one is growing the slowest", lambda kb: [_best(kb, "growth", min)]),
    ("cheapest route in? degree, masters, bootcamp or cert", lambda kb: [_cheapest_route(kb)]),
    ("most expensive way to do this", lambda kb: [_priciest_route(kb)]),
    ("quickest way to get in the field time wise", lambda kb: [_quickest_route(kb)]),
    (
        "how much more do research scientists make than data scientists",
        lambda kb: [_wage_gap(kb, "research_scientists", "data_scientists")],
    ),
    (
        "difference in pay between IT managers and software devs?",
        lambda kb: [_wage_gap(kb, "it_managers", "software_developers")],
    ),
    ("which job is adding the most positions", lambda kb: [_best(kb, "jobs_added")]),
    (
        "is a bootcamp cheaper than a masters",
        lambda kb: [cost(kb, "bootcamp"), cost(kb, "masters")],
    ),
    (
        "data scientist or software dev, who earns more",
        lambda kb: [_higher_wage(kb, "data_scientists", "software_developers")],
    ),
]

ABOUT_DATA = [
    ("where r these salary numbers from", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
    ("how old is this data", lambda kb: [str(_bls(kb).release_year)]),
    ("is that US pay or worldwide?", lambda kb: _bls_words(kb, "U.S.")),
    ("who published the job growth stats", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
    ("the wages, what year are they for", lambda kb: [_bls(kb).wage_reference]),
    ("growth projected until when", lambda kb: [str(_bls(kb).projection_period[1])]),
]

TOPICS = [
    ("do u actually need a degree for this", lambda kb: _topic(kb, "degree_needed", "portfolio")),
    ("skills i need??", lambda kb: _topic(kb, "key_skills", "probability")),
    ("which programming language first", lambda kb: _topic(kb, "languages", "Python")),
    ("what should go in my portfolio", lambda kb: _topic(kb, "portfolio", "GitHub")),
    ("how do i land an ML internship", lambda kb: _topic(kb, "internships", "Amazon")),
    ("how to meet people in ml, networking tips", lambda kb: _topic(kb, "networking", "meetups")),
    ("is doing kaggle worth it", lambda kb: _topic(kb, "kaggle", "hackathons")),
    ("can i freelance ML stuff on the side", lambda kb: _topic(kb, "freelance", "Upwork")),
    (
        "how do ppl keep up with all the new ai stuff",
        lambda kb: _topic(kb, "stay_updated", "NeurIPS"),
    ),
    (
        "ml engineer vs data scientist whats the diff",
        lambda kb: _topic(kb, "mle_vs_ds", "scalability", "exploration"),
    ),
    ("any advice to succeed in this career", lambda kb: _topic(kb, "tips", "Kaggle")),
    ("ok so what do i do first", lambda kb: _topic(kb, "next_steps", "LinkedIn")),
    ("non technical skills that matter?", lambda kb: _topic(kb, "soft_skills", "stakeholders")),
    (
        "where do ML engineers even work",
        lambda kb: _topic(kb, "work_environments", "fraud detection"),
    ),
    (
        "what does an ML engineer actually do all day",
        lambda kb: _topic(kb, "role", "recommendation systems"),
    ),
    (
        "which engineering degrees lead into ML",
        lambda kb: _topic(kb, "engineering_degrees", "Electrical Engineering"),
    ),
]

PERSONAL = [
    ("im a nurse 38 no coding, realistic?", lambda kb: _foundation(kb, "Python")),
    (
        "high school senior here, want to be an ML engineer, where do i start",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "i work in accounting and know excel, could i switch to ML",
        lambda kb: _foundation(kb, "Python"),
    ),
    ("have a psych degree, 29, broke, is this doable", lambda kb: _foundation(kb, "Python")),
    (
        "stay at home dad, 2 kids, only evenings free. path for me?",
        lambda kb: _foundation(kb, "Python", "Programming"),
    ),
    (
        "I'm 45 and a truck driver, too late to get into machine learning?",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "teacher w/ a math background wanting to move into ML, plan?",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "never wrote a line of code in my life but i want this job",
        lambda kb: _foundation(kb, "Python", "Programming"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL


# --- dialogues -------------------------------------------------------------------------

DIALOGUES = [
    [
        ("how much is a bootcamp", lambda kb: [cost(kb, "bootcamp")]),
        ("and how long does that take", lambda kb: [years(kb, "bootcamp")]),
        (
            "is that cheaper than a degree?",
            lambda kb: [cost(kb, "bootcamp"), cost(kb, "bachelors", "public_institution")],
        ),
    ],
    [
        ("data scientist salary?", lambda kb: [figure(kb, "data_scientists", "median_wage")]),
        ("and software devs", lambda kb: [figure(kb, "software_developers", "median_wage")]),
        (
            "which of them pays more",
            lambda kb: [_higher_wage(kb, "data_scientists", "software_developers")],
        ),
    ],
    [
        ("what certs are worth getting", lambda kb: _certs(kb, "Google", "AWS", "Azure")),
        ("what about the google one", lambda kb: _subject(kb, "google_cert", "Google Cloud")),
        ("how much do they cost", lambda kb: [cost(kb, "certification")]),
        ("and time?", lambda kb: [years(kb, "certification")]),
    ],
    [
        ("how long is a bachelors", lambda kb: [years(kb, "bachelors")]),
        ("and for a masters?", lambda kb: [years(kb, "masters")]),
        ("whats the price on that", lambda kb: [cost(kb, "masters")]),
    ],
    [
        ("is data science growing", lambda kb: [figure(kb, "data_scientists", "growth")]),
        ("research scientists?", lambda kb: [figure(kb, "research_scientists", "growth")]),
        (
            "how many openings for them each year",
            lambda kb: [figure(kb, "research_scientists", "openings")],
        ),
    ],
    [
        (
            "what frameworks should i know",
            lambda kb: _topic(kb, "frameworks", "TensorFlow", "PyTorch"),
        ),
        ("whats pytorch good at", lambda kb: _subject(kb, "pytorch", "flexibility")),
        ("the other one?", lambda kb: _subject(kb, "tensorflow", "neural networks")),
    ],
    [
        ("how long do bootcamps take", lambda kb: [years(kb, "bootcamp")]),
        ("certs?", lambda kb: [years(kb, "certification")]),
        ("cost of both?", lambda kb: [cost(kb, "bootcamp"), cost(kb, "certification")]),
    ],
    [
        ("hardware engineer pay", lambda kb: [figure(kb, "hardware_engineers", "median_wage")]),
        ("is it growing", lambda kb: [figure(kb, "hardware_engineers", "growth")]),
        ("what about it managers", lambda kb: [figure(kb, "it_managers", "growth")]),
        ("and what do they earn", lambda kb: [figure(kb, "it_managers", "median_wage")]),
    ],
    [
        ("do i need a degree or nah", lambda kb: _topic(kb, "degree_needed", "portfolio")),
        ("ok how long is a bachelors anyway", lambda kb: [years(kb, "bachelors")]),
        (
            "at a state school what does it cost",
            lambda kb: [cost(kb, "bachelors", "public_institution")],
        ),
        ("and private?", lambda kb: [cost(kb, "bachelors", "private_institution")]),
    ],
    [
        (
            "what does a research scientist make",
            lambda kb: [figure(kb, "research_scientists", "median_wage")],
        ),
        ("where's that number from", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
        ("what year", lambda kb: [str(_bls(kb).release_year)]),
    ],
    [
        ("top paying job on your list?", lambda kb: [_best(kb, "median_wage")]),
        ("and the lowest", lambda kb: [_best(kb, "median_wage", min)]),
        (
            "gap between them?",
            lambda kb: [
                usd(
                    max(_value(kb, o, "median_wage") for o in OCCUPATIONS)
                    - min(_value(kb, o, "median_wage") for o in OCCUPATIONS)
                )
            ],
        ),
    ],
    [
        (
            "im a data analyst rn, can i move into ML eng",
            lambda kb: _topic(kb, "entry_level", "data analyst"),
        ),
        ("bootcamp or masters, cost?", lambda kb: [cost(kb, "bootcamp"), cost(kb, "masters")]),
        ("which one's quicker", lambda kb: [_quicker(kb, "bootcamp", "masters")]),
    ],
]
