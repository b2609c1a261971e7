"""`mkdocs serve` as an editor uses it: broken edits show up as errors, fixes bring the page back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, fetch, mkdocs_build, serving, tiny_project, wait_for, write_story
from generator.build import build_site

STORY = "stories/convoy/"
LIBRARY_FACTS = """\
story:
  title: The library opens late
  date: 2026-11-20
  summary: A harbour library opened a week late.
  sample: true
actors:
  - id: merrow-library
    name: Merrow Library
    kind: organisation
    summary: A public library on the harbour.
"""
LIBRARY_ARTICLE = "The Merrow Library opened a week late on Friday.\n"


@pytest.fixture
def desk(tmp_path) -> Path:
    """A tiny project with two stories: one to break, one that should keep working."""
    return tiny_project(tmp_path, {"convoy": (CONVOY_FACTS, CONVOY_ARTICLE), "library": (LIBRARY_FACTS, LIBRARY_ARTICLE)})


@pytest.fixture
def served(desk: Path):
    with serving(desk) as base:
        yield desk, base


def test_a_broken_fact_sheet_shows_its_errors_and_the_fix_brings_the_page_back(served):
    project, base = served
    wait_for(base + STORY, lambda body: "explainer-article" in body)
    facts = project / "content" / "convoy" / "facts.yml"
    facts.write_text(CONVOY_FACTS.replace("story:\n", "story:\n  title: One\n  title: Two\n", 1), encoding="utf-8")
    body = wait_for(base + STORY, lambda body: "Content errors" in body)
    assert "content/convoy/facts.yml:" in body and "duplicate key" in body
    # The server still answers, and other stories still render, with the errors on top.
    assert fetch(base)[0] == 200
    other = wait_for(base + "stories/library/", lambda body: "duplicate key" in body)
    assert "explainer-article" in other
    facts.write_text(CONVOY_FACTS.replace("Convoy leaves the border", "Convoy leaves, edited"), encoding="utf-8")
    body = wait_for(base + STORY, lambda body: "Convoy leaves, edited" in body)
    assert "Content errors" not in body


def test_a_build_with_errors_exits_non_zero_without_a_traceback_and_keeps_the_last_site(desk: Path):
    assert mkdocs_build(desk).returncode == 0
    before = sorted(p.relative_to(desk) for p in (desk / "site").rglob("*.html"))
    (desk / "content" / "convoy" / "facts.yml").write_text(CONVOY_FACTS.replace("kind: armed-group", "kind: terrorists"),
                                                           encoding="utf-8")
    result = mkdocs_build(desk)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "content/convoy/facts.yml:" in result.stderr and "'terrorists' is not one of" in result.stderr
    assert sorted(p.relative_to(desk) for p in (desk / "site").rglob("*.html")) == before


def test_errors_in_one_story_leave_the_others_buildable_but_not_publishable(desk: Path):
    (desk / "content" / "convoy" / "facts.yml").write_text(CONVOY_FACTS.replace("kind: armed-group", "kind: terrorists"),
                                                           encoding="utf-8")
    result = build_site(desk / "content", partial=True)
    assert not result.ok and result.broken == {"convoy"}
    assert "stories/library.md" in result.pages
    assert "stories/convoy.md" not in result.pages and "stories/convoy.md" in result.error_pages


def test_a_story_citing_an_actor_of_a_broken_story_is_left_out_too_and_the_rest_still_renders(desk: Path):
    cites = "story:\n  title: T\n  date: 2026-11-21\n  summary: S\n  sample: true\nactors:\n  - id: merrow-library\n"
    write_story(desk / "content", "cites", cites, "The Merrow Library opened late.\n")
    library = desk / "content" / "library" / "facts.yml"
    library.write_text(LIBRARY_FACTS.replace("sample: true", "sample: true\n  status: publishd"), encoding="utf-8")
    result = build_site(desk / "content", partial=True)
    assert result.broken == {"library", "cites"}
    assert "stories/convoy.md" in result.pages


def _without_reload_epoch(html: str) -> str:
    """A served page without the build number the live-reload script is given each build (MkDocs injects it)."""
    return re.sub(r"livereload\(\d+, \d+\)", "livereload()", html)


def _built_count(project: Path) -> int:
    """How many builds the server has finished so far (MkDocs says so once a build)."""
    return (project / "serve.log").read_text(encoding="utf-8", errors="replace").count("Documentation built in")


def test_a_save_updates_every_page_it_shows_on_and_the_unchanged_pages_stay_whole(served):
    project, base = served
    wait_for(base + STORY, lambda body: "explainer-article" in body)
    untouched = _without_reload_epoch(fetch(base + "stories/library/")[1])
    facts = project / "content" / "convoy" / "facts.yml"
    facts.write_text(CONVOY_FACTS.replace("A Lebanese Shia party and militia.", "An edited summary, once."),
                     encoding="utf-8")
    wait_for(base + "actors/hezbollah/", lambda body: "An edited summary, once." in body)
    wait_for(base + "actors/", lambda body: "An edited summary, once." in body)  # the actors index, in the nav
    assert "An edited summary, once." in wait_for(base + STORY, lambda body: "An edited summary, once." in body)
    # A page the save did not touch is served as it was (put back from the last build, not lost).
    assert _without_reload_epoch(fetch(base + "stories/library/")[1]) == untouched
    index = fetch(base + "search/search_index.json")[1]
    assert "Merrow Library" in index and "An edited summary, once." in index  # reused and rebuilt pages alike
    assert index.count('"location":"stories/library/"') == 1


def test_a_deleted_story_disappears_from_the_preview_and_a_new_one_appears(served):
    project, base = served
    wait_for(base + "stories/library/", lambda body: "Merrow Library" in body)
    write_story(project / "content", "second", LIBRARY_FACTS.replace("The library opens late", "A second story")
                .replace("merrow-library", "merrow-hall").replace("Merrow Library", "Merrow Hall"),
                LIBRARY_ARTICLE.replace("Merrow Library", "Merrow Hall"))
    wait_for(base + "stories/second/", lambda body: "A second story" in body)
    for name in ("facts.yml", "article.md"):
        (project / "content" / "library" / name).unlink()
    (project / "content" / "library").rmdir()
    wait_for(base + "stories/", lambda body: "The library opens late" not in body)
    builds = _built_count(project)
    assert fetch(base + "stories/library/")[0] == 404
    assert fetch(base + "actors/merrow-library/")[0] == 404
    assert fetch(base + "stories/second/")[0] == 200 and _built_count(project) == builds
