"""Entity recognition: the blank spaCy pipeline with the KB-generated entity ruler."""

from __future__ import annotations

import pytest

from components.spacy_pipeline import alias_variants, build_nlp, entity_patterns


@pytest.fixture(scope="module")
def nlp(kb):
    return build_nlp(kb)


def ents(nlp, text):
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text, expected", [
    ("How much does a Masters cost?", [("Masters", "education", "masters")]),
    ("do I need a bachelor\u2019s degree", [("bachelor\u2019s degree", "education", "bachelors")]),
    ("what do data scientists earn", [("data scientists", "occupation", "data_scientists")]),
    ("tell me about the AWS ML specialty", [("AWS ML specialty", "certification", "aws_cert")]),
    ("hardware engineers pay", [("hardware engineers", "occupation", "hardware_engineers")]),
    ("cost of hardware", [("hardware", "cost_item", "hardware")]),
    ("private universities vs public", [
        ("private universities", "institution", "private_institution"),
        ("public", "institution", "public_institution")]),
    ("are bootcamps worth it", [("bootcamps", "bootcamp", "bootcamp")]),
    ("should I learn scikit-learn", [("scikit-learn", "framework", "scikit_learn")]),
])
def test_entities_are_recognised_with_their_subject_id(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_no_entities_in_an_unrelated_sentence(nlp):
    assert ents(nlp, "what's the weather like in paris today?") == []


def test_the_lookup_lemmatizer_runs_without_a_model_download(nlp):
    assert [t.lemma_ for t in nlp("studying certifications")] == ["study", "certification"]


def test_every_alias_of_the_knowledge_base_becomes_a_pattern(kb):
    patterns = {(p["pattern"], p["id"]) for p in entity_patterns(kb)}
    for _kind, subject_id, alias in kb.alias_patterns():
        assert (alias.lower().replace("\u2019", "'"), subject_id) in patterns


def test_a_spelling_is_never_given_to_two_subjects(kb):
    seen = {}
    for pattern in entity_patterns(kb):
        assert seen.setdefault(pattern["pattern"], pattern["id"]) == pattern["id"]


def test_alias_variants_cover_plural_apostrophes_and_hyphens():
    assert alias_variants("master's") >= {"master's", "master\u2019s", "masters"}
    assert alias_variants("Scikit-learn") >= {"scikit-learn", "scikit learn", "scikitlearn"}
    assert "bootcamps" in alias_variants("bootcamp")


def test_a_knowledge_base_change_changes_the_pipeline(kb):
    """The ruler is generated from the KB at load: a new alias is recognised at once."""
    from dataclasses import replace

    subjects = dict(kb.subjects)
    subjects["bootcamp"] = replace(subjects["bootcamp"], aliases=(*subjects["bootcamp"].aliases,
                                                                  "crash course"))
    changed = replace(kb, subjects=subjects)
    assert ents(build_nlp(changed), "is a crash course enough") == [
        ("crash course", "bootcamp", "bootcamp")]


@pytest.mark.parametrize("text", ["the Google ML certification", "the Google ML certificate",
                                  "my AWS ML cert"])
def test_cert_certificate_and_certification_are_interchangeable(nlp, text):
    assert [e.ent_id_ for e in nlp(text).ents] in (["google_cert"], ["aws_cert"])
