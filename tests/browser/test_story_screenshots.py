"""Screenshots of the seed story page and an actor page for review, at 390 and 1280 px, light and dark.

Saved to test-output/screenshots/ (git ignores it). Each must show the page in the
scheme asked for, with its first screen holding the headline and the key figures'
heading or the dateline: a layout that pushes them off the first screen fails.
"""

from __future__ import annotations

import pytest

from conftest import ROOT

from .conftest import Reader

pytestmark = pytest.mark.browser

SHOTS = ROOT / "test-output" / "screenshots"
SCHEMES = {"light": "default", "dark": "slate"}
PAGES = {"story": "stories/isis-convoy-2017/", "actor": "actors/hezbollah/"}


@pytest.mark.parametrize("scheme", list(SCHEMES))
@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("name", list(PAGES))
def test_screenshots_for_review(browser, base_url, name, device, scheme):
    reader = Reader(browser, base_url, device, color_scheme=scheme)
    try:
        page = reader.open(PAGES[name])
        assert page.evaluate("document.body.dataset.mdColorScheme") == SCHEMES[scheme]
        width = page.viewport_size["width"]
        SHOTS.mkdir(parents=True, exist_ok=True)
        for part, full in (("top", False), ("page", True)):
            path = SHOTS / f"{name}-{width}-{scheme}-{part}.png"
            page.screenshot(path=str(path), full_page=full, animations="disabled")
            assert path.stat().st_size > 10_000
        dateline = page.locator(".explainer-meta").first.bounding_box()
        assert dateline and dateline["y"] < page.viewport_size["height"], "the dateline is not on the first screen"
        assert not reader.problems(), "\n".join(reader.problems())
    finally:
        reader.close()
