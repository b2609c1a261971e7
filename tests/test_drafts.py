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


def _story_with_shared(tmp_path, shared: str, cast: str):
    from generator.build import build_site

    content = tmp_path / "content"
    (content / "_shared").mkdir(parents=True)
    (content / "_shared" / "actors.yml").write_text(shared, encoding="utf-8")
    (content / "s").mkdir()
    (content / "s" / "article.md").write_text("Acme Corp opened.\n", encoding="utf-8")
    (content / "s" / "facts.yml").write_text("story:\n  title: T\n  date: 2026-01-01\n  summary: S\n  sample: true\nactors:\n" + cast, encoding="utf-8")
    return build_site(content)


ACME = "- id: acme\n  name: Acme Corp\n  kind: organisation\n  summary: A company.\n"


def test_a_draft_in_shared_files_is_warned_about_at_its_line(tmp_path):
    result = _story_with_shared(tmp_path, ACME + "  draft: true\n", "  - id: acme\n")
    (warning,) = [p for p in result.problems if "draft entry" in p.message]
    assert (warning.file, warning.line) == ("content/_shared/actors.yml", 5)


def test_as_of_on_a_reference_to_a_shared_actor_is_an_error_not_dropped(tmp_path):
    result = _story_with_shared(tmp_path, ACME, "  - id: acme\n    as_of: 2019-01-01\n")
    (error,) = result.errors
    assert (error.line, error.field) == (8, "actors[0].as_of") and "where the actor is defined" in error.message


def test_unmentioned_in_shared_explains_every_story_that_cites_the_actor_unnamed(tmp_path):
    result = _story_with_shared(tmp_path, "- id: ghost\n  name: Ghost Writer\n  kind: person\n  summary: Writes speeches.\n  unmentioned: Speaks through others.\n", "  - id: ghost\n")
    assert not [p for p in result.problems if "never named" in p.message]
    assert "Not named in the article: Speaks through others." in result.pages["actors/ghost.md"]


def test_role_in_shared_is_an_error_pointing_at_the_story(tmp_path):
    result = _story_with_shared(tmp_path, ACME + "  role: Opened.\n", "  - id: acme\n")
    (error,) = result.errors
    assert (error.file, error.line) == ("content/_shared/actors.yml", 5) and "that story's fact sheet" in error.message
