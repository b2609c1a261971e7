"""Pages stay bounded on a large desk: actors' older stories on archive pages, big indexes split by initial.

Built from the benchmark's synthetic desk (40 stories, a few actors in
nearly all of them, hundreds of shared terms and places) with the real
MkDocs, strictly: every link and anchor to an entry on a split page must
resolve, or the build fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import TINY_CONFIG, TINY_HOME, build_tiny
from generator.build import build_site
from generator.pages.paging import NEWEST, PER_PAGE
from generator.urls import SPLIT_AT

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import write_corpus  # noqa: E402

STORIES = 40


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    """The desk's content, its core result, and the site MkDocs built from it."""
    root = tmp_path_factory.mktemp("large")
    write_corpus(STORIES, root / "content")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text(TINY_HOME, encoding="utf-8")
    (root / "mkdocs.yml").write_text(TINY_CONFIG, encoding="utf-8")
    return build_site(root / "content"), build_tiny(root)


def _busiest(result):
    """The actor named in the most stories, and their number."""
    index = {actor_id: len(result.site and [s for s in result.site.stories if actor_id in
                                             {c.actor_id for c in s.cast}]) for actor_id in result.site.actors}
    actor_id = max(index, key=index.get)
    return actor_id, index[actor_id]


def test_the_site_builds_strictly_with_every_link_and_anchor_resolved(desk):
    _, site = desk
    assert site.result.returncode == 0, site.result.stderr[-2000:]


def test_an_actor_in_many_stories_shows_the_newest_and_reaches_every_other_story_on_archive_pages(desk):
    result, site = desk
    actor_id, count = _busiest(result)
    assert count > NEWEST, "the desk must have an actor in more stories than a page shows"
    page = site.soup(f"actors/{actor_id}/")
    shown = [h.get_text() for h in page.select("#in-the-stories ~ .explainer-roles h3")] or \
        [h.get_text() for h in page.select(".explainer-roles h3")]
    assert len(shown) == NEWEST
    pages = [a["href"] for a in page.select(".explainer-pages a")]
    assert pages and len(pages) == -(-(count - NEWEST) // PER_PAGE)
    seen = list(shown)
    for number in range(2, len(pages) + 2):
        archive = site.soup(f"actors/{actor_id}/page-{number}/")
        seen += [h.get_text() for h in archive.select(".explainer-roles h3")]
        assert archive.select_one(f'a[href$="../../{actor_id}/"]') or archive.select_one("a.explainer-actor")
    assert len(seen) == len(set(seen)) >= count  # every story, once (stories that only name the actor count too)


def test_large_indexes_are_split_by_initial_and_every_entry_is_on_its_page(desk):
    result, site = desk
    assert len(result.site.terms) > SPLIT_AT and len(result.site.places) > SPLIT_AT
    for index, kind in (("glossary/", "terms"), ("places/", "places")):
        letters = {a["href"] for a in site.soup(index).select("article p > a") if a.get_text().startswith("All under")}
        assert letters, index
        anchors = set()
        for letter in sorted({href.split("/")[-2] for href in letters}):
            anchors |= {dt["id"] for dt in site.soup(f"{index}{letter}/").select("dt[id]")}
        assert anchors == set(getattr(result.site, kind)), kind
    assert len(site.soup("actors/").select(".explainer-initials li")) > 1


def test_no_page_grows_past_a_bound(desk):
    _, site = desk
    sizes = {p: p.stat().st_size for p in site.pages()}
    assert max(sizes.values()) < 250_000, max(sizes, key=sizes.get)
