"""Topics: a story's `tags` shown by name, a page per topic listing its stories, and the list of topics.

A tag is written as a slug ("us-led-coalition") or as words; the page path
is its slug either way. It is shown by the name of the actor, place or term
whose id it is ("US-led coalition"), as written when written as words, or
else as its words ("Port Merrow" for an unknown "port-merrow").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Kind, Ref, Site, Story, slugify
from .parts import Context, Links, archive_item, section


@dataclass(frozen=True)
class Topic:
    """One topic of the site: its slug (the page's address), the name readers see, and its stories, newest first."""

    slug: str
    name: str
    stories: tuple[Story, ...]
    entry: Ref | None = None  # the actor, place or term the topic is, when its slug is one's id


def _entry(site: Site, slug: str) -> tuple[str, Ref] | None:
    """The name and reference of the actor, place or term whose id is the slug, if any."""
    for kind, registry in ((Kind.ACTOR, site.actors), (Kind.PLACE, site.places), (Kind.TERM, site.terms)):
        entry = registry.get(slug)
        if entry is not None:
            return getattr(entry, entry.name_field), Ref(kind, slug)
    return None


def topic_name(site: Site, written: str) -> str:
    """How a tag is shown: the name of what it is the id of, as written in words, or its slug's words."""
    slug = slugify(written)
    found = _entry(site, slug)
    if found:
        return found[0]
    if written != slug:
        return written
    words = slug.replace("-", " ")
    return words[:1].upper() + words[1:]


def site_topics(site: Site) -> list[Topic]:
    """Every topic the stories name, by name; a topic's stories in the site's order (newest first).

    A topic spelled several ways is named by the first spelling written as words ("Border Crossings"
    over "border-crossings"), so every page shows it alike.
    """
    stories: dict[str, list[Story]] = {}
    names: dict[str, str] = {}
    worded: set[str] = set()  # topics some story writes as words: that spelling names them
    for story in site.stories:
        for written in story.tags:
            slug = slugify(written)
            if slug not in names or (written != slug and slug not in worded):
                names[slug] = topic_name(site, written)
            if written != slug:
                worded.add(slug)
            if story not in stories.setdefault(slug, []):
                stories[slug].append(story)
    topics = [Topic(slug, names[slug], tuple(stories[slug]), (_entry(site, slug) or (None, None))[1])
              for slug in stories]
    return sorted(topics, key=lambda t: (t.name.lower(), t.slug))


def topic_links(links: Links, story: Story) -> Markup:
    """A story's topics by name, each a link to its page, comma-separated."""
    named: dict[str, str] = {}
    for written in story.tags:  # the site's name for the topic, whichever spelling this story uses
        slug = slugify(written)
        named.setdefault(slug, links.context.topic_names.get(slug) or topic_name(links.context.site, written))
    return join([tag("a", {"href": links.href(links.context.layout.topic_page(slug)), "class": "explainer-topic"}, name)
                 for slug, name in named.items()], links.context.words["list_separator"])


def topics_index(context: Context) -> str:
    """Every topic, by name, with the number of its stories."""
    links, words = context.on(context.layout.topics_index), context.words
    out = [front_matter({"title": words["topics.title"], "description": words["topics.description"]}),
           f"# {md_escape(words['topics.title'])}\n\n"]
    topics = site_topics(context.site)
    if not topics:
        out.append(tag("p", {}, words["topics.none"]) + "\n")
    items = [tag("li", {}, tag("a", {"href": links.href(context.layout.topic_page(t.slug))}, t.name), " ",
                 tag("span", {"class": "explainer-meta"}, words.format("topics.count", n=len(t.stories))))
             for t in topics]
    if items:
        out.append(tag("ul", {"class": "explainer-topics"}, *items) + "\n")
    return "".join(out)


def topic(context: Context, topic: Topic) -> str:
    """One topic's page: its stories, newest first, and the entry that explains it when there is one."""
    links, words = context.on(context.layout.topic_page(topic.slug)), context.words
    out = [front_matter({"title": plain_attribute(topic.name),
                         "description": plain_attribute(words.format("topics.about", name=topic.name))}),
           f"# {md_escape(topic.name)}\n\n"]
    if topic.entry:
        page, anchor = context.layout.entry_location(topic.entry)
        out.append(tag("p", {"class": "explainer-meta"}, words.fill(
            "topics.more_about", name=tag("a", {"href": links.href(page, anchor)}, topic.name))) + "\n\n")
    items = [archive_item(links, s) for s in topic.stories]
    out.append(section(words["topics.stories"], "stories", tag("ul", {"class": "explainer-archive"}, *items)))
    out.append(tag("p", {}, tag("a", {"href": links.href(context.layout.topics_index)}, words["topics.all"])) + "\n")
    return "".join(out)
