"""The real site, built once, served on 127.0.0.1, read by a real Chromium.

Chromium comes from CHROMIUM_PATH (default /usr/bin/chromium: `apt-get install -y
chromium`, or `python -m playwright install chromium` where there is no such package)
and axe-core from AXE_CORE_PATH (default node_modules/axe-core/axe.min.js: `npm ci`).
A missing browser, Playwright or axe-core fails the tests that need it: these tests
never skip.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, copy_project, mkdocs_build
from static_server import serve

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE_CORE_PATH = Path(os.environ.get("AXE_CORE_PATH", ROOT / "node_modules" / "axe-core" / "axe.min.js"))
HOST = "127.0.0.1"
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The project (mkdocs.yml, docs/, content/) built with `mkdocs build --strict`; the plugin brings its theme templates."""
    project = copy_project(tmp_path_factory.mktemp("browser-project"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def base_url(built_site):
    """The built site over HTTP on 127.0.0.1 (a free port), served as GitHub Pages serves it."""
    server, url = serve(built_site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session. Not found is a failure, never a skip."""
    if not (os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM_PATH}: install it (Debian: apt-get install -y chromium; "
            "elsewhere: python -m playwright install chromium) and point CHROMIUM_PATH at it",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the Python package playwright is not installed (pip install playwright)", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    if not AXE_CORE_PATH.is_file():
        pytest.fail(f"axe-core not found at {AXE_CORE_PATH}: run `npm ci` in {ROOT} (or set AXE_CORE_PATH)", pytrace=False)
    return AXE_CORE_PATH


def expect(*args, **kwargs):
    """Playwright's expect, imported when first used: without Playwright, collecting the other tests still works."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(*args, **kwargs)


class Reader:
    """One page in a fresh browser context, with a record of everything that went wrong on the way."""

    def __init__(self, browser, base_url: str, device: str, **context_options):
        self.device, self.base_url = device, base_url
        self.context = browser.new_context(base_url=base_url, **VIEWPORTS[device], **context_options)
        self.context.set_default_timeout(TIMEOUT_MS)
        self.foreign: list[str] = []
        self.failed: list[str] = []
        self.console: list[str] = []
        # Every request for another host is recorded and refused: the test never leaves this machine.
        self.context.route(lambda url: urlsplit(url).hostname != HOST, self._refuse)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.console.append(f"{m.text} ({m.location.get('url')})"))
        self.page.on("pageerror", lambda e: self.console.append(f"uncaught: {e}"))
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.method} {r.url}: {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.request.method} {r.url}: HTTP {r.status}"))

    def _refuse(self, route):
        self.foreign.append(route.request.url)
        route.abort("blockedbyclient")

    def open(self, path: str):
        self.page.goto(path, wait_until="load")
        # Material fetches the search index and starts its worker after load.
        self.page.wait_for_load_state("networkidle")
        return self.page

    def activate(self, locator):
        """What a reader does to follow a link: a click, or a tap on a phone."""
        locator.scroll_into_view_if_needed()
        locator.tap() if self.device == "phone" else locator.click()

    def problems(self) -> list[str]:
        return (
            [f"request to another host: {u}" for u in self.foreign]
            + [f"failed request: {f}" for f in self.failed]
            + [f"console error: {c}" for c in self.console]
        )

    def close(self):
        self.context.close()


@pytest.fixture(params=list(VIEWPORTS))
def reader(request, browser, base_url):
    """A reader at desktop width (1280x900) or on a phone (390x844, touch)."""
    reader = Reader(browser, base_url, request.param)
    yield reader
    reader.close()
