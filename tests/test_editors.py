"""What the editors add to an article is marked as theirs and says where it comes from.

An attribution the article does not make, a note at a sentence, the source of a
term or a place: each is shown as the editors', with its source, and a missing
source is a warning, so a strict build will not publish it.
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, build_tiny, tiny_project, write_story
from generator.build import build_site

SOURCE = "{title: Statement of 30 August, url: 'https://example.org/statement'}"
EDITOR_QUOTE = """
quotes:
  - speaker: hezbollah
    text: "The road is open,"
    attribution: editor
"""
NOTE = """
notes:
  - excerpt: "out of the Qalamoun mountains on Monday"
    text: The convoy left on Monday 28 August 2017.
    sources: [{SOURCE}]
""".replace("{SOURCE}", SOURCE)


def story_page(tmp_path, facts: str, article: str = CONVOY_ARTICLE):
    result = build_site(write_story(tmp_path / "content", "convoy", facts, article))
    return result, BeautifulSoup(result.pages.get("stories/convoy.md", ""), "html.parser")


def test_an_editor_attribution_without_a_source_is_a_warning_at_the_quote(tmp_path):
    result, _ = story_page(tmp_path, CONVOY_FACTS + EDITOR_QUOTE)
    (warning,) = [p for p in result.problems if "cite no source" in p.message]
    assert (warning.severity, warning.line, warning.field) == ("warning", 19, "quotes[0].source")


def test_an_editor_attribution_shows_its_source_in_the_caption(tmp_path):
    result, page = story_page(tmp_path, CONVOY_FACTS + EDITOR_QUOTE + f"    source: {SOURCE}\n")
    assert not [p for p in result.problems if p.severity != "info"]
    link = page.select_one(".explainer-quote .explainer-attribution-source a")
    assert link["href"] == "https://example.org/statement" and link.get_text() == "Statement of 30 August"


def test_a_note_is_marked_at_its_sentence_and_listed_with_its_source_and_a_way_back(tmp_path):
    site = build_tiny(tiny_project(tmp_path, {"convoy": (CONVOY_FACTS + NOTE, CONVOY_ARTICLE)}))
    assert site.result.returncode == 0, site.result.stderr
    page = site.soup("stories/convoy/")
    marker = page.select_one(".explainer-article .explainer-sentence .explainer-note-ref a")
    assert "Qalamoun" in marker.find_parent(class_="explainer-sentence").get_text()
    note = page.find(id=marker["href"][1:])
    assert "28 August 2017" in note.get_text()
    assert note.select_one(".explainer-entry-sources a")["href"] == "https://example.org/statement"
    assert note.select_one('a[href="#note-ref-1"]') and page.find(id="note-ref-1") is marker


def test_a_note_whose_words_are_not_in_the_article_is_an_error(tmp_path):
    result, _ = story_page(tmp_path, CONVOY_FACTS + NOTE.replace("on Monday", "on Tuesday"))
    (error,) = result.errors
    assert error.field == "notes[0].excerpt" and "not in the article" in error.message and "'Monday.'" in error.fix


def test_a_note_without_a_source_is_a_warning(tmp_path):
    result, _ = story_page(tmp_path, CONVOY_FACTS + NOTE.replace(f"    sources: [{SOURCE}]\n", ""))
    assert [p.field for p in result.problems if p.severity == "warning"] == ["notes[0].sources"]


def test_an_actor_the_article_never_names_says_so_in_whos_who(tmp_path):
    facts = CONVOY_FACTS.replace("figures:", "  - id: iran\n    name: Iran\n    kind: state\n    summary: A state.\n"
                                              "    unmentioned: Named by the editors as Hezbollah's backer.\n\nfigures:")
    _, page = story_page(tmp_path, facts)
    items = {li.a.get_text(): li for li in page.select(".explainer-cast > li")}
    assert items["Iran"].select_one(".explainer-label--unnamed").get_text() == "Not named in the article"
    assert items["Iran"].select_one(".explainer-unmentioned").get_text() == "Named by the editors as Hezbollah's backer."
    assert not items["Hezbollah"].select_one(".explainer-label--unnamed")


def test_glossary_terms_and_places_show_their_sources(tmp_path):
    facts = CONVOY_FACTS + f"""
glossary:
  - term: convoy
    definition: Vehicles travelling together.
    sources: [{SOURCE}]
places:
  - id: qalamoun
    name: Qalamoun
    sources: [{SOURCE}]
"""
    result = build_site(write_story(tmp_path / "content", "convoy", facts))
    for path, anchor in (("glossary.md", "convoy"), ("places.md", "qalamoun")):
        entry = BeautifulSoup(result.pages[path], "html.parser").find(id=anchor).find_next_sibling("dd")
        assert entry.select_one(".explainer-entry-sources a")["href"] == "https://example.org/statement"


BACKGROUND = """
    background: Hezbollah is a Lebanese Shia political party with an armed wing.
"""


def with_background(facts: str, extra: str = "") -> str:
    """CONVOY_FACTS with a background (and `extra` fields) on the first actor, Hezbollah."""
    head, marker, rest = facts.partition("    kind: armed-group\n")
    assert marker, "the fixture's first actor changed"
    return head + marker + BACKGROUND.lstrip("\n") + extra + rest


def test_a_background_without_sources_is_a_warning_at_the_background(tmp_path):
    result, _ = story_page(tmp_path, with_background(CONVOY_FACTS))
    (warning,) = [p for p in result.problems if "cites no source" in p.message]
    assert warning.severity == "warning" and warning.field == "actors[0].sources"
    assert with_background(CONVOY_FACTS).splitlines()[warning.line - 1].startswith("    background:")


def test_a_background_with_sources_passes(tmp_path):
    sources = f"    sources: [{SOURCE}]\n"
    result, _ = story_page(tmp_path, with_background(CONVOY_FACTS, sources))
    assert not [p for p in result.problems if "cites no source" in p.message]


def test_an_invented_actor_of_a_sample_story_needs_no_source(tmp_path):
    sample = with_background(CONVOY_FACTS).replace("story:\n", "story:\n  sample: true\n", 1)
    result, _ = story_page(tmp_path, sample)
    assert not [p for p in result.problems if "cites no source" in p.message]
