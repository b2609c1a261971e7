"""Hostile and unusual input: nothing outside the content folder is read, nothing crashes or stalls.

Each test is one class of input an adversarial pass found (issue 16); each
failed before its fix.
"""

from __future__ import annotations

import os

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

    for number, attack in enumerate(("<a:", "](")):
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
