"""Messy, people's-own-phrasing evaluation questions: a seventh development set.

Written as session 18's blind set and scored blind once at the end of session 18 (58/70
questions, 24/34 dialogue turns); its misses were then read in session 18 and worked on, so
it is development data since. Written 2026-12-07 by a helper from the career guide and
knowledge/*.yml only, without the training data or the assistant's replies. EVALUATION
ONLY: never use these messages (or paraphrases of them) as training data.

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
        "top 10% of computer research scientists earn how much?? asking for motivation lol",
        lambda kb: [figure(kb, "research_scientists", "top_wage")],
    ),
    (
        "ML researcher openings per yr, roughly how many",
        lambda kb: [figure(kb, "research_scientists", "openings")],
    ),
    (
        "hardware engineer salary usa pls",
        lambda kb: [figure(kb, "hardware_engineers", "median_wage")],
    ),
    (
        "by what percent data scientist jobs will grow until 2033? i read it is very high",
        lambda kb: [figure(kb, "data_scientists", "growth")],
    ),
    (
        "doing manual QA testing at a small agency atm, is the tester/dev field still growing? "
        "wat % do they expect",
        lambda kb: [figure(kb, "software_developers", "growth")],
    ),
    (
        "IT manager positions - how many get added in the next decade?",
        lambda kb: [figure(kb, "it_managers", "jobs_added")],
    ),
    (
        "hw engineering growth %",
        lambda kb: [figure(kb, "hardware_engineers", "growth")],
    ),
    (
        "median salary for a computer scientist doing research stuff?",
        lambda kb: [figure(kb, "research_scientists", "median_wage")],
    ),
    (
        "grad school tuition per yr, ballpark? trying to figure out if i can even afford it",
        lambda kb: [cost(kb, "masters")],
    ),
    (
        "private uni undergrad, what's the yearly cost",
        lambda kb: [cost(kb, "bachelors", "private_institution")],
    ),
    (
        "state university bsc how much a year in tuition",
        lambda kb: [cost(kb, "bachelors", "public_institution")],
    ),
    (
        "bsc in cs takes how many yrs normally",
        lambda kb: [years(kb, "bachelors")],
    ),
    (
        "ml bootcamp price rn? thinking of signing up in jan",
        lambda kb: [cost(kb, "bootcamp")],
    ),
    (
        "how long r bootcamps usually",
        lambda kb: [years(kb, "bootcamp")],
    ),
]

TWO_IN_ONE = [
    (
        "going back to school in sept, how much shud i budget for books n study stuff per yr, "
        "plus a decent laptop/gpu setup?",
        lambda kb: [cost(kb, "textbooks"), cost(kb, "hardware")],
    ),
    (
        "how much do coders make and what about tech managers",
        lambda kb: [
            figure(kb, "software_developers", "median_wage"),
            figure(kb, "it_managers", "median_wage"),
        ],
    ),
    (
        "how long is a bootcamp and how much does it cost me",
        lambda kb: [years(kb, "bootcamp"), cost(kb, "bootcamp")],
    ),
    (
        "masters degree - cost per year and how many years?",
        lambda kb: [cost(kb, "masters"), years(kb, "masters")],
    ),
    (
        "ok so i finished a python course on youtube, which ml frameworks should i pick up "
        "next, and also what kind of maths do i need to know for it",
        lambda kb: [
            *_topic(kb, "frameworks", "PyTorch"),
            *_topic(kb, "foundational_courses", "calculus"),
        ],
    ),
    (
        "research scientists median pay and what the top 10 percent get?",
        lambda kb: [
            figure(kb, "research_scientists", "median_wage"),
            figure(kb, "research_scientists", "top_wage"),
        ],
    ),
    (
        "growth outlook for chip designers and for data scientists pls",
        lambda kb: [
            figure(kb, "hardware_engineers", "growth"),
            figure(kb, "data_scientists", "growth"),
        ],
    ),
    (
        "what does an ml engineer actually do at work and what kind of places hire them",
        lambda kb: [
            *_topic(kb, "role", "Data preparation"),
            *_topic(kb, "work_environments", "Startups"),
        ],
    ),
    (
        "certs: how much $$ and how long to get one",
        lambda kb: [cost(kb, "certification"), years(kb, "certification")],
    ),
    (
        "do i really need a degree? and which programming language i should start with?",
        lambda kb: [
            *_topic(kb, "degree_needed", "formal"),
            *_topic(kb, "languages", "Python"),
        ],
    ),
]

NAMED = [
    (
        "my parents cant pay for uni, could i start at a community college and still end up "
        "doing ml later??",
        lambda kb: _subject(kb, "community_college", "affordable"),
    ),
    (
        "google professional ml engineer cert - whats it focused on",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "my thesis supervisor swears by pytorch for everything, whats it actually known for "
        "compared to the others",
        lambda kb: _subject(kb, "pytorch", "flexibility"),
    ),
    (
        "what is toptal",
        lambda kb: _subject(kb, "toptal", "freelance"),
    ),
    (
        "kaggle?? what even is it, my friend keeps talking about it",
        lambda kb: _subject(kb, "kaggle_platform", "competitions"),
    ),
    (
        "what does ABET accredited mean for an online engineering degree, is it important",
        lambda kb: _subject(kb, "online_degree", "rigor"),
    ),
    (
        "saw tensorflow on a job ad at a telecom co, wat kind of models is it mostly meant "
        "for building",
        lambda kb: _subject(kb, "tensorflow", "neural networks"),
    ),
    (
        "why computer hardware engineers are in a list about machine learning? they do chips no?",
        lambda kb: _subject(kb, "hardware_engineers", "GPUs"),
    ),
    (
        "is R language useful for ml or nah",
        lambda kb: _subject(kb, "r", "statistical analysis"),
    ),
    (
        "do i need hadoop from day one",
        lambda kb: _subject(kb, "hadoop", "not always a requirement"),
    ),
]

RANKINGS = [
    (
        "out of the 5 careers u listed which one has the lowest median pay, just wanna know "
        "the worst case",
        lambda kb: [_best(kb, "median_wage", min)],
    ),
    (
        "fastest growing one out of the ml related jobs?",
        lambda kb: [figure(kb, _fastest(kb), "growth")],
    ),
    (
        "i like niche stuff lol, which of those occupations adds the fewest new positions by "
        "2033",
        lambda kb: [_best(kb, "jobs_added", min)],
    ),
    (
        "if i jump from swe to research scientist whats the bump in $ a year, median vs "
        "median?",
        lambda kb: [_wage_gap(kb, "research_scientists", "software_developers")],
    ),
    (
        "how much more does an IT manager make vs a data scientist per year",
        lambda kb: [_wage_gap(kb, "it_managers", "data_scientists")],
    ),
    (
        "who earns more, chip designers or programmers",
        lambda kb: [_higher_wage(kb, "hardware_engineers", "software_developers")],
    ),
    (
        "career coach told me software devs add the most jobs this decade, ok but which one "
        "is runner up n by how many",
        lambda kb: [_ranked(kb, "jobs_added", 2)],
    ),
    (
        "cheapest way 2 get into ml?",
        lambda kb: [_cheapest_route(kb)],
    ),
    (
        "what's the quickest path into the field, i dont wanna wait years",
        lambda kb: [_quickest_route(kb)],
    ),
    (
        "most expensive option of all of them",
        lambda kb: [_priciest_route(kb)],
    ),
]

ABOUT_DATA = [
    (
        "where do ur salary numbers come from",
        lambda kb: _bls_words(kb, "Bureau of Labor Statistics"),
    ),
    (
        "when was this job data collected, is it old?",
        lambda kb: [str(_bls(kb).release_year)],
    ),
    (
        "the pay figures u gave me, from what month n yr exactly? feels like a lot changed "
        "since then",
        lambda kb: [_bls(kb).wage_reference],
    ),
    (
        "writing a uni essay n need to cite it: the job growth % u quote is over what window, "
        "start yr to end yr?",
        lambda kb: [str(y) for y in _bls(kb).projection_period],
    ),
    (
        "who publishes the employment stats u quote",
        lambda kb: _bls_words(kb, "Labor Statistics"),
    ),
    (
        "what is ur source for all of this info in general",
        lambda kb: _guide_words(kb, "career guide"),
    ),
]

TOPICS = [
    (
        "im doing electrical eng not comp sci, does that kind of degree even lead anywhere "
        "near ml??",
        lambda kb: _topic(kb, "engineering_degrees", "Electrical Engineering"),
    ),
    (
        "im honestly bad at math, how much math do i need for this",
        lambda kb: _topic(kb, "foundational_courses", "linear algebra"),
    ),
    (
        "what libraries/tools do ml ppl actually use",
        lambda kb: _topic(kb, "frameworks", "Scikit-learn"),
    ),
    (
        "2 kids + a full time job here, what things make the journey slower or faster for "
        "someone like me",
        lambda kb: _topic(kb, "timeline_factors", "part-time"),
    ),
    (
        "what do interns in machine learning do all day",
        lambda kb: _topic(kb, "internships", "workflows"),
    ),
    (
        "how to network in the ml community as an introvert lol",
        lambda kb: _topic(kb, "networking", "meetups"),
    ),
    (
        "ai changes every week, how do people keep up with all the new stuff",
        lambda kb: _topic(kb, "stay_updated", "NeurIPS"),
    ),
    (
        "theres google, aws n azure certs... how do i decide which 1 to go for? i work in "
        "hospital IT",
        lambda kb: _topic(kb, "choose_cert", "Industry demand"),
    ),
    (
        "apart from knowing python, which technical skills do recruiters expect from ml eng "
        "candidates? like algorithms wise",
        lambda kb: _topic(kb, "key_skills", "reinforcement learning"),
    ),
    (
        "why ppl do kaggle comps, any real benefit?",
        lambda kb: _topic(kb, "kaggle", "feedback"),
    ),
    (
        "can i do ml freelance on the side, where to find gigs",
        lambda kb: _topic(kb, "freelance", "Upwork"),
    ),
    (
        "are those tuition numbers the same everywhere or depends where u live? im in rural "
        "texas w not much money",
        lambda kb: _topic(kb, "cost_caveat", "location"),
    ),
    (
        "ml eng vs data sci whats the actual difference",
        lambda kb: _topic(kb, "mle_vs_ds", "scalability"),
    ),
    (
        "r certificates even worth it",
        lambda kb: _topic(kb, "cert_benefits", "credibility"),
    ),
]

PERSONAL = [
    (
        "ive been a data analyst 3 yrs, want to move into ml. what should i do",
        lambda kb: _topic(kb, "entry_level", "transferable"),
    ),
    (
        "no degree, 28, working full time in retail and honestly kinda lost rn. can i still "
        "become an ml engineer?? what would i need to show employers to get hired",
        lambda kb: _topic(kb, "degree_needed", "portfolio"),
    ),
    (
        "hi im in last year of high school and want ML later, what should i study at uni",
        lambda kb: _topic(kb, "education_overview", "Computer Science"),
    ),
    (
        "broke student here, cant afford much. how do i keep the costs down",
        lambda kb: _topic(kb, "manage_costs", "Scholarships"),
    ),
    (
        "im a backend dev, our company runs everything on gcp. which cert makes sense for me",
        lambda kb: _subject(kb, "google_cert", "Google Cloud"),
    ),
    (
        "mom of two, only evenings free, i need to study while working. is online learning an "
        "option for me?",
        lambda kb: _topic(kb, "online_learning", "flexibility"),
    ),
]

QUESTIONS = FIGURES + TWO_IN_ONE + NAMED + RANKINGS + ABOUT_DATA + TOPICS + PERSONAL

# --- dialogues (later turns only make sense with the earlier ones) -----------------------

DIALOGUES = [
    [
        ("bf is a qa tester n keeps saying testers out-earn data ppl, whats their median pay "
         "actually", lambda kb: [figure(kb, "software_developers", "median_wage")]),
        ("and for data scientists then?", lambda kb: [
            figure(kb, "data_scientists", "median_wage")]),
        ("so he's right? how big is the gap", lambda kb: [
            _wage_gap(kb, "software_developers", "data_scientists")]),
    ],
    [
        ("job growth for ai researchers?", lambda kb: [
            figure(kb, "research_scientists", "growth")]),
        ("and openings per year?", lambda kb: [figure(kb, "research_scientists", "openings")]),
        ("says who", lambda kb: _bls_words(kb, "Labor Statistics")),
    ],
    [
        ("our bank runs on microsoft everything, is there an ml-ish cert from them i could "
         "get my team into", lambda kb: _subject(kb, "azure_cert", "Microsoft Azure")),
        ("does it cover nlp? thats mostly what we do", lambda kb: _subject(
            kb, "azure_cert", "natural language processing")),
        ("roughly what would the exam set us back", lambda kb: [cost(kb, "certification")]),
    ],
    [
        ("finishing a physics bsc, would a masters in AI be mandatory for ml jobs or "
         "optional", lambda kb: _subject(kb, "masters", "optional")),
        ("ok how many extra yrs would that be", lambda kb: [years(kb, "masters")]),
        ("and fees per year roughly?", lambda kb: [cost(kb, "masters")]),
    ],
    [
        ("bootcamp cost?", lambda kb: [cost(kb, "bootcamp")]),
        ("cheaper than a degree?", lambda kb: [cost(kb, "bachelors", "public_institution")]),
        ("how long does that take", lambda kb: [years(kb, "bootcamp")]),
    ],
    [
        ("what do hardware engineers earn", lambda kb: [
            figure(kb, "hardware_engineers", "median_wage")]),
        ("how fast is that job growing", lambda kb: [figure(kb, "hardware_engineers", "growth")]),
        ("how many jobs will it add", lambda kb: [
            figure(kb, "hardware_engineers", "jobs_added")]),
    ],
    [
        ("which grows faster, data scientists or IT managers?", lambda kb: [
            _higher(kb, "growth", "data_scientists", "it_managers")]),
        ("the other one?", lambda kb: [figure(kb, "it_managers", "growth")]),
    ],
    [
        ("java dev 6 yrs at an insurance firm, can java be used for ml stuff or do i have to "
         "switch langs", lambda kb: _subject(kb, "java", "enterprise")),
        ("ok if i switch, which 1 shud i pick up", lambda kb: _topic(kb, "languages",
                                                                     "Python")),
        ("and the libs that go with it?", lambda kb: _topic(kb, "frameworks", "Scikit-learn")),
    ],
    [
        ("2nd yr student here, do big names like google even take ml interns or only "
         "startups", lambda kb: _topic(kb, "internships", "Google")),
        ("wat would i actually be doing there", lambda kb: _topic(kb, "internships",
                                                                   "collaborate")),
        ("n if i dont land one, other ways to get experience?", lambda kb: _topic(
            kb, "experience", "hackathons")),
    ],
    [
        ("im 35 w a mortgage, which way into ml costs the least money overall", lambda kb: [
            _cheapest_route(kb)]),
        ("and which one takes the longest?", lambda kb: [_longest_route(kb)]),
    ],
    [
        ("thinking of a phd to become an ai research scientist, whats the typical median "
         "salary there", lambda kb: [figure(kb, "research_scientists", "median_wage")]),
        ("n the top 10 pct?", lambda kb: [figure(kb, "research_scientists", "top_wage")]),
        ("how much more is that median than a data scientist's", lambda kb: [
            _wage_gap(kb, "research_scientists", "data_scientists")]),
    ],
    [
        ("is edx legit for ml courses? i work nights so i need something i can do whenever",
         lambda kb: _subject(kb, "edx", "flexibility")),
        ("do employers care if i learned online instead of a proper degree", lambda kb: _topic(
            kb, "degree_needed", "practical expertise")),
        ("where wud i show off my projects then", lambda kb: _topic(kb, "portfolio", "GitHub")),
    ],
]
