"""No HTML or script from an article or a fact sheet reaches a page.

A story whose every text field, and whose article, carries attack payloads is
built with the real MkDocs; every HTML page it writes is then searched for
anything a browser would execute or load.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from conftest import write_story
from generator.build import build_site

from hostile_content import q  # noqa: E402


def test_the_hostile_story_is_accepted_so_its_pages_are_really_built(hostile_site):
    assert hostile_site.path("stories/hostile/").is_file()
    assert hostile_site.path("actors/evil-corp/").is_file()


def test_no_built_page_contains_an_executable_payload(hostile_site):
    pages = hostile_site.pages()
    assert len(pages) >= 8
    for page in pages:
        text = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(text, "html.parser")
        for script in soup.find_all("script"):
            assert not re.search(r"alert\(", script.get_text()), f"{page}: live script {script}"
        for element in soup.find_all(True):
            assert element.name not in ("iframe", "object", "embed"), f"{page}: {element}"
            for attribute, value in element.attrs.items():
                value = " ".join(value) if isinstance(value, list) else str(value)
                assert not (attribute.startswith("on") and "alert" in value), f"{page}: {attribute} on {element.name}"
                if attribute in ("href", "src", "action", "formaction"):
                    assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), f"{page}: {attribute}={value}"
        title = soup.title.get_text() if soup.title else ""
        assert "<script" not in title.lower() and "</title" not in title.lower(), f"{page}: title {title!r}"


def test_payloads_are_shown_to_readers_as_the_text_they_are(hostile_site):
    story = hostile_site.soup("stories/hostile/")
    assert '<script>alert("p1")</script>' in story.select_one(".explainer-article").get_text()
    assert story.h1.get_text().startswith("Headline <script>")


def test_templating_syntax_in_content_is_not_evaluated(hostile_site):
    assert "{{ config }}" in hostile_site.soup("stories/hostile/").select_one(".explainer-standfirst").get_text()


@pytest.mark.parametrize("link, column", [("[click](javascript:alert(1))", 13), ("![pic](data:text/html,x)", 12), ("<javascript:alert(1)>", 6)])
def test_an_unsafe_link_in_the_article_is_an_error_at_its_line_and_column(tmp_path, link, column):
    write_story(tmp_path / "content", "s", "story:\n  title: T\n  date: 2026-01-01\n  summary: S\n", f"First.\n\nSee {link} here.\n")
    errors = build_site(tmp_path / "content").errors
    assert [(p.file, p.line, p.column) for p in errors] == [("content/s/article.md", 3, column)]
    assert "only http, https and mailto links" in errors[0].message


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/", "//example.org"])
def test_only_http_https_and_mailto_urls_are_accepted_in_a_sheet(tmp_path, url):
    write_story(tmp_path / "content", "s", f"story:\n  title: T\n  date: 2026-01-01\n  summary: S\n  source:\n    url: {q(url)}\n", "Words.\n")
    result = build_site(tmp_path / "content")
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.field) == ("content/s/facts.yml", 6, "story.source.url")
    assert "not an http, https or mailto URL" in problem.message


def test_tooltips_hold_html_text_so_materials_innerhtml_cannot_bring_markup_alive(hostile_site):
    # Material's content.tooltips inserts the decoded title with innerHTML: after one
    # decoding (what BeautifulSoup and the browser do) no "<" may remain.
    titles = [el["title"] for page in hostile_site.pages() for el in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("[title]")]
    assert any("&lt;script&gt;" in title for title in titles)
    assert not [title for title in titles if "<" in title]


def test_a_control_character_in_a_text_field_is_an_error_not_broken_front_matter(tmp_path):
    write_story(tmp_path / "content", "s", 'story:\n  title: "\\u0080Probe [x](https://a.example){: onmouseover=alert(1) }"\n  date: 2026-01-01\n  summary: S\n', "Words.\n")
    (problem,) = build_site(tmp_path / "content").errors
    assert (problem.line, problem.field) == (2, "story.title") and "U+0080" in problem.message


def test_front_matter_survives_any_character_a_title_may_hold():
    import yaml

    from generator.markup import front_matter

    title = 'Zoë «quoted» \u2028 line: "x" # not a comment \\ {{ y }}'
    block = front_matter({"title": title})
    assert block.isascii()
    assert yaml.safe_load(block.strip().strip("-")) == {"title": title}


@pytest.mark.parametrize("article, words", [
    ("**a " * 1200 + "x" + " a**" * 1200, "nested too deeply"),
    ("[" * 150 + "x" + "](https://example.org)" * 150, "brackets are nested"),
    ("[a](" * 20000, "more than 500 '['"),
])
def test_a_pathologically_nested_article_is_an_error_not_a_crash_or_a_hang(tmp_path, article, words):
    write_story(tmp_path / "content", "s", "story:\n  title: T\n  date: 2026-01-01\n  summary: S\n", article)
    errors = build_site(tmp_path / "content").errors
    assert any((p.file, p.line) == ("content/s/article.md", 1) and words in p.message for p in errors), errors


def test_an_unsafe_link_in_a_markdown_field_is_an_error_at_that_field(tmp_path):
    facts = ("story:\n  title: T\n  date: 2026-01-01\n  summary: S\nactors:\n  - id: acme\n    name: Acme\n    kind: organisation\n"
             "    summary: A firm.\n    background: |\n      Founded in 1990.\n      See [the site](javascript:alert(1)).\n")
    write_story(tmp_path / "content", "s", facts, "Acme opened.\n")
    (problem,) = build_site(tmp_path / "content").errors
    assert (problem.file, problem.line, problem.column) == ("content/s/facts.yml", 12, 22) and "javascript:alert(1" in problem.message
    assert problem.field == "actors[0].background"
