"""What a reader does on the built site, in Chromium, at desktop width and on a phone."""

from __future__ import annotations

import re

import pytest

from .conftest import expect

pytestmark = pytest.mark.browser

STORY = "stories/isis-convoy-2017/"
HEZBOLLAH = "actors/hezbollah/"
TRANSPARENT = "rgba(0, 0, 0, 0)"

# Where a sentence is, what it looks like, and whether the reader can see it below the header.
SENTENCE_STATE = """id => {
  const el = document.getElementById(id);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect();
  return {
    target: el.matches(":target"),
    background: getComputedStyle(el).backgroundColor,
    top: box.top, bottom: box.bottom, headerBottom: header.bottom, viewport: window.innerHeight,
    text: el.textContent,
  };
}"""
HIGHLIGHTED = """id => {
  const el = document.getElementById(id);
  const box = el && el.getBoundingClientRect();
  return !!el && el.matches(":target") && getComputedStyle(el).backgroundColor !== "rgba(0, 0, 0, 0)"
    && box.top >= 0 && box.top < window.innerHeight;
}"""


def assert_highlighted_and_in_view(page, sentence_id: str) -> dict:
    """The sentence is the :target, has a background colour, and its first line is on screen below the header."""
    try:
        page.wait_for_function(HIGHLIGHTED, arg=sentence_id, timeout=5_000)
    except Exception:
        pass  # the assertions below say what is wrong
    state = page.evaluate(SENTENCE_STATE, sentence_id)
    assert state is not None, f"no element #{sentence_id} on {page.url}"
    assert state["target"], f"#{sentence_id} is not the :target of {page.url}"
    plain = page.evaluate(
        "id => { const o = [...document.querySelectorAll('.explainer-sentence')].find(s => s.id !== id);"
        " return o ? getComputedStyle(o).backgroundColor : null; }",
        sentence_id,
    )
    assert state["background"] not in (TRANSPARENT, plain), f"#{sentence_id} is not highlighted: background {state['background']}"
    assert state["headerBottom"] - 1 <= state["top"] < state["viewport"], (
        f"#{sentence_id} is not scrolled into view: top {state['top']}, header ends at {state['headerBottom']}, "
        f"viewport height {state['viewport']}"
    )
    return state


def jump_to_sentence(reader, link) -> dict:
    """Follow a link to a sentence of the story; it must be the target, highlighted and in view."""
    href = link.get_attribute("href")
    assert "#" in href, href
    sentence_id = href.split("#", 1)[1]
    reader.activate(link)
    reader.page.wait_for_url(f"**/{STORY}#{sentence_id}")
    return assert_highlighted_and_in_view(reader.page, sentence_id)


def test_the_story_loads_with_no_errors_and_nothing_from_other_hosts(reader):
    page = reader.open(STORY)
    expect(page.locator("h1")).to_contain_text("ISIS leaves Lebanon-Syria border")
    expect(page.locator(".explainer-article .explainer-sentence").first).to_be_visible()
    assert not reader.problems(), "\n".join(reader.problems())


def test_an_actor_link_leads_to_the_actor_and_mentioned_in_back_to_the_highlighted_sentence(reader):
    page = reader.open(STORY)
    # Hezbollah links once, at its first mention; the later "Hizballah" is text, reached from "Mentioned in".
    actor = page.locator(".explainer-article a.explainer-actor", has_text="Hezbollah")
    expect(actor).to_have_count(1)
    reader.activate(actor)
    page.wait_for_url(f"**/{HEZBOLLAH}")
    expect(page.locator("h1")).to_contain_text("Hezbollah")

    mentions = page.locator(".explainer-mentions a.explainer-jump")
    expect(mentions.first).to_be_visible()
    mention = page.locator(".explainer-mentions a.explainer-jump", has_text="Hizballah").first
    assert STORY in mention.get_attribute("href")
    sentence_id = mention.get_attribute("href").split("#")[1]
    state = jump_to_sentence(reader, mention)
    assert "Hizballah" in state["text"]
    sentence = page.locator(f"#{sentence_id}")
    expect(sentence.locator("a.explainer-actor", has_text="Hizballah")).to_have_count(0)
    assert not reader.problems(), "\n".join(reader.problems())


def test_a_key_figure_jumps_to_and_highlights_its_sentence(reader):
    page = reader.open(STORY)
    jump = page.locator("#figure-militants-in-convoy a.explainer-jump")
    expect(jump).to_have_text("in the article")
    state = jump_to_sentence(reader, jump)
    assert "308 militants" in state["text"]
    assert not reader.problems(), "\n".join(reader.problems())


def test_a_figures_notes_and_the_comparison_of_a_disputed_value_open_with_one_click(reader):
    page = reader.open(STORY)
    card = page.locator(".explainer-figure--disputed", has_text="300 or 308")
    excerpt = card.locator(".explainer-figure__excerpt").first
    expect(excerpt).to_be_hidden()
    reader.activate(card.locator("summary", has_text="Why two figures"))
    expect(excerpt).to_be_visible()
    notes = page.locator("#figure-hezbollah-fighters-killed details")
    expect(notes.locator(".explainer-figure__note").first).to_be_hidden()
    reader.activate(notes.locator("summary"))
    expect(notes.locator(".explainer-figure__note").first).to_be_visible()
    assert not reader.problems(), "\n".join(reader.problems())


def test_a_glossary_term_shows_its_definition(reader):
    page = reader.open(STORY)
    term = page.locator(".explainer-article a.explainer-term").first
    definition = term.get_attribute("title")
    assert definition, "the glossary term carries no definition"
    term.scroll_into_view_if_needed()
    if reader.device == "phone":
        reader.activate(term)  # the first tap shows the definition and stays on the page
        assert page.url.endswith(STORY), page.url
    else:
        term.hover()
    # Material's content.tooltips: the title becomes a [role=tooltip] element the term is described by.
    expect(term, "no tooltip: is content.tooltips on in mkdocs.yml?").to_have_attribute("aria-describedby", re.compile(r"\S"), timeout=5_000)
    tooltip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    expect(tooltip).to_have_attribute("role", "tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_have_text(definition)
    page.wait_for_function("el => getComputedStyle(el).opacity === '1'", arg=tooltip.element_handle())

    if reader.device == "phone":
        # A second tap follows the link to the term's entry in the glossary.
        reader.activate(term)
        page.wait_for_url("**/glossary/#*")
        entry_id = page.url.split("#", 1)[1]
        entry = page.locator(f"dt#{entry_id}")
        expect(entry).to_be_in_viewport()
        expect(page.locator(f"dt#{entry_id} + dd")).to_contain_text(definition)
        assert page.evaluate(f"getComputedStyle(document.getElementById('{entry_id}')).backgroundColor") != TRANSPARENT
    assert not reader.problems(), "\n".join(reader.problems())


def test_search_finds_the_hezbollah_page_by_its_alias(reader):
    page = reader.open(STORY)
    query = page.locator("input.md-search__input")
    if reader.device == "phone":
        reader.activate(page.locator("label.md-header__button[for='__search']"))
    else:
        query.click()
    expect(query).to_be_focused()
    query.press_sequentially("Hizballah")
    results = page.locator(".md-search-result__list a.md-search-result__link")
    expect(results.first).to_be_visible()
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    actor_results = [h for h in hrefs if f"/{HEZBOLLAH}" in h]
    assert actor_results, f"searching 'Hizballah' does not offer the Hezbollah page; results: {hrefs}"

    reader.activate(page.locator(".md-search-result__list a.md-search-result__link[href*='/actors/hezbollah/']").first)
    page.wait_for_url(f"**/{HEZBOLLAH}**")
    expect(page.locator("h1")).to_contain_text("Hezbollah")
    expect(page.locator(".explainer-meta").first).to_contain_text("Hizballah")
    assert not reader.problems(), "\n".join(reader.problems())
