"""Search over the knowledge base and what it rescues (mlcareer/qa/search.py, rescue.py)."""

from __future__ import annotations

import pytest

from mlcareer.qa.rescue import (
    ANSWER_SCORE,
    PROVENANCE_SCORE,
    provenance,
    reply_for,
    rescue,
)
from mlcareer.qa.search import SOURCES_INTENT, Search, terms
from tests.data import OOS_PROBES


@pytest.fixture(scope="module")
def search(kb) -> Search:
    return Search(kb)


def test_terms_are_stems_without_stop_words():
    assert terms("What are the salaries of Data Scientists?") == ["salari", "data", "scientist"]


def test_every_topic_item_and_subject_is_a_passage(search, kb):
    items = sum(len(t.items) for t in kb.topics.values() if any(
        p.topic == t.id for p in search.passages))
    assert len([p for p in search.passages if p.reply]) == items > 50
    assert {p.subject for p in search.passages if p.subject} == set(kb.subjects)


@pytest.mark.parametrize("question", [
    "who published these figures?", "how recent is this data?", "is this US data?",
    "where do your salary numbers come from?", "can I trust these stats?"])
def test_questions_about_the_data_get_its_provenance(search, question):
    found = rescue(search, question)
    assert found.kind == "sources" and found.hit.score >= PROVENANCE_SCORE


def test_the_provenance_reply_is_built_from_the_sources(kb):
    text = provenance(kb).text
    bls = kb.sources["bls"]
    assert bls.name in text and str(bls.release_year) in text and bls.wage_reference in text
    assert "{}\u2013{}".format(*bls.projection_period) in text
    assert kb.sources["guide"].name in text


def test_a_named_subject_finds_its_own_passage(search):
    hit = search.best("what's on the Google ML cert?")
    assert hit.passage.subject == "google_cert"


def test_an_item_reply_quotes_the_guide_with_its_source(search, kb):
    hit = search.best("why should I join AI meetups?")
    reply = reply_for(kb, hit)
    assert "meetups" in reply.text.lower() and "Source: the career guide" in reply.text


def test_no_out_of_scope_probe_is_answered_by_search(search):
    rescued = [p for p in OOS_PROBES if rescue(search, p).kind in ("answer", "sources")]
    assert rescued == []


def test_search_answers_only_above_the_calibrated_score(search):
    found = rescue(search, "what do cats eat?")
    assert found.kind == "none"
    assert ANSWER_SCORE > PROVENANCE_SCORE


def test_sources_is_not_an_nlu_intent(kb):
    import yaml

    from tests.support.assistant import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    assert SOURCES_INTENT not in domain["intents"]
