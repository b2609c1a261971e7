"""Hostile content in a real browser: hovering, focusing and reading run no script of its."""

from __future__ import annotations

import pytest

from conftest import BuiltSite
from static_server import serve

from .conftest import Reader

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile_url(hostile_site: BuiltSite):
    server, url = serve(hostile_site.root)
    yield url
    server.shutdown()
    server.server_close()


def test_hovering_links_whose_tooltips_carry_payloads_runs_no_script(browser, hostile_url):
    reader = Reader(browser, hostile_url, "desktop")
    dialogs: list[str] = []
    reader.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for path in ("stories/hostile/", "actors/evil-corp/", "actors/"):
            page = reader.open(path)
            links = page.locator(".md-content a")
            assert links.count() > 0
            for index in range(min(links.count(), 40)):
                link = links.nth(index)
                if link.is_visible():
                    link.hover()
                    page.wait_for_timeout(100)
            assert page.evaluate("window.__pwned") is None, f"a payload ran on {path}"
        tooltip = page.locator(".md-tooltip2").first
        assert dialogs == [], f"a payload ran: {dialogs}"
        assert page.evaluate("window.__pwned") is None, "a payload in a link title ran"
        assert page.evaluate("document.querySelectorAll('.md-tooltip2 script, .md-tooltip2 img').length") == 0
        assert tooltip.count() == 1
    finally:
        reader.close()
