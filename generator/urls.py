"""Where each page lives, and how one page links to another.

Page paths are Markdown paths in the docs tree ("stories/x.md"); URLs
follow MkDocs' style (`use_directory_urls`), so the links the core writes
are the ones MkDocs would have made.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass, field
from typing import Mapping

from .model import Kind, Ref, slug_words

ACTORS_INDEX = "actors/index.md"
GLOSSARY = "glossary.md"
PLACES = "places.md"
STORIES_INDEX = "stories/index.md"
TOPICS_INDEX = "topics/index.md"
REFERENCE = "reference.md"
INDEX_PAGES = (STORIES_INDEX, ACTORS_INDEX, GLOSSARY, PLACES, TOPICS_INDEX)  # always generated: the nav links to them


def story_page(slug: str) -> str:
    """The page path of a story, from its folder's slug."""
    return f"stories/{slug}.md"


def actor_page(actor_id: str) -> str:
    """The page path of an actor's own page, from its id."""
    return f"actors/{actor_id}.md"


def topic_page(topic_slug: str) -> str:
    """The page path of a topic's list of stories, from the slug of its tag."""
    return f"topics/{topic_slug}.md"


SPLIT_AT = 150  # terms (or places) past which the glossary (or the places page) is split by initial


def letter_of(name: str) -> str:
    """The initial a name is filed under on a split page: its first letter without accents, or "other"."""
    first = slug_words(name)[:1]
    return first if first.isascii() and first.isalnum() else "other"


def actor_initial_page(letter: str) -> str:
    """The page of the actors under one initial, on a desk with many: "actors/initial/a.md"."""
    return f"actors/initial/{letter}.md"


def letter_page(kind: Kind, letter: str) -> str:
    """The page of one initial of the split glossary or places: "glossary/a.md", "places/b.md"."""
    return f"{(GLOSSARY if kind is Kind.TERM else PLACES)[:-3]}/{letter}.md"


def entry_location(ref: Ref, split: frozenset = frozenset(), filed: Mapping = {}) -> tuple[str, str]:
    """The page and anchor where an actor, term or place is explained.

    `split` names the kinds whose page is split by initial, `filed` each such entry's initial.
    """
    if ref.kind is Kind.ACTOR:
        return actor_page(ref.id), ""
    if ref.kind in split:
        return letter_page(ref.kind, filed.get(ref, "other")), ref.id
    return (GLOSSARY if ref.kind is Kind.TERM else PLACES), ref.id


@dataclass(frozen=True)
class Layout:
    """MkDocs' URL style: `foo/bar.md` is served at `foo/bar/` or `foo/bar.html`."""

    use_directory_urls: bool = True
    split: frozenset = frozenset()  # kinds (Kind.TERM, Kind.PLACE) whose page is split by initial: a large desk's
    # The initial each entry of a split kind is filed under. Left out of equality, hashing and repr: `link`'s
    # cache is keyed by pages already resolved, and the entries it is made from are in every cache key.
    filed: Mapping = field(default_factory=dict, compare=False, hash=False, repr=False)

    def url(self, page: str) -> str:
        """The page's URL relative to the site's root."""
        stem = page[:-3] if page.endswith(".md") else page
        if not self.use_directory_urls:
            return stem + ".html"
        if stem == "index" or stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    @functools.lru_cache(maxsize=65536)
    def link(self, from_page: str, to_page: str, anchor: str = "") -> str:
        """The relative URL from one page to another (and an anchor on it)."""
        source, target = self.url(from_page), self.url(to_page)
        base = source.rstrip("/") if source.endswith("/") or not source else posixpath.dirname(source)
        relative = posixpath.relpath(target.rstrip("/") or ".", base or ".")
        if target.endswith("/") or not target:
            relative += "/"
        return relative + (f"#{anchor}" if anchor else "")

    def link_to(self, from_page: str, ref: Ref) -> str:
        """The relative URL from a page to where an actor, term or place is explained."""
        return self.link(from_page, *entry_location(ref, self.split, self.filed))
