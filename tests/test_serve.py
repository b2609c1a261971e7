"""`mkdocs serve` as an editor uses it: broken edits show up as errors, fixes bring the page back."""

from __future__ import annotations

from pathlib import Path

from conftest import fetch, mkdocs_build, wait_for

STORY = "stories/isis-convoy-2017/"


def test_a_broken_fact_sheet_shows_its_errors_and_the_fix_brings_the_page_back(server):
    project, base = server
    wait_for(base + STORY, lambda body: "explainer-article" in body)
    facts = project / "content" / "isis-convoy-2017" / "facts.yml"
    good = facts.read_text(encoding="utf-8")
    facts.write_text(good.replace("story:\n", "story:\n  title: One\n  title: Two\n", 1), encoding="utf-8")
    body = wait_for(base + STORY, lambda body: "Content errors" in body)
    assert "content/isis-convoy-2017/facts.yml:" in body and "duplicate key" in body
    # The server still answers, and other stories still render, with the errors on top.
    assert fetch(base)[0] == 200
    other = wait_for(base + "stories/harbour-library-2026/", lambda body: "duplicate key" in body)
    assert "explainer-article" in other
    facts.write_text(good.replace("ISIS leaves Lebanon-Syria border", "ISIS leaves the border, edited"), encoding="utf-8")
    body = wait_for(base + STORY, lambda body: "ISIS leaves the border, edited" in body)
    assert "Content errors" not in body


def test_a_build_with_errors_exits_non_zero_without_a_traceback_and_keeps_the_last_site(project: Path):
    assert mkdocs_build(project).returncode == 0
    before = sorted(p.relative_to(project) for p in (project / "site").rglob("*.html"))
    facts = project / "content" / "isis-convoy-2017" / "facts.yml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("kind: armed-group", "kind: terrorists", 1), encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "content/isis-convoy-2017/facts.yml:" in result.stderr and "'terrorists' is not one of" in result.stderr
    assert sorted(p.relative_to(project) for p in (project / "site").rglob("*.html")) == before


def test_errors_in_one_story_leave_the_others_buildable_but_not_publishable(project: Path):
    from generator.build import build_site

    facts = project / "content" / "isis-convoy-2017" / "facts.yml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("kind: armed-group", "kind: terrorists", 1), encoding="utf-8")
    result = build_site(project / "content", partial=True)
    assert not result.ok and result.broken == {"isis-convoy-2017"}
    assert "stories/harbour-library-2026.md" in result.pages
    assert "stories/isis-convoy-2017.md" not in result.pages


def test_a_story_citing_an_actor_of_a_broken_story_is_left_out_too_and_the_rest_still_renders(project: Path):
    from generator.build import build_site

    cites = project / "content" / "cites"
    cites.mkdir()
    (cites / "article.md").write_text("The Merrow City Library opened late.\n", encoding="utf-8")
    (cites / "facts.yml").write_text("story:\n  title: T\n  date: 2026-11-21\n  summary: S\n  sample: true\nactors:\n  - id: merrow-city-library\n", encoding="utf-8")
    harbour = project / "content" / "harbour-library-2026" / "facts.yml"
    harbour.write_text(harbour.read_text(encoding="utf-8").replace("status: published", "status: publishd"), encoding="utf-8")
    result = build_site(project / "content", partial=True)
    assert result.broken == {"harbour-library-2026", "cites"}
    assert "stories/isis-convoy-2017.md" in result.pages
