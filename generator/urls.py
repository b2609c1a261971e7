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
from dataclasses import dataclass

from .model import Kind, Ref

HOME = "index.md"
REFERENCE = "reference.md"


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
        nested = (f"{self.actors_dir}/".startswith(f"{self.stories_dir}/")
                  or f"{self.stories_dir}/".startswith(f"{self.actors_dir}/"))
        if not faults and nested:
            faults.append(f"stories_dir '{self.stories_dir}' and actors_dir '{self.actors_dir}' must be separate "
                          "folders, neither inside the other: a story and an actor could share a page")
        for option, page in (("glossary_page", self.glossary), ("places_page", self.places)):
            if not faults and posixpath.dirname(page) in (self.stories_dir, self.actors_dir):
                faults.append(f"{option}: '{page}' lies among the story or actor pages, where a story or actor "
                              "could take its place")
        if not faults and self.glossary == self.places:
            faults.append(f"glossary_page and places_page are both '{self.glossary}'")
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

    def entry_location(self, ref: Ref) -> tuple[str, str]:
        """The page and anchor where an actor, term or place is explained."""
        if ref.kind is Kind.ACTOR:
            return self.actor_page(ref.id), ""
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

