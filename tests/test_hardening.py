"""Hostile and unusual input: nothing outside the content folder is read, nothing crashes or stalls.

Each test is one class of input an adversarial pass found (issue 16); each
failed before its fix.
"""

from __future__ import annotations

import os

import pytest

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, write_story
from generator.build import build_site
from generator.load import MAX_ARTICLE_BYTES

OUTSIDE_TEXT = "root:x:0:0:secret outside the content folder\n"
NO_EXCERPTS = "story:\n  title: T\n  date: 2026-01-01\n  summary: S\n"


def outside_file(tmp_path):
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text(OUTSIDE_TEXT, encoding="utf-8")
    return secret


def assert_never_published(result):
    assert result.errors
    assert not any("secret outside" in page for page in result.pages.values())


def test_an_article_linked_to_a_file_outside_the_content_folder_is_refused_naming_the_link(tmp_path):
    content = write_story(tmp_path / "content", "s", NO_EXCERPTS)
    (content / "s" / "article.md").unlink()
    (content / "s" / "article.md").symlink_to(outside_file(tmp_path))
    result = build_site(content)
    assert_never_published(result)
    (error,) = result.errors
    assert error.file == "content/s/article.md" and "outside the content folder" in error.message


def test_a_fact_sheet_or_story_folder_linked_from_outside_is_refused(tmp_path):
    elsewhere = write_story(tmp_path / "elsewhere", "s", CONVOY_FACTS)
    content = tmp_path / "content"
    content.mkdir()
    (content / "linked").symlink_to(elsewhere / "s", target_is_directory=True)
    write_story(content, "own", NO_EXCERPTS, "Words.\n")
    (content / "own" / "facts.yml").unlink()
    (content / "own" / "facts.yml").symlink_to(elsewhere / "s" / "facts.yml")
    result = build_site(content)
    refused = {p.file for p in result.errors if "outside the content folder" in p.message}
    assert refused == {"content/linked", "content/own/facts.yml"}


def test_a_link_inside_the_content_folder_is_read_as_usual(tmp_path):
    content = write_story(tmp_path / "content", "s", CONVOY_FACTS)
    (content / "_articles").mkdir()
    (content / "s" / "article.md").rename(content / "_articles" / "s.md")
    (content / "s" / "article.md").symlink_to(content / "_articles" / "s.md")
    assert build_site(content).ok


def test_a_dangling_link_is_named_as_a_link_not_as_a_missing_file(tmp_path):
    content = write_story(tmp_path / "content", "s", CONVOY_FACTS)
    (content / "s" / "article.md").unlink()
    (content / "s" / "article.md").symlink_to(tmp_path / "gone.md")
    (error,) = build_site(content).errors
    assert error.file == "content/s/article.md" and "does not exist" in error.message


def test_a_huge_article_is_refused_by_its_size_before_it_is_read(tmp_path):
    content = write_story(tmp_path / "content", "s", CONVOY_FACTS)
    with (content / "s" / "article.md").open("wb") as sparse:  # 40 GB on paper, nothing on disk
        sparse.truncate(40 * 1024**3)
    (error,) = build_site(content).errors
    assert error.file == "content/s/article.md" and f"limited to {MAX_ARTICLE_BYTES:,}" in error.message


def test_a_story_folder_or_actor_id_that_would_replace_a_generated_index_is_an_error_naming_it(tmp_path):
    facts = CONVOY_FACTS.replace("id: hezbollah", "id: index")
    result = build_site(write_story(tmp_path / "content", "index", facts))
    found = {(p.file, p.field) for p in result.errors if "the page that lists every" in p.message}
    assert found == {("content/index/facts.yml", "story"), ("content/index/facts.yml", "actors[0].id")}


def test_a_direction_override_in_a_title_or_an_invisible_character_in_a_url_is_an_error(tmp_path):
    facts = CONVOY_FACTS.replace("  title: Convoy leaves the border", '  title: "Convoy \\u202egnp.exe"\n'
                                 '  source: {url: "https://example.org/\\u200bpath"}')
    errors = build_site(write_story(tmp_path / "content", "s", facts)).errors
    assert {(p.field, "U+202E" in p.message or "U+200B" in p.message) for p in errors} == {
        ("story.title", True), ("story.source.url", True)}


def test_a_zero_width_character_inside_a_name_is_pointed_out(tmp_path):
    facts = CONVOY_FACTS.replace("    name: Hezbollah", '    name: "Hez\\u200bbollah"\n    aliases: [Hezbollah]')
    warnings = [p for p in build_site(write_story(tmp_path / "content", "s", facts)).problems if p.severity == "warning"]
    assert [(p.field, "U+200B" in p.message) for p in warnings] == [("actors[0].name", True)]


def test_thirty_thousand_brackets_after_a_key_are_an_error_not_a_crash(tmp_path):
    """libyaml's composer used to end the whole process with SIGSEGV on this 60 KB sheet."""
    import subprocess
    import sys

    content = write_story(tmp_path / "content", "s", "story:\n  title: " + "[" * 30000 + "\n")
    run = subprocess.run([sys.executable, "-m", "generator", "check", str(content)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 1, run.stderr
    assert "facts.yml:2:" in run.stdout and "nests deeper than" in run.stdout


def test_brackets_inside_quotes_and_comments_do_not_count_as_nesting(tmp_path):
    summary = "  summary: A convoy of militants left the Lebanon-Syria border.\n"
    facts = CONVOY_FACTS.replace(summary, "  # " + "[" * 100 + "\n  summary: 'Brackets: " + "[" * 100 + "'\n")
    assert build_site(write_story(tmp_path / "content", "s", facts)).ok


def test_a_strict_build_refused_for_a_draft_keeps_the_last_good_site(tmp_path):
    from conftest import build_tiny, tiny_project

    project = tiny_project(tmp_path, {"convoy": (CONVOY_FACTS, CONVOY_ARTICLE)})
    assert build_tiny(project).result.returncode == 0
    page = project / "site" / "stories" / "convoy" / "index.html"
    published = page.read_text(encoding="utf-8")
    draft = CONVOY_FACTS.replace("  summary: A convoy", "  status: draft\n  summary: A convoy")
    (project / "content" / "convoy" / "facts.yml").write_text(draft, encoding="utf-8")
    refused = build_tiny(project)
    assert refused.result.returncode == 1 and "story is a draft" in refused.result.stderr
    assert page.read_text(encoding="utf-8") == published


def test_a_glossary_term_in_another_script_links_to_its_entry(tmp_path):
    facts = CONVOY_FACTS + "\nglossary:\n  - term: Шура\n    definition: A council.\n"
    result = build_site(write_story(tmp_path / "content", "s", facts, CONVOY_ARTICLE + "\nThe Шура met.\n"))
    assert result.ok, result.errors
    page = result.pages["stories/s.md"]
    assert 'href="../../glossary/#шура"' in page and "explainer:" not in page


def test_a_line_built_to_make_link_scanning_quadratic_is_read_in_one_pass(tmp_path):
    """180 KB of "<a:" took about two minutes; the bound here is generous, the point is that it ends."""
    import subprocess
    import sys

    for number, attack in enumerate(("<a:", "](", "](\n", "[a]:\n", "`")):
        content = write_story(tmp_path / str(number) / "content", "s", NO_EXCERPTS, attack * 60_000 + "\n")
        run = subprocess.run([sys.executable, "-m", "generator", "check", str(content)], capture_output=True,
                             text=True, timeout=60)
        assert "Traceback" not in run.stderr


def test_content_cannot_forge_a_second_message_or_terminal_colours(tmp_path):
    facts = CONVOY_FACTS.replace("    kind: armed-group", '    kind: "x\\n::error file=evil.py::forged"\n    "\\e[31mred": 1')
    result = build_site(write_story(tmp_path / "content", "s", facts))
    lines = [p.format() for p in result.problems]
    assert lines and all("\n" not in line and "\x1b" not in line for line in lines)
    assert any("\\n::error" in line for line in lines) and any("\\x1b[31m" in line for line in lines)


def test_a_yaml_tag_is_named_as_not_allowed_not_reported_as_an_empty_field(tmp_path):
    facts = CONVOY_FACTS.replace("  title: Convoy leaves the border", "  title: !!python/name:os.system")
    errors = build_site(write_story(tmp_path / "content", "s", facts)).errors
    assert [(p.line, "'!!python/name:os.system' are not allowed" in p.message) for p in errors] == [(2, True)]


def test_html_written_as_code_or_an_autolink_draws_no_raw_html_warning(tmp_path):
    article = (CONVOY_ARTICLE + "\nWrite `<b>bold</b>` for bold, or <press@example.org>, or <https://example.org>.\n"
               "\n```\n<script>example()</script>\n```\n\n    <div>indented code</div>\n\nBut <b>this</b> is markup.\n")
    result = build_site(write_story(tmp_path / "content", "s", CONVOY_FACTS, article))
    warnings = [p for p in result.problems if p.field == "html"]
    assert [(p.line, "<b>" in p.message) for p in warnings] == [(13, True)]


def test_names_match_whether_accents_are_typed_composed_or_decomposed(tmp_path):
    import unicodedata

    facts = CONVOY_FACTS.replace("figures:", "  - id: jose\n    name: José Ruiz\n    aliases: [Jose]\n    kind: person\n"
                                              "    summary: A driver.\n\nfigures:")
    article = CONVOY_ARTICLE + "\n" + unicodedata.normalize("NFD", "José Ruiz drove. José waved.") + "\n"
    result = build_site(write_story(tmp_path / "content", "s", facts, article))
    assert not [p for p in result.problems if "never named" in p.message]
    page = result.pages["stories/s.md"]
    assert ">José Ruiz</a>" in page and ">Jose</a>" not in page


def test_render_writes_exactly_the_current_site_and_leaves_other_files_alone(tmp_path):
    import shutil
    import subprocess
    import sys

    content = write_story(tmp_path / "content", "old", CONVOY_FACTS)
    write_story(content, "new", CONVOY_FACTS)  # the same actor, defined alike: allowed
    out = tmp_path / "pages"
    docs = out / "docs"  # render --out writes a project: mkdocs.yml, docs/, overrides/
    (docs / "stories").mkdir(parents=True)
    (docs / "stories" / "mine.md").write_text("a newsroom's own page\n", encoding="utf-8")
    render = [sys.executable, "-m", "generator", "render", str(content), "--out", str(out)]
    subprocess.run(render, check=True, capture_output=True, timeout=120)
    assert (docs / "stories" / "old.md").is_file()
    shutil.rmtree(content / "old")
    subprocess.run(render, check=True, capture_output=True, timeout=120)
    assert not (docs / "stories" / "old.md").exists() and (docs / "stories" / "new.md").is_file()
    assert (docs / "stories" / "mine.md").read_text(encoding="utf-8") == "a newsroom's own page\n"


PUNCTUATED_TERMS = ("C", "C++", "C#", "#MeToo", ".NET", "¿Qué?")
PUNCTUATED_GLOSSARY = "\nglossary:\n" + "".join(f"  - term: {term!r}\n    definition: A word.\n"
                                                for term in PUNCTUATED_TERMS)


def test_terms_with_plus_sharp_or_leading_punctuation_get_readable_anchors_and_headings(tmp_path):
    from conftest import build_tiny, tiny_project

    article = CONVOY_ARTICLE + "\nThey wrote C, C++ and C# for #MeToo on .NET, asking ¿Qué?\n"
    built = build_tiny(tiny_project(tmp_path, {"convoy": (CONVOY_FACTS + PUNCTUATED_GLOSSARY, article)}))
    assert built.result.returncode == 0, built.result.stderr
    glossary = built.soup("glossary/")
    terms = glossary.select("dl.explainer-glossary dt")
    anchors = {dt.get_text(" ", strip=True).split(" ")[0]: dt["id"] for dt in terms}
    assert anchors == {"C": "c", "C++": "c-plus-plus", "C#": "c-sharp", "#MeToo": "metoo", ".NET": "net",
                       "¿Qué?": "que"}
    assert [dt["id"] for dt in terms] == ["c", "c-plus-plus", "c-sharp", "metoo", "net", "que"]  # by their words
    contents = [a.get_text(strip=True) for a in glossary.select(".md-sidebar--secondary .md-nav__link")]
    assert contents == ["C", "M", "N", "Q"]
    story = built.soup("stories/convoy/")
    links = {a.get_text(): a["href"] for a in story.select(".explainer-article a.explainer-term")}
    assert links == {term: f"../../glossary/#{anchors[term]}" for term in PUNCTUATED_TERMS}


def test_two_spellings_that_make_one_anchor_are_one_error_naming_both_terms_where_written(tmp_path):
    glossary = "\nglossary:\n  - term: C#\n    definition: A language.\n  - term: C sharp\n    definition: Same.\n"
    shared = "- term: '#MeToo'\n  definition: A movement.\n"
    content = write_story(tmp_path / "content", "s", CONVOY_FACTS + glossary + "  - term: MeToo\n    definition: B.\n")
    (content / "_shared").mkdir()
    (content / "_shared" / "glossary.yml").write_text(shared, encoding="utf-8")
    errors = build_site(content).errors
    assert [(p.file, p.line, p.field) for p in errors] == [
        ("content/s/facts.yml", 21, "glossary[1].term"), ("content/s/facts.yml", 23, "glossary[2].term")]
    assert "the terms 'C sharp' and 'C#' (content/s/facts.yml:19) would share the glossary anchor #c-sharp" in \
        errors[0].message
    assert "'MeToo' and '#MeToo' (content/_shared/glossary.yml:1)" in errors[1].message
    assert not [p for p in errors if "id '" in p.message]


def test_a_term_written_twice_in_one_glossary_is_named_as_written(tmp_path):
    glossary = "\nglossary:\n  - term: C++\n    definition: A language.\n  - term: C++\n    definition: A language.\n"
    (error,) = build_site(write_story(tmp_path / "content", "s", CONVOY_FACTS + glossary)).errors
    assert (error.line, error.message) == (21, "term 'C++' is used twice in glossary (first at line 19)")


def test_email_autolinks_are_working_mailto_links_without_a_raw_html_warning(tmp_path):
    article = CONVOY_ARTICLE + "\nWrite to <press@example.org> or <mailto:desk@example.org>.\n"
    facts = CONVOY_FACTS.replace("    summary: A Lebanese", "    background: Press office <press@example.org>.\n"
                                 "    sources: [{url: 'https://example.org/hezbollah'}]\n    summary: A Lebanese")
    result = build_site(write_story(tmp_path / "content", "s", facts, article))
    assert result.ok and not result.warnings, result.problems
    story, actor = result.pages["stories/s.md"], result.pages["actors/hezbollah.md"]
    assert '<a href="mailto:press@example.org" rel="nofollow noopener">press@example.org</a>' in story
    assert '<a href="mailto:desk@example.org" rel="nofollow noopener">desk@example.org</a>' in story
    assert '<a href="mailto:press@example.org" rel="nofollow noopener">press@example.org</a>' in actor
    assert "&#" not in story


def test_html_or_links_inside_code_spanning_lines_are_examples_but_list_paragraphs_are_prose(tmp_path):
    article = (CONVOY_ARTICLE + "\nA span `<b>over\ntwo lines</b>` and `[x](javascript:void(0))` are code.\n"
               "\n```\n<script>\n[y](javascript:go())\n```\n\n- An item.\n\n    <i>A paragraph of the item</i>\n")
    result = build_site(write_story(tmp_path / "content", "s", CONVOY_FACTS, article))
    assert not result.errors, result.errors
    assert [(p.line, p.column, "<i>" in p.message) for p in result.problems if p.field == "html"] == [(15, 5, True)]


@pytest.mark.parametrize("written, line, column", [
    ("[click](\njavascript:alert(1))", 6, 1),
    ("![pic](\n   <data:text/html,x>)", 6, 5),
    ("[click][ref].\n\n[ref]:\n  javascript:alert(2)", 8, 3),
])
def test_an_unsafe_link_target_on_the_line_after_its_opening_is_an_error_at_the_target(tmp_path, written, line, column):
    result = build_site(write_story(tmp_path / "content", "s", CONVOY_FACTS, CONVOY_ARTICLE + f"\nSee {written}\n"))
    (error,) = result.errors
    assert (error.file, error.line, error.column, error.field) == ("content/s/article.md", line, column, "link")
    assert "only http, https and mailto links" in error.message


def test_an_unsafe_link_target_a_line_down_in_a_markdown_field_is_an_error_at_that_line(tmp_path):
    facts = CONVOY_FACTS.replace("    summary: A Lebanese", "    background: |\n      See [the site](\n"
                                                          "      javascript:alert(1)).\n    summary: A Lebanese")
    (error,) = build_site(write_story(tmp_path / "content", "s", facts)).errors
    assert (error.line, error.column, error.field) == (12, 7, "actors[0].background")


def test_a_fifo_or_folder_where_a_file_belongs_is_named_as_such_without_blocking_the_build(tmp_path):
    """A FIFO blocks whoever opens it for reading: check and build must refuse it by its kind, never open it."""
    import subprocess
    import sys

    content = write_story(tmp_path / "content", "piped", CONVOY_FACTS)
    write_story(content, "foldered", CONVOY_FACTS)
    (content / "piped" / "article.md").unlink()
    os.mkfifo(content / "piped" / "article.md")
    (content / "foldered" / "facts.yml").unlink()
    (content / "foldered" / "facts.yml").mkdir()
    (content / "_shared").mkdir()
    os.mkfifo(content / "_shared" / "glossary.yml")
    run = subprocess.run([sys.executable, "-m", "generator", "check", str(content)], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    lines = dict(line.split(": error: ", 1) for line in run.stdout.splitlines() if ": error: " in line)
    assert {file.rsplit("content/", 1)[1]: message.split(":")[0] for file, message in lines.items()} == {
        "piped/article.md": "is a named pipe (FIFO), not a text file",
        "foldered/facts.yml": "is a folder, not a text file",
        "_shared/glossary.yml": "is a named pipe (FIFO), not a text file"}


def test_a_shared_file_linked_from_outside_is_refused_and_never_read(tmp_path):
    content = write_story(tmp_path / "content", "s", CONVOY_FACTS)
    (content / "_shared").mkdir()
    secret = tmp_path / "glossary.yml"
    secret.write_text("- term: Secret\n  definition: secret outside the content folder\n", encoding="utf-8")
    (content / "_shared" / "glossary.yml").symlink_to(secret)
    result = build_site(content)
    assert [(p.file, "outside the content folder" in p.message) for p in result.errors] == [
        ("content/_shared/glossary.yml", True)]
    assert "secret" not in str(result.site.terms)


def test_a_story_folder_link_that_leads_nowhere_or_loops_is_named_not_skipped(tmp_path):
    content = write_story(tmp_path / "content", "s", CONVOY_FACTS)
    (content / "gone").symlink_to(tmp_path / "deleted-story", target_is_directory=True)
    (content / "loop").symlink_to(content / "loop")
    (content / "s" / "article.md").unlink()
    (content / "s" / "article.md").symlink_to(content / "s" / "article.md")
    found = {(p.file, p.message.rsplit(", ", 1)[1]) for p in build_site(content).errors}
    assert found == {("content/gone", "which does not exist"), ("content/loop", "which leads back to itself (a loop)"),
                     ("content/s/article.md", "which leads back to itself (a loop)")}


def test_a_story_folder_the_system_cannot_read_is_an_error_naming_it_and_the_others_still_load(tmp_path):
    """As root, mode 000 denies nothing; a path longer than the system allows fails alike (an OSError).

    The content folder's path is made so long that content/s/article.md and
    content/_shared/glossary.yml still fit but the files of a story folder
    with a longer name do not.
    """
    longest = os.pathconf("/", "PC_PATH_MAX") - 1
    deep = tmp_path
    while len(str(deep)) < longest - 300:
        deep = deep / ("d" * 200)
    content = deep / ("d" * (longest - 25 - len(str(deep)) - 1 - len("content"))) / "content"
    assert len(str(content / "_shared" / "glossary.yml")) <= longest
    assert len(str(content / "a-longer-story-name" / "facts.yml")) > longest
    assert len(str(content / "a-longer-story-name")) <= longest
    write_story(content, "s", CONVOY_FACTS)
    os.mkdir(content / "a-longer-story-name")
    result = build_site(content)
    assert [(p.file.rsplit("/", 1)[1], p.message) for p in result.errors] == [
        ("a-longer-story-name", "cannot read folder: File name too long")]
    assert [story.slug for story in result.site.stories] == ["s"]


@pytest.mark.parametrize("marks", ["` ", "<https://example.org> ", "*a* "])
def test_a_paragraph_of_thousands_of_inline_elements_is_refused_before_parsing_in_an_article_or_a_field(tmp_path,
                                                                                                         marks):
    """Python-Markdown's inline pass is quadratic in the elements of one paragraph: 150,000 code spans took 90 s."""
    background = f"    background: '{marks * 10_000}'\n"
    facts = CONVOY_FACTS.replace("    summary: A Lebanese", background + "    summary: A Lebanese")
    result = build_site(write_story(tmp_path / "content", "s", facts, CONVOY_ARTICLE + "\n" + marks * 10_000 + "\n"))
    assert sorted((p.file, p.line, "formatting marks" in p.message) for p in result.errors) == [
        ("content/s/article.md", 5, True), ("content/s/facts.yml", 10, True)]
