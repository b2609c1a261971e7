"""Lighthouse on the story page: accessibility, best practices and SEO must score 100.

Performance is recorded, not asserted (it is a speed figure and varies from
run to run): the report goes to test-output/lighthouse/, and the scores are
printed. Re-run alone with:  python -m pytest -m browser tests/browser/test_lighthouse.py -s
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from conftest import ROOT

from .conftest import CHROMIUM_PATH

pytestmark = pytest.mark.browser

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "test-output" / "lighthouse"


def test_the_story_page_scores_100_for_accessibility_best_practices_and_seo(base_url):
    if not LIGHTHOUSE.exists():
        pytest.fail(f"lighthouse not found at {LIGHTHOUSE}: run `npm ci` in {ROOT}", pytrace=False)
    REPORTS.mkdir(parents=True, exist_ok=True)
    report = REPORTS / "story.json"
    flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
    result = subprocess.run(
        [str(LIGHTHOUSE), base_url + "stories/isis-convoy-2017/", f"--chrome-flags={flags}",
         "--only-categories=performance,accessibility,best-practices,seo", "--output=json", f"--output-path={report}", "--quiet"],
        env=dict(os.environ, CHROME_PATH=str(CHROMIUM_PATH)), capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    scores = {name: round(category["score"] * 100) for name, category in categories.items()}
    (REPORTS / "scores.txt").write_text("".join(f"{name}: {score}\n" for name, score in scores.items()), encoding="utf-8")
    print(f"lighthouse scores for the story page: {scores}")
    assert {k: scores[k] for k in ("accessibility", "best-practices", "seo")} == {"accessibility": 100, "best-practices": 100, "seo": 100}
