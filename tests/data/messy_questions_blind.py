"""Messy, people's-own-phrasing evaluation questions: the BLIND set of session 19. Scored once, at
the end of a round; never read by the developer (not its messages, not its misses). Written
2026-12-07 by a helper from the career guide and knowledge/*.yml only, without the training data
or the assistant's replies. EVALUATION ONLY: never use these messages (or paraphrases of them) as
training data.

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
    _cheapest_route,
    _fastest,
    _guide_words,
    _higher,
    _higher_wage,
    _longest_route,
    _priciest_route,
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
        "yo wat do tech managers take home in a year, like the median",
        lambda kb: [figure(kb, "it_managers", "median_wage")],
    ),
    (
        "chip designer pay in the states?? just the typical number",
        lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
    ),
    (
        "how many new jobs 4 data scientist untill 2033",
        lambda kb: [figure(kb, "data_scientists", "jobs_added")],
    ),
    (
        "wanna be research scientist in AI, how many positions open up each year approx?",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "QA tester jobs growing or dying? by how much %",
        lambda kb: [figure(kb, "software_developers", "growth")],
    ),
    (
        "hardware engineering employment growth 2023-2033",
        lambda kb: [figure(kb, "hardware_engineers", "growth")],
    ),
    (
        "how much jobs will be added for information systems manager in next decade",
        lambda kb: [figure(kb, "it_managers", "jobs_added")],
    ),
    (
        "coders median salary rn per ur guide?",
        lambda kb: [figure(kb, "software_developers", "median_wage")],
    ),
    (
        "whats the pay for the best paid 10 percent of AI researchers",
        lambda kb: [figure(kb, "research_scientists", "top_wage")],
    ),
    (
        "master degree how many years it takes? i am working full time so asking",
        lambda kb: [years(kb, "masters")],
    ),
    (
        "private uni tuition for cs bachelor, per yr",
        lambda kb: [cost(kb, "bachelors", "private_institution")],
    ),
    (
        "ml bootcamp $$ roughly?",
        lambda kb: [cost(kb, "bootcamp")],
    ),
    (
        "how much should i put aside every year for books and study materials",
        lambda kb: [cost(kb, "textbooks")],
    ),
    (
        "need a new pc w gpu for my studies, how much does the guide say to budget",
        lambda kb: [cost(kb, "hardware")],
    ),
]

TWO_IN_ONE = [
    (
        "data scientist salary and growth %? thinking about switching from marketing",
        lambda kb: [
            figure(kb, "data_scientists", "median_wage"),
            figure(kb, "data_scientists", "growth"),
        ],
    ),
    (
        "how long is a bachelors n how much is it per year at a public college",
        lambda kb: [years(kb, "bachelors"), cost(kb, "bachelors", "public_institution")],
    ),
    (
        "wat do computer research scientists make (median) and how fast is that field growing",
        lambda kb: [
            figure(kb, "research_scientists", "median_wage"),
            figure(kb, "research_scientists", "growth"),
        ],
    ),
    (
        "cert price + how long to get one done?",
        lambda kb: [cost(kb, "certification"), years(kb, "certification")],
    ),
    (
        "jobs added by 2033 for software devs, and same for hardware engineers pls",
        lambda kb: [
            figure(kb, "software_developers", "jobs_added"),
            figure(kb, "hardware_engineers", "jobs_added"),
        ],
    ),
    (
        "median pay IT manager and data scientist? both numbers pls",
        lambda kb: [
            figure(kb, "it_managers", "median_wage"),
            figure(kb, "data_scientists", "median_wage"),
        ],
    ),
    (
        "comparing options: masters tuition per year vs bootcamp price",
        lambda kb: [cost(kb, "masters"), cost(kb, "bootcamp")],
    ),
    (
        "which programming language i should learn and which frameworks are common in ml?",
        lambda kb: _topic(kb, "languages", "Python") + _topic(kb, "frameworks", "PyTorch"),
    ),
    (
        "hardware engineers - what's the salary and how many jobs get added?",
        lambda kb: [
            figure(kb, "hardware_engineers", "median_wage"),
            figure(kb, "hardware_engineers", "jobs_added"),
        ],
    ),
    (
        "2 questions: is a degree a must? and where do ppl find freelance ml gigs",
        lambda kb: _topic(kb, "degree_needed", "self-taught") + _topic(kb, "freelance", "Upwork"),
    ),
]

NAMED = [
    (
        "who is behind the azure ai engineer associate thing",
        lambda kb: _subject(kb, "azure_cert", "Microsoft"),
    ),
    (
        "aws ml specialty cert - what topics does the exam cover",
        lambda kb: _subject(kb, "aws_cert", "exploratory"),
    ),
    (
        "google professional ml engineer certificate, is it all about their cloud stuff?",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "toptal came up in a reddit thread, is that some kind of hiring site or wat",
        lambda kb: _subject(kb, "toptal", "freelance"),
    ),
    (
        "kaggle?? whats that site even for",
        lambda kb: _subject(kb, "kaggle_platform", "competitions"),
    ),
    (
        "sklearn worth learning? what is it good for",
        lambda kb: _subject(kb, "scikit_learn", "preprocessing"),
    ),
    (
        "pyspark do i need it from day one or later",
        lambda kb: _subject(kb, "spark", "datasets"),
    ),
    (
        "what does ABET accredited mean for an online degree",
        lambda kb: _subject(kb, "online_degree", "rigor"),
    ),
    (
        "community college a good place to start or waste of time?",
        lambda kb: _subject(kb, "community_college", "accessible"),
    ),
    (
        "how is a tech manager job connected to ML at all",
        lambda kb: _subject(kb, "it_managers", "oversee"),
    ),
]

RANKINGS = [
    (
        "which of these related jobs pays the most",
        lambda kb: [_best(kb, "median_wage")],
    ),
    (
        "fastest growing role out of the ones u list?",
        lambda kb: [figure(kb, _fastest(kb), "growth")],
    ),
    (
        "out of all the jobs u track, which one gets the biggest pile of new positions by 2033?",
        lambda kb: [_best(kb, "jobs_added")],
    ),
    (
        "whats the 2nd highest median salary in ur list",
        lambda kb: [_ranked(kb, "median_wage", 2)],
    ),
    (
        "how much more does a tech manager earn than a coder per year",
        lambda kb: [_wage_gap(kb, "it_managers", "software_developers")],
    ),
    (
        "chip designer or ML researcher, who gets paid better",
        lambda kb: [_higher_wage(kb, "hardware_engineers", "research_scientists")],
    ),
    (
        "cheapest way in to ML, how many dollars",
        lambda kb: [_cheapest_route(kb)],
    ),
    (
        "quickest path to become an ml engineer? how long",
        lambda kb: [_quickest_route(kb)],
    ),
    (
        "most expensive education option u know of? how much per year",
        lambda kb: [_priciest_route(kb)],
    ),
    (
        "which route takes longest time",
        lambda kb: [_longest_route(kb)],
    ),
]

ABOUT_DATA = [
    (
        "where do u get those salary numbers from",
        lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
    ),
    (
        "im in india so do these pay figures even apply to me or r they american only",
        lambda kb: _bls_words(kb, "U.S."),
    ),
    (
        "when was this job data released",
        lambda kb: [str(_bls(kb).release_year)],
    ),
    (
        "salary numbers r from which year exactly?",
        lambda kb: [_bls(kb).wage_reference.split()[-1]],
    ),
    (
        "the growth % is projected from what year to what year",
        lambda kb: [str(y) for y in _bls(kb).projection_period],
    ),
    (
        "what's ur source for all the non-salary advice, like where's it from",
        lambda kb: _guide_words(kb, "career guide"),
    ),
]

TOPICS = [
    (
        "do i need soft skills too or just code",
        lambda kb: _topic(kb, "soft_skills", "Adaptability"),
    ),
    (
        "how do ppl keep up w/ all the new ml stuff? any conferences worth going",
        lambda kb: _topic(kb, "stay_updated", "NeurIPS"),
    ),
    (
        "where can i find other ml people online to ask questions",
        lambda kb: _topic(kb, "networking", "Reddit"),
    ),
    (
        "trying to land a summer ml internship, which well known firms actually run those programs",
        lambda kb: _topic(kb, "internships", "Amazon"),
    ),
    (
        "building my portfolio this month, wat kinda stuff belongs in it so recruiters care",
        lambda kb: _topic(kb, "portfolio", "open-source"),
    ),
    (
        "r hackathons worth giving up my weekends for? what do i get out of it",
        lambda kb: _topic(kb, "kaggle", "feedback"),
    ),
    (
        "once im in ml, wat neighbouring areas could i drift into down the road",
        lambda kb: _topic(kb, "tips", "robotics"),
    ),
    (
        "which industries hire ml engineers apart from big tech",
        lambda kb: _topic(kb, "work_environments", "fraud"),
    ),
    (
        "wich math courses r important 4 machine learning",
        lambda kb: _topic(kb, "foundational_courses", "calculus"),
    ),
    (
        "does an electrical eng degree also lead to ml or only comp sci",
        lambda kb: _topic(kb, "engineering_degrees", "Electrical"),
    ),
    (
        "isnt ml eng and data scientist basicaly the same job??",
        lambda kb: _topic(kb, "mle_vs_ds", "exploration"),
    ),
    (
        "what things can slow me down or speed me up on the way there",
        lambda kb: _topic(kb, "timeline_factors", "part-time"),
    ),
    (
        "why bother with certs at all, do employers really care?",
        lambda kb: _topic(kb, "cert_benefits", "promotions"),
    ),
    (
        "wat does an mle actually do day to day",
        lambda kb: _topic(kb, "role", "preprocessing"),
    ),
]

PERSONAL = [
    (
        "hello from poland :) im 35, working as accountant, no cs degree at all. "
        "is it possible get into ml without going back to uni for 4 yrs?",
        lambda kb: _topic(kb, "degree_needed", "self-taught"),
    ),
    (
        "been a data analyst for 2 yrs, how do i make the jump to ml engineer",
        lambda kb: _topic(kb, "entry_level", "transferable"),
    ),
    (
        "broke student here, cant afford much. any ways to make studying ml cheaper?",
        lambda kb: _topic(kb, "manage_costs", "Scholarships"),
    ),
    (
        "just finished high school, total beginner, no idea where to start with ml skills",
        lambda kb: _topic(kb, "choosing_path", "basics"),
    ),
    (
        "full time job in logistics + 2 kids so no way i can sit in a classroom. "
        "want to study ml online in evenings, wat options do i have?",
        lambda kb: _topic(kb, "online_learning", "Coursera"),
    ),
    (
        "3rd year cs student with zero real experience, how do i get some before graduating?",
        lambda kb: _topic(kb, "experience", "Kaggle"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL

# --- dialogues (later turns only make sense with the earlier ones) -----------------------

DIALOGUES = [
    [
        (
            "data scientist paycheck, typical yearly amount? curious",
            lambda kb: [figure(kb, "data_scientists", "median_wage")],
        ),
        ("and chip designers?", lambda kb: [figure(kb, "hardware_engineers", "median_wage")]),
        (
            "which of them grows faster",
            lambda kb: [_higher(kb, "growth", "data_scientists", "hardware_engineers")],
        ),
    ],
    [
        (
            "masters degree - how many yrs of my life is that gonna eat",
            lambda kb: [years(kb, "masters")],
        ),
        ("and what does it cost a year", lambda kb: [cost(kb, "masters")]),
        (
            "is that cheaper than a private bachelors?",
            lambda kb: [cost(kb, "bachelors", "private_institution")],
        ),
    ],
    [
        (
            "saw the aws ml specialty cert mentioned on a forum, can u explain it a bit",
            lambda kb: _subject(kb, "aws_cert", "Amazon Web Services"),
        ),
        ("and the azure one?", lambda kb: _subject(kb, "azure_cert", "Microsoft Azure")),
        ("how much do they cost", lambda kb: [cost(kb, "certification")]),
    ],
    [
        (
            "curious about software developer roles, r they expanding percentage wise",
            lambda kb: [figure(kb, "software_developers", "growth")],
        ),
        ("how many jobs is that", lambda kb: [figure(kb, "software_developers", "jobs_added")]),
        ("and for tech managers?", lambda kb: [figure(kb, "it_managers", "jobs_added")]),
    ],
    [
        ("whats a bootcamp exactly", lambda kb: _subject(kb, "bootcamp", "intensive")),
        ("how long does that take", lambda kb: [years(kb, "bootcamp")]),
        ("cheaper than a degree?", lambda kb: [cost(kb, "bootcamp")]),
    ],
    [
        (
            "research scientists salary?",
            lambda kb: [figure(kb, "research_scientists", "median_wage")],
        ),
        (
            "what about the top earners there",
            lambda kb: [figure(kb, "research_scientists", "top_wage")],
        ),
        (
            "n how many openings every year",
            lambda kb: [figure(kb, "research_scientists", "openings")],
        ),
        ("growing or not?", lambda kb: [figure(kb, "research_scientists", "growth")]),
    ],
    [
        (
            "im coming from excel macros lol, what language do ppl pick first for ml",
            lambda kb: _topic(kb, "languages", "Python"),
        ),
        ("what is java used for then", lambda kb: _subject(kb, "java", "enterprise")),
        ("and R?", lambda kb: _subject(kb, "r", "statistical")),
    ],
    [
        ("whats github good for in this career", lambda kb: _subject(kb, "github", "code")),
        ("and linkedin?", lambda kb: _subject(kb, "linkedin", "accomplishments")),
    ],
    [
        (
            "ballpark yearly pay for IT managers? asking for my boss lol",
            lambda kb: [figure(kb, "it_managers", "median_wage")],
        ),
        (
            "how much more is that than a data scientist gets",
            lambda kb: [_wage_gap(kb, "it_managers", "data_scientists")],
        ),
    ],
    [
        (
            "bachelor degree, how many yrs start to finish typically",
            lambda kb: [years(kb, "bachelors")],
        ),
        (
            "public vs private cost?",
            lambda kb: [
                cost(kb, "bachelors", "public_institution"),
                cost(kb, "bachelors", "private_institution"),
            ],
        ),
        ("any way to make it cheaper", lambda kb: _topic(kb, "manage_costs", "community")),
    ],
    [
        (
            "job outlook for hardware engineers?",
            lambda kb: [figure(kb, "hardware_engineers", "growth")],
        ),
        ("how many new jobs", lambda kb: [figure(kb, "hardware_engineers", "jobs_added")]),
        (
            "is that more or less than data scientists",
            lambda kb: [
                figure(kb, "hardware_engineers", "jobs_added"),
                figure(kb, "data_scientists", "jobs_added"),
            ],
        ),
    ],
    [
        (
            "gcp ml engineer cert by google, mostly cloud stuff or broader? wat does it centre on",
            lambda kb: _subject(kb, "google_cert", "Google Cloud"),
        ),
        (
            "how do i decide between it and the aws one",
            lambda kb: _topic(kb, "choose_cert", "goals"),
        ),
        ("how long to get certified", lambda kb: [years(kb, "certification")]),
    ],
]
