"""Messy, people's-own-phrasing evaluation questions: a fifth development set.

Written as session 15's blind set, scored blind once at the end of session 15; development
data since session 16 (the developer reads it and its misses). 68 questions and 9 dialogues:
2 questions and 3 dialogues were dropped unscored in session 15 (see the end of the file).

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
    _cheapest_route,
    _guide_words,
    _higher,
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
        "hw engineer salary pls",
        lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
    ),
    (
        "ok so if ur in the top 10 percent as an ML researcher what do u make??",
        lambda kb: [figure(kb, "research_scientists", "top_wage")],
    ),
    (
        "by how many percent will data scientist jobs grow til 2033",
        lambda kb: [figure(kb, "data_scientists", "growth")],
    ),
    (
        "number of new software dev / QA jobs expected over the decade?",
        lambda kb: [figure(kb, "software_developers", "jobs_added")],
    ),
    (
        "research scientist roles - how many open up each yr",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "IT manager employment growth %",
        lambda kb: [figure(kb, "it_managers", "growth")],
    ),
    (
        "tech manager jobs, how many being added by 2033 roughly",
        lambda kb: [figure(kb, "it_managers", "jobs_added")],
    ),
    (
        "what does a coder earn in america, median",
        lambda kb: [figure(kb, "software_developers", "median_wage")],
    ),
    (
        "masters in AI tuition per year, ballpark?",
        lambda kb: [cost(kb, "masters")],
    ),
    (
        "im on a tight budget... wat do ml bootcamps usually charge",
        lambda kb: [cost(kb, "bootcamp")],
    ),
    (
        "yearly fees for a cs degree at a state university?",
        lambda kb: [cost(kb, "bachelors", "public_institution")],
    ),
    (
        "private college bachelor, how much per year",
        lambda kb: [cost(kb, "bachelors", "private_institution")],
    ),
    (
        "how many yrs does undergrad normaly take",
        lambda kb: [years(kb, "bachelors")],
    ),
    (
        "exam fee for a cert like aws or google, how much rn",
        lambda kb: [cost(kb, "certification")],
    ),
]

TWO_IN_ONE = [
    (
        "data scientist pay + how fast is the field growing?",
        lambda kb: [
            figure(kb, "data_scientists", "median_wage"),
            figure(kb, "data_scientists", "growth"),
        ],
    ),
    (
        "wat do computer research scientists make n what do the top 10% get",
        lambda kb: [
            figure(kb, "research_scientists", "median_wage"),
            figure(kb, "research_scientists", "top_wage"),
        ],
    ),
    (
        "bootcamp: how much $$ and how long does it last",
        lambda kb: [cost(kb, "bootcamp"), years(kb, "bootcamp")],
    ),
    (
        "compare cost: masters per year vs bachelors at a private uni",
        lambda kb: [cost(kb, "masters"), cost(kb, "bachelors", "private_institution")],
    ),
    (
        "salary of a hardware engineer and of an information systems manager pls",
        lambda kb: [
            figure(kb, "hardware_engineers", "median_wage"),
            figure(kb, "it_managers", "median_wage"),
        ],
    ),
    (
        "how long is a bachelors and whats it cost at a public school",
        lambda kb: [years(kb, "bachelors"), cost(kb, "bachelors", "public_institution")],
    ),
    (
        "which are the 3 main ML certs? and what do they cost roughly",
        lambda kb: [*_certs(kb, "Google", "AWS", "Azure"), cost(kb, "certification")],
    ),
    (
        "should i start w python or java? also do i need math like calculus",
        lambda kb: [
            *_topic(kb, "languages", "Python"),
            *_topic(kb, "foundational_courses", "calculus"),
        ],
    ),
    (
        "how many new jobs for data scientists and how many for software developers by 2033?",
        lambda kb: [
            figure(kb, "data_scientists", "jobs_added"),
            figure(kb, "software_developers", "jobs_added"),
        ],
    ),
    (
        "budget q: textbooks per year? and a decent laptop/gpu setup?",
        lambda kb: [cost(kb, "textbooks"), cost(kb, "hardware")],
    ),
]

NAMED = [
    (
        "that azure cert for ai engineers, is it issued by microsoft itself or some other org?",
        lambda kb: _subject(kb, "azure_cert", "Microsoft"),
    ),
    (
        "google professional ml engineer certificate, what platform is it about",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "thinking of doing the amazon machine learning specialty one... whats actually on that exam syllabus",
        lambda kb: _subject(kb, "aws_cert", "data engineering"),
    ),
    (
        "a friend keeps telling me to sign up on toptal, never heard of it, is it a job board or?",
        lambda kb: _subject(kb, "toptal", "freelance"),
    ),
    (
        "sklearn good for what exactly",
        lambda kb: _subject(kb, "scikit_learn", "preprocessing"),
    ),
    (
        "is R worth learning or just python",
        lambda kb: _subject(kb, "r", "statistical"),
    ),
    (
        "my uni program says ABET accredited, wat does that even mean",
        lambda kb: _subject(kb, "online_degree", "rigor"),
    ),
    (
        "community college first to save money, is that ok?",
        lambda kb: _subject(kb, "community_college", "affordable"),
    ),
    (
        "how are chip designers related to machine learning at all",
        lambda kb: _subject(kb, "hardware_engineers", "GPUs"),
    ),
    (
        "github, why does every1 say i need it",
        lambda kb: _subject(kb, "github", "hosting"),
    ),
]

RANKINGS = [
    (
        "out of all those related jobs which one pays best",
        lambda kb: [_best(kb, "median_wage")],
    ),
    (
        "of these careers, which one has the biggest % increase projected",
        lambda kb: [_best(kb, "growth")],
    ),
    (
        "lowest median wage among them",
        lambda kb: [_best(kb, "median_wage", min)],
    ),
    (
        "which field will add the most jobs thru 2033",
        lambda kb: [_best(kb, "jobs_added")],
    ),
    (
        "whats the cheapest way in, money wise",
        lambda kb: [_cheapest_route(kb)],
    ),
    (
        "quickest path to becoming ML eng? i dont wanna wait years",
        lambda kb: [_quickest_route(kb)],
    ),
    (
        "most expensive option for studying this?",
        lambda kb: [_priciest_route(kb)],
    ),
    (
        "how much more does a tech manager get paid compared to a data scientist",
        lambda kb: [_wage_gap(kb, "it_managers", "data_scientists")],
    ),
    (
        "who earns more - software dev or hardware engineer?",
        lambda kb: [_higher_wage(kb, "software_developers", "hardware_engineers")],
    ),
    (
        "grows faster: ML researcher jobs or programmer jobs??",
        lambda kb: [_higher(kb, "growth", "research_scientists", "software_developers")],
    ),
]

ABOUT_DATA = [
    (
        "those pay figures u keep quoting... who actually collected them",
        lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
    ),
    (
        "r the wages for the us or worldwide? im in india",
        lambda kb: _bls_words(kb, "U.S."),
    ),
    (
        "how old is ur wage info, like when did it come out",
        lambda kb: [str(_bls(kb).release_year)],
    ),
    (
        "job growth projection is from which year to which year?",
        lambda kb: [str(y) for y in _bls(kb).projection_period],
    ),
    (
        "which gov agency puts out those employment stats",
        lambda kb: _bls_words(kb, "Labor Statistics"),
    ),
    (
        "the bootcamp and tuition prices, whats the source for those? also bls?",
        lambda kb: _guide_words(kb, "guide"),
    ),
]

TOPICS = [
    (
        "which non technical skills matter for this job",
        lambda kb: _topic(kb, "soft_skills", "Communication"),
    ),
    (
        "what libs / frameworks do ml ppl actually use day to day",
        lambda kb: _topic(kb, "frameworks", "PyTorch"),
    ),
    (
        "building a portfolio to show employers - which projects n stuff belong in it?",
        lambda kb: _topic(kb, "portfolio", "open-source"),
    ),
    (
        "what do interns actually do in a ml internship",
        lambda kb: _topic(kb, "internships", "live"),
    ),
    (
        "how do i meet ppl in the field, find a mentor etc",
        lambda kb: _topic(kb, "networking", "meetups"),
    ),
    (
        "ai moves so fast, how do i keep up with new stuff",
        lambda kb: _topic(kb, "stay_updated", "NeurIPS"),
    ),
    (
        "do i have to land google/meta as an mle or are there other kinds of employers out there",
        lambda kb: _topic(kb, "work_environments", "Startups"),
    ),
    (
        "wat does an mle actually do at work",
        lambda kb: _topic(kb, "role", "preparation"),
    ),
    (
        "is doing kaggle comps worth my time",
        lambda kb: _topic(kb, "kaggle", "feedback"),
    ),
    (
        "can i pick up freelance ml gigs somewhere on the side",
        lambda kb: _topic(kb, "freelance", "Upwork"),
    ),
    (
        "mle and data scientist sound the same to me, whats the actual diff",
        lambda kb: _topic(kb, "mle_vs_ds", "implementation"),
    ),
    (
        "how much maths is needed, which subjects exactly",
        lambda kb: _topic(kb, "foundational_courses", "linear algebra"),
    ),
    (
        "other areas next to ML i could branch into later?",
        lambda kb: _topic(kb, "tips", "robotics"),
    ),
    (
        "core skills list for ml engineer pls",
        lambda kb: _topic(kb, "key_skills", "Problem-solving"),
    ),
]

PERSONAL = [
    (
        "im 34 and work as a data analyst, excel + sql mostly. want to move into ML, "
        "is my background any use?",
        lambda kb: _topic(kb, "entry_level", "transferable"),
    ),
    (
        "dropped out of uni after 2nd year. can i still become a machine learning engineer "
        "or is it hopeless",
        lambda kb: _topic(kb, "degree_needed", "portfolio"),
    ),
    (
        "i work full time and have 2 kids, no way i can go to campus. any option to study "
        "from home?",
        lambda kb: _topic(kb, "online_learning", "Coursera"),
    ),
    (
        "student here, my family cant pay much. how do ppl afford all this",
        lambda kb: _topic(kb, "manage_costs", "Scholarships"),
    ),
    (
        "im a backend dev, thinking bout getting certified but which one do i choose",
        lambda kb: _topic(kb, "choose_cert", "goals"),
    ),
    (
        "i finished electrical engineering last year, is that degree useful for going into ml",
        lambda kb: _topic(kb, "engineering_degrees", "Electrical"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL

# --- dialogues: later turns only make sense with the earlier ones ----------------------

DIALOGUES = [
    [
        (
            "how much do data scientists make",
            lambda kb: [figure(kb, "data_scientists", "median_wage")],
        ),
        ("and is it growing?", lambda kb: [figure(kb, "data_scientists", "growth")]),
        ("how many jobs is that", lambda kb: [figure(kb, "data_scientists", "jobs_added")]),
    ],
    [
        ("AI researcher salary?", lambda kb: [figure(kb, "research_scientists", "median_wage")]),
        ("and for software devs", lambda kb: [figure(kb, "software_developers", "median_wage")]),
        (
            "so which of them pays more",
            lambda kb: [_higher_wage(kb, "research_scientists", "software_developers")],
        ),
    ],
    [
        ("tell me abt the google ml cert", lambda kb: _subject(kb, "google_cert", "Google Cloud")),
        ("and the azure one?", lambda kb: _subject(kb, "azure_cert", "Microsoft Azure")),
        ("how much do they cost", lambda kb: [cost(kb, "certification")]),
        ("how long to get one", lambda kb: [years(kb, "certification")]),
    ],
    [
        (
            "if i go the undergrad route how long am i stuck in school for",
            lambda kb: [years(kb, "bachelors")],
        ),
        ("and a masters on top?", lambda kb: [years(kb, "masters")]),
        ("whats that cost per yr", lambda kb: [cost(kb, "masters")]),
    ],
    [
        (
            "thinking of a bootcamp instead of college, typical price tag?",
            lambda kb: [cost(kb, "bootcamp")],
        ),
        (
            "is that cheaper than a bachelors at a public uni",
            lambda kb: [cost(kb, "bachelors", "public_institution")],
        ),
        ("how long does it take tho", lambda kb: [years(kb, "bootcamp")]),
    ],
    [
        (
            "growth for computer hardware engineers?",
            lambda kb: [figure(kb, "hardware_engineers", "growth")],
        ),
        ("whats the pay like", lambda kb: [figure(kb, "hardware_engineers", "median_wage")]),
        ("same for IT managers", lambda kb: [figure(kb, "it_managers", "median_wage")]),
    ],
    [
        ("which job has the most growth", lambda kb: [_best(kb, "growth")]),
        ("and the slowest one?", lambda kb: [_best(kb, "growth", min)]),
        (
            "how many jobs does that one add",
            lambda kb: [figure(kb, "hardware_engineers", "jobs_added")],
        ),
    ],
    [
        ("best paid job in the list?", lambda kb: [_best(kb, "median_wage")]),
        ("and the 2nd one?", lambda kb: [_ranked(kb, "median_wage", 2)]),
        (
            "how much more does the top one make than software devs",
            lambda kb: [_wage_gap(kb, "it_managers", "software_developers")],
        ),
    ],
    [
        (
            "which coding language should i pick up first for machine learning",
            lambda kb: _topic(kb, "languages", "Python"),
        ),
        ("and what frameworks?", lambda kb: _topic(kb, "frameworks", "TensorFlow")),
        (
            "which one of those is for neural nets",
            lambda kb: _subject(kb, "tensorflow", "neural networks"),
        ),
    ],
    [
        (
            "openings per year for computer & information research scientists?",
            lambda kb: [figure(kb, "research_scientists", "openings")],
        ),
        (
            "what do the top earners there make",
            lambda kb: [figure(kb, "research_scientists", "top_wage")],
        ),
        ("where is that from", lambda kb: _bls_words(kb, "Bureau of Labor Statistics")),
    ],
    [
        (
            "how do i get real experience before my first job",
            lambda kb: _topic(kb, "experience", "Internships"),
        ),
        (
            "what about freelancing, where do i find work",
            lambda kb: _topic(kb, "freelance", "Toptal"),
        ),
        ("and where do i show off my projects", lambda kb: _topic(kb, "portfolio", "GitHub")),
    ],
    [
        ("is edx legit for learning ml", lambda kb: _subject(kb, "edx", "low-cost")),
        ("what about udemy", lambda kb: _subject(kb, "udemy", "low-cost")),
        ("can that replace a degree", lambda kb: _topic(kb, "degree_needed", "portfolio")),
    ],
]

# Dropped by the developer before the set was scored: two named-thing questions and three
# dialogues whose messages a lint message printed on the developer's screen (session 15).
NAMED = [question for n, question in enumerate(NAMED) if n not in (2, 3)]
QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL
DIALOGUES = [dialogue for n, dialogue in enumerate(DIALOGUES) if n not in (3, 4, 8)]
