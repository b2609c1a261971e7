"""The site's pages as a table: page path -> the page function that writes it.

Pure and deterministic: the same site gives the same pages, sorted by path.
A new page kind is a module in `pages/` and a row here.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from .i18n import ENGLISH, Words
from .linking import SiteIndex
from .markup import FieldMarkdown
from .model import Site
from .pages import actor, indexes, reference, story, topics
from .pages.parts import Context
from .urls import Layout


def site_pages(layout: Layout) -> dict[str, Callable[[Context], str]]:
    """The pages every site has, whatever its stories, where the layout puts them."""
    return {layout.stories_index: indexes.stories_index, layout.actors_index: indexes.actors_index,
            layout.glossary: indexes.glossary, layout.places: indexes.places, layout.topics_index: topics.topics_index}


def page_table(site: Site, index: SiteIndex, layout: Layout, *, with_reference: bool,
               words: Words = ENGLISH) -> dict[str, Callable[[], str]]:
    """Every page of the site, each as the call that writes it, in the language of `words`."""
    site_topics = topics.site_topics(site)
    context = Context(site, index, layout, FieldMarkdown(), {t.slug: t.name for t in site_topics}, words)
    table = {path: partial(write, context) for path, write in site_pages(layout).items()}
    table |= {layout.story_page(s.slug): partial(story.story, context, s) for s in site.stories}
    table |= {layout.actor_page(a.id): partial(actor.actor, context, a) for a in site.actors.values()}
    table |= {layout.topic_page(t.slug): partial(topics.topic, context, t) for t in site_topics}
    if with_reference:
        table[layout.reference] = partial(reference.reference_page, words)
    return table


def render(site: Site, index: SiteIndex, layout: Layout, *, with_reference: bool = False,
           words: Words = ENGLISH) -> dict[str, str]:
    """Every page's Markdown, sorted by page path."""
    table = page_table(site, index, layout, with_reference=with_reference, words=words)
    return {path: table[path]() for path in sorted(table)}


def edit_sources(site: Site, layout: Layout) -> dict[str, str]:
    """The content file each generated page comes from (as problems name it), for "edit" links."""
    sources = {layout.story_page(s.slug): s.facts_path for s in site.stories}
    sources |= {layout.actor_page(a.id): a.at()[0] for a in site.actors.values() if a.at()[0]}
    return sources
