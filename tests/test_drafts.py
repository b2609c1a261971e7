"""Drafts are visible while editing and cannot be published by a strict build."""

from __future__ import annotations

from bs4 import BeautifulSoup

from conftest import mkdocs_build

SHEET = "content/harbour-library-2026/facts.yml"


def test_a_draft_story_builds_with_a_label_but_a_strict_build_refuses_it(project):
    facts = project / SHEET
    facts.write_text(facts.read_text(encoding="utf-8").replace("status: published", "status: draft"), encoding="utf-8")
    strict = mkdocs_build(project)
    assert strict.returncode != 0
    assert "story is a draft" in strict.stderr
    lenient = mkdocs_build(project, strict=False)
    assert lenient.returncode == 0
    page = BeautifulSoup((project / "site/stories/harbour-library-2026/index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one(".explainer-banner--draft")


def test_a_draft_figure_is_labelled_and_warned_about(project):
    facts = project / SHEET
    text = facts.read_text(encoding="utf-8")
    assert "  - id: books-on-board\n" in text
    facts.write_text(text.replace("  - id: books-on-board\n", "  - id: books-on-board\n    draft: true\n"), encoding="utf-8")
    result = mkdocs_build(project, strict=False)
    assert "figures[0]: draft entry" in result.stderr
    page = BeautifulSoup((project / "site/stories/harbour-library-2026/index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("#figure-books-on-board .explainer-label--draft").get_text() == "Draft"
