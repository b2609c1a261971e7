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
from .urls import ACTORS_INDEX, GLOSSARY, PLACES, REFERENCE, STORIES_INDEX, TOPICS_INDEX, Layout, actor_page, story_page
from .urls import topic_page

SITE_PAGES: dict[str, Callable[[Context], str]] = {  # pages every site has, whatever its stories
    STORIES_INDEX: indexes.stories_index,
    ACTORS_INDEX: indexes.actors_index,
    GLOSSARY: indexes.glossary,
    PLACES: indexes.places,
    TOPICS_INDEX: topics.topics_index,
}


def page_table(site: Site, index: SiteIndex, layout: Layout, *, with_reference: bool,
               words: Words = ENGLISH) -> dict[str, Callable[[], str]]:
    """Every page of the site, each as the call that writes it, in the language of `words`."""
    site_topics = topics.site_topics(site)
    context = Context(site, index, layout, FieldMarkdown(), {t.slug: t.name for t in site_topics}, words)
    table = {path: partial(write, context) for path, write in SITE_PAGES.items()}
    table |= {story_page(s.slug): partial(story.story, context, s) for s in site.stories}
    table |= {actor_page(a.id): partial(actor.actor, context, a) for a in site.actors.values()}
    table |= {topic_page(t.slug): partial(topics.topic, context, t) for t in site_topics}
    if with_reference:
        table[REFERENCE] = partial(reference.reference_page, words)
    return table


def render(site: Site, index: SiteIndex, layout: Layout, *, with_reference: bool = False,
           words: Words = ENGLISH) -> dict[str, str]:
    """Every page's Markdown, sorted by page path."""
    table = page_table(site, index, layout, with_reference=with_reference, words=words)
    return {path: table[path]() for path in sorted(table)}


def edit_sources(site: Site) -> dict[str, str]:
    """The content file each generated page comes from (as problems name it), for "edit" links."""
    sources = {story_page(s.slug): s.facts_path for s in site.stories}
    sources |= {actor_page(a.id): a.at()[0] for a in site.actors.values() if a.at()[0]}
    return sources
