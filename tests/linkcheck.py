"""A link checker over a built site's HTML: every relative link, stylesheet and script, and every #anchor."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from bs4 import BeautifulSoup

LINKS = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"))


def _target(root: Path, page_url: str, href: str) -> tuple[Path, str] | None:
    """The file a relative link from page_url points at, and its anchor; None for links off the site."""
    if urlsplit(href).scheme or href.startswith("//"):
        return None
    url, anchor = urldefrag(href)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page_url), unquote(url))) if url else page_url
    file = root / path.lstrip("/")
    if url.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, anchor


def broken_links(root: Path) -> list[str]:
    """Every internal link that leads nowhere, as 'page -> href'; [] for a site whose links all work."""
    ids: dict[Path, set[str]] = {}
    broken, pages = [], sorted(root.rglob("*.html"))
    soups = {page: BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser") for page in pages}
    for page, soup in soups.items():
        ids[page] = {tag["id"] for tag in soup.select("[id]")} | {tag["name"] for tag in soup.select("a[name]")}
    for page, soup in soups.items():
        page_url = page.relative_to(root).as_posix()
        for name, attribute in LINKS:
            for tag in soup.find_all(name, attrs={attribute: True}):
                target = _target(root, page_url, tag[attribute])
                if target is None:
                    continue
                file, anchor = target
                if not file.exists() or anchor and file.suffix == ".html" and anchor not in ids.get(file, set()):
                    broken.append(f"{page_url} -> {tag[attribute]}")
    return broken


def reachable(root: Path, start: str = "index.html") -> set[str]:
    """Every page a reader can reach from `start` by following links (site-relative paths of .html files)."""
    seen, todo = set(), [root / start]
    while todo:
        page = todo.pop()
        if page in seen or not page.is_file():
            continue
        seen.add(page)
        page_url = page.relative_to(root).as_posix()
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all("a", attrs={"href": True}):
            target = _target(root, page_url, tag["href"])
            if target and target[0].suffix == ".html":
                todo.append(target[0])
    return {page.relative_to(root).as_posix() for page in seen}
