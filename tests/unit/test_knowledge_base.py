"""The knowledge base: validation at load, and faithfulness to the guide."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from mlcareer.knowledge import (
    KNOWLEDGE_DIR,
    KnowledgeBaseError,
    Quantity,
    Range,
    load_knowledge_base,
)

GUIDE = KNOWLEDGE_DIR / "guide.txt"
ORDINAL = re.compile(r"^\s*\d+\.\s", re.M)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers_in(text: str) -> set[float]:
    return {float(n.replace(",", "")) for n in NUMBER.findall(text)}


def guide_figures() -> set[float]:
    """Every figure the guide states (list numbering left out)."""
    return numbers_in(ORDINAL.sub("", GUIDE.read_text(encoding="utf-8")))


def kb_figures() -> set[float]:
    """Every number anywhere in the knowledge-base YAML: values, and digits in text."""
    found: set[float] = set()

    def walk(node):
        if isinstance(node, bool):
            return
        if isinstance(node, int | float):
            found.add(float(node))
        elif isinstance(node, str):
            found.update(numbers_in(node))
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in KNOWLEDGE_DIR.glob("*.yml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


# -- faithfulness to the guide ------------------------------------------------

def test_every_figure_of_the_guide_is_in_the_knowledge_base():
    missing = guide_figures() - kb_figures()
    assert not missing, f"figures in the guide but not in knowledge/: {sorted(missing)}"


def test_the_knowledge_base_holds_no_figure_that_is_not_in_the_guide():
    all_guide_numbers = numbers_in(GUIDE.read_text(encoding="utf-8"))
    extra = kb_figures() - all_guide_numbers
    assert not extra, f"figures in knowledge/ that the guide never states: {sorted(extra)}"


def test_every_section_named_in_the_knowledge_base_is_a_heading_of_the_guide(kb):
    headings = {line.strip() for line in GUIDE.read_text(encoding="utf-8").splitlines()}
    entries = [*kb.subjects.values(), *kb.topics.values(), *kb.facts]
    unknown = {e.section for e in entries if e.section not in headings}
    assert not unknown, f"sections that are not headings of the guide: {unknown}"


def test_key_figures_are_recorded_as_data(kb):
    """Deliberate literal checks of a few key figures."""
    (bootcamp,) = kb.facts_for("bootcamp", "cost")
    assert bootcamp.value == Range(5000, 20000, "USD", "USD")
    (masters,) = kb.facts_for("masters", "duration")
    assert (masters.value.min, masters.value.max, masters.value.unit) == (1, 2, "year")
    (wage,) = kb.facts_for("research_scientists", "median_wage")
    assert wage.value == Quantity(145080, "USD")
    (growth,) = kb.facts_for("data_scientists", "growth")
    assert growth.value.value == 36 and growth.source == "bls"
    (cert,) = kb.facts_for("certification", "cost")
    assert (cert.value.min, cert.value.max, cert.value.open_max) == (300, 1500, True)


def test_all_five_bls_occupations_have_growth_wage_and_jobs(kb):
    occupations = [s for s in kb.subjects_of_kind("occupation") if s.source == "bls"]
    assert len(occupations) == 5
    for occupation in occupations:
        aspects = set(kb.aspects_of(occupation.id))
        assert {"growth", "median_wage"} <= aspects, occupation.id
        assert aspects & {"openings", "jobs_added"}, occupation.id
    bls = kb.sources["bls"]
    assert (bls.release_year, bls.projection_period, bls.wage_reference) == (
        2024, (2023, 2033), "May 2023")


def test_every_cost_range_of_the_guide_is_there(kb):
    costs = {(f.subject, f.variant): f.value for f in kb.facts if f.aspect == "cost"}
    assert set(costs) == {
        ("bachelors", "public_institution"), ("bachelors", "private_institution"),
        ("masters", None), ("certification", None), ("bootcamp", None),
        ("textbooks", None), ("hardware", None),
    }
    assert all(r.min <= r.max for r in costs.values())


def test_the_three_certifications_have_provider_focus_topics_and_audience(kb):
    certs = [s for s in kb.subjects_of_kind("certification") if s.parent]
    assert {c.id for c in certs} == {"google_cert", "aws_cert", "azure_cert"}
    for cert in certs:
        assert cert.provider and cert.focus and cert.topics_covered and cert.suits


# -- aliases ----------------------------------------------------------------

@pytest.mark.parametrize("alias, subject", [
    ("master's", "masters"), ("Masters", "masters"), ("MSc", "masters"),
    ("graduate degree", "masters"), ("master\u2019s", "masters"),
    ("AWS cert", "aws_cert"), ("AWS ML specialty", "aws_cert"),
    ("bachelors", "bachelors"), ("boot camp", "bootcamp"),
    ("data scientist", "data_scientists"), ("sklearn", "scikit_learn"),
    ("hardware engineers", "hardware_engineers"), ("hardware", "hardware"),
])
def test_alias_lookup(kb, alias, subject):
    assert kb.subject(alias).id == subject


def test_unknown_alias_finds_nothing(kb):
    assert kb.subject("PhD") is None
    assert kb.subject("") is None


def test_a_child_subject_inherits_its_parents_facts(kb):
    assert kb.facts_for("aws_cert", "cost") == kb.facts_for("certification", "cost")
    assert kb.facts_for("aws_cert", "cost", inherit=False) == []


# -- validation of malformed files ---------------------------------------------

@pytest.fixture
def kb_copy(tmp_path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_real_knowledge_base_loads(kb_copy):
    kb = load_knowledge_base(kb_copy)
    assert len(kb.subjects) > 30 and len(kb.facts) > 20
    assert kb.fingerprint == load_knowledge_base(KNOWLEDGE_DIR).fingerprint


def test_fingerprint_changes_with_the_content(kb_copy):
    before = load_knowledge_base(kb_copy).fingerprint
    edit(kb_copy / "costs.yml", "[textbooks, textbook,", "[textbooks, textbook, ebooks,")
    assert load_knowledge_base(kb_copy).fingerprint != before


@pytest.mark.parametrize("file, old, new, message", [
    ("costs.yml", "range: {min: 5000, max: 20000, unit: USD}",
     "range: {min: 50000, max: 20000, unit: USD}", "min (50000 USD) is greater than max"),
    ("costs.yml", "range: {min: 5000, max: 20000, unit: USD}",
     "range: {min: 5000, max: 20000, unit: EUR}", "'unit' must be one of"),
    ("costs.yml", "range: {min: 5000, max: 20000, unit: USD}",
     "range: {min: 5000, unit: USD}", "missing required key 'max'"),
    ("costs.yml", "range: {min: 5000, max: 20000, unit: USD}",
     "range: {min: lots, max: 20000, unit: USD}", "'min' must be a number"),
    ("costs.yml", "  - subject: bootcamp\n", "  - subject: bootcamps\n",
     "unknown subject 'bootcamps'"),
    ("outlook.yml", "growth: {value: 36, unit: percent",
     "growht: {value: 36, unit: percent", "unknown aspect 'growht'"),
    ("outlook.yml", "    kind: occupation\n    name: Data Scientists",
     "    kind: job\n    name: Data Scientists", "kind must be one of"),
    ("outlook.yml", "    name: Data Scientists\n", "", "missing required key 'name'"),
    ("outlook.yml", "aliases: [data scientists,", "aliases: [data analyst, data scientists,",
     "alias 'data analyst' is also an alias of"),
    ("certifications.yml", "    parent: certification\n    name: AWS",
     "    parent: certs\n    name: AWS", "unknown parent 'certs'"),
    ("tips.yml", "  - id: next_steps\n", "  - id: next_steps\n    colour: blue\n",
     "unknown key(s) colour"),
    ("role.yml", "  - id: work_environments", "  - id: role", "duplicate id"),
    ("sources.yml", "  - id: bls", "  - id: bls\n  - [oops", "not valid YAML"),
    ("time.yml", "section: How Long", "source: gossip\nsection: How Long",
     "unknown source 'gossip'"),
])
def test_a_malformed_file_fails_naming_file_entry_and_problem(kb_copy, file, old, new, message):
    edit(kb_copy / file, old, new)
    with pytest.raises(KnowledgeBaseError) as error:
        load_knowledge_base(kb_copy)
    assert message in str(error.value)
    assert str(error.value).startswith(f"knowledge/{file}: ")


def test_the_error_names_the_entry(kb_copy):
    edit(kb_copy / "costs.yml", "range: {min: 5000, max: 20000, unit: USD}",
         "range: {min: 5000, max: 20000, unit: USD, per: week}")
    with pytest.raises(KnowledgeBaseError) as error:
        load_knowledge_base(kb_copy)
    assert error.value.file == "knowledge/costs.yml"
    assert error.value.entry == "fact cost of bootcamp.range"
    assert "'per' must be 'year'" in error.value.problem


def test_a_missing_sources_file_is_reported(kb_copy):
    (kb_copy / "sources.yml").unlink()
    with pytest.raises(KnowledgeBaseError, match=r"sources\.yml: .*file is missing"):
        load_knowledge_base(kb_copy)
