"""French and Arabic sites in Chromium: the Arabic story page mirrors (right to left), screenshots to look at.

Screenshots go to test-output/ (light and dark, 390 and 1280 px wide).
"""

from __future__ import annotations

import pytest

from conftest import ROOT, build_tiny
from language_samples import language_project
from static_server import serve

from .conftest import Reader

pytestmark = pytest.mark.browser

OUTPUT = ROOT / "test-output"
STORIES = {"ar": "stories/wadi-al-zaytoun-library/", "fr": "stories/val-dore-mediatheque/"}

# Where the sides of the page's blocks are, as the reader sees them.
SIDES = """() => {
  const box = el => el.getBoundingClientRect();
  const banner = document.querySelector(".explainer-banner--sample");
  const style = getComputedStyle(banner);
  // The first row of cards (on a desktop the box is a grid of rows), left edges in document order.
  const all = [...document.querySelectorAll(".explainer-figure")].map(box);
  const cards = all.filter(b => Math.abs(b.top - all[0].top) < 2).map(b => b.left);
  const content = box(document.querySelector(".md-content .md-typeset"));
  const caption = document.querySelector(".explainer-quote figcaption");
  return {
    direction: getComputedStyle(document.body).direction,
    bannerLeft: parseFloat(style.borderLeftWidth), bannerRight: parseFloat(style.borderRightWidth),
    cards,
    contentLeft: content.left, contentRight: content.right,
    captionAlign: getComputedStyle(caption).textAlign,
    captionTextRight: (() => { const r = document.createRange(); r.selectNodeContents(caption);
                               return r.getClientRects()[0].right; })(),
    captionRight: box(caption).right,
  };
}"""


@pytest.fixture(scope="module")
def language_sites(tmp_path_factory):
    """The French and Arabic sample sites, built strictly and served: language -> base URL."""
    servers, urls = [], {}
    for language in STORIES:
        site = build_tiny(language_project(tmp_path_factory.mktemp(f"site-{language}"), language))
        assert site.result.returncode == 0, site.result.stderr
        server, url = serve(site.root)
        servers.append(server)
        urls[language] = url
    yield urls
    for server in servers:
        server.shutdown()
        server.server_close()


def screenshots(reader: Reader, name: str) -> None:
    """The page as it is, in the light scheme, then in Material's dark one."""
    OUTPUT.mkdir(exist_ok=True)
    page = reader.page
    page.screenshot(path=str(OUTPUT / f"{name}-{reader.device}-light.png"), full_page=True, animations="disabled")
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    page.screenshot(path=str(OUTPUT / f"{name}-{reader.device}-dark.png"), full_page=True, animations="disabled")


def story_sides(browser, language_sites, language: str, device: str, name: str) -> dict:
    """Open the language's sample story, measure its sides, save its screenshots; the page logs no problem."""
    reader = Reader(browser, language_sites[language], device)
    try:
        reader.open(STORIES[language])
        sides = reader.page.evaluate(SIDES)
        screenshots(reader, name)
        assert reader.problems() == []
    finally:
        reader.context.close()
    return sides


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_the_arabic_story_page_mirrors(browser, language_sites, device):
    sides = story_sides(browser, language_sites, "ar", device, "arabic-story")
    assert sides["direction"] == "rtl"
    # The banner's rule stands at the start of the line: the right, in Arabic.
    assert sides["bannerRight"] > 0 and sides["bannerLeft"] == 0, sides
    # Key figures read from right to left: the first card is the rightmost.
    assert sides["cards"] == sorted(sides["cards"], reverse=True) and sides["cards"][0] > sides["cards"][-1], sides
    # A quote's caption starts at the right edge of its box.
    assert sides["captionAlign"] == "start" and abs(sides["captionTextRight"] - sides["captionRight"]) < 2, sides


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_the_french_story_page_keeps_left_to_right(browser, language_sites, device):
    sides = story_sides(browser, language_sites, "fr", device, "french-story")
    assert sides["direction"] == "ltr"
    assert sides["bannerLeft"] > 0 and sides["bannerRight"] == 0, sides
    assert sides["cards"] == sorted(sides["cards"]) and sides["cards"][0] < sides["cards"][-1], sides
