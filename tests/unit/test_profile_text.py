"""Reading a roadmap profile out of typed text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlcareer.roadmap.profile import OPTIONS, budget_amount
from mlcareer.roadmap.reading import read_profile

CASES = [
    # (text, field asked for or None, expected fields)
    ("I have a bachelor's in biology", "education", {"education": "unrelated_bachelors"}),
    ("bachelor's in computer science", None, {"education": "cs_bachelors"}),
    ("I have a CS degree and can code", None,
     {"education": "cs_bachelors", "programming": "some"}),
    ("a master's in physics", None, {"education": "masters"}),
    ("I only finished high school", None, {"education": "none"}),
    ("I don't have a degree", None, {"education": "none"}),
    ("none", "education", {"education": "none"}),
    ("a bachelor's", "education", {}),  # which field? asked again
    ("I've never programmed", None, {"programming": "none"}),
    ("I'm a software developer", None, {"programming": "strong"}),
    ("a bit", "programming", {"programming": "some"}),
    ("strong", "programming", {"programming": "strong"}),
    ("some", "education", {}),
    ("$8k", "budget", {"budget": "8000"}),
    ("8000 dollars", "budget", {"budget": "8000"}),
    ("about 10 grand", "budget", {"budget": "10000"}),
    ("5-10k", "budget", {"budget": "5000-10000"}),
    ("no idea", "budget", {"budget": "unknown"}),
    ("I'm 30 and have 2 kids", None, {}),
    ("I'm 30, I have no degree and $8,000", None, {"education": "none", "budget": "8000"}),
    ("part-time", None, {"pace": "part_time"}),
    ("evenings and weekends", None, {"pace": "part_time"}),
    ("full", "pace", {"pace": "full_time"}),
    ("the fastest", "goal", {"goal": "fastest"}),
    ("I want deep expertise", None, {"goal": "deepest"}),
    ("how fast can I learn python?", None, {}),  # a question, not a stated goal
    # a programmer's job and years at it; hours a week; numbers of hours are not dollars
    ("2 years as a backend dev", "programming", {"programming": "strong"}),
    ("I'm a full-stack engineer", None, {"programming": "strong"}),
    ("I studied for 2 years in Spain", "programming", {}),
    ("10 hours a week", "budget", {"pace": "part_time"}),
    ("I can do 40 hrs a week", None, {"pace": "full_time"}),
    ("3 hours a day", "pace", {"pace": "part_time"}),
    ("2000 for 6 months", "budget", {"budget": "2000"}),
]


@pytest.mark.parametrize("text, asked, expected", CASES)
def test_reads_what_the_text_states(text, asked, expected):
    assert read_profile(text, asked) == expected


@given(st.text(max_size=300), st.sampled_from([None, "education", "programming", "budget",
                                               "pace", "goal"]))
def test_any_text_gives_only_valid_options(text, asked):
    for field, value in read_profile(text, asked).items():
        if field == "budget":
            assert value == "unknown" or budget_amount(value) >= 0
        else:
            assert value in OPTIONS[field]


@pytest.mark.parametrize("text, education", [
    ("I have a degree in IT", "cs_bachelors"),
    ("got my bachelors in it two years ago", "cs_bachelors"),
    # "it" the pronoun is no field: which bachelor's is asked again
    ("do i need a degree? what about a portfolio, does it matter?", None),
    ("my degree, is it useful here", None),
])
def test_it_the_field_is_not_it_the_pronoun(text, education):
    assert read_profile(text, asked="education").get("education") == education
