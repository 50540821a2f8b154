"""Calibrate the "not sure the guide answers that" decline on the development sets.

    .venv/bin/python -m bench.calibrate [--model models/mlcareer.tar.gz]

Parses the development real questions (never the blind set), the out-of-scope probes and
the held-out NLU file (clean and with seeded typos) with the trained model in this process
(Rasa's ``Agent``: NLU only, no servers), then tries each decline rule of a grid over the
classifier's confidence in the question's part of the guide and the message's length in
search terms (``mlcareer.qa.fallback.unsure`` over ``topic_confidence``), and prints the
best rules with what each does to every set. ``--weight W`` first sets the sentence-
embedding classifier's share of the average (``components.sentence_embeddings``), as if
trained with it (its training does not depend on it). It approximates the assistant (no
parse hook, no actions): the chosen thresholds are then checked end to end by
``bench.understanding``. Writes results/calibration.json.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
from pathlib import Path
from typing import Any

from bench.understanding import ROOT, real_questions
from mlcareer.knowledge import default_knowledge_base
from mlcareer.qa.fallback import topic_confidence
from mlcareer.qa.search import terms
from tests.data import OOS_PROBES, held_out_examples
from tests.data.typos import with_typos

OUT = ROOT / "results" / "calibration.json"
CONFIDENCES = (0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
MIN_TERMS = (0, 3, 4, 5, 6, 8)


def parse_all(model: Path, texts: list[str], weight: float | None = None
              ) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    from components.sentence_embeddings import SentenceEmbeddingClassifier

    agent = Agent.load(str(model))
    if weight is not None:  # the sentence classifier's share, as if trained with it
        assert agent.processor is not None
        nodes = agent.processor.graph_runner._instantiated_nodes.values()  # type: ignore
        for node in nodes:
            if isinstance(node._component, SentenceEmbeddingClassifier):
                node._component._config["weight"] = weight

    async def run() -> list[dict[str, Any]]:
        return [await agent.parse_message(text) for text in texts]

    return asyncio.run(run())


def top(parse: dict[str, Any]) -> tuple[str, float]:
    ranked = [r for r in parse.get("intent_ranking") or [] if r["name"] != "nlu_fallback"]
    best = ranked[0] if ranked else parse["intent"]
    return best["name"], float(best.get("confidence") or 0.0)


def declines(parse: dict[str, Any], confidence: float, min_terms: int) -> bool:
    name, _ = top(parse)
    if name == "out_of_scope":
        return True
    sure = topic_confidence(default_knowledge_base(), parse.get("intent_ranking") or [], name)
    return (name.startswith("ask_") and sure < confidence
            and len(terms(parse.get("text") or "")) >= min_terms)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "mlcareer.tar.gz")
    parser.add_argument("--weight", type=float, default=None,
                        help="the sentence classifier's share in the average (default: the "
                             "trained model's)")
    args = parser.parse_args()
    real = [q for q in real_questions() if q["split"] == "dev"]
    held = held_out_examples()
    typos = [with_typos(t, n) for n, (t, _) in enumerate(held)]
    texts = [q["text"] for q in real] + list(OOS_PROBES) + [t for t, _ in held] + typos
    parses = parse_all(args.model, texts, args.weight)
    real_p = parses[:len(real)]
    probe_p = parses[len(real):len(real) + len(OOS_PROBES)]
    held_p = parses[len(real) + len(OOS_PROBES):len(real) + len(OOS_PROBES) + len(held)]
    typos_p = parses[len(real) + len(OOS_PROBES) + len(held):]
    rows = []
    for c, n in itertools.product(CONFIDENCES, MIN_TERMS):
        in_right = sum(q["kind"] == "in_scope" and not declines(p, c, n)
                       and top(p)[0] == q["intent"] for q, p in zip(real, real_p, strict=True))
        out_right = sum(q["kind"] == "out_of_scope" and declines(p, c, n)
                        for q, p in zip(real, real_p, strict=True))
        probes = sum(declines(p, c, n) for p in probe_p)
        held_lost = sum(intent != "out_of_scope" and declines(p, c, n)
                        for (_, intent), p in zip(held, held_p, strict=True))
        rows.append({"confidence": c, "min_terms": n, "in_scope": in_right,
                     "out_of_scope": out_right, "probes": probes, "held_out_declined": held_lost})
    counts = {"in_scope": sum(q["kind"] == "in_scope" for q in real),
              "out_of_scope": sum(q["kind"] == "out_of_scope" for q in real),
              "probes": len(OOS_PROBES), "held_out": len(held)}
    first_choice = sum(q["kind"] == "in_scope" and top(p)[0] == q["intent"]
                       for q, p in zip(real, real_p, strict=True))
    held_right = sum(top(p)[0] == intent for (_, intent), p in zip(held, held_p, strict=True))
    typos_right = sum(top(p)[0] == intent for (_, intent), p in zip(held, typos_p, strict=True))
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"weight": args.weight, "counts": counts,
                               "first_choice_right": first_choice, "held_out_right": held_right,
                               "held_out_typos_right": typos_right,
                               "rules": rows}, indent=1), encoding="utf-8")
    print(f"development real questions: {counts['in_scope']} in scope (first choice right: "
          f"{first_choice}), {counts['out_of_scope']} out of scope; {counts['probes']} probes; "
          f"{counts['held_out']} held-out (first choice right: {held_right}; with seeded "
          f"typos: {typos_right})")
    print("| confidence | min terms | in scope right | out of scope declined "
          "| sum | probes declined | held-out declined |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    rows.sort(key=lambda r: -(r["in_scope"] + r["out_of_scope"]))
    for r in rows[:15]:
        print(f"| {r['confidence']} | {r['min_terms']} | {r['in_scope']} "
              f"| {r['out_of_scope']} | {r['in_scope'] + r['out_of_scope']} | {r['probes']} "
              f"| {r['held_out_declined']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
