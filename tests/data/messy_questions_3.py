"""Messy, people's-own-phrasing evaluation questions: a third development set.

Written as session 13's blind set, scored blind once at the end of session 13; development
data since session 14 (the developer reads it and its misses).

Written 2026-12-06 by a helper from the career guide and knowledge/*.yml only, without
the training data or the assistant's replies. EVALUATION ONLY (one dialogue dropped by the
developer: its opening question was a training example word for word): never use these messages
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
    _best,
    _bls,
    _bls_words,
    _fastest,
    _foundation,
    _guide_words,
    _higher,
    _priciest_route,
    _quickest_route,
    _ranked,
    _subject,
    _top_share,
    _topic,
    _wage_gap,
)
from tests.data.questions import cost, figure, years

# --- single questions ------------------------------------------------------------------

FIGURES = [
    ("qa analyst salary??", lambda kb: [figure(kb, "software_developers", "median_wage")]),
    (
        "median pay computer and information systems manager",
        lambda kb: [figure(kb, "it_managers", "median_wage")],
    ),
    ("chip designer salary ballpark", lambda kb: [figure(kb, "hardware_engineers", "median_wage")]),
    (
        "a data science role pays what typically",
        lambda kb: [figure(kb, "data_scientists", "median_wage")],
    ),
    (
        "annual job openings in AI research",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "software dev new jobs by 2033?",
        lambda kb: [figure(kb, "software_developers", "jobs_added")],
    ),
    (
        "how many new tech manager jobs r coming",
        lambda kb: [figure(kb, "it_managers", "jobs_added")],
    ),
    ("hardware eng growth rate", lambda kb: [figure(kb, "hardware_engineers", "growth")]),
    (
        "projected growth for data scientist roles",
        lambda kb: [figure(kb, "data_scientists", "growth")],
    ),
    (
        "public university yearly cost for undergrad",
        lambda kb: [cost(kb, "bachelors", "public_institution")],
    ),
    ("cert exam fees how much", lambda kb: [cost(kb, "certification")]),
    ("how long till i finish a BSc", lambda kb: [years(kb, "bachelors")]),
    ("how long does a certification program run", lambda kb: [years(kb, "certification")]),
    ("learning materials cost annualy?", lambda kb: [cost(kb, "textbooks")]),
]

TWO_IN_ONE = [
    (
        "software developers - median wage and number of jobs added",
        lambda kb: [
            figure(kb, "software_developers", "median_wage"),
            figure(kb, "software_developers", "jobs_added"),
        ],
    ),
    (
        "how many hardware engineer jobs get added + what do they earn",
        lambda kb: [
            figure(kb, "hardware_engineers", "jobs_added"),
            figure(kb, "hardware_engineers", "median_wage"),
        ],
    ),
    (
        "research sci growth % and median salary",
        lambda kb: [
            figure(kb, "research_scientists", "growth"),
            figure(kb, "research_scientists", "median_wage"),
        ],
    ),
    (
        "BS + MS how many yrs altogether",
        lambda kb: [years(kb, "bachelors"), years(kb, "masters")],
    ),
    (
        "private uni per year vs a bootcamp, $?",
        lambda kb: [cost(kb, "bachelors", "private_institution"), cost(kb, "bootcamp")],
    ),
    (
        "data scientists salary. it managers salary.",
        lambda kb: [
            figure(kb, "data_scientists", "median_wage"),
            figure(kb, "it_managers", "median_wage"),
        ],
    ),
    (
        "whats a cert cost and is there a google one",
        lambda kb: [cost(kb, "certification"), *_subject(kb, "google_cert", "Google Cloud")],
    ),
    (
        "books per yr and how long is the bachelors",
        lambda kb: [cost(kb, "textbooks"), years(kb, "bachelors")],
    ),
    (
        "data scientists: how many new jobs + median wage",
        lambda kb: [
            figure(kb, "data_scientists", "jobs_added"),
            figure(kb, "data_scientists", "median_wage"),
        ],
    ),
    (
        "how long r bootcamps and will i need to buy a computer, how much",
        lambda kb: [years(kb, "bootcamp"), cost(kb, "hardware")],
    ),
]

NAMED = [
    (
        "pytorch or tensorflow, whats each one good at",
        lambda kb: [
            *_subject(kb, "pytorch", "flexibility"),
            *_subject(kb, "tensorflow", "neural networks"),
        ],
    ),
    ("edX legit for ml?", lambda kb: _subject(kb, "edx", "low-cost")),
    ("udemy any good", lambda kb: _subject(kb, "udemy", "low-cost")),
    ("linkedin - why bother", lambda kb: _subject(kb, "linkedin", "projects")),
    ("kaggle whats the point of it", lambda kb: _subject(kb, "kaggle_platform", "competitions")),
    ("github for an ml portfolio?", lambda kb: _subject(kb, "github", "hosting")),
    ("pyspark needed?", lambda kb: _subject(kb, "spark", "large datasets")),
    (
        "AWS certified ML specialty - whats on the exam",
        lambda kb: _subject(kb, "aws_cert", "model deployment"),
    ),
    (
        "the microsoft ai engineer cert, speech stuff?",
        lambda kb: _subject(kb, "azure_cert", "natural language processing"),
    ),
    (
        "community college route, smart or not",
        lambda kb: _subject(kb, "community_college", "affordable"),
    ),
]

RANKINGS = [
    ("top earning job in the bls list", lambda kb: [_best(kb, "median_wage")]),
    (
        "which has the lowest median, like the bottom one",
        lambda kb: [_best(kb, "median_wage", min)],
    ),
    ("which role has the weakest job growth", lambda kb: [_best(kb, "growth", min)]),
    (
        "who adds more jobs, software devs or data scientists",
        lambda kb: [_higher(kb, "jobs_added", "software_developers", "data_scientists")],
    ),
    ("whats the most $$$ route overall", lambda kb: [_priciest_route(kb)]),
    ("shortest program to get in?", lambda kb: [_quickest_route(kb)]),
    (
        "research scientists or it managers, who earns more",
        lambda kb: [_higher(kb, "median_wage", "research_scientists", "it_managers")],
    ),
    (
        "pay gap hardware engineers vs data scientists",
        lambda kb: [_wage_gap(kb, "hardware_engineers", "data_scientists")],
    ),
    (
        "is a masters cheaper per year than private undergrad",
        lambda kb: [cost(kb, "masters"), cost(kb, "bachelors", "private_institution")],
    ),
    ("3rd highest paid of the jobs u listed", lambda kb: [_ranked(kb, "median_wage", 3)]),
]

ABOUT_DATA = [
    (
        "whose numbers r these, the outlook ones",
        lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
    ),
    ("how current is the salary info", lambda kb: [_bls(kb).wage_reference]),
    ("the 233k figure, is that the average?", lambda kb: [_top_share(kb)]),
    ("are these american numbers", lambda kb: _bls_words(kb, "U.S.")),
    ("when did the BLS put this out", lambda kb: [str(_bls(kb).release_year)]),
    ("and the costs, are those from BLS too?", lambda kb: _guide_words(kb, "guide")),
]

TOPICS = [
    ("responsibilities of an ML engineer?", lambda kb: _topic(kb, "role", "deploying")),
    (
        "supervised unsupervised etc, do i need all that",
        lambda kb: _topic(kb, "key_skills", "reinforcement"),
    ),
    ("is teamwork a big deal in ml jobs", lambda kb: _topic(kb, "soft_skills", "teams")),
    ("internships at big companies, possible?", lambda kb: _topic(kb, "internships", "Google")),
    ("mentors - how do i find one", lambda kb: _topic(kb, "networking", "mentorship")),
    ("which conferences should i go to", lambda kb: _topic(kb, "stay_updated", "ICML")),
    ("ok im convinced. next steps?", lambda kb: _topic(kb, "next_steps", "accredited")),
    ("what libs/frameworks to learn", lambda kb: _topic(kb, "frameworks", "Scikit-learn")),
    (
        "engineering majors that work for ml?",
        lambda kb: _topic(kb, "engineering_degrees", "Computer Engineering"),
    ),
    (
        "anything that speeds the whole thing up",
        lambda kb: _topic(kb, "timeline_factors", "internships"),
    ),
    (
        "do employers care more about degrees or projects",
        lambda kb: _topic(kb, "degree_needed", "project experience"),
    ),
    (
        "data science vs ml eng, which one is more coding heavy",
        lambda kb: _topic(kb, "mle_vs_ds", "software engineering"),
    ),
    (
        "stats - how important really",
        lambda kb: _topic(kb, "key_skills", "probability"),
    ),
    (
        "do i have to learn everything at once??",
        lambda kb: _topic(kb, "choosing_path", "programming basics"),
    ),
]

PERSONAL = [
    ("im 17 and good at math, what should my path be", lambda kb: _foundation(kb, "Python")),
    (
        "6 yrs as a software engineer, want to switch over to ml eng",
        lambda kb: _topic(kb, "entry_level", "stepping stone"),
    ),
    (
        "my employer might cover a cert for me, is that common?",
        lambda kb: _topic(kb, "manage_costs", "sponsor"),
    ),
    (
        "single mom working nights, maybe 2 hrs a day free, can i still do this",
        lambda kb: _foundation(kb, "Python"),
    ),
    (
        "got a bachelors in economics, do i need a masters now",
        lambda kb: _subject(kb, "masters", "optional"),
    ),
    (
        "broke college dropout, can i still become an MLE",
        lambda kb: _topic(kb, "degree_needed", "portfolio"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL


# --- dialogues -------------------------------------------------------------------------

DIALOGUES = [
    [
        (
            "whats the pay like for software devs",
            lambda kb: [figure(kb, "software_developers", "median_wage")],
        ),
        (
            "n for ai researchers?",
            lambda kb: [figure(kb, "research_scientists", "median_wage")],
        ),
        ("top earners there?", lambda kb: [figure(kb, "research_scientists", "top_wage")]),
    ],
    [
        ("masters degree cost", lambda kb: [cost(kb, "masters")]),
        ("any way to bring that down", lambda kb: _topic(kb, "manage_costs", "Scholarships")),
        ("how long is it", lambda kb: [years(kb, "masters")]),
    ],
    [
        ("how do ppl become mles w/o college", lambda kb: _topic(kb, "degree_needed", "portfolio")),
        (
            "which certs then",
            lambda kb: [*_subject(kb, "aws_cert", "AWS"), *_subject(kb, "azure_cert", "Microsoft")],
        ),
        ("price?", lambda kb: [cost(kb, "certification")]),
    ],
    [
        ("which related occupation is growing quickest", lambda kb: [_best(kb, "growth")]),
        ("new positions from that one?", lambda kb: [figure(kb, _fastest(kb), "jobs_added")]),
        ("median pay for it?", lambda kb: [figure(kb, _fastest(kb), "median_wage")]),
    ],
    [
        ("kaggle comps, time well spent?", lambda kb: _topic(kb, "kaggle", "feedback")),
        ("what about github", lambda kb: _subject(kb, "github", "hosting")),
        ("linkedin?", lambda kb: _subject(kb, "linkedin", "projects")),
    ],
    [
        (
            "compare bootcamp and bachelors time wise",
            lambda kb: [years(kb, "bootcamp"), years(kb, "bachelors")],
        ),
        (
            "and cost",
            lambda kb: [cost(kb, "bootcamp"), cost(kb, "bachelors", "public_institution")],
        ),
    ],
    [
        (
            "what kind of companies hire ml engineers",
            lambda kb: _topic(kb, "work_environments", "Startups"),
        ),
        ("finance too?", lambda kb: _topic(kb, "work_environments", "fraud detection")),
    ],
    [
        (
            "# of jobs being added for hardware engineers",
            lambda kb: [figure(kb, "hardware_engineers", "jobs_added")],
        ),
        (
            "is that a lot compared to software devs",
            lambda kb: [figure(kb, "software_developers", "jobs_added")],
        ),
        (
            "growth rates for both?",
            lambda kb: [
                figure(kb, "hardware_engineers", "growth"),
                figure(kb, "software_developers", "growth"),
            ],
        ),
    ],
    [
        (
            "whats the projection period on the growth stats",
            lambda kb: [str(_bls(kb).projection_period[0]), str(_bls(kb).projection_period[1])],
        ),
        ("who made those", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
    ],
    [
        (
            "bachelors at a private uni per year",
            lambda kb: [cost(kb, "bachelors", "private_institution")],
        ),
        (
            "how about a community college",
            lambda kb: _subject(kb, "community_college", "affordable"),
        ),
        ("and online degrees?", lambda kb: _subject(kb, "online_degree", "affordable")),
    ],
    [
        (
            "im a data analyst, how do i get into ml",
            lambda kb: _topic(kb, "entry_level", "transferable"),
        ),
        ("do i need a masters for that", lambda kb: _subject(kb, "masters", "optional")),
        ("ok how much would one cost", lambda kb: [cost(kb, "masters")]),
        ("how long tho", lambda kb: [years(kb, "masters")]),
    ],
]
