"""Drafts are visible while editing and cannot be published by a strict build."""

from __future__ import annotations

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, build_tiny, tiny_project, write_story
from generator.build import build_site

STORY = "stories/convoy/"


def test_a_draft_story_is_refused_by_a_strict_build_and_left_out_of_a_lenient_one(tmp_path):
    facts = CONVOY_FACTS.replace("  summary: A convoy", "  status: draft\n  summary: A convoy")
    project = tiny_project(tmp_path, {"convoy": (facts, CONVOY_ARTICLE)})
    strict = build_tiny(project)
    assert strict.result.returncode != 0
    assert "story is a draft" in strict.result.stderr
    lenient = build_tiny(project, strict=False)
    assert lenient.result.returncode == 0
    assert "story is a draft" in lenient.result.stderr
    assert not lenient.path(STORY).exists()  # shown under serve only (test_adopt.py)


def test_a_preview_shows_a_draft_story_with_its_banner(tmp_path):
    facts = CONVOY_FACTS.replace("  summary: A convoy", "  status: draft\n  summary: A convoy")
    result = build_site(write_story(tmp_path / "content", "convoy", facts), drafts=True)
    assert "explainer-banner--draft" in result.pages["stories/convoy.md"]


DRAFT_FIGURE = CONVOY_FACTS.replace("  - id: militants-in-convoy\n", "  - id: militants-in-convoy\n    draft: true\n")


def test_a_draft_figure_is_warned_about_and_left_out_of_a_lenient_build(tmp_path):
    site = build_tiny(tiny_project(tmp_path, {"convoy": (DRAFT_FIGURE, CONVOY_ARTICLE)}), strict=False)
    assert "figures[0]: draft entry" in site.result.stderr
    assert site.soup(STORY).select_one("h1")
    assert not site.soup(STORY).select_one("#figure-militants-in-convoy")


def test_a_preview_labels_a_draft_figure(tmp_path):
    result = build_site(write_story(tmp_path / "content", "convoy", DRAFT_FIGURE), drafts=True)
    page = result.pages["stories/convoy.md"]
    assert 'id="figure-militants-in-convoy"' in page and "explainer-label--draft" in page


def _story_with_shared(tmp_path, shared: str, cast: str):
    content = tmp_path / "content"
    (content / "_shared").mkdir(parents=True)
    (content / "_shared" / "actors.yml").write_text(shared, encoding="utf-8")
    facts = "story:\n  title: T\n  date: 2026-01-01\n  summary: S\n  sample: true\nactors:\n" + cast
    return build_site(write_story(content, "s", facts, "Acme Corp opened.\n"))


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
    ghost = "- id: ghost\n  name: Ghost Writer\n  kind: person\n  summary: Writes speeches.\n  unmentioned: Speaks through others.\n"
    result = _story_with_shared(tmp_path, ghost, "  - id: ghost\n")
    assert not [p for p in result.problems if "never named" in p.message]
    page = result.pages["actors/ghost.md"]
    assert ">Not named in the article</span>" in page and '"explainer-unmentioned">Speaks through others.</p>' in page


def test_role_in_shared_is_an_error_pointing_at_the_story(tmp_path):
    result = _story_with_shared(tmp_path, ACME + "  role: Opened.\n", "  - id: acme\n")
    (error,) = result.errors
    assert (error.file, error.line) == ("content/_shared/actors.yml", 5) and "that story's fact sheet" in error.message


def test_the_plugin_speaks_under_its_own_name(tmp_path):
    facts = CONVOY_FACTS.replace("  summary: A convoy", "  status: draft\n  summary: A convoy")
    site = build_tiny(tiny_project(tmp_path, {"convoy": (facts, CONVOY_ARTICLE)}), strict=False)
    assert "explainer: content/convoy/facts.yml" in site.result.stderr
