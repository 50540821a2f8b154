"""`make review` on real conversations: a fallback, an out-of-scope question, a thumbs
down with what was missing, and a hostile message sent over REST to the ``assistant``
fixture (SQLite) are found in the report, in summary.json and in candidates.yml; the
page is checked in Chromium. The cluster's PostgreSQL: test_cluster.py."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from mlcareer.qa import feedback
from tests.e2e.test_browser import CHROMIUM_FLAGS, chromium_path

ROOT = Path(__file__).resolve().parents[2]
FALLBACK = '/nlu_fallback{"bootcamp": "bootcamp"}'
OUT_OF_SCOPE = "what do cats eat?"
HOSTILE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> cats?'
RATED = "how much does a master's cost?"
MISSING = "too short, I expected more"


def run_review(endpoints: Path, out: Path, env: dict | None = None) -> dict:
    """`make review` for the last day of ``endpoints``' tracker store, into ``out``."""
    done = subprocess.run(["make", "-s", "review", "DAYS=1", f"ENDPOINTS={endpoints}",
                           f"OUT={out}"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env=env or dict(os.environ))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Report:" in done.stdout
    return json.loads((out / "summary.json").read_text())


def found(summary: dict, text: str) -> list[dict]:
    return [m for g in summary["groups"] for m in g["messages"] if m["text"] == text]


@pytest.fixture(scope="module")
def report(assistant, tmp_path_factory):
    assistant.say("review-1", "how much does a bootcamp cost?")
    assistant.say("review-1", FALLBACK)
    assistant.say("review-2", OUT_OF_SCOPE)
    assistant.say("review-3", HOSTILE)
    answer = assistant.say("review-4", RATED)
    down = next(b["payload"] for m in answer for b in m.get("buttons") or []
                if b["payload"] == "/feedback_down")
    assert assistant.text("review-4", down) == feedback.ASK_MISSING
    assert assistant.text("review-4", MISSING) == feedback.THANKS_COMMENT
    out = tmp_path_factory.mktemp("review")
    return out, run_review(assistant.logs / "endpoints.yml", out)


def test_what_went_wrong_is_in_the_summary_and_the_candidates(report):
    out, summary = report
    # (other tests of the session send the same messages: each is there at least once)
    assert {m["outcome"] for m in found(summary, FALLBACK)} == {"fallback"}
    assert {m["outcome"] for m in found(summary, OUT_OF_SCOPE)} == {"out_of_scope"}
    assert found(summary, HOSTILE)
    [rated] = found(summary, RATED)  # answered, but the user said it did not help
    assert (rated["outcome"], rated["rating"], rated["comment"]) == ("answered", "down",
                                                                     MISSING)
    assert not found(summary, MISSING)  # a comment on an answer is not a question
    total = summary["total"]
    assert total["questions"] >= 5 and total["fallback"] >= 1 and total["out_of_scope"] >= 1
    assert total["answered"] >= 1  # answered without complaint: counted, not listed
    assert total["thumbs_down"] >= 1
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    candidates = RasaYAMLReader().read(out / "candidates.yml")
    texts = {m.get("text") for m in candidates.intent_examples}
    assert {OUT_OF_SCOPE, RATED} <= texts


def test_each_group_links_to_its_conversation(report):
    out, summary = report
    message = found(summary, OUT_OF_SCOPE)[0]
    transcript = out / "conversations" / f"{message['conversation']}.html"
    assert OUT_OF_SCOPE in transcript.read_text()
    index = (out / "index.html").read_text()
    assert f'href="conversations/{message["conversation"]}.html#t{message["turn"]}"' in index


def test_the_report_page_in_chromium_shows_hostile_text_as_text(report):
    out, summary = report
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS,
                                    headless=True)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        errors, outside = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: outside.append(r.url)
                if not r.url.startswith(("file://", "data:")) else None)
        page.goto((out / "index.html").as_uri())
        assert page.get_by_text(MISSING).count() >= 1
        assert page.evaluate("window.__xss") is None
        # the hostile message, in its group on the index (under the group's first
        # wording when other tests sent alike ones) and as itself in its transcript
        hostile = found(summary, HOSTILE)[0]
        assert page.locator(f"a[href='conversations/{hostile['conversation']}.html"
                            f"#t{hostile['turn']}']").count() == 1
        assert page.locator("img[alt^='Messages per day']").evaluate("i => i.naturalWidth") > 0
        shots = ROOT / "results" / "browser"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "review.png"), full_page=True)
        page.locator(f"a[href='conversations/{hostile['conversation']}.html"
                     f"#t{hostile['turn']}']").click()
        assert page.locator("h1").inner_text().startswith("Conversation")
        assert page.get_by_text(HOSTILE, exact=True).count() == 1
        assert page.evaluate("window.__xss") is None
        browser.close()
    assert errors == [] and outside == []
