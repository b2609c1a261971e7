"""Parts that several page kinds share: links from a page, labels, banners, sources, dates, sections.

Headings are Markdown (so MkDocs builds the table of contents and search
sections from them); bodies are HTML built by `markup.tag`, so nothing from
content can become markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from ..linking import LinkedArticle, SiteIndex
from ..markup import FieldMarkdown, Markup, escape, join, md_escape, tag
from ..model import Actor, Quote, Ref, Site, Source, Story
from ..tooltips import tooltip
from ..urls import Layout

KIND_LABELS = {
    "person": "Person", "organisation": "Organisation", "armed-group": "Armed group", "state": "State",
    "government": "Government", "military": "Military", "alliance": "Alliance",
}
ATTRIBUTION_NOTES = {  # said after the speaker's name, or instead of it
    "article": "",
    "editor": "The article does not name the speaker; the editors attribute the quote.",
    "unknown": "The article does not name the speaker.",
}
# Material's search skips blocks with this attribute. Lists that repeat what an
# actor, term or place page already says stay out of the index, so it grows
# with what the site says, not with how often it says it.
NOT_SEARCHED = "data-search-exclude"
SAMPLE_LABEL = tag("span", {"class": "explainer-label explainer-label--sample"}, "Sample")
DRAFT_LABEL = tag("span", {"class": "explainer-label explainer-label--draft"}, "Draft")
UNNAMED_LABEL = tag("span", {"class": "explainer-label explainer-label--unnamed"}, "Not named in the article")


@dataclass(frozen=True, eq=False)
class Context:
    """What every page function reads: the site, its backlinks, the URL layout, the Markdown converter."""

    site: Site
    index: SiteIndex
    layout: Layout
    markdown: FieldMarkdown  # one per build: making a converter costs more than converting a field

    def on(self, page: str) -> "Links":
        """The links as written on one page: every href relative to it."""
        return Links(self, page)


class Links:
    """Links as written on one page: every href is relative to it."""

    def __init__(self, context: Context, page: str):
        self.context, self.page = context, page

    def href(self, to_page: str, anchor: str = "") -> str:
        """The relative URL from this page to another page (and an anchor on it)."""
        return self.context.layout.link(self.page, to_page, anchor)

    def to(self, ref: Ref) -> str:
        """The relative URL from this page to where an actor, term or place is explained."""
        return self.context.layout.link_to(self.page, ref)

    def actor(self, actor: Actor) -> Markup:
        """A link to an actor's page by its name, its summary as the tooltip."""
        return tag("a", {"href": self.to(actor.ref), "class": "explainer-actor", "title": tooltip(actor.summary)},
                   actor.name)

    def sentence(self, story: Story, sentence_id: str, text: str) -> Markup:
        """A link that jumps to one sentence of a story's article (its anchor is the sentence's id)."""
        page = self.context.layout.story_page(story.slug)
        return tag("a", {"href": self.href(page, sentence_id), "class": "explainer-jump"}, text)

    def story(self, story: Story) -> Markup:
        """A link to a story's page, by its title."""
        return tag("a", {"href": self.href(self.context.layout.story_page(story.slug))}, story.title)

    def labelled_stories(self, stories: Iterable[Story]) -> Markup:
        """Story links, comma-separated, each with its Sample or Draft label."""
        return join([join([self.story(s), join([" ", story_labels(s)]) if s.sample or s.is_draft else None])
                     for s in stories], ", ")

    def quote(self, story: Story, article: LinkedArticle, quote: Quote) -> Markup:
        """A quotation with its speaker and how we know who spoke, and a link to it in context."""
        speaker = self.context.site.actors.get(quote.speaker) if quote.speaker else None
        sentence = article.sentence_of(quote.text)
        who = (join(["— ", self.actor(speaker), "."]) if speaker
               else tag("span", {}, "— Speaker not named in the article."))
        attribution = ATTRIBUTION_NOTES[quote.attribution] if speaker else ""
        classes = "explainer-quote" + ("" if quote.attribution == "article" else " explainer-quote--unattributed")
        return tag("figure", {"class": classes},
                   DRAFT_LABEL if quote.draft else None,
                   tag("blockquote", {}, tag("p", {}, f"“{quote.text}”")),
                   tag("figcaption", {}, who,
                       tag("span", {"class": "explainer-attribution"}, f" {attribution}") if attribution else None,
                       tag("span", {"class": "explainer-attribution-source"}, " Attribution: ",
                           source_link(quote.source), ".") if quote.source else None,
                       tag("span", {"class": "explainer-quote__note"}, f" {quote.note}") if quote.note else None,
                       join([" ", self.sentence(story, sentence.id, "In context")]) if sentence else None))


def sources_line(sources: Iterable[Source]) -> Markup | None:
    """"Sources: a, b" under an entry, or None when it has none."""
    sources = tuple(sources)
    if not sources:
        return None
    lead = "Sources: " if len(sources) > 1 else "Source: "
    links = join([source_link(s) for s in sources], ", ")
    return tag("p", {"class": "explainer-meta explainer-entry-sources"}, lead, links)


def story_labels(story: Story) -> Markup:
    """The Sample and Draft labels a story carries wherever it is listed."""
    return join([label for label, shown in ((SAMPLE_LABEL, story.sample), (DRAFT_LABEL, story.is_draft)) if shown], " ")


def entry_labels(stories: Iterable[Story], draft: bool) -> list[Markup]:
    """The labels of a glossary or places entry: Sample when only sample stories name it, Draft."""
    return [label for label, shown in ((SAMPLE_LABEL, sample_only(stories)), (DRAFT_LABEL, draft)) if shown]


def sample_only(stories: Iterable[Story]) -> bool:
    """Named only by sample stories: the entry may be as made-up as they are."""
    stories = tuple(stories)
    return bool(stories) and all(story.sample for story in stories)


def banner(kind: str, lead: str, text: str) -> Markup:
    """A notice above a page's content: sample, draft or error."""
    return tag("div", {"class": f"explainer-banner explainer-banner--{kind}", "role": "note"},
               tag("strong", {}, lead), text)


def source_link(source: Source) -> Markup:
    """A source as a reader sees it: its label, linked when it has a URL."""
    if source.url:
        return tag("a", {"href": source.url, "rel": "nofollow noopener"}, source.label)
    return Markup(escape(source.label))


def sources_list(sources: Iterable[Source]) -> Markup:
    """Where an entry's background comes from, one source per list item."""
    return tag("ul", {"class": "explainer-sources"}, *[tag("li", {}, source_link(s)) for s in sources])


def section(title: str, anchor: str, body: str, *, searched: bool = True) -> str:
    """A `## Title { #anchor }` section; one that is not searched is kept out of the search index."""
    flag = "" if searched else f" {NOT_SEARCHED}"
    return f"## {md_escape(title)} {{ #{anchor}{flag} }}\n\n{body}\n\n"


def date_text(value: dt.date | None) -> str:
    """A date as the site writes it ("30 August 2017"), or "" for none."""
    return f"{value.day} {value:%B %Y}" if value else ""


def time_tag(value: dt.date) -> Markup:
    """A date as a <time> element: written out for readers, ISO for machines."""
    return tag("time", {"datetime": value.isoformat()}, date_text(value))
