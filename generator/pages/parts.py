"""Parts that several page kinds share: links from a page, labels, banners, sources, dates, sections.

Headings are Markdown (so MkDocs builds the table of contents and search
sections from them); bodies are HTML built by `markup.tag`, so nothing from
content can become markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..i18n import ENGLISH, Words
from ..linking import LinkedArticle, SiteIndex
from ..markup import FieldMarkdown, Markup, escape, join, md_escape, tag
from ..model import Actor, Figure, Quote, Ref, Site, Source, Story
from ..spec import SCALE_EXPONENTS
from ..tooltips import tooltip
from ..urls import Layout

KIND_GROUPS = ("person", "organisation", "government", "state", "military", "armed-group", "alliance")
"""Who's who groups actors by kind, in this order; each group's heading is the word `group.<kind>`."""
# Material's search skips blocks with this attribute. Lists that repeat what an
# actor, term or place page already says stay out of the index, so it grows
# with what the site says, not with how often it says it.
NOT_SEARCHED = "data-search-exclude"


def kind_label(words: Words, kind: str) -> str:
    """An actor's kind in the site's language ("Armed group", "Groupe armé")."""
    return words[f"kind.{kind}"] if f"kind.{kind}" in words else kind


def attribution_note(words: Words, attribution: str) -> str:
    """What is said after the speaker's name about how we know who spoke ("" when the article names them)."""
    return "" if attribution == "article" else words[f"attribution.{attribution}"]


def sample_label(words: Words) -> Markup:
    """The Sample label of a story or an entry written to demonstrate the tool."""
    return tag("span", {"class": "explainer-label explainer-label--sample"}, words["label.sample"])


def draft_label(words: Words) -> Markup:
    """The Draft label of a story or an entry not checked for publication."""
    return tag("span", {"class": "explainer-label explainer-label--draft"}, words["label.draft"])


def unnamed_label(words: Words) -> Markup:
    """The label of an actor the article never names."""
    return tag("span", {"class": "explainer-label explainer-label--unnamed"}, words["label.unnamed"])


# The English labels, for code not yet given the site's words; pages take them from `Context.words`.
KIND_LABELS = {key.removeprefix("kind."): ENGLISH[key] for key in ENGLISH if key.startswith("kind.")}
SAMPLE_LABEL, DRAFT_LABEL, UNNAMED_LABEL = sample_label(ENGLISH), draft_label(ENGLISH), unnamed_label(ENGLISH)


@dataclass(frozen=True, eq=False)
class Context:
    """What every page function reads: the site, its backlinks, the URL layout, the Markdown converter, the words."""

    site: Site
    index: SiteIndex
    layout: Layout
    markdown: FieldMarkdown  # one per build: making a converter costs more than converting a field
    topic_names: Mapping[str, str] = field(default_factory=dict)  # topic slug -> its name, the same on every page
    words: Words = ENGLISH  # every word the pages print, in the site's language

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
        words = self.context.words
        return join([join([self.story(s), join([" ", story_labels(s, words)]) if s.sample or s.is_draft else None])
                     for s in stories], words["list_separator"])

    def quote(self, story: Story, article: LinkedArticle, quote: Quote) -> Markup:
        """A quotation with its speaker and how we know who spoke, and a link to it in context."""
        words = self.context.words
        speaker = self.context.site.actors.get(quote.speaker) if quote.speaker else None
        sentence = article.sentence_of(quote.text)
        unnamed = speaker and speaker.ref not in article.mentioned
        who = (join(["— ", self.actor(speaker), join([" ", unnamed_label(words)]) if unnamed else None, "."])
               if speaker else tag("span", {}, words["quote.unnamed_speaker"]))
        attribution = attribution_note(words, quote.attribution) if speaker else ""
        classes = "explainer-quote" + ("" if quote.attribution == "article" else " explainer-quote--unattributed")
        return tag("figure", {"class": classes},
                   draft_label(words) if quote.draft else None,
                   tag("blockquote", {}, tag("p", {}, words.format("quote.marks", text=quote.text))),
                   tag("figcaption", {}, who,
                       tag("span", {"class": "explainer-attribution"}, f" {attribution}") if attribution else None,
                       tag("span", {"class": "explainer-attribution-source"}, " ", words["quote.attribution_source"],
                           source_link(quote.source), ".") if quote.source else None,
                       tag("span", {"class": "explainer-quote__note"}, f" {quote.note}") if quote.note else None,
                       join([" ", self.sentence(story, sentence.id, words["quote.in_context"])]) if sentence else None))


def archive_item(links: Links, story: Story) -> Markup:
    """A story in a list of stories: its linked title, its labels and its date."""
    words = links.context.words
    return tag("li", {}, links.story(story), " ",
               story_labels(story, words) if story.sample or story.is_draft else None, " ",
               tag("span", {"class": "explainer-meta"}, date_text(story.date, words)))


def sources_line(sources: Iterable[Source], words: Words = ENGLISH) -> Markup | None:
    """"Sources: a, b" under an entry, or None when it has none."""
    sources = tuple(sources)
    if not sources:
        return None
    lead = words["source.many"] if len(sources) > 1 else words["source.one"]
    links = join([source_link(s) for s in sources], words["list_separator"])
    return tag("p", {"class": "explainer-meta explainer-entry-sources"}, lead, links)


def story_labels(story: Story, words: Words = ENGLISH) -> Markup:
    """The Sample and Draft labels a story carries wherever it is listed."""
    return join([label for label, shown in ((sample_label(words), story.sample), (draft_label(words), story.is_draft))
                 if shown], " ")


def entry_labels(stories: Iterable[Story], draft: bool, words: Words = ENGLISH) -> list[Markup]:
    """The labels of a glossary or places entry: Sample when only sample stories name it, Draft."""
    return [label for label, shown in ((sample_label(words), sample_only(stories)), (draft_label(words), draft))
            if shown]


def sample_only(stories: Iterable[Story]) -> bool:
    """Named only by sample stories: the entry may be as made-up as they are."""
    stories = tuple(stories)
    return bool(stories) and all(story.sample for story in stories)


def banner(kind: str, lead: str, text: str) -> Markup:
    """A notice above a page's content: sample, draft or error; its bold lead, a space, then its text."""
    return tag("div", {"class": f"explainer-banner explainer-banner--{kind}", "role": "note"},
               tag("strong", {}, lead), " ", text)


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


def shown(figure: Figure, words: Words = ENGLISH) -> str:
    """A figure's value as printed: its `display` as written, or its number in the site's language."""
    if figure.display:
        return figure.display
    return words.number(figure.value, figure.scale, SCALE_EXPONENTS.get(figure.scale, 0))


def date_text(value: dt.date | None, words: Words = ENGLISH) -> str:
    """A date as the site writes it ("30 August 2017", "30 août 2017"), or "" for none."""
    return words.date(value)


def time_tag(value: dt.date | str, words: Words = ENGLISH) -> Markup:
    """A date, or a timeline's partial date ("2014-08"), as a <time> element: in words for readers, ISO for machines."""
    if isinstance(value, str):
        return tag("time", {"datetime": value}, words.partial_date(value))
    return tag("time", {"datetime": value.isoformat()}, words.date(value))
