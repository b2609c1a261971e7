"""The site's pages as a table: page path -> the page function that writes it.

Pure and deterministic: the same site gives the same pages, sorted by path.
A new page kind is a module in `pages/` and a row here.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from .cache import BuildCache
from .i18n import ENGLISH, Words
from .linking import SiteIndex
from .markup import FieldMarkdown
from .model import Actor, Kind, Site, Story
from .pages import actor, indexes, paging, reference, story, topics
from .pages.parts import Context
from .reads import Dependencies, Fingerprints, Read, Reads, recording
from .urls import SPLIT_AT, Layout, letter_of


def site_pages(layout: Layout) -> dict[str, Callable[[Context], str]]:
    """The pages every site has, whatever its stories, where the layout puts them."""
    return {layout.stories_index: indexes.stories_index, layout.actors_index: indexes.actors_index,
            layout.glossary: indexes.glossary, layout.places: indexes.places, layout.topics_index: topics.topics_index}


Writer = Callable[[Context], str]


Table = dict[str, tuple[Writer, tuple[Read, ...]]]  # page path -> (the call writing it, what it reads besides)


def page_table(site: Site, index: SiteIndex, layout: Layout, *, with_reference: bool,
               words: Words = ENGLISH) -> Table:
    """Every page of the site: the call that writes it from a context, and what the call reads besides it."""
    table: Table = {path: (write, ()) for path, write in site_pages(layout).items()}
    table |= {layout.story_page(s.slug): (partial(_story, s), (("story", s.slug),)) for s in site.stories}
    for a in site.actors.values():
        table[layout.actor_page(a.id)] = (partial(_actor, a), (("actors", a.id),))
        for number in range(2, 2 + paging.archive_count(len(index.stories_naming(a.ref)))):
            table[paging.archive_page(layout.actor_page(a.id), number)] = (partial(_actor, a, number=number),
                                                                           (("actors", a.id),))
    for kind, terms_or_places, write in ((Kind.TERM, site.terms, indexes.glossary_letter),
                                         (Kind.PLACE, site.places, indexes.places_letter)):
        if kind in layout.split:
            for letter in {layout.filed.get(entry.ref, "other") for entry in terms_or_places.values()}:
                table[layout.letter_page(kind, letter)] = (partial(_letter, write, letter), ())
    table |= {layout.topic_page(t.slug): (partial(_topic, t.slug), ()) for t in topics.site_topics(site)}
    if len(site.actors) > SPLIT_AT:
        for letter in {letter_of(a.name) for a in site.actors.values()}:
            table[layout.actor_initial_page(letter)] = (partial(_letter, indexes.actors_letter, letter), ())
    if with_reference:
        table[layout.reference] = (lambda context: reference.reference_page(words), ())
    return table


def _letter(write, letter: str, context: Context) -> str:
    """One initial's page of the split glossary or places (the table binds the initial)."""
    return write(context, letter)


def _topic(slug: str, context: Context) -> str:
    """A topic's page, its topic found again from the context's site, so that what it reads is noted."""
    return topics.topic(context, next(t for t in topics.site_topics(context.site) if t.slug == slug))


def _story(story_: Story, context: Context) -> str:
    """A story's page, with the context last (the table binds the story)."""
    return story.story(context, story_)


def _actor(actor_: Actor, context: Context, number: int = 1) -> str:
    """An actor's page (or archive page), with the context second (the table binds the actor)."""
    return actor.actor(context, actor_, number)


def render(site: Site, index: SiteIndex, layout: Layout, *, with_reference: bool = False,
           words: Words = ENGLISH, cache: BuildCache | None = None) -> dict[str, str]:
    """Every page's Markdown, sorted by page path.

    With a cache, a page whose reads have the same fingerprint as when it was
    cached is not written again (see `reads`): only the pages that depend on
    what changed are.
    """
    table = page_table(site, index, layout, with_reference=with_reference, words=words)
    names = {t.slug: t.name for t in topics.site_topics(site)}  # every page may name a topic: all depend on these
    if cache is None:
        context = Context(site, index, layout, FieldMarkdown(), names, words)
        return {path: table[path][0](context) for path in sorted(table)}
    markdown = cache.get("converters", "fields", FieldMarkdown)  # with its conversions memoized
    language = (words.language, words.requested, words.fallback)  # the words every page prints
    fingerprints = Fingerprints(site, index, (layout, tuple(names.items()), language),
                                cache.get("fingerprints", "objects", dict))
    dependencies = cache.get("dependencies", "pages", Dependencies)
    stale = dependencies.stale(fingerprints, table)
    pages = {}
    for path in sorted(table):
        cached = cache.peek("pages", path)
        if cached is not None and path not in stale:
            cache.put("pages", path, cached)
            pages[path] = cached
            continue
        write, explicit = table[path]
        reads = Reads(explicit)
        pages[path] = write(Context(*recording(site, index, reads), layout, markdown, names, words))
        dependencies.record(path, reads.frozen())
        cache.put("pages", path, pages[path])
    dependencies.settle(fingerprints, table)
    fingerprints.forget_unused()
    return pages

def edit_sources(site: Site, layout: Layout) -> dict[str, str]:
    """The content file each generated page comes from (as problems name it), for "edit" links."""
    sources = {layout.story_page(s.slug): s.facts_path for s in site.stories}
    sources |= {layout.actor_page(a.id): a.at()[0] for a in site.actors.values() if a.at()[0]}
    return sources
