"""`mkdocs serve` as an editor uses it: broken edits show up as errors, fixes bring the page back."""

from __future__ import annotations

import html
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, fetch, mkdocs_build, serving, tiny_project, wait_for, write_story
from generator.build import build_site
from generator.plugin import STATUS

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
    # The server still answers, and other stories still render; their script shows the errors from the status
    # file (tests/browser/test_live_reload.py), so their HTML is the last build's, not built again.
    assert fetch(base)[0] == 200
    status = json.loads(wait_for(base + STATUS, lambda body: "duplicate key" in body))
    assert any("content/convoy/facts.yml:" in problem for problem in status["problems"])
    assert status["lead"].startswith(f"{len(status['problems'])} problem(s)")
    other = fetch(base + "stories/library/")[1]
    assert "explainer-article" in other and f'{STATUS}">' in other and "duplicate key" not in other
    facts.write_text(CONVOY_FACTS.replace("Convoy leaves the border", "Convoy leaves, edited"), encoding="utf-8")
    body = wait_for(base + STORY, lambda body: "Convoy leaves, edited" in body)
    assert "Content errors" not in body
    assert json.loads(fetch(base + STATUS)[1])["problems"] == []


def test_a_broken_save_builds_again_only_the_pages_it_changed(served):
    project, base = served
    wait_for(base + STORY, lambda body: "explainer-article" in body)
    untouched = _without_reload_epoch(fetch(base + "stories/library/")[1])
    facts = project / "content" / "convoy" / "facts.yml"
    facts.write_text(CONVOY_FACTS.replace("kind: armed-group", "kind: terrorists"), encoding="utf-8")
    wait_for(base + STORY, lambda body: "Content errors" in body)
    assert _without_reload_epoch(fetch(base + "stories/library/")[1]) == untouched


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


# -- every class of hostile input of issue 16, under one real `mkdocs serve` ---------------------------------

def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _replace(path: Path, make) -> None:
    """Put something else (a link, a folder, a FIFO, a sparse file) where a content file was."""
    path.unlink()
    make(path)


def _sparse(path: Path) -> None:
    with path.open("wb") as file:  # 3 GB on paper, nothing on disk
        file.truncate(3 * 1024**3)


NFD_JOSE = unicodedata.normalize("NFD", "José Ruiz")
JOSE = "  - id: jose-ruiz\n    name: José Ruiz\n    kind: person\n    summary: A driver.\n\nfigures:"
# (case, what the hostile edit does to content/convoy/ given the folder outside the project, what the page then
# shows, whether it is an error). An error shows as the page of errors naming the file; accepted input renders.
HOSTILE_EDITS = [
    ("link-out-of-content", lambda s, out: _replace(s / "article.md", lambda p: p.symlink_to(out / "passwd")),
     ["content/convoy/article.md", "outside the content folder"], True),
    ("dangling-link", lambda s, out: _replace(s / "article.md", lambda p: p.symlink_to(out / "gone.md")),
     ["content/convoy/article.md", "which does not exist"], True),
    ("direction-override-in-title", lambda s, out: _write(s / "facts.yml", CONVOY_FACTS.replace(
        "Convoy leaves the border", "Convoy \u202egnp.exe")), ["content/convoy/facts.yml:2", "U+202E"], True),
    ("forged-log-line", lambda s, out: _write(s / "facts.yml", CONVOY_FACTS.replace(
        "kind: armed-group", 'kind: "x\\n::error file=evil.py::forged"')),
     ["content/convoy/facts.yml:9", "x\\n::error file=evil.py::forged"], True),
    ("draft", lambda s, out: _write(s / "facts.yml", CONVOY_FACTS.replace("  summary: A convoy",
                                                                          "  status: draft\n  summary: A convoy")),
     ["explainer-banner--draft", "a strict build refuses to publish it"], False),
    ("reserved-actor-id", lambda s, out: _write(s / "facts.yml", CONVOY_FACTS.replace("id: hezbollah", "id: index")),
     ["content/convoy/facts.yml:7", "the page that lists every actor"], True),
    ("deep-nesting", lambda s, out: _write(s / "facts.yml", "story:\n  title: " + "[" * 30_000 + "\n"),
     ["content/convoy/facts.yml:2", "nests deeper than"], True),
    ("quadratic-scan", lambda s, out: _write(s / "article.md", CONVOY_ARTICLE + "\n" + "<a:" * 20_000 + "\n"),
     ["<a:<a:<a:"], False),
    ("thousands-of-code-spans", lambda s, out: _write(s / "article.md", CONVOY_ARTICLE + "\n" + "` " * 100_000 + "\n"),
     ["content/convoy/article.md:5", "100,000 formatting marks"], True),
    ("oversized-article", lambda s, out: _replace(s / "article.md", _sparse),
     ["content/convoy/article.md", "limited to 2,000,000"], True),
    ("folder-for-a-file", lambda s, out: _replace(s / "article.md", Path.mkdir),
     ["content/convoy/article.md", "is a folder, not a text file"], True),
    ("fifo-for-a-file", lambda s, out: _replace(s / "article.md", os.mkfifo),
     ["content/convoy/article.md", "is a named pipe (FIFO), not a text file"], True),
    ("yaml-tag", lambda s, out: _write(s / "facts.yml", CONVOY_FACTS.replace(
        "  title: Convoy leaves the border", "  title: !!python/name:os.system")),
     ["content/convoy/facts.yml:2", "are not allowed"], True),
    ("multi-line-javascript-target", lambda s, out: _write(s / "article.md", CONVOY_ARTICLE
                                                          + "\n[click](\njavascript:alert(1)) here.\n"),
     ["content/convoy/article.md:6:1", "javascript:alert(1"], True),
    ("term-in-another-script", lambda s, out: (
        _write(s / "facts.yml", CONVOY_FACTS + "\nglossary:\n  - term: Шура\n    definition: A council.\n"),
        _write(s / "article.md", CONVOY_ARTICLE + "\nThe Шура met.\n")),
     ['glossary/#шура">Шура</a>'], False),
    ("decomposed-accents", lambda s, out: (
        _write(s / "facts.yml", CONVOY_FACTS.replace("\nfigures:", JOSE)),
        _write(s / "article.md", CONVOY_ARTICLE + f"\n{NFD_JOSE} drove.\n")),
     ['class="explainer-actor"', ">José Ruiz</a>"], False),
    ("punctuated-term", lambda s, out: (
        _write(s / "facts.yml", CONVOY_FACTS + "\nglossary:\n  - term: C++\n    definition: A language.\n"),
        _write(s / "article.md", CONVOY_ARTICLE + "\nThey wrote C++.\n")), ['glossary/#c-plus-plus">C++</a>'], False),
    ("html-in-code", lambda s, out: _write(s / "article.md", CONVOY_ARTICLE + "\nWrite `<b>bold</b>`.\n"),
     ["<code>&lt;b&gt;bold&lt;/b&gt;</code>"], False),
    ("mailto-autolink", lambda s, out: _write(s / "article.md", CONVOY_ARTICLE + "\nWrite to <press@example.org>.\n"),
     ['href="mailto:press@example.org"'], False),
]


def _restore(story: Path, marker: str) -> None:
    """The story as it was, whatever took the place of its files, with a marker in its title to wait for."""
    for name in ("facts.yml", "article.md"):
        path = story / name
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        elif os.path.lexists(path):
            path.unlink()
    _write(story / "facts.yml", CONVOY_FACTS.replace("Convoy leaves the border", f"Convoy ({marker})"))
    _write(story / "article.md", CONVOY_ARTICLE)


def _shows(body: str, words: list[str]) -> bool:
    """Every one of the words is on the page, as HTML or as the text it reads as."""
    page = body + html.unescape(body)
    return all(word in page for word in words)


@pytest.fixture(scope="module")
def hostile_desk(tmp_path_factory):
    """One `mkdocs serve` for every hostile edit, each undone in turn: (project, base URL, a folder outside it)."""
    root = tmp_path_factory.mktemp("hostile-serve")
    outside = root / "outside"
    outside.mkdir()
    _write(outside / "passwd", "root:x:0:0:secret outside the content folder\n")
    project = tiny_project(root / "project", {"convoy": (CONVOY_FACTS, CONVOY_ARTICLE),
                                              "library": (LIBRARY_FACTS, LIBRARY_ARTICLE)})
    _restore(project / "content" / "convoy", "start")
    with serving(project) as base:
        wait_for(base + STORY, lambda body: "Convoy (start)" in body, seconds=120)
        yield project, base, outside


@pytest.mark.parametrize("case, edit, shown, is_error", HOSTILE_EDITS, ids=[case[0] for case in HOSTILE_EDITS])
def test_serve_survives_each_hostile_edit_shows_it_and_recovers_when_it_is_undone(hostile_desk, case, edit, shown,
                                                                                  is_error):
    project, base, outside = hostile_desk
    story = project / "content" / "convoy"
    try:
        edit(story, outside)
        def shows_it(page: str) -> bool:
            return _shows(page, shown) and ("explainer-banner--error" in page) == is_error

        body = wait_for(base + STORY, shows_it)
        assert "secret outside" not in body
        # The server still answers, and the other story still renders (with the errors above it, if any).
        other = wait_for(base + "stories/library/", lambda body: "Merrow Library" in body)
        assert "explainer-article" in other and "secret outside" not in other
    finally:
        _restore(story, f"fixed {case}")  # also when the case failed, so the next one starts from a good story
    body = wait_for(base + STORY, lambda body: f"Convoy (fixed {case})" in body)
    assert "explainer-banner--error" not in body and "Content errors" not in body


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
