"""No HTML or script from an article or a fact sheet reaches a page.

A story whose every text field, and whose article, carries attack payloads is
built with the real MkDocs; every HTML page it writes is then searched for
anything a browser would execute or load.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import BuiltSite, mkdocs_build
from generator.build import build_site

PAYLOADS = [
    '<script>alert("p1")</script>',
    "<img src=x onerror=alert('p2')>",
    '<iframe src="javascript:alert(\'p3\')"></iframe>',
    '"><svg onload=alert("p4")>',
    "</title><script>alert('p5')</script>",
    "&lt;/title&gt;&lt;script&gt;alert('p6')&lt;/script&gt;",
    "' onmouseover='alert(\"p7\")' x='",
    "{{ config }} {% raw %}",
]
ALL = " ".join(PAYLOADS)

ARTICLE = f"""Evil Corp said {ALL} on Monday.

A [safe link](https://example.org/"onmouseover="alert('p8')) and <https://example.org/?"><script>alert('p9')</script>>.

Evil Corp counted 42 items {PAYLOADS[0]} today.

"Quote with {PAYLOADS[1]} inside", someone said.
"""


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


FACTS = f"""story:
  title: {q("Headline " + ALL)}
  date: 2026-01-01
  summary: {q("Summary " + ALL)}
  source: {{name: {q("Source " + ALL)}, url: "https://example.org/a"}}
  sample: true
  tags: [{q(PAYLOADS[0])}]
  corrections:
    - date: 2026-01-02
      text: {q("Correction " + ALL)}
actors:
  - id: evil-corp
    name: Evil Corp
    aliases: [{q("Evil " + PAYLOADS[0])}]
    kind: organisation
    summary: {q("Summary " + ALL)}
    background: {q("Background " + ALL + " [x](javascript:alert('p12'))")}
    role: {q("Role " + ALL)}
    relations:
      - to: other
        type: other
        note: {q("Note " + ALL)}
    sources:
      - title: {q("Source " + ALL)}
        url: "https://example.org/?q=%3Cb%3E"
  - id: other
    name: {q("Other " + PAYLOADS[3])}
    kind: person
    summary: {q(ALL)}
    unmentioned: {q("Unmentioned " + ALL)}
figures:
  - id: items
    value: 42
    label: {q("Label " + ALL)}
    display: {q("42 " + PAYLOADS[1])}
    unit: {q(PAYLOADS[2])}
    excerpt: {q("counted 42 items " + PAYLOADS[0])}
    note: {q("Note " + ALL)}
quotes:
  - text: {q("Quote with " + PAYLOADS[1] + " inside")}
    attribution: unknown
    note: {q("Note " + ALL)}
glossary:
  - term: {q("term " + PAYLOADS[3])}
    definition: {q("Definition " + ALL)}
places:
  - id: somewhere
    name: {q("Place " + PAYLOADS[0])}
    coordinates: [1, 2]
    summary: {q("Summary " + ALL)}
timeline:
  - date: 2026-01
    text: {q("Event " + ALL)}
    actors: [evil-corp]
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> BuiltSite:
    project = tmp_path_factory.mktemp("hostile")
    root = Path(__file__).resolve().parent.parent
    shutil.copy(root / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(root / "docs", project / "docs")
    story = project / "content" / "hostile"
    story.mkdir(parents=True)
    (story / "article.md").write_text(ARTICLE, encoding="utf-8")
    (story / "facts.yml").write_text(FACTS, encoding="utf-8")
    # Not --strict: the article's raw HTML rightly draws warnings; we want the pages.
    result = mkdocs_build(project, strict=False)
    assert result.returncode == 0, result.stderr
    return BuiltSite(project, result)


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
    story = tmp_path / "content" / "s"
    story.mkdir(parents=True)
    (story / "article.md").write_text(f"First.\n\nSee {link} here.\n", encoding="utf-8")
    (story / "facts.yml").write_text("story:\n  title: T\n  date: 2026-01-01\n  summary: S\n", encoding="utf-8")
    errors = build_site(tmp_path / "content").errors
    assert [(p.file, p.line, p.column) for p in errors] == [("content/s/article.md", 3, column)]
    assert "only http, https and mailto links" in errors[0].message


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/", "//example.org"])
def test_only_http_https_and_mailto_urls_are_accepted_in_a_sheet(tmp_path, url):
    story = tmp_path / "content" / "s"
    story.mkdir(parents=True)
    (story / "article.md").write_text("Words.\n", encoding="utf-8")
    (story / "facts.yml").write_text(f"story:\n  title: T\n  date: 2026-01-01\n  summary: S\n  source:\n    url: {q(url)}\n", encoding="utf-8")
    result = build_site(tmp_path / "content")
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.field) == ("content/s/facts.yml", 6, "story.source.url")
    assert "not an http, https or mailto URL" in problem.message
