"""Budgets as people type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlcareer.roadmap.reading import parse_budget


@pytest.mark.parametrize("text, expected", [
    ("$8k", (8000, 8000)),
    ("8000 dollars", (8000, 8000)),
    ("about 10 grand", (10000, 10000)),
    ("I have $8,000", (8000, 8000)),
    ("around $8.5k", (8500, 8500)),
    ("20 thousand", (20000, 20000)),
    ("actually my budget is $20k", (20000, 20000)),
    ("5-10k", (5000, 10000)),
    ("$5k to $10k", (5000, 10000)),
    ("between 5 and 10 grand", (5000, 10000)),
    ("$5,000\u2013$20,000", (5000, 20000)),
    ("1.5 million", (1.5e6, 1.5e6)),
    ("no budget", (0, 0)),
    ("I'm broke", (0, 0)),
    ("$0", (0, 0)),
])
def test_budgets_people_type(text, expected):
    assert parse_budget(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "not sure", "a lot", "ten billion billion", None, 42])
def test_no_usable_amount(text):
    assert parse_budget(text) is None


def test_absurd_amounts_are_refused():
    assert parse_budget("999999999999") is None


@given(st.text())
def test_any_text_gives_none_or_an_ordered_non_negative_range(text):
    result = parse_budget(text)
    if result is not None:
        low, high = result
        assert 0 <= low <= high <= 1e8
