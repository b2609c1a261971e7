"""Live reload, as an editor sees it: the README's serve command, a browser tab, a saved file."""

from __future__ import annotations

import re

import pytest

from conftest import wait_for

from .conftest import Reader

pytestmark = pytest.mark.browser

STORY = "stories/isis-convoy-2017/"
STORY_SUMMARY = re.compile(r"^  summary: (?:>-?\n(?:    .*\n)+|.*\n)", re.MULTILINE)


def test_saving_a_fact_sheet_updates_the_open_page_and_a_broken_edit_recovers(server, browser):
    project, base = server
    wait_for(base + STORY, lambda body: "explainer-article" in body)
    reader = Reader(browser, base, "desktop")
    try:
        page = reader.page
        page.goto(STORY, wait_until="load")  # not networkidle: live reload keeps a request open
        facts = project / "content" / "isis-convoy-2017" / "facts.yml"
        good = facts.read_text(encoding="utf-8")
        edited, count = STORY_SUMMARY.subn("  summary: Edited standfirst, live.\n", good, count=1)
        assert count == 1
        facts.write_text(edited, encoding="utf-8")
        page.wait_for_function("document.querySelector('.explainer-standfirst')?.textContent === 'Edited standfirst, live.'", timeout=20_000)

        facts.write_text(edited.replace("story:\n", "story:\n  bogus_key: 1\n", 1), encoding="utf-8")
        page.wait_for_function("document.body.textContent.includes('Content errors')", timeout=20_000)
        assert "unknown key 'bogus_key'" in page.text_content("body")

        facts.write_text(good, encoding="utf-8")
        page.wait_for_selector(".explainer-article", timeout=20_000)
        assert "Content errors" not in page.text_content("body")
    finally:
        reader.close()


def test_a_broken_edit_shows_its_errors_above_every_other_open_page_as_text_and_the_fix_removes_them(server, browser):
    project, base = server
    wait_for(base + "actors/", lambda body: "explainer-" in body)
    reader = Reader(browser, base, "desktop")
    facts = project / "content" / "isis-convoy-2017" / "facts.yml"
    good = facts.read_text(encoding="utf-8")
    try:
        page = reader.page
        page.goto("actors/", wait_until="load")
        assert page.query_selector(".explainer-banner--error") is None
        facts.write_text(good.replace("story:\n", "story:\n  bogus_key: '<b>bold</b>'\n", 1), encoding="utf-8")
        page.wait_for_selector(".explainer-banner--status", timeout=20_000)
        banner = page.query_selector(".explainer-banner--status")
        assert "unknown key 'bogus_key'" in banner.text_content()
        assert banner.query_selector("b") is None  # the sheet's text is shown as text, never as HTML
        # The banner stands above the page's title, as on the broken story's own page.
        assert page.evaluate("document.querySelector('.explainer-banner--status').nextElementSibling.tagName") == "H1"
        facts.write_text(good, encoding="utf-8")
        page.wait_for_function("!document.querySelector('.explainer-banner--error')", timeout=20_000)
    finally:
        facts.write_text(good, encoding="utf-8")
        reader.close()
