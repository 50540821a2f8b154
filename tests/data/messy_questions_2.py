"""Messy, people's-own-phrasing evaluation questions, second set (DEVELOPMENT set).

Written 2026-12-06 by a helper from the career guide and knowledge/*.yml only, without
the training data or the assistant's replies. EVALUATION ONLY: never use these messages
(or paraphrases of them) as training data.

Shape (same as tests/data/messy_questions.py):
  QUESTIONS: list of (message, kb -> list of strings that must ALL appear in the reply)
  DIALOGUES: list of dialogues, each a list of (message, kb -> list of strings)

Every figure is computed from the knowledge base through the helpers in
tests/data/questions.py (never typed by hand). Words expected for questions without a
figure are checked against the knowledge-base text they come from when the function
is called, so a drifted knowledge base fails loudly instead of silently.
"""

from __future__ import annotations

from tests.data.messy_kit import (
    _all_costs,
    _best,
    _bls,
    _bls_words,
    _certs,
    _cheapest_route,
    _foundation,
    _guide_words,
    _higher,
    _longest_route,
    _ranked,
    _subject,
    _topic,
    _wage_gap,
)
from tests.data.questions import cost, figure, years

# --- single questions ------------------------------------------------------------------

FIGURES = [
    (
        "median income for a comp research scientist?",
        lambda kb: [figure(kb, "research_scientists", "median_wage")],
    ),
    (
        "wats a hardware engineer take home a year roughly",
        lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
    ),
    ("it manager salery", lambda kb: [figure(kb, "it_managers", "median_wage")]),
    ("typical dev pay in the us?", lambda kb: [figure(kb, "software_developers", "median_wage")]),
    (
        "whats the median a data scientist gets paid",
        lambda kb: [figure(kb, "data_scientists", "median_wage")],
    ),
    (
        "how many data scientist jobs will be created",
        lambda kb: [figure(kb, "data_scientists", "jobs_added")],
    ),
    (
        "hardware engineering - how many jobs get added over the decade",
        lambda kb: [figure(kb, "hardware_engineers", "jobs_added")],
    ),
    ("it manager job growth %?", lambda kb: [figure(kb, "it_managers", "growth")]),
    (
        "softwre developer employment growth thru 2033",
        lambda kb: [figure(kb, "software_developers", "growth")],
    ),
    (
        "what do the best paid 10% of ml researchers earn",
        lambda kb: [figure(kb, "research_scientists", "top_wage")],
    ),
    ("ballpark on bootcamp fees", lambda kb: [cost(kb, "bootcamp")]),
    ("msc tution per yr??", lambda kb: [cost(kb, "masters")]),
    ("whats a decent GPU setup gonna cost for ML courses", lambda kb: [cost(kb, "hardware")]),
    ("textbook budget per year", lambda kb: [cost(kb, "textbooks")]),
]

TWO_IN_ONE = [
    (
        "private college: price per yr and number of yrs?",
        lambda kb: [cost(kb, "bachelors", "private_institution"), years(kb, "bachelors")],
    ),
    (
        "hardware engineers growth % + how many new jobs",
        lambda kb: [
            figure(kb, "hardware_engineers", "growth"),
            figure(kb, "hardware_engineers", "jobs_added"),
        ],
    ),
    (
        "how much do IT managers make n is the field growing",
        lambda kb: [
            figure(kb, "it_managers", "median_wage"),
            figure(kb, "it_managers", "growth"),
        ],
    ),
    (
        "research scientist median vs the top 10 percent?",
        lambda kb: [
            figure(kb, "research_scientists", "median_wage"),
            figure(kb, "research_scientists", "top_wage"),
        ],
    ),
    (
        "whats a cert cost, whats a bootcamp cost",
        lambda kb: [cost(kb, "certification"), cost(kb, "bootcamp")],
    ),
    (
        "public uni undergrad then a masters, yearly price of each?",
        lambda kb: [cost(kb, "bachelors", "public_institution"), cost(kb, "masters")],
    ),
    (
        "software devs vs it managers pay",
        lambda kb: [
            figure(kb, "software_developers", "median_wage"),
            figure(kb, "it_managers", "median_wage"),
        ],
    ),
    (
        "how fast r data science jobs growing compared w software dev",
        lambda kb: [
            figure(kb, "data_scientists", "growth"),
            figure(kb, "software_developers", "growth"),
        ],
    ),
    (
        "besides tuition what other costs should i plan for",
        lambda kb: [cost(kb, "textbooks"), cost(kb, "hardware")],
    ),
    (
        "research scientists openings per yr + growth rate",
        lambda kb: [
            figure(kb, "research_scientists", "openings"),
            figure(kb, "research_scientists", "growth"),
        ],
    ),
]

NAMED = [
    ("whats coursera good for", lambda kb: _subject(kb, "coursera", "low-cost")),
    ("toptal?? what is that", lambda kb: _subject(kb, "toptal", "freelance")),
    (
        "hadoop - do beginners need it",
        lambda kb: _subject(kb, "hadoop", "Hadoop", "large datasets"),
    ),
    (
        "the amazon ml specialty exam, what topics",
        lambda kb: _subject(kb, "aws_cert", "data engineering"),
    ),
    (
        "microsoft's azure ai cert - who is it aimed at",
        lambda kb: _subject(kb, "azure_cert", "enterprise"),
    ),
    (
        "google pro ML engineer certification, what does it focus on",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    ("why does every1 say python", lambda kb: _subject(kb, "python", "industry standard")),
    ("what does ABET accredited even mean", lambda kb: _subject(kb, "online_degree", "rigor")),
    ("is stack overflow useful for ml ppl", lambda kb: _subject(kb, "stack_overflow", "forum")),
    ("scikit learn good for what", lambda kb: _subject(kb, "scikit_learn", "preprocessing")),
]

RANKINGS = [
    ("who makes the most $$ of the related roles", lambda kb: [_best(kb, "median_wage")]),
    ("least new jobs added thru 2033, which role", lambda kb: [_best(kb, "jobs_added", min)]),
    ("which job is #2 for pay", lambda kb: [_ranked(kb, "median_wage", 2)]),
    (
        "which grows faster, hardware engineers or research scientists",
        lambda kb: [_higher(kb, "growth", "hardware_engineers", "research_scientists")],
    ),
    ("which path takes the longest", lambda kb: [_longest_route(kb)]),
    (
        "state school vs private uni, how much cheaper is state",
        lambda kb: _all_costs(kb, "bachelors"),
    ),
    (
        "hardware engineer or software dev - who gets paid more",
        lambda kb: [_higher(kb, "median_wage", "hardware_engineers", "software_developers")],
    ),
    (
        "how much more does an it manager earn than a data scientist",
        lambda kb: [_wage_gap(kb, "it_managers", "data_scientists")],
    ),
    ("cheapest option to get qualified?", lambda kb: [_cheapest_route(kb)]),
    (
        "r certs cheaper than bootcamps",
        lambda kb: [cost(kb, "certification"), cost(kb, "bootcamp")],
    ),
]

ABOUT_DATA = [
    ("who collected the pay data", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
    ("what year was the BLS data released", lambda kb: [str(_bls(kb).release_year)]),
    (
        "those growth %s, from what year to what year",
        lambda kb: [str(_bls(kb).projection_period[0]), str(_bls(kb).projection_period[1])],
    ),
    ("do the salaries apply outside america", lambda kb: _bls_words(kb, "U.S.")),
    ("the tuition numbers, where do they come from", lambda kb: _guide_words(kb, "guide")),
    ("which month r the wages from", lambda kb: [_bls(kb).wage_reference]),
]

TOPICS = [
    ("perks of getting certified?", lambda kb: _topic(kb, "cert_benefits", "credibility")),
    ("how do i pick which cert to do", lambda kb: _topic(kb, "choose_cert", "career goals")),
    ("any way to make this less expensive", lambda kb: _topic(kb, "manage_costs", "Scholarships")),
    ("can i do the whole thing online", lambda kb: _topic(kb, "online_learning", "Coursera")),
    (
        "what could make it take longer than normal",
        lambda kb: _topic(kb, "timeline_factors", "part-time"),
    ),
    ("how much maths do i need lol", lambda kb: _topic(kb, "foundational_courses", "calculus")),
    (
        "which algorithms should i be comfy with",
        lambda kb: _topic(kb, "core_competencies", "regression"),
    ),
    (
        "what qualifications do employers want",
        lambda kb: _topic(kb, "qualifications", "bachelor's degree"),
    ),
    (
        "which industries besides big tech hire ml engineers",
        lambda kb: _topic(kb, "work_environments", "healthcare"),
    ),
    ("good online communities for ml?", lambda kb: _topic(kb, "networking", "Reddit")),
    ("are hackathons worth my weekend", lambda kb: _topic(kb, "kaggle", "feedback")),
    ("what other fields could i branch into later", lambda kb: _topic(kb, "tips", "robotics")),
    (
        "do these costs change depending where u live",
        lambda kb: _topic(kb, "cost_caveat", "location"),
    ),
    ("what entry level jobs lead into ml", lambda kb: _topic(kb, "entry_level", "data analyst")),
]

PERSONAL = [
    (
        "52, just retired from the army, want to learn ML from zero",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "been a data analyst 3 yrs (sql, tableau), how do i jump to ml",
        lambda kb: _topic(kb, "entry_level", "transferable"),
    ),
    (
        "full time job + 2 kids, can i realistically study this online?",
        lambda kb: _topic(kb, "online_learning", "flexibility"),
    ),
    (
        "only have about 5k saved, whats affordable for me",
        lambda kb: _topic(kb, "manage_costs", "Coursera"),
    ),
    (
        "mechanical engineer by degree, 31, want to pivot into ml",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "college sophomore in biology, should i switch majors? to what",
        lambda kb: _topic(kb, "education_overview", "Computer Science"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL


# --- dialogues -------------------------------------------------------------------------

DIALOGUES = [
    [
        ("private uni how much a yr", lambda kb: [cost(kb, "bachelors", "private_institution")]),
        ("public?", lambda kb: [cost(kb, "bachelors", "public_institution")]),
        ("for how many yrs tho", lambda kb: [years(kb, "bachelors")]),
    ],
    [
        ("it managers pay?", lambda kb: [figure(kb, "it_managers", "median_wage")]),
        ("growth?", lambda kb: [figure(kb, "it_managers", "growth")]),
        ("how many jobs does that add", lambda kb: [figure(kb, "it_managers", "jobs_added")]),
    ],
    [
        ("which certs would u recommend", lambda kb: _certs(kb, "Google", "AWS", "Azure")),
        ("more on the aws one", lambda kb: _subject(kb, "aws_cert", "data engineering")),
        ("and azure?", lambda kb: _subject(kb, "azure_cert", "speech")),
    ],
    [
        ("whats the cheapest way in", lambda kb: [_cheapest_route(kb)]),
        ("ok and time-wise?", lambda kb: [years(kb, "certification")]),
        ("what about bootcamps", lambda kb: [years(kb, "bootcamp")]),
    ],
    [
        ("what languages should i learn", lambda kb: _topic(kb, "languages", "Python")),
        ("is R worth it", lambda kb: _subject(kb, "r", "statistical analysis")),
        ("java?", lambda kb: _subject(kb, "java", "enterprise")),
    ],
    [
        (
            "what do hw engineers get paid",
            lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
        ),
        ("vs data scientists", lambda kb: [figure(kb, "data_scientists", "median_wage")]),
        (
            "who's growing faster",
            lambda kb: [_higher(kb, "growth", "hardware_engineers", "data_scientists")],
        ),
    ],
    [
        ("how long is grad school", lambda kb: [years(kb, "masters")]),
        ("is it even required", lambda kb: _subject(kb, "masters", "optional")),
        ("cost per year?", lambda kb: [cost(kb, "masters")]),
    ],
    [
        ("source on the job stats?", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
        ("which year did they publish it", lambda kb: [str(_bls(kb).release_year)]),
        ("and the projections go up to?", lambda kb: [str(_bls(kb).projection_period[1])]),
    ],
    [
        ("portfolio tips", lambda kb: _topic(kb, "portfolio", "GitHub")),
        ("where can i find paid side projects", lambda kb: _topic(kb, "freelance", "Upwork")),
        ("any other sites", lambda kb: _topic(kb, "freelance", "Toptal")),
    ],
    [
        ("data scientist growth", lambda kb: [figure(kb, "data_scientists", "growth")]),
        ("and new jobs?", lambda kb: [figure(kb, "data_scientists", "jobs_added")]),
        ("same q for software devs", lambda kb: [figure(kb, "software_developers", "jobs_added")]),
    ],
    [
        ("bootcamp price range", lambda kb: [cost(kb, "bootcamp")]),
        ("does that include a laptop or is that extra", lambda kb: [cost(kb, "hardware")]),
    ],
    [
        ("do soft skills matter", lambda kb: _topic(kb, "soft_skills", "communication")),
        ("what about technical ones", lambda kb: _topic(kb, "key_skills", "probability")),
        ("math specifically?", lambda kb: _topic(kb, "foundational_courses", "linear algebra")),
    ],
]
