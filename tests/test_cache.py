"""The build cache never serves a stale page: after any edit, a cached build equals a fresh one.

A small synthetic desk (the benchmark's corpus: shared actors, terms and
places cited across stories) is built once with a cache; then each kind of
input is edited in turn (a story's sheet, its article, each `_shared/` file,
a story added, a story deleted, a sheet broken and fixed) and the cached
build is compared, page by page and problem by problem, with a build from
nothing. The pages that depend on the edit must change, and the cache must
have reused the rest.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from generator.build import BuildResult, build_site
from generator.cache import BuildCache, DiskCache

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import write_corpus  # noqa: E402  (the benchmark's desk, written deterministically)

STORY = "desk-0001"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A desk of six stories, written once."""
    return write_corpus(6, tmp_path_factory.mktemp("desk") / "content")


@pytest.fixture
def desk(pristine, tmp_path) -> Path:
    """A copy of the desk that a test may edit."""
    return Path(shutil.copytree(pristine, tmp_path / "content"))


def same_as_fresh(content: Path, cache: BuildCache, **options) -> BuildResult:
    """Build with the cache and from nothing, assert they agree entirely, and return the cached result."""
    cached = build_site(content, cache=cache, **options)
    fresh = build_site(content, **options)
    assert cached.pages == fresh.pages
    assert cached.problems == fresh.problems
    assert cached.error_pages == fresh.error_pages and cached.banner == fresh.banner
    assert cached.broken == fresh.broken
    return cached


def replace_in(path: Path, old: str, new: str) -> None:
    """Edit a file the way an editor would, checking the edit applies."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def changed(before: BuildResult, after: BuildResult) -> set[str]:
    """The pages whose Markdown differs, or that appeared or went."""
    return {p for p in before.pages.keys() | after.pages.keys() if before.pages.get(p) != after.pages.get(p)}


def test_an_unchanged_desk_reuses_everything(desk):
    cache = BuildCache()
    first = same_as_fresh(desk, cache)
    misses = cache.misses
    second = same_as_fresh(desk, cache)
    assert second.pages == first.pages
    assert cache.misses == misses, "nothing was done again"


def test_a_sheet_edit_changes_its_story_and_the_pages_listing_it(desk):
    cache = BuildCache()
    before = same_as_fresh(desk, cache)
    replace_in(desk / STORY / "facts.yml", "title: ", "title: Edited ")
    after = same_as_fresh(desk, cache)
    assert {f"stories/{STORY}.md", "stories/index.md"} <= changed(before, after)
    assert "Edited" in after.pages[f"stories/{STORY}.md"]
    cast = [p for p in changed(before, after) if p.startswith("actors/") and p != "actors/index.md"]
    assert cast, "the actor pages that list the story show its new title"


def test_a_role_edit_reaches_the_actor_page(desk):
    cache = BuildCache()
    before = same_as_fresh(desk, cache)
    replace_in(desk / STORY / "facts.yml", "  role: ", "  role: Newly ")
    after = same_as_fresh(desk, cache)
    assert any(p.startswith("actors/") for p in changed(before, after))


def test_an_article_edit_changes_its_story_only_where_it_shows(desk):
    cache = BuildCache()
    before = same_as_fresh(desk, cache)
    replace_in(desk / STORY / "article.md", "\n\n", "\n\nAn added paragraph of plain words here.\n\n")
    after = same_as_fresh(desk, cache)
    assert f"stories/{STORY}.md" in changed(before, after)
    assert "An added paragraph" in after.pages[f"stories/{STORY}.md"]
    other = "stories/desk-0004.md"
    assert after.pages[other] == before.pages[other]


@pytest.mark.parametrize("name, old, new", [
    ("actors.yml", "summary: ", "summary: Edited "),
    ("glossary.yml", "definition: ", "definition: Edited "),
    ("places.yml", "summary: ", "summary: Edited "),
])
def test_a_shared_edit_reaches_every_page_that_shows_it(desk, name, old, new):
    cache = BuildCache()
    before = same_as_fresh(desk, cache)
    replace_in(desk / "_shared" / name, old, new)
    after = same_as_fresh(desk, cache)
    assert changed(before, after)
    assert any("Edited" in after.pages[p] for p in changed(before, after))


def test_a_new_story_appears_and_a_deleted_story_goes(desk):
    cache = BuildCache()
    before = same_as_fresh(desk, cache)
    shutil.copytree(desk / STORY, desk / "desk-copy")
    added = same_as_fresh(desk, cache)
    assert "stories/desk-copy.md" in added.pages
    shutil.rmtree(desk / "desk-copy")
    shutil.rmtree(desk / STORY)
    removed = same_as_fresh(desk, cache)
    assert f"stories/{STORY}.md" not in removed.pages and "stories/desk-copy.md" not in removed.pages
    assert STORY not in removed.pages["stories/index.md"] and STORY in before.pages["stories/index.md"]


def test_a_broken_sheet_shows_its_errors_and_the_fix_brings_the_story_back(desk):
    cache = BuildCache()
    before = same_as_fresh(desk, cache, partial=True)
    sheet = desk / STORY / "facts.yml"
    good = sheet.read_text(encoding="utf-8")
    sheet.write_text(good + "\n  : : [unclosed\n", encoding="utf-8")
    broken = same_as_fresh(desk, cache, partial=True)
    assert broken.broken == {STORY} and f"stories/{STORY}.md" in broken.error_pages
    sheet.write_text(good, encoding="utf-8")
    fixed = same_as_fresh(desk, cache, partial=True)
    assert fixed.pages == before.pages


def test_the_cache_keeps_one_build_worth(desk):
    cache = BuildCache()
    build_site(desk, cache=cache)
    size = sum(len(table) for table in cache._tables.values())
    for number in range(3):
        replace_in(desk / STORY / "article.md", "\n\n", f"\n\nEdit number {number}.\n\n")
        build_site(desk, cache=cache)
    assert sum(len(table) for table in cache._tables.values()) == size


def test_the_disk_cache_gives_the_same_result_and_misses_after_an_edit(desk, tmp_path):
    disk = DiskCache(tmp_path / "cache")
    first = build_site(desk, disk=disk)
    assert disk.path.is_file()
    again = build_site(desk, disk=disk)
    assert again.pages == first.pages and again.problems == first.problems
    replace_in(desk / STORY / "facts.yml", "title: ", "title: Edited ")
    edited = build_site(desk, disk=disk)
    assert edited.pages == build_site(desk).pages
    assert "Edited" in edited.pages[f"stories/{STORY}.md"]
