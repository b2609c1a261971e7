"""Under `mkdocs serve`: the built HTML of generated pages, reused while nothing that makes them changes.

MkDocs 1.6 renders every page again on every save (a generated file always
counts as modified, and a plain `serve` empties its site folder first), so a
save on a desk of a thousand stories would cost a whole build. Instead, the
plugin hands MkDocs only the pages whose Markdown changed; the HTML of every
other page is put back from the last build after this one.

A page is reused only under the very key it was built with: a digest of its
Markdown, its edit link, and its surroundings (mkdocs.yml, the hand-written
docs and theme overrides, the generator's own code). The error banner is
not part of it: pages show it from a status file (`preview_status`). Any
change to one of those builds the page again; a page that is no longer
generated is simply not put back, so it disappears.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

from .cache import code_version, digest, tree_digest
from .i18n import Words
from .problems import Problem

MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>#]+\.md)")  # a Markdown link's target to another page


class PreviewStore:
    """The pages of the last build of this session: their keys, and their HTML where MkDocs wrote it.

    Before each build, the site folder's entries are moved aside (the
    stash): MkDocs then finds an empty folder, which it would otherwise
    empty file by file. After the build, each reused page's HTML is moved
    back from the stash; what is left of it is deleted in the background.
    """

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="explainer-preview-"))
        self.stash: Path | None = None
        self.built: dict[str, tuple[str, str]] = {}  # page path -> (key, path of its HTML under site_dir)
        self.search: dict[str, list] = {}  # page path -> the search index's entries for it

    def key(self, surroundings: str, page: str, markdown: str, edit: str) -> str:
        """What a page's HTML is made from."""
        return digest(surroundings, page, markdown, edit)

    def set_aside(self, site_dir: str) -> None:
        """Move the last build's site out of the way, before MkDocs empties the folder (it finds nothing)."""
        self.stash = Path(tempfile.mkdtemp(prefix="site-", dir=self.folder))
        if not os.path.isdir(site_dir):
            return
        for entry in os.listdir(site_dir):
            if not entry.startswith("."):  # MkDocs keeps these too
                try:
                    os.rename(os.path.join(site_dir, entry), self.stash / entry)
                except OSError:
                    pass  # MkDocs removes whatever could not be moved

    def reusable(self, page: str, key: str) -> bool:
        """The page was built under this key, and its HTML is in the stash."""
        built = self.built.get(page)
        return (built is not None and built[0] == key and self.stash is not None
                and (self.stash / built[1]).is_file())

    def note(self, page: str, key: str, dest: str) -> None:
        """A page MkDocs has just written, and the key it was built under."""
        self.built[page] = (key, dest)

    def stashed(self, page: str) -> str:
        """A reused page's HTML, for MkDocs to write."""
        return (self.stash / self.built[page][1]).read_text(encoding="utf-8")

    def restore(self, page: str, site_dir: str) -> None:
        """Move a reused page's HTML back into the site folder."""
        dest = self.built[page][1]
        target = Path(site_dir) / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.stash / dest, target)

    def done(self) -> None:
        """Delete what is left of the stash, in the background: the page is served meanwhile."""
        if self.stash is not None:
            threading.Thread(target=shutil.rmtree, args=(self.stash,), kwargs={"ignore_errors": True},
                             daemon=True).start()
            self.stash = None

    def forget_others(self, pages) -> None:
        """Drop what is known of pages this build no longer has (a deleted story's page): they are not put back."""
        for page in set(self.built) - set(pages):
            del self.built[page]
            self.search.pop(page, None)

    def close(self) -> None:
        """Remove the store's folder."""
        shutil.rmtree(self.folder, ignore_errors=True)


def preview_status(errors: list[Problem], words: Words) -> str:
    """The status file of a preview build: its errors, which the script of every page shows as a banner.

    Pages do not carry the banner in their HTML, so errors coming and going
    change no page but the broken ones (and their error pages show the banner
    themselves). Plain text in JSON: the script writes it as text, never HTML.
    """
    return json.dumps({"lead": words.format("errors.count", n=len(errors)), "fix": words["errors.fix"],
                       "problems": [problem.format() for problem in errors]}, ensure_ascii=False)


def surroundings(config_file: str | None, folders: list[str]) -> str:
    """A digest of what every page's HTML is made from besides its own Markdown."""
    parts: list = [code_version()]
    if config_file and os.path.isfile(config_file):
        parts.append(Path(config_file).read_bytes())
    parts += [tree_digest(folder) for folder in folders if folder and os.path.isdir(folder)]
    return digest(*parts)


def linked_pages(nav, docs_dir: str) -> set[str]:
    """Generated pages that MkDocs itself must see: named in the nav, or linked from a hand-written page.

    MkDocs resolves those links and nav entries against its list of files, so
    these pages are always given to it, changed or not.
    """
    pages: set[str] = set()

    def walk(item) -> None:
        """Collect the .md paths of a nav entry, however nested."""
        if isinstance(item, str) and item.endswith(".md"):
            pages.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav)
    for path in Path(docs_dir).rglob("*.md") if os.path.isdir(docs_dir) else ():
        here = path.parent.relative_to(docs_dir).as_posix()
        for target in MARKDOWN_LINK.findall(path.read_text(encoding="utf-8", errors="replace")):
            joined = target[1:] if target.startswith("/") else os.path.join(here, target)
            pages.add(os.path.normpath(joined).replace(os.sep, "/"))
    return pages
