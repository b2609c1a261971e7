"""Where each page lives, and how one page links to another.

Page paths are Markdown paths in the docs tree ("stories/x.md"); URLs
follow MkDocs' style (`use_directory_urls`), so the links the core writes
are the ones MkDocs would have made. Where the stories, actors, glossary and
places live is the site's choice (the plugin's `stories_dir`, `actors_dir`,
`glossary_page` and `places_page`, like the blog plugin's `blog_dir`): a
`Layout` carries them, and every page path is asked of it.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass, field
from typing import Mapping

from .model import Kind, Ref, slug_words

HOME = "index.md"
REFERENCE = "reference.md"
SPLIT_AT = 150  # entries past which the glossary, the places page or the actors index is split by initial


def letter_of(name: str) -> str:
    """The initial a name is filed under on a split page: its first letter without accents, or "other"."""
    first = slug_words(name)[:1]
    return first if first.isascii() and first.isalnum() else "other"


PER_INITIAL = 100  # entries on one initial's page of a split index; more go on "p-2", "p-3"...


def filing(entries, name) -> dict[Ref, str]:
    """The page each entry of a split index is filed on: its initial ("p"), or "p-2" past `PER_INITIAL` of them.

    One initial can hold most of a desk's names ("Port ..."), so an initial's page is itself bounded.
    """
    by_letter: dict[str, list] = {}
    for entry in sorted(entries, key=lambda e: (name(e).lower(), e.id)):
        by_letter.setdefault(letter_of(name(entry)), []).append(entry)
    return {entry.ref: letter if n < PER_INITIAL else f"{letter}-{n // PER_INITIAL + 1}"
            for letter, items in by_letter.items() for n, entry in enumerate(items)}


@dataclass(frozen=True)
class Layout:
    """Where the generated pages live, and MkDocs' URL style (`foo/bar.md` at `foo/bar/` or `foo/bar.html`)."""

    use_directory_urls: bool = True
    stories_dir: str = "stories"
    actors_dir: str = "actors"
    glossary: str = "glossary.md"
    places: str = "places.md"
    reference: str = REFERENCE
    topics_dir: str = "topics"  # a page per topic (a story's tags) and their list, on sites that have them
    split: frozenset = frozenset()  # kinds (Kind.TERM, Kind.PLACE) whose page is split by initial: a large desk's
    # The initial each entry of a split kind is filed under. Left out of equality, hashing and repr: `link`'s
    # cache is keyed by pages already resolved, and the entries it is made from are in every cache key.
    filed: Mapping = field(default_factory=dict, compare=False, hash=False, repr=False)

    def faults(self) -> list[str]:
        """What is wrong with the chosen paths (each a sentence naming the option), or nothing."""
        faults = []
        for option, value, is_page in (("stories_dir", self.stories_dir, False), ("actors_dir", self.actors_dir, False),
                                       ("glossary_page", self.glossary, True), ("places_page", self.places, True)):
            parts = value.split("/")
            if not value or value.startswith("/") or "\\" in value or any(p in ("", ".", "..") for p in parts):
                faults.append(f"{option}: '{value}' must be a relative path inside docs/ without '.' or '..' parts")
            elif is_page and not value.endswith(".md"):
                faults.append(f"{option}: '{value}' must name a Markdown page (ending in .md)")
        if not faults:
            faults += self._overlaps()
        return faults

    def _overlaps(self) -> list[str]:
        """Two places of the site that would share pages: one folder inside another, or a page among a folder's.

        The glossary and places pages count as folders too (a large desk's are split into pages under
        their name), and so do the topics folder and the reference page, which are not options.
        """
        areas = [("stories_dir", self.stories_dir, self.stories_dir), ("actors_dir", self.actors_dir, self.actors_dir),
                 ("glossary_page", self.glossary.removesuffix(".md"), self.glossary),
                 ("places_page", self.places.removesuffix(".md"), self.places),
                 ("the topics folder", self.topics_dir, self.topics_dir),
                 ("the field reference", self.reference.removesuffix(".md"), self.reference)]
        faults = []
        for i, (option, area, written) in enumerate(areas):
            for other, other_area, other_written in areas[i + 1:]:
                if f"{area}/".startswith(f"{other_area}/") or f"{other_area}/".startswith(f"{area}/"):
                    faults.append(f"{option} '{written}' and {other} '{other_written}' overlap: their generated "
                                  "pages could take each other's place (keep each in a place of its own)")
        return faults

    @property
    def stories_index(self) -> str:
        """The page listing every story."""
        return f"{self.stories_dir}/index.md"

    @property
    def actors_index(self) -> str:
        """The page listing every actor."""
        return f"{self.actors_dir}/index.md"

    @property
    def topics_index(self) -> str:
        """The page listing every topic."""
        return f"{self.topics_dir}/index.md"

    def topic_page(self, slug: str) -> str:
        """The page path of a topic, from its slug."""
        return f"{self.topics_dir}/{slug}.md"

    @property
    def index_pages(self) -> tuple[str, ...]:
        """The pages every site has, whatever its stories: the nav links to them."""
        return (self.stories_index, self.actors_index, self.glossary, self.places)

    def story_page(self, slug: str) -> str:
        """The page path of a story, from its folder's slug."""
        return f"{self.stories_dir}/{slug}.md"

    def actor_page(self, actor_id: str) -> str:
        """The page path of an actor's own page, from its id."""
        return f"{self.actors_dir}/{actor_id}.md"

    def letter_page(self, kind: Kind, letter: str) -> str:
        """The page of one initial of the split glossary or places: "glossary/a.md", "places/b.md"."""
        return f"{(self.glossary if kind is Kind.TERM else self.places)[:-3]}/{letter}.md"

    def actor_initial_page(self, letter: str) -> str:
        """The page of the actors under one initial, on a desk with many: "actors/initial/a.md"."""
        return f"{self.actors_dir}/initial/{letter}.md"

    def entry_location(self, ref: Ref) -> tuple[str, str]:
        """The page and anchor where an actor, term or place is explained (on its initial's page when split)."""
        if ref.kind is Kind.ACTOR:
            return self.actor_page(ref.id), ""
        if ref.kind in self.split:
            return self.letter_page(ref.kind, self.filed.get(ref, "other")), ref.id
        return (self.glossary if ref.kind is Kind.TERM else self.places), ref.id

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
        return self.link(from_page, *self.entry_location(ref))

