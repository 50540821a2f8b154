"""The benchmark: its question set (bench/questions.py) and helpers of bench/run.py."""

from __future__ import annotations

from bench.questions import COST_NAMES, COST_WORDING, build
from bench.run import percentile


def test_the_question_set_is_large_varied_and_unique(kb):
    items = build(kb)
    in_scope = [item for item in items if not item.out_of_scope]
    assert len(items) >= 150 and len(in_scope) >= 100
    assert len({item.name for item in items}) == len(items)
    assert any(len(item.turns) > 2 for item in in_scope)  # multi-turn chains
    assert all(expected for item in in_scope for _, expected in item.turns)
    assert not [item for item in items if item.out_of_scope and item.turns[0][1]]


def test_templated_questions_expect_the_knowledge_base_figure(kb):
    by_name = {item.name: item for item in build(kb)}
    bootcamp = next(f for f in kb.facts_for("bootcamp", "cost") if f.variant is None).value
    question = COST_WORDING[0].format(COST_NAMES["bootcamp"][1][0])
    (expected,) = by_name[question].turns[0][1]
    assert expected.startswith(f"${bootcamp.min:,.0f}") and f"${bootcamp.max:,.0f}" in expected
    # the deliberate literal check of one key figure from the guide
    assert expected == "$5,000\u2013$20,000"


def test_every_name_is_asked_in_two_wordings(kb):
    names = COST_NAMES["hardware"][1]
    questions = {item.name for item in build(kb)}
    for name in names:
        assert sum(w.format(name) in questions for w in COST_WORDING) == 2


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 95) == 95
    assert percentile([7.0], 99) == 7.0


def test_report_only_without_results_says_what_to_run(tmp_path, monkeypatch, capsys):
    from bench import run

    monkeypatch.setattr(run, "OUT", run.ROOT / "build" / tmp_path.name)
    monkeypatch.setattr("sys.argv", ["bench.run", "--report-only"])
    assert run.main() == 2
    assert "run that first" in capsys.readouterr().err


def test_the_messy_kinds_cover_every_messy_question_of_every_set():
    import importlib

    from bench.understanding import MESSY_KINDS, MESSY_SETS, messy_sets

    # every set named is there: a missing module would silently not be scored
    assert [name for _, name in messy_sets(blind=True)] == [
        name for names in MESSY_SETS.values() for name in names]
    for _, name in messy_sets(blind=True):
        module = importlib.import_module(f"tests.data.{name}")
        by_kind = [q for kind in MESSY_KINDS.values() for q in getattr(module, kind)]
        assert by_kind == module.QUESTIONS, name


def test_an_expected_word_is_found_in_any_case_a_figure_only_as_written():
    from bench.understanding import has_all

    assert has_all("Freelance opportunities, on Upwork", ["freelance", "Upwork"])
    assert not has_all("Freelance opportunities", ["freelance", "Toptal"])
    assert not has_all("a median of $130,160", ["$130,161"])
