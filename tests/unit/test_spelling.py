"""Spelling tolerance (mlcareer/spelling.py, components/spelling.py)."""

from __future__ import annotations

import pytest

from mlcareer.spelling import Speller

VOCABULARY = ["bootcamp", "salary", "masters", "scientists", "data", "tensorflow", "kaggle",
              "python", "analyst", "certs", "engineer", "course", "courses", "cost"]
ENGLISH = ["course", "curse", "horse", "cost", "coast", "past", "master", "science"]


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(VOCABULARY, ENGLISH)


@pytest.mark.parametrize("typed, meant", [
    ("how much is a bootcmap?", "how much is a bootcamp?"),  # two letters swapped
    ("salry of a data scientsts", "salary of a data scientists"),  # dropped letters
    ("do I need a mastrs", "do I need a masters"),
    ("tensorflw or pytorch", "tensorflow or pytorch"),
    ("what about kagle", "what about kaggle"),
    ("pyhton basics", "python basics"),
])
def test_misspelt_domain_words_are_corrected(speller, typed, meant):
    assert speller.correct(typed) == meant


@pytest.mark.parametrize("text", [
    "a horse and a curse",  # real English words, near domain words, stay as they are
    "the coast is past",
    "I'm Priya",  # not near anything
    "a 2k budget for 10yrs",  # digits
    "/ask_cost{\"bootcamp\":\"bootcmap\"}",  # a payload
    "the cat sat",  # short words
])
def test_real_words_names_numbers_and_payloads_are_left_alone(speller, text):
    assert speller.correct(text) == text


def test_chat_speak_is_spelled_out_unless_it_is_the_assistants_own_word(speller):
    assert speller.correct("can u tell me ur salary per yr") == (
        "can you tell me your salary per year")
    assert speller.correct("are certs worth it") == "are certs worth it"  # in the vocabulary
    assert speller.correct("what libs do ml ppl use") == "what libraries do ml people use"


def test_a_tie_between_two_words_is_no_guess():
    assert Speller(["cost", "cast"], []).correct_word("cozt") == "cost"
    assert Speller(["cost", "cast"], []).correct_word("csst") is None  # cost or cast?
    even = Speller(["cost", "cast"], [], counts={"cost": 30, "cast": 20})
    assert even.correct_word("csst") is None  # neither is clearly the commoner


def test_a_tie_goes_to_a_clearly_commoner_word_but_not_for_a_name():
    speller = Speller(["career", "cheer"], [], counts={"career": 40, "cheer": 3})
    assert speller.correct_word("caeer") == "career"  # as near as "cheer", 13x as common
    assert speller.correct("a caeer in ML") == "a career in ML"
    assert speller.correct_word("Caeer") is None  # capitalised: perhaps a name
    assert speller.correct_word("careeer") == "career"  # no tie: as before


def test_long_words_allow_two_edits_short_words_one(speller):
    assert speller.correct_word("sientists") == "scientists"  # 1 edit
    assert speller.correct_word("scientissss") == "scientists"  # 2 edits, 10 letters
    assert speller.correct_word("kagl") is None  # 2 edits from "kaggle" in 4 letters


def test_the_component_reads_english_words_from_spacy_lookups_data():
    from components.spelling import english_words

    words = english_words()
    assert len(words) > 50_000
    assert {"salary", "horse", "course", "both", "which", "the"} <= words
    assert not {"bootcmap", "teh", "recieve"} & words


@pytest.mark.parametrize("typed, meant", [
    ("hw much 4 a bootcamp", "how much for a bootcamp"),
    ("how long 2 become an ML engineer", "how long to become an ML engineer"),
    ("what does a hw engineer earn", "what does a hardware engineer earn"),
    ("I have 2 kids and 4 years of experience", "I have 2 kids and 4 years of experience"),
    ("should i bother w/ python", "should i bother with python"),
    ("ML job w/o a degree?", "ML job without a degree?"),
    ("W/O a masters, b/c money", "without a masters, because money"),
    ("see http://example.com/w/ and a/w/o", "see http://example.com/w/ and a/w/o"),
])
def test_chat_speak_that_depends_on_the_next_word(speller, typed, meant):
    assert speller.correct(typed) == meant
