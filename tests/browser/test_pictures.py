"""The pictures in a real Chromium: no serious axe violation, nothing from other hosts, screenshots for review.

Screenshots go to test-output/pictures/ (gitignored): the story page at 390 and 1280 px in the
light and dark schemes, the same page as printed (`emulate_media(media="print")`), an actor
page, the places page, and each picture alone, so a person can look at what the build drew.
"""

from __future__ import annotations

import pytest

from conftest import ROOT

from .conftest import Reader, expect
from .test_accessibility import SCHEMES, axe_problems

pytestmark = pytest.mark.browser

STORY = "stories/isis-convoy-2017/"
OTHER_STORY = "stories/harbour-library-2026/"
ACTOR = "actors/hezbollah/"
PLACES = "places/"
SHOTS = ROOT / "test-output" / "pictures"
PICTURE_PAGES = (STORY, OTHER_STORY, ACTOR, PLACES)


def shoot(page, name: str) -> None:
    """The whole page, then each picture on it alone, as PNGs under test-output/pictures/."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    # Pictures off screen wait to be laid out until a reader scrolls near them (content-visibility:
    # auto); a full-page capture scrolls nowhere, so lay them all out for the review copy.
    page.add_style_tag(content="figure.explainer-picture { content-visibility: visible !important; }")
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True, animations="disabled")
    page.add_style_tag(content=".md-header { position: static !important; }")  # the sticky header hides nothing
    for i, figure in enumerate(page.locator("figure.explainer-picture").all()):
        kind = (figure.get_attribute("class") or "").split("--")[-1]
        figure.screenshot(path=SHOTS / f"{name}-{i}-{kind}.png", animations="disabled")


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_story_pictures_show_from_this_host_alone_and_pass_axe(device, scheme, browser, base_url, axe_script):
    reader = Reader(browser, base_url, device, color_scheme=scheme)
    try:
        page = reader.open(STORY)
        pictures = page.locator("figure.explainer-picture")
        expect(pictures).to_have_count(4)
        for kind in ("bars", "map", "timeline", "graph"):
            svg = page.locator(f"figure.explainer-picture--{kind} svg")
            svg.scroll_into_view_if_needed()  # as a reader scrolls: the picture is laid out when near
            expect(svg).to_be_visible()
            drawn = svg.evaluate("e => [...e.querySelectorAll('text')].filter(t => t.getBBox().width > 0).length")
            assert drawn >= 3, f"{kind}: {drawn} labels drawn once in view"
            box = svg.bounding_box()
            assert box and box["width"] >= 300, f"{kind} is drawn {box} wide"
            assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"], f"{kind} overflows"
        shoot(page, f"story-{device}-{scheme}")
        problems = axe_problems(page, axe_script, f"{device} {scheme} {STORY}") + reader.problems()
    finally:
        reader.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_other_pages_with_pictures_pass_axe(scheme, browser, base_url, axe_script):
    reader = Reader(browser, base_url, "desktop", color_scheme=scheme)
    problems = []
    try:
        for path in (OTHER_STORY, ACTOR, PLACES):
            page = reader.open(path)
            expect(page.locator("figure.explainer-picture svg").first).to_be_visible()
            shoot(page, f"{path.strip('/').replace('/', '-')}-{scheme}")
            problems += axe_problems(page, axe_script, f"{scheme} {path}")
        problems += reader.problems()
    finally:
        reader.close()
    assert not problems, "\n".join(problems)


def test_a_picture_link_leads_to_its_page(browser, base_url):
    reader = Reader(browser, base_url, "desktop")
    try:
        page = reader.open(STORY)
        node = page.locator("figure.explainer-picture--graph a", has_text="Hezbollah").first
        reader.activate(node)
        page.wait_for_url(f"**/{ACTOR}")
        expect(page.locator("h1")).to_contain_text("Hezbollah")
        page = reader.open(STORY)
        reader.activate(page.locator("figure.explainer-picture--map a", has_text="Abu Kamal").first)
        page.wait_for_url("**/places/#abu-kamal")
        expect(page.locator("dt#abu-kamal")).to_be_visible()
    finally:
        reader.close()


def test_the_story_prints_as_an_explainer(browser, base_url):
    """Print: no header, navigation, search, table of contents or footer; pictures kept; URLs after links."""
    reader = Reader(browser, base_url, "desktop")
    try:
        page = reader.open(STORY)
        page.emulate_media(media="print")
        for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
                       ".md-tabs", ".md-top", ".md-content__button"):
            hidden = page.evaluate(f"[...document.querySelectorAll({chrome!r})].every(e => !e.checkVisibility())")
            assert hidden, f"{chrome} is printed"
        for kind in ("bars", "map", "timeline", "graph"):
            expect(page.locator(f"figure.explainer-picture--{kind} svg")).to_be_visible()
        after = page.evaluate("""() => {
            const out = {};
            for (const a of document.querySelectorAll('.md-content a[href]')) {
                const href = a.getAttribute('href');
                const kind = href.startsWith('http') ? 'external' : href.startsWith('#') ? 'anchor' : null;
                if (kind && !(kind in out)) out[kind] = getComputedStyle(a, '::after').content;
            }
            return out;
        }""")
        assert "http" in after["external"], after
        assert after["anchor"] in ("none", "normal", '""'), after
        page.screenshot(path=SHOTS / "story-print.png", full_page=True, animations="disabled")
        pdf = page.pdf(format="A4")
        assert len(pdf) > 10_000
    finally:
        reader.close()
