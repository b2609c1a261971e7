"""A newsroom's own site: its mkdocs.yml (no nav, no markdown_extensions, maybe no home), our plugin added.

Issue 12: the plugin must work in a site that was not written for it. Each
test writes such a site, builds it with the real MkDocs and reads the HTML.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, ROOT, BuiltSite, build_tiny, serving, wait_for, write_story
from linkcheck import broken_links, reachable

# What a newsroom writes: a name, the theme, the plugin. Links are validated as strictly as ours.
NEWSROOM = """\
site_name: Newsroom
theme: {name: material, font: false}
plugins:
  - search
  - explainer%s
validation: {links: {not_found: warn, anchors: warn, unrecognized_links: warn}}
"""


def newsroom(root: Path, options: str = "", *, stories: int = 1, home: str | None = None, extra: str = "",
             pages: dict[str, str] | None = None) -> Path:
    """A newsroom's project: its mkdocs.yml (plugin options as YAML lines), `stories` copies of the convoy story."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    plugin = (":\n" + "".join(f"      {line}\n" for line in options.splitlines())).rstrip("\n") if options else ""
    (root / "mkdocs.yml").write_text(NEWSROOM % plugin + extra, encoding="utf-8")
    if home is not None:
        (root / "docs" / "index.md").write_text(home, encoding="utf-8")
    for path, text in (pages or {}).items():
        (root / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / path).write_text(text, encoding="utf-8")
    for n in range(stories):
        slug = "convoy" if n == 0 else f"convoy-{n}"
        write_story(root / "content", slug, CONVOY_FACTS.replace("Convoy leaves", f"Convoy {n} leaves"))
    return root


def nav_links(site, url: str = "") -> list[str]:
    """The hrefs of the primary navigation on a page."""
    return [a["href"] for a in site.soup(url).select("nav.md-nav--primary a.md-nav__link[href]")]


def test_headings_carry_their_ids_in_a_site_that_did_not_enable_attr_list(tmp_path):
    site = build_tiny(newsroom(tmp_path))
    assert site.result.returncode == 0, site.result.stderr
    page = site.html("stories/convoy/")
    assert "{ #" not in page and "{#" not in page
    assert site.soup("stories/convoy/").select_one("h2#key-figures")


def test_a_site_without_home_gets_one_that_lists_the_stories(tmp_path):
    site = build_tiny(newsroom(tmp_path))
    assert site.result.returncode == 0, site.result.stderr
    home = site.soup("")
    assert home.select_one("h1").get_text(strip=True) == "Newsroom"
    assert [a["href"] for a in home.select(".explainer-story-list a")] == ["stories/convoy/"]


def test_a_site_without_nav_reaches_every_section_from_its_menu(tmp_path):
    site = build_tiny(newsroom(tmp_path, home="# Our desk\n\nHand-written, no marker.\n"))
    assert site.result.returncode == 0, site.result.stderr
    assert "Hand-written" in site.html("")
    links = nav_links(site)
    for section in ("stories/", "actors/", "glossary/", "places/"):
        assert section in links
    assert "stories/convoy/" not in links  # stories are reached from the list, not the menu
    assert [link for link in links if link != "."][0] == "stories/"  # the story list first, not in a section
    assert not site.soup("").select("nav.md-nav--primary label.md-nav__link")  # no one-page sections
    assert site.soup("stories/").select_one('a[href="convoy/"]')
    assert site.soup("stories/convoy/").select_one('a[href="../../actors/hezbollah/"]')


def test_the_menu_does_not_grow_with_the_number_of_stories(tmp_path):
    one = build_tiny(newsroom(tmp_path / "one"))
    many = build_tiny(newsroom(tmp_path / "many", stories=40))
    assert many.result.returncode == 0, many.result.stderr
    assert len(nav_links(many, "stories/convoy-7/")) == len(nav_links(one, "stories/convoy/"))
    assert len(many.soup("stories/").select(".explainer-archive a")) == 40


def test_a_given_nav_is_kept_and_the_index_pages_it_leaves_out_are_reported(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="mkdocs")  # reported as MkDocs reports pages left out of nav: info
    project = newsroom(tmp_path, home="# Desk\n", extra="nav: [index.md, {Stories: stories/index.md}]\n")
    site = build_tiny(project)
    assert site.result.returncode == 0, site.result.stderr
    assert nav_links(site) == [".", "stories/"]
    assert "leaves out actors/index.md, glossary.md, places.md" in caplog.text


def test_the_story_list_goes_where_a_hand_written_page_puts_the_marker(tmp_path):
    site = build_tiny(newsroom(tmp_path, pages={"latest.md": "# Latest\n\n<!-- explainer:stories -->\n\nEnd.\n"}))
    assert site.result.returncode == 0, site.result.stderr
    assert site.soup("latest/").select_one('.explainer-story-list a[href="../stories/convoy/"]')


def test_the_field_reference_is_published_only_when_asked(tmp_path):
    plain = build_tiny(newsroom(tmp_path / "plain"))
    assert not plain.path("reference/").exists()
    asked = build_tiny(newsroom(tmp_path / "asked", "field_reference: true"))
    assert asked.result.returncode == 0, asked.result.stderr
    assert asked.soup("reference/").select_one("h1")
    assert "reference/" in nav_links(asked)


def test_the_pages_go_where_the_path_options_say(tmp_path):
    options = "stories_dir: histoires\nactors_dir: qui/acteurs\nglossary_page: lexique.md\nplaces_page: infos/lieux.md"
    site = build_tiny(newsroom(tmp_path, options))
    assert site.result.returncode == 0, site.result.stderr  # links between them checked by MkDocs' validation
    for url in ("histoires/", "histoires/convoy/", "qui/acteurs/hezbollah/", "lexique/", "infos/lieux/"):
        assert site.path(url).exists(), url
    assert not site.path("stories/").exists()
    assert site.soup("histoires/convoy/").select_one('a[href="../../qui/acteurs/hezbollah/"]')


@pytest.mark.parametrize("options, said", [
    ("stories_dir: ../outside", "stories_dir: '../outside' must be a relative path"),
    ("glossary_page: lexique", "glossary_page: 'lexique' must name a Markdown page"),
    ("actors_dir: stories/people", "stories_dir 'stories' and actors_dir 'stories/people' overlap"),
    ("places_page: actors/places.md", "actors_dir 'actors' and places_page 'actors/places.md' overlap"),
    ("actors_dir: topics", "actors_dir 'topics' and the topics folder 'topics' overlap"),
    ("places_page: topics.md", "places_page 'topics.md' and the topics folder 'topics' overlap"),
    ("glossary_page: lexique.md\nplaces_page: lexique/lieux.md", "glossary_page 'lexique.md' and places_page "
     "'lexique/lieux.md' overlap"),
])
def test_a_path_option_that_cannot_work_stops_the_build_naming_it(tmp_path, options, said):
    site = build_tiny(newsroom(tmp_path, options))
    assert site.result.returncode == 1
    assert said in site.result.stderr


def test_a_hand_written_page_where_a_generated_one_goes_is_an_error_naming_both(tmp_path):
    project = newsroom(tmp_path, pages={"glossary.md": "# Our glossary\n", "stories/index.md": "# Ours\n"})
    site = build_tiny(project, strict=False)
    assert site.result.returncode == 1
    assert f"{project / 'docs' / 'glossary.md'} is a hand-written page at glossary/index.html" in site.result.stderr
    assert "where the plugin writes glossary.md from" in site.result.stderr
    assert "stories/index.md" in site.result.stderr


def test_a_hand_written_page_at_the_same_address_in_another_form_clashes_too(tmp_path):
    site = build_tiny(newsroom(tmp_path, pages={"places/index.md": "# Our places\n"}), strict=False)
    assert site.result.returncode == 1
    assert "places/index.md is a hand-written page at places/index.html" in site.result.stderr


def test_a_draft_story_is_left_out_of_a_build_that_is_not_strict(tmp_path):
    project = newsroom(tmp_path, stories=2)
    draft = project / "content" / "convoy-1" / "facts.yml"
    draft.write_text(draft.read_text().replace("  summary: A convoy", "  status: draft\n  summary: A convoy"))
    site = build_tiny(project, strict=False)
    assert site.result.returncode == 0, site.result.stderr
    assert "story is a draft" in site.result.stderr
    assert not site.path("stories/convoy-1/").exists()
    assert "Convoy 1 leaves" not in site.html("") + site.html("stories/") + site.html("actors/hezbollah/")
    assert site.path("stories/convoy/").exists()


def test_a_draft_story_is_shown_under_serve(tmp_path):
    project = newsroom(tmp_path)
    facts = project / "content" / "convoy" / "facts.yml"
    facts.write_text(facts.read_text().replace("  summary: A convoy", "  status: draft\n  summary: A convoy"))
    with serving(project) as base:
        page = wait_for(base + "stories/convoy/", lambda body: "explainer-banner--draft" in body)
    assert "Convoy 0 leaves" in page


def test_a_content_folder_inside_docs_publishes_none_of_its_source_files(tmp_path):
    project = newsroom(tmp_path, "content: docs/content", stories=0, home="# Desk\n")
    write_story(project / "docs" / "content", "convoy", CONVOY_FACTS, CONVOY_ARTICLE)
    site = build_tiny(project)
    assert site.result.returncode == 0, site.result.stderr
    assert site.path("stories/convoy/").exists()
    published = [p.relative_to(site.root).as_posix() for p in site.root.rglob("*")]
    assert not [p for p in published if p.startswith("content") or p.endswith((".yml", "article.md"))]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel built from this checkout installed in it (not an editable install): its bin/."""
    root = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(root / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = (root / "dist").glob("*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True, timeout=120)
    bin_dir = root / "venv" / "bin"
    done = _run(bin_dir, f"pip install -q -c {ROOT / 'constraints.txt'} {wheel}", root)
    assert done.returncode == 0, done.stderr
    return bin_dir


def _run(bin_dir: Path, command: str, cwd: Path) -> subprocess.CompletedProcess:
    """A shell command with the venv first on PATH and no PYTHONPATH: this checkout must not be what runs."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(NO_MKDOCS_2_WARNING="1", PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}")
    return subprocess.run(command, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_a_french_newsroom_builds_strictly_from_the_installed_wheel(installed, tmp_path):
    """Issue 12's test: own mkdocs.yml (French, no nav, no markdown_extensions), own home page, the wheel."""
    project = newsroom(tmp_path, home="# La rédaction\n\nNos explications.\n", stories=3)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("font: false}", "font: false, language: fr}"),
                                        encoding="utf-8")
    done = _run(installed, "mkdocs build --strict", project)
    assert done.returncode == 0, done.stderr
    assert "/site-packages/generator/" in _run(installed, "python -c 'import generator; print(generator.__file__)'",
                                                project).stdout
    site = BuiltSite(project, done)
    assert site.soup("").select_one("html")["lang"] == "fr"
    home_links = nav_links(site)
    for page in site.pages():
        assert "{ #" not in page.read_text(encoding="utf-8"), page
    assert "stories/" in home_links and "actors/" in home_links
    stories = site.soup("stories/")
    assert len(stories.select(".explainer-archive a")) == 3
    assert site.soup("stories/convoy/").select_one('a[href="../../actors/hezbollah/"]')
    assert not site.path("reference/").exists()
    assert "Nos explications" in site.html("")
    assert broken_links(site.root) == []
    ours = {p.relative_to(site.root).as_posix() for p in site.pages() if p.parts[-3] in ("stories", "actors")}
    assert len(ours) == 4 and ours <= reachable(site.root)  # 3 stories and 1 actor, all a click path from home


def test_init_then_the_readmes_two_commands_give_a_site_that_builds(installed, tmp_path):
    done = _run(installed, "explainer init desk", tmp_path)
    assert done.returncode == 0, done.stderr
    desk = tmp_path / "desk"
    readme = (desk / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    check = commands[1].split(" && ", 2)[2]  # after the venv and install, which the fixture has done
    done = _run(installed, check.replace(".venv/bin/", ""), desk)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (desk / "site" / "stories" / "tool-library-2026" / "index.html").is_file()


def test_home_false_writes_no_home_page(tmp_path):
    site = build_tiny(newsroom(tmp_path, "home: false", pages={"about.md": "# About\n"}), strict=False)
    assert site.result.returncode == 0, site.result.stderr
    assert not site.path("").exists() and site.path("about/").exists()
