"""Messy, people's-own-phrasing evaluation questions: a sixth development set.

Written as session 16's blind set, scored blind once at the end of session 17; development
data since session 18 (the developer reads it and its misses). Written 2026-12-07 by a helper
from the career guide and knowledge/*.yml only, without the training data or the assistant's
replies. EVALUATION ONLY: never use these messages (or paraphrases of them) as training data.

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
    _higher_wage,
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
        "wat do tech managers make a yr",
        lambda kb: [figure(kb, "it_managers", "median_wage")],
    ),
    (
        "data sci median pay?",
        lambda kb: [figure(kb, "data_scientists", "median_wage")],
    ),
    (
        "ok real talk how much does a regular coder earn, like a software developer, in the states",
        lambda kb: [figure(kb, "software_developers", "median_wage")],
    ),
    (
        "how many chip designer jobs r they gonna add",
        lambda kb: [figure(kb, "hardware_engineers", "jobs_added")],
    ),
    (
        "growth % for AI researchers 2023-2033?",
        lambda kb: [figure(kb, "research_scientists", "growth")],
    ),
    (
        "about how many positions open up every year for computer research scientist ppl "
        "bc of retirements etc",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "QA testers / software devs - how fast is employment growing percent wise",
        lambda kb: [figure(kb, "software_developers", "growth")],
    ),
    (
        "info systems manager jobs, how many new ones projected??",
        lambda kb: [figure(kb, "it_managers", "jobs_added")],
    ),
    (
        "grad school for AI how much per year roughly",
        lambda kb: [cost(kb, "masters")],
    ),
    (
        "private college bachelor price per yr? asking for my son",
        lambda kb: [cost(kb, "bachelors", "private_institution")],
    ),
    (
        "bootcamp gonna cost me how much $$",
        lambda kb: [cost(kb, "bootcamp")],
    ),
    (
        "how many years undergrad takes normally",
        lambda kb: [years(kb, "bachelors")],
    ),
    (
        "msc in machine learning, how long is it usually?",
        lambda kb: [years(kb, "masters")],
    ),
    (
        "price range for ml certs? thinking of getting one",
        lambda kb: [cost(kb, "certification")],
    ),
]

TWO_IN_ONE = [
    (
        "chip designers pay + growth % ?",
        lambda kb: [
            figure(kb, "hardware_engineers", "median_wage"),
            figure(kb, "hardware_engineers", "growth"),
        ],
    ),
    (
        "median salary data scientist and research scientist pls",
        lambda kb: [
            figure(kb, "data_scientists", "median_wage"),
            figure(kb, "research_scientists", "median_wage"),
        ],
    ),
    (
        "how long n how much is a bootcamp",
        lambda kb: [years(kb, "bootcamp"), cost(kb, "bootcamp")],
    ),
    (
        "state university tuition per year? and how many years does the bachelor take",
        lambda kb: [cost(kb, "bachelors", "public_institution"), years(kb, "bachelors")],
    ),
    (
        "what do devs earn and how many dev jobs get added by 2033",
        lambda kb: [
            figure(kb, "software_developers", "median_wage"),
            figure(kb, "software_developers", "jobs_added"),
        ],
    ),
    (
        "growth rate for engineering managers? also for data scientists",
        lambda kb: [
            figure(kb, "it_managers", "growth"),
            figure(kb, "data_scientists", "growth"),
        ],
    ),
    (
        "how much should i budget for books each year, and for a laptop/software",
        lambda kb: [cost(kb, "textbooks"), cost(kb, "hardware")],
    ),
    (
        "computer & info research scientists: typical salary, and what do the highest earners get",
        lambda kb: [
            figure(kb, "research_scientists", "median_wage"),
            figure(kb, "research_scientists", "top_wage"),
        ],
    ),
    (
        "masters: yearly cost? how many years?",
        lambda kb: [cost(kb, "masters"), years(kb, "masters")],
    ),
    (
        "what is the google ml engineer cert focused on and how long to prepare for it",
        lambda kb: [_subject(kb, "google_cert", "Google Cloud")[0], years(kb, "certification")],
    ),
]

NAMED = [
    (
        "azure ai engineer associate - wht does it cover",
        lambda kb: _subject(kb, "azure_cert", "speech"),
    ),
    (
        "who is behind the professional machine learning engineer cert from google, which platform",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "thinking abt the amazon machine learning specialty exam, wat kinda stuff do they "
        "actually test u on",
        lambda kb: _subject(kb, "aws_cert", "data engineering"),
    ),
    (
        "whats toptal exactly?",
        lambda kb: _subject(kb, "toptal", "freelance"),
    ),
    (
        "is kaggle a thing i should do",
        lambda kb: _subject(kb, "kaggle_platform", "competitions"),
    ),
    (
        "ABET accredited online degree?? what does that even mean",
        lambda kb: _subject(kb, "online_degree", "rigor"),
    ),
    (
        "is udemy any good for picking up machine learning or nah, saw a course on sale for like "
        "15 bucks",
        lambda kb: _subject(kb, "udemy", "low-cost"),
    ),
    (
        "keep seeing scikit-learn in every tutorial lol, what do ppl use that library for exactly",
        lambda kb: _subject(kb, "scikit_learn", "preprocessing"),
    ),
    (
        "why r computer hardware engineers even on the list, what do they have to do with ml",
        lambda kb: _subject(kb, "hardware_engineers", "GPUs"),
    ),
    (
        "R language worth it or just stick w python",
        lambda kb: _subject(kb, "r", "statistical"),
    ),
]

RANKINGS = [
    (
        "out of all the careers u listed, which one has the biggest paycheck? just curious",
        lambda kb: [_best(kb, "median_wage")],
    ),
    (
        "fastest growing one out of the related jobs?",
        lambda kb: [figure(kb, _fastest(kb), "growth")],
    ),
    (
        "which occupation adds the most jobs by 2033",
        lambda kb: [_best(kb, "jobs_added")],
    ),
    (
        "2nd best paid job on ur list?",
        lambda kb: [_ranked(kb, "median_wage", 2)],
    ),
    (
        "whats the pay difference between computer/IT managers and data scientists, like in "
        "dollars",
        lambda kb: [_wage_gap(kb, "it_managers", "data_scientists")],
    ),
    (
        "sw dev vs hardware engineer who earns more",
        lambda kb: [_higher_wage(kb, "software_developers", "hardware_engineers")],
    ),
    (
        "im on a tight budget, cheapest way to get qualified?",
        lambda kb: [_cheapest_route(kb)],
    ),
    (
        "quickest path into ml, time wise",
        lambda kb: [_quickest_route(kb)],
    ),
    (
        "money no object lol, which education route would end up costing the most out of all of "
        "them",
        lambda kb: [_priciest_route(kb)],
    ),
    (
        "slowest growing job of the bunch",
        lambda kb: [_best(kb, "growth", min)],
    ),
]

ABOUT_DATA = [
    (
        "hold on, who actually collected those pay figures u keep quoting? whats the source",
        lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
    ),
    (
        "how recent is that wage data",
        lambda kb: [str(_bls(kb).release_year)],
    ),
    (
        "r these pay figures for usa or worldwide? im in india",
        lambda kb: _bls_words(kb, "U.S."),
    ),
    (
        "the growth projections are for which years exactly",
        lambda kb: [str(_bls(kb).projection_period[0]), str(_bls(kb).projection_period[1])],
    ),
    (
        "where does ur info about bootcamps and degrees come from",
        lambda kb: _guide_words(kb, "career guide"),
    ),
    (
        "median wages measured when? what month",
        lambda kb: [_bls(kb).wage_reference],
    ),
]

TOPICS = [
    (
        "besides coding n math, what people skills do employers want from an ml engineer",
        lambda kb: _topic(kb, "soft_skills", "Communication"),
    ),
    (
        "which programming language first, there are so many",
        lambda kb: _topic(kb, "languages", "Python"),
    ),
    (
        "which tools n libraries are standard in industry for building models, like day to day "
        "stuff",
        lambda kb: _topic(kb, "frameworks", "PyTorch"),
    ),
    (
        "building my github to show recruiters, what kinda projects or stuff should go in there",
        lambda kb: _topic(kb, "portfolio", "open-source"),
    ),
    (
        "how to network with ml people when u know nobody",
        lambda kb: _topic(kb, "networking", "meetups"),
    ),
    (
        "how do u keep up with all the new ai stuff, it moves so fast",
        lambda kb: _topic(kb, "stay_updated", "NeurIPS"),
    ),
    (
        "what other fields near ml could i branch into later",
        lambda kb: _topic(kb, "tips", "robotics"),
    ),
    (
        "where do ml engineers actually work, what kind of companys",
        lambda kb: _topic(kb, "work_environments", "Startups"),
    ),
    (
        "what does an mle do all day tbh",
        lambda kb: _topic(kb, "role", "evaluation"),
    ),
    (
        "do hackathons actualy help u get better",
        lambda kb: _topic(kb, "kaggle", "feedback"),
    ),
    (
        "any sites to find freelance ml gigs",
        lambda kb: _topic(kb, "freelance", "Upwork"),
    ),
    (
        "how much maths is needed, which parts",
        lambda kb: _topic(kb, "foundational_courses", "calculus"),
    ),
    (
        "whats diff between ml eng and data sci",
        lambda kb: _topic(kb, "mle_vs_ds", "exploration"),
    ),
    (
        "what can make it take longer, or faster?",
        lambda kb: _topic(kb, "timeline_factors", "part-time"),
    ),
]

PERSONAL = [
    (
        "im 34 and work as a data analyst, no cs degree. can i switch into ml? how",
        lambda kb: _topic(kb, "entry_level", "transferable"),
    ),
    (
        "dropped out of uni, kinda broke, still want ml job. possible without the degree??",
        lambda kb: _topic(kb, "degree_needed", "portfolio"),
    ),
    (
        "i work full time as accountant and want study ml online in evenings, what options i have",
        lambda kb: _topic(kb, "online_learning", "Coursera"),
    ),
    (
        "student here, my parents cant pay much. how can i lower the cost of my studies",
        lambda kb: _topic(kb, "manage_costs", "Scholarships"),
    ),
    (
        "hs senior, love math, want to be ml engineer one day. what should i study in college",
        lambda kb: _topic(kb, "education_overview", "Computer Science"),
    ),
    (
        "i use aws every day at my job as a backend dev, which ml certificate fits me best",
        lambda kb: _subject(kb, "aws_cert", "AWS"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL

# --- dialogues -------------------------------------------------------------------------

DIALOGUES = [
    [
        (
            "my cousin says data scientists get paid a ton, whats their typical salary actually",
            lambda kb: [figure(kb, "data_scientists", "median_wage")],
        ),
        ("and the growth?", lambda kb: [figure(kb, "data_scientists", "growth")]),
        ("same for software devs", lambda kb: [figure(kb, "software_developers", "growth")]),
    ],
    [
        (
            "someone at work mentioned googles machine learning engineer certification, what is "
            "that one about",
            lambda kb: _subject(kb, "google_cert", "Google Cloud"),
        ),
        ("and the azure one?", lambda kb: _subject(kb, "azure_cert", "Microsoft Azure")),
        ("how much do they cost", lambda kb: [cost(kb, "certification")]),
    ],
    [
        (
            "if i go for a masters after my bachelor, how many years would that add roughly",
            lambda kb: [years(kb, "masters")],
        ),
        ("and what does it cost per yr", lambda kb: [cost(kb, "masters")]),
        ("is it required tho", lambda kb: _subject(kb, "masters", "optional")),
    ],
    [
        ("chip designers salary?", lambda kb: [figure(kb, "hardware_engineers", "median_wage")]),
        ("and tech managers?", lambda kb: [figure(kb, "it_managers", "median_wage")]),
        (
            "which of them pays more",
            lambda kb: [_higher_wage(kb, "hardware_engineers", "it_managers")],
        ),
        ("by how much", lambda kb: [_wage_gap(kb, "it_managers", "hardware_engineers")]),
    ],
    [
        (
            "been seeing ads for coding bootcamps everywhere, what do those usually charge",
            lambda kb: [cost(kb, "bootcamp")],
        ),
        ("how long does that take", lambda kb: [years(kb, "bootcamp")]),
        (
            "cheaper than a degree at a public uni?",
            lambda kb: [cost(kb, "bachelors", "public_institution")],
        ),
    ],
    [
        (
            "for the computer n information research scientist job, roughly how many openings "
            "pop up annually",
            lambda kb: [figure(kb, "research_scientists", "openings")],
        ),
        ("whats their median pay", lambda kb: [figure(kb, "research_scientists", "median_wage")]),
        ("and the top earners?", lambda kb: [figure(kb, "research_scientists", "top_wage")]),
    ],
    [
        ("what language should i learn for ml", lambda kb: _topic(kb, "languages", "Python")),
        ("ok and after that which framework", lambda kb: _topic(kb, "frameworks", "TensorFlow")),
        ("do i need hadoop as well?", lambda kb: _subject(kb, "hadoop", "large datasets")),
    ],
    [
        (
            "where does the salary data come from",
            lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
        ),
        ("what year is it from", lambda kb: [str(_bls(kb).release_year)]),
        ("and the projections go until when", lambda kb: [str(_bls(kb).projection_period[1])]),
    ],
    [
        (
            "software developer job growth %",
            lambda kb: [figure(kb, "software_developers", "growth")],
        ),
        ("how many jobs is that", lambda kb: [figure(kb, "software_developers", "jobs_added")]),
        ("and for data scientists?", lambda kb: [figure(kb, "data_scientists", "jobs_added")]),
    ],
    [
        (
            "private uni bachelors how much",
            lambda kb: [cost(kb, "bachelors", "private_institution")],
        ),
        ("the other one?", lambda kb: [cost(kb, "bachelors", "public_institution")]),
        ("how many yrs is it", lambda kb: [years(kb, "bachelors")]),
    ],
    [
        (
            "catch 22 here, every junior posting wants experience but no one will take me on. "
            "how do i get some",
            lambda kb: _topic(kb, "experience", "Kaggle"),
        ),
        ("where do i find freelance work", lambda kb: _topic(kb, "freelance", "Upwork")),
        ("and where do i show my projects", lambda kb: _topic(kb, "portfolio", "GitHub")),
    ],
    [
        ("fastest growing job?", lambda kb: [figure(kb, _fastest(kb), "growth")]),
        ("what do they earn", lambda kb: [figure(kb, _fastest(kb), "median_wage")]),
        (
            "how r they different from ml engineers",
            lambda kb: _topic(kb, "mle_vs_ds", "exploration"),
        ),
    ],
]
