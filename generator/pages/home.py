"""The home page's story list: the newest stories with their standfirst, the rest one link away."""

from __future__ import annotations

from typing import Sequence

from ..i18n import ENGLISH, Words
from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Story
from ..urls import Layout
from .parts import story_labels, time_tag

HOME_STORIES = 12  # stories with their standfirst on the home page
STORY_LIST_MARKER = "<!-- explainer:stories -->"  # where a hand-written page wants the story list


def home_page(title: str) -> str:
    """A home page for a site that has none: its name and the story list (placed at the marker after Markdown)."""
    return (front_matter({"title": plain_attribute(title)}) + f"# {md_escape(title)}\n\n"
            + STORY_LIST_MARKER + "\n")


def story_list(stories: Sequence[Story], layout: Layout, page: str, limit: int = HOME_STORIES,
               words: Words = ENGLISH) -> Markup:
    """The newest stories (`stories` come newest first), for a page at `page`.

    Bounded, so the home page does not grow with the desk's archive. It needs
    only the stories and the URL layout, so an adapter can place it in a page
    the core did not write (the `<!-- explainer:stories -->` marker).
    """
    def link(to_page: str, text: str) -> Markup:
        """A link from the page the list is placed in."""
        return tag("a", {"href": layout.link(page, to_page)}, text)

    items = [
        tag("li", {"class": "explainer-story-item"},
            tag("h2", {"class": "explainer-story-title"}, link(layout.story_page(story.slug), story.title), " ",
                story_labels(story, words)),
            tag("p", {"class": "explainer-meta"}, time_tag(story.date, words)),
            tag("p", {}, story.summary))
        for story in stories[:limit]
    ]
    if not items:
        return tag("p", {}, words["stories.none"])
    more = len(stories) - limit
    everything = words.format("stories.all", n=len(stories))
    archive = tag("p", {}, link(layout.stories_index, everything)) if more > 0 else None
    return join([tag("ul", {"class": "explainer-story-list"}, *items), archive])
