"""A reader's first load of a page: bytes on the wire, search included, in headless Chromium.

The built site is served with gzip (as GitHub Pages does; the idea of
tests/static_server.py), the page is loaded in a fresh browser context (empty
cache), and the encoded (transferred) body bytes of every response during
load and a 2 s idle wait are summed: Material's search worker fetches
search/search_index.json at page load, before any search. The server counts
the bytes it sends too, a cross-check that catches a request the browser
did not report: Chromium under Playwright does not report the search
worker's own script (about 12 KB gzipped), so the server's count is the
figure to quote. Headers are not counted. Only 127.0.0.1 is reached: any
other request is aborted and listed.
"""

from __future__ import annotations

import gzip
import http.server
import io
import threading
from collections import defaultdict
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    sent: dict  # path -> body bytes sent; set per server

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")):
            head = super().send_head()
            if path.is_file():
                self.sent[self.path] += path.stat().st_size
            return head
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.sent[self.path] += len(body)
        return io.BytesIO(body)


def _serve(root: Path):
    sent: dict = defaultdict(int)
    handler = type("Handler", (_GzipHandler,), {"sent": sent})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/", sent


def first_load(site: Path, page: str, idle_ms: int = 2000) -> dict:
    """Transfer of a first visit to `page` (a URL path under the site, e.g. "stories/x/")."""
    server, base, sent = _serve(site)
    blocked: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                context = browser.new_context()

                def route(request_route):
                    if urlsplit(request_route.request.url).hostname == "127.0.0.1":
                        return request_route.continue_()
                    blocked.append(request_route.request.url)
                    return request_route.abort()

                context.route("**/*", route)
                finished = []
                context.on("requestfinished", lambda request: finished.append(request))
                tab = context.new_page()
                tab.goto(base + page, wait_until="load", timeout=60_000)
                tab.wait_for_timeout(idle_ms)
                responses = [(r.url, r.sizes()["responseBodySize"]) for r in finished]
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    by_kind: dict = defaultdict(int)
    for url, size in responses:
        kind = "search index" if url.endswith("search_index.json") else Path(urlsplit(url).path).suffix or "html"
        by_kind[kind] += size
    return {"page": page, "encoded_bytes": sum(size for _, size in responses), "responses": len(responses),
            "server_bytes": sum(sent.values()), "server_by_path": dict(sent), "by_kind": dict(by_kind),
            "blocked": blocked,
            "search_index_fetched": any(url.endswith("search_index.json") for url, _ in responses)}
