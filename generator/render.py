"""Model + linked articles -> {page path: Markdown}. Pure and deterministic.

Headings are Markdown (so MkDocs builds the table of contents and search
sections from them); bodies are HTML built by `markup.tag`, so nothing from
content can become markup. Links between generated pages are computed here
from the page paths, in the URL style MkDocs uses (`use_directory_urls`).
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping

from .linking import PLACEHOLDER, LinkedArticle
from .markup import FieldMarkdown, Markup, escape, front_matter, join, md_escape, plain_attribute, tag, tooltip
from .model import Actor, Figure, Relation, Site, Story, slugify

KIND_LABELS = {
    "person": "Person", "organisation": "Organisation", "armed-group": "Armed group", "state": "State",
    "government": "Government", "military": "Military", "alliance": "Alliance",
}
ATTRIBUTION_NOTES = {  # said after the speaker's name, or instead of it
    "article": "",
    "editor": "The article does not name the speaker; the editors attribute the quote.",
    "unknown": "The article does not name the speaker.",
}
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
ACTORS_INDEX = "actors/index.md"
GLOSSARY = "glossary.md"
PLACES = "places.md"
STORIES_INDEX = "stories/index.md"
HOME_STORIES = 12  # stories with their standfirst on the home page
INDEX_PAGES = (STORIES_INDEX, ACTORS_INDEX, GLOSSARY, PLACES)  # always generated: the nav links to them
# Material's search skips blocks with this attribute. Lists that repeat what an
# actor, term or place page already says stay out of the index, so it grows
# with what the site says, not with how often it says it.
NOT_SEARCHED = "data-search-exclude"
SAMPLE_LABEL = tag("span", {"class": "explainer-label explainer-label--sample"}, "Sample")
DRAFT_LABEL = tag("span", {"class": "explainer-label explainer-label--draft"}, "Draft")


def story_page(slug: str) -> str:
    return f"stories/{slug}.md"


def actor_page(actor_id: str) -> str:
    return f"actors/{actor_id}.md"


@dataclass(frozen=True)
class Layout:
    """MkDocs' URL style: `foo/bar.md` is served at `foo/bar/` or `foo/bar.html`."""

    use_directory_urls: bool = True

    def url(self, page: str) -> str:
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


def _unit_needed(figure: Figure) -> bool:
    """Print the unit unless the printed value already says it ("$1.5 billion" for USD)."""
    if not figure.unit:
        return False
    shown = figure.shown.lower()
    sign = CURRENCY_SIGNS.get(figure.unit.upper())
    return figure.unit.lower() not in shown and not (sign and sign in shown)


def _date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def _time(value: dt.date) -> Markup:
    return tag("time", {"datetime": value.isoformat()}, _date(value))


@dataclass(frozen=True)
class SiteIndex:
    """Who appears where, computed once for all pages."""

    articles: Mapping[str, LinkedArticle]  # slug -> linked article
    stories_of_actor: Mapping[str, tuple[Story, ...]]  # actor id -> stories that cast or mention it
    stories_of_term: Mapping[str, tuple[Story, ...]]
    stories_of_place: Mapping[str, tuple[Story, ...]]
    related_to: Mapping[str, tuple[tuple[Actor, Relation], ...]]  # actor id -> relations other actors declare to it


def index_site(site: Site, articles: Mapping[str, LinkedArticle]) -> SiteIndex:
    """One pass over stories and relations, so no page has to scan the whole site."""
    found = {"actor": defaultdict(list), "term": defaultdict(list), "place": defaultdict(list)}
    for story in site.stories:
        named = set(articles[story.slug].mentioned)
        named |= {("actor", c.actor_id) for c in story.cast} | {("term", t.id) for t in story.glossary} | {("place", p.id) for p in story.places}
        for kind, ident in sorted(named):
            found[kind][ident].append(story)
    related = defaultdict(list)
    for actor in site.actors.values():
        for relation in actor.relations:
            related[relation.to].append((actor, relation))
    freeze = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
    return SiteIndex(articles, freeze(found["actor"]), freeze(found["term"]), freeze(found["place"]), freeze(related))


class Renderer:
    """Renders every page of the site; one instance per build."""

    def __init__(self, site: Site, index: SiteIndex, layout: Layout):
        self.site, self.index, self.layout = site, index, layout
        self.markdown = FieldMarkdown()

    # -- links -------------------------------------------------------------
    def href(self, page: str, to_page: str, anchor: str = "") -> str:
        return self.layout.link(page, to_page, anchor)

    def target_href(self, page: str, kind: str, ident: str) -> str:
        if kind == "actor":
            return self.href(page, actor_page(ident))
        if kind == "term":
            return self.href(page, GLOSSARY, ident)
        return self.href(page, PLACES, ident)

    def resolve_placeholders(self, page: str, html: str) -> Markup:
        pattern = re.compile(r'href="' + re.escape(PLACEHOLDER) + r'(actor|term|place):([a-z0-9-]+)"')
        return Markup(pattern.sub(lambda m: f'href="{escape(self.target_href(page, m.group(1), m.group(2)))}"', html))

    def actor_link(self, page: str, actor: Actor) -> Markup:
        return tag("a", {"href": self.href(page, actor_page(actor.id)), "class": "explainer-actor", "title": tooltip(actor.summary)}, actor.name)

    def sentence_link(self, page: str, story: Story, sentence_id: str, text: str) -> Markup:
        return tag("a", {"href": self.href(page, story_page(story.slug), sentence_id), "class": "explainer-jump"}, text)

    def story_link(self, page: str, story: Story) -> Markup:
        return tag("a", {"href": self.href(page, story_page(story.slug))}, story.title)

    def labelled_story_links(self, page: str, stories) -> Markup:
        return join([join([self.story_link(page, s), join([" ", self.labels(s)]) if s.sample or s.is_draft else None]) for s in stories], ", ")

    def sample_only(self, stories) -> bool:
        """Named only by sample stories: the entry may be as made-up as they are."""
        return bool(stories) and all(story.sample for story in stories)

    # -- pages ---------------------------------------------------------------
    def pages(self) -> dict[str, str]:
        pages = {STORIES_INDEX: self.stories_index(), ACTORS_INDEX: self.actors_index(), GLOSSARY: self.glossary(), PLACES: self.places()}
        for story in self.site.stories:
            pages[story_page(story.slug)] = self.story(story)
        for actor in self.site.actors.values():
            pages[actor_page(actor.id)] = self.actor(actor)
        return dict(sorted(pages.items()))

    def page_sources(self) -> dict[str, str]:
        """The content file each generated page comes from (as shown in problems), for "edit" links."""
        sources = {story_page(story.slug): story.facts_path for story in self.site.stories}
        for actor in self.site.actors.values():
            file = actor.where.get("", ("",))[0]
            if file:
                sources[actor_page(actor.id)] = file
        return sources

    def labels(self, story: Story) -> Markup:
        parts = []
        if story.sample:
            parts.append(SAMPLE_LABEL)
        if story.is_draft:
            parts.append(DRAFT_LABEL)
        return join(parts, " ")

    def story_list(self, page: str, limit: int = HOME_STORIES) -> Markup:
        """The newest stories, each with its standfirst, for the home page; the rest are one link away.

        Bounded, so the home page does not grow with the desk's archive.
        """
        items = [
            tag("li", {"class": "explainer-story-item"},
                tag("h2", {"class": "explainer-story-title"}, self.story_link(page, story), " ", self.labels(story)),
                tag("p", {"class": "explainer-meta"}, _time(story.date)),
                tag("p", {}, story.summary))
            for story in self.site.stories[:limit]
        ]
        if not items:
            return tag("p", {}, "No stories yet.")
        more = len(self.site.stories) - limit
        link = tag("p", {}, tag("a", {"href": self.href(page, STORIES_INDEX)}, f"All {len(self.site.stories)} stories")) if more > 0 else None
        return join([tag("ul", {"class": "explainer-story-list"}, *items), link])

    def stories_index(self) -> str:
        """Every story, newest first, by year: a title and a date each, to keep the archive light."""
        page = STORIES_INDEX
        years = defaultdict(list)
        for story in self.site.stories:
            years[story.date.year].append(story)
        out = [front_matter({"title": "All stories", "description": "Every story on this site, newest first."}), "# All stories\n\n"]
        if not years:
            out.append(tag("p", {}, "No stories yet.") + "\n")
        for year in sorted(years, reverse=True):
            items = [tag("li", {}, self.story_link(page, s), " ", self.labels(s) if s.sample or s.is_draft else None, " ", tag("span", {"class": "explainer-meta"}, _date(s.date))) for s in years[year]]
            out.append(f"## {year} {{ #year-{year} }}\n\n" + tag("ul", {"class": "explainer-archive"}, *items) + "\n\n")
        return "".join(out)

    def banners(self, story: Story) -> Markup:
        parts = []
        if story.sample:
            parts.append(tag("div", {"class": "explainer-banner explainer-banner--sample", "role": "note"},
                             tag("strong", {}, "Sample story."), " This story was written to demonstrate the explainer tool. It is not news, and the people and events in it are not real reporting."))
        if story.is_draft:
            parts.append(tag("div", {"class": "explainer-banner explainer-banner--draft", "role": "note"},
                             tag("strong", {}, "Draft."), " This story is not checked for publication; a strict build refuses to publish it."))
        return join(parts)

    def story(self, story: Story) -> str:
        page = story_page(story.slug)
        article = self.index.articles[story.slug]
        meta = [tag("span", {}, "Published ", _time(story.date))]
        if story.as_of:
            meta.append(tag("span", {}, "Facts as of ", _time(story.as_of)))
        if story.tags:
            meta.append(tag("span", {}, "Topics: " + ", ".join(story.tags)))
        if story.source:
            label = story.source.label
            meta.append(tag("span", {}, "Source: ", tag("a", {"href": story.source.url, "rel": "nofollow noopener"}, label) if story.source.url else label))
        out = [front_matter({"title": plain_attribute(story.title), "description": plain_attribute(story.summary)})]
        out.append(f"# {md_escape(story.title)}\n\n")
        out.append(join([self.banners(story), tag("p", {"class": "explainer-meta"}, join(meta, " · ")), tag("p", {"class": "explainer-standfirst"}, story.summary)], "\n") + "\n\n")
        if story.figures:
            out.append("## Key figures { #key-figures }\n\n" + self.figures_box(page, story, article) + "\n\n")
            contradictions = self.contradictions(page, story, article)
            if contradictions:
                out.append("## Figures that disagree { #figures-that-disagree }\n\n" + contradictions + "\n\n")
        out.append("## The article { #article }\n\n" + tag("div", {"class": "explainer-article"}, self.resolve_placeholders(page, article.html)) + "\n\n")
        cast = [(c, self.site.actors[c.actor_id]) for c in story.cast if c.actor_id in self.site.actors]
        if cast:
            items = [
                tag("li", {}, self.actor_link(page, actor), join([" ", DRAFT_LABEL]) if c.draft or actor.draft else None, tag("span", {"class": "explainer-kind"}, f" ({KIND_LABELS.get(actor.kind, actor.kind)})"), ": ", actor.summary,
                    tag("div", {"class": "explainer-role"}, self.markdown(c.role)) if c.role else None)
                for c, actor in sorted(cast, key=lambda pair: pair[1].name.lower())
            ]
            out.append(f"## Who's who {{ #whos-who {NOT_SEARCHED} }}\n\n" + tag("ul", {"class": "explainer-cast", NOT_SEARCHED: True}, *items) + "\n\n")
        if story.quotes:
            out.append("## Quotes { #quotes }\n\n" + join([self.quote(page, story, article, q) for q in story.quotes], "\n") + "\n\n")
        if story.timeline:
            events = [tag("li", {}, DRAFT_LABEL if e.draft else None, tag("span", {"class": "explainer-date"}, e.date), " ", e.text,
                          join([" (", join([self.actor_link(page, self.site.actors[a]) for a in e.actors if a in self.site.actors], ", "), ")"]) if e.actors else None)
                      for e in sorted(story.timeline, key=lambda e: e.date)]
            out.append("## Timeline { #timeline }\n\n" + tag("ol", {"class": "explainer-timeline"}, *events) + "\n\n")
        if story.places:
            items = [tag("li", {}, tag("a", {"href": self.href(page, PLACES, p.id)}, p.name), join([" ", DRAFT_LABEL]) if p.draft else None,
                         f" (also written {', '.join(p.aliases)})" if p.aliases else "", f": {p.summary}" if p.summary else "") for p in story.places]
            out.append(f"## Places {{ #places {NOT_SEARCHED} }}\n\n" + tag("ul", {NOT_SEARCHED: True}, *items) + "\n\n")
        terms = story.glossary
        if terms:
            items = [tag("li", {}, tag("a", {"href": self.href(page, GLOSSARY, t.id)}, t.term), f": {t.definition}") for t in sorted(terms, key=lambda t: t.term.lower())]
            out.append(f"## Terms {{ #terms {NOT_SEARCHED} }}\n\n" + tag("ul", {NOT_SEARCHED: True}, *items) + "\n\n")
        sources = self.story_sources(page, story)
        if sources:
            out.append("## Sources { #sources }\n\n" + sources + "\n\n")
        if story.corrections:
            items = [tag("li", {}, _time(c.date), ": ", c.text) for c in sorted(story.corrections, key=lambda c: c.date)]
            out.append("## Corrections { #corrections }\n\n" + tag("ul", {"class": "explainer-corrections"}, *items) + "\n\n")
        return "".join(out)

    def figure_card(self, page: str, story: Story, article: LinkedArticle, figure: Figure, tag_name: str = "li") -> Markup:
        sentence = article.sentence_of(figure.excerpt) if figure.excerpt else None
        parts = [
            DRAFT_LABEL if figure.draft else None,
            tag("span", {"class": "explainer-figure__value"}, figure.shown),
            tag("span", {"class": "explainer-figure__unit"}, figure.unit) if _unit_needed(figure) else None,
            tag("span", {"class": "explainer-figure__label"}, figure.label),
        ]
        others = [other for other in story.figures if other.id in figure.conflicts_with]
        if others:
            parts.append(tag("span", {"class": "explainer-figure__conflict"}, "Disagrees with ",
                             join([tag("a", {"href": f"#figure-{o.id}"}, o.shown) for o in others], ", "),
                             " in the same article: ", tag("a", {"href": "#figures-that-disagree"}, "both are shown below"), "."))
        concerned = [self.site.actors[a] for a in figure.actors if a in self.site.actors]
        if concerned:
            parts.append(tag("span", {"class": "explainer-figure__note"}, "Concerns: ", join([self.actor_link(page, a) for a in concerned], ", ")))
        if figure.note:
            parts.append(tag("span", {"class": "explainer-figure__note"}, figure.note))
        if figure.derived:
            parts.append(tag("span", {"class": "explainer-figure__note"}, f"How it follows: {figure.derived}"))
        if sentence:
            parts.append(self.sentence_link(page, story, sentence.id, "Where the article says it"))
        elif figure.source:
            source = figure.source
            parts.append(tag("span", {"class": "explainer-figure__source"}, "Source: ", tag("a", {"href": source.url, "rel": "nofollow noopener"}, source.label) if source.url else source.label))
        attrs = {"class": "explainer-figure" + (" explainer-figure--conflict" if figure.conflicts_with else ""), "id": f"figure-{figure.id}"}
        return tag(tag_name, attrs, *parts)

    def figures_box(self, page: str, story: Story, article: LinkedArticle) -> Markup:
        # Focusable and labelled: on a phone the box scrolls sideways (see explainer.css).
        return tag("ul", {"class": "explainer-figures", "tabindex": "0", "aria-label": "Key figures"}, *[self.figure_card(page, story, article, f) for f in story.figures])

    def contradictions(self, page: str, story: Story, article: LinkedArticle) -> Markup:
        """Each pair of disagreeing figures side by side, with both notes; none is picked."""
        by_id = {f.id: f for f in story.figures}
        pairs = []
        for figure in story.figures:
            for other_id in figure.conflicts_with:
                pair = tuple(sorted((figure.id, other_id)))
                if other_id in by_id and pair not in pairs:
                    pairs.append(pair)
        blocks = []
        for first, second in pairs:
            a, b = by_id[first], by_id[second]
            sides = []
            for figure in (a, b):
                sentence = article.sentence_of(figure.excerpt) if figure.excerpt else None
                sides.append(tag("div", {"class": "explainer-conflict__side"},
                                 tag("span", {"class": "explainer-figure__value"}, figure.shown),
                                 tag("span", {"class": "explainer-figure__label"}, figure.label),
                                 tag("blockquote", {}, figure.excerpt) if figure.excerpt else None,
                                 self.sentence_link(page, story, sentence.id, "In the article") if sentence else None))
            notes = [n for n in (a.note, b.note) if n]
            blocks.append(tag("div", {"class": "explainer-conflict"}, tag("div", {"class": "explainer-conflict__sides"}, *sides),
                              tag("p", {"class": "explainer-conflict__note"}, "The article gives both; we show both. " + " ".join(dict.fromkeys(notes)))))
        return join(blocks, "\n")

    def quote(self, page: str, story: Story, article: LinkedArticle, quote) -> Markup:
        speaker = self.site.actors.get(quote.speaker) if quote.speaker else None
        sentence = article.sentence_of(quote.text)
        who = join(["— ", self.actor_link(page, speaker), "."]) if speaker else tag("span", {}, "— Speaker not named in the article.")
        attribution = ATTRIBUTION_NOTES[quote.attribution] if speaker else ""
        classes = "explainer-quote" + ("" if quote.attribution == "article" else " explainer-quote--unattributed")
        return tag("figure", {"class": classes},
                   DRAFT_LABEL if quote.draft else None,
                   tag("blockquote", {}, tag("p", {}, f"“{quote.text}”")),
                   tag("figcaption", {}, who,
                       tag("span", {"class": "explainer-attribution"}, f" {attribution}") if attribution else None,
                       tag("span", {"class": "explainer-quote__note"}, f" {quote.note}") if quote.note else None,
                       join([" ", self.sentence_link(page, story, sentence.id, "In context")]) if sentence else None))

    def story_sources(self, page: str, story: Story) -> Markup:
        items = []
        if story.source:
            items.append(tag("li", {}, "The article: ", tag("a", {"href": story.source.url, "rel": "nofollow noopener"}, story.source.label) if story.source.url else story.source.label))
        seen = set()
        for cast in story.cast:
            actor = self.site.actors.get(cast.actor_id)
            for source in actor.sources if actor else ():
                key = (source.label, source.url)
                if key not in seen:
                    seen.add(key)
                    items.append(tag("li", {}, tag("a", {"href": source.url, "rel": "nofollow noopener"}, source.label) if source.url else source.label))
        for figure in story.figures:
            if figure.source and (figure.source.label, figure.source.url) not in seen:
                seen.add((figure.source.label, figure.source.url))
                items.append(tag("li", {}, tag("a", {"href": figure.source.url, "rel": "nofollow noopener"}, figure.source.label) if figure.source.url else figure.source.label))
        return tag("ul", {"class": "explainer-sources"}, *items) if items else Markup("")

    def actor(self, actor: Actor) -> str:
        page = actor_page(actor.id)
        stories = self.index.stories_of_actor.get(actor.id, ())
        out = [front_matter({"title": plain_attribute(actor.name), "description": plain_attribute(actor.summary)})]
        out.append(f"# {md_escape(actor.name)}\n\n")
        facts = [KIND_LABELS.get(actor.kind, actor.kind)]
        if actor.aliases:
            facts.append("Also written: " + ", ".join(actor.aliases))
        if actor.as_of:
            facts.append(f"As of {_date(actor.as_of)}")
        out.append(join([tag("p", {"class": "explainer-meta"}, " · ".join(facts)), tag("p", {"class": "explainer-standfirst"}, actor.summary)], "\n") + "\n\n")
        if self.sample_only(stories):
            out.append(tag("div", {"class": "explainer-banner explainer-banner--sample", "role": "note"}, tag("strong", {}, "Sample."),
                           " This entry appears only in sample stories, written to demonstrate the explainer tool. It is not news.") + "\n\n")
        if actor.draft:
            out.append(tag("div", {"class": "explainer-banner explainer-banner--draft", "role": "note"}, tag("strong", {}, "Draft."), " This entry was drafted by the importer and is not checked yet.") + "\n\n")
        if actor.background:
            out.append("## Background { #background }\n\n" + tag("div", {"class": "explainer-background"}, self.markdown(actor.background)) + "\n\n")
        roles = []
        for story in stories:
            cast = next((c for c in story.cast if c.actor_id == actor.id), None)
            body = [tag("h3", {}, self.story_link(page, story), " ", self.labels(story))]
            if cast and cast.role:
                body.append(self.markdown(cast.role))
            unmentioned = cast and (cast.unmentioned or actor.unmentioned) and ("actor", actor.id) not in self.index.articles[story.slug].mentioned
            if unmentioned:
                body.append(tag("p", {"class": "explainer-unmentioned"}, "Not named in the article: ", cast.unmentioned or actor.unmentioned))
            roles.append(join(body, "\n"))
        if roles:
            out.append("## In the stories { #in-the-stories }\n\n" + tag("div", {"class": "explainer-roles"}, join(roles, "\n")) + "\n\n")
        quotes = [(story, q) for story in stories for q in story.quotes if q.speaker == actor.id]
        if quotes:
            out.append("## What they said { #what-they-said }\n\n" + join([self.quote(page, s, self.index.articles[s.slug], q) for s, q in quotes], "\n") + "\n\n")
        mentions = []
        for story in stories:
            article = self.index.articles[story.slug]
            ids = article.mentions.get(("actor", actor.id), ())
            if not ids:
                continue
            by_id = {s.id: s for s in article.sentences}
            items = [tag("li", {}, self.sentence_link(page, story, sid, by_id[sid].text)) for sid in ids if sid in by_id]
            mentions.append(join([tag("h3", {}, self.story_link(page, story)), tag("ol", {"class": "explainer-mentions"}, *items)], "\n"))
        if mentions:
            out.append(f"## Mentioned in {{ #mentioned-in {NOT_SEARCHED} }}\n\n" + tag("div", {"class": "explainer-mentions-block", NOT_SEARCHED: True}, join(mentions, "\n")) + "\n\n")
        related = self.related(page, actor)
        if related:
            out.append("## Related actors { #related-actors }\n\n" + related + "\n\n")
        if actor.sources:
            items = [tag("li", {}, tag("a", {"href": s.url, "rel": "nofollow noopener"}, s.label) if s.url else s.label) for s in actor.sources]
            out.append("## Sources { #sources }\n\n" + tag("ul", {"class": "explainer-sources"}, *items) + "\n\n")
        return "".join(out)

    def related(self, page: str, actor: Actor) -> Markup:
        labels = {"ally": "Ally", "opponent": "Opponent", "member-of": "Member of", "leads": "Leads", "part-of": "Part of", "other": "Related"}
        inverse = {"member-of": "Has member", "leads": "Led by", "part-of": "Includes"}
        items = []
        for relation in actor.relations:
            other = self.site.actors.get(relation.to)
            if other:
                items.append(tag("li", {}, f"{labels[relation.type]}: ", self.actor_link(page, other), f" — {relation.note}" if relation.note else ""))
        for other, relation in self.index.related_to.get(actor.id, ()):
            if not any(r.to == other.id for r in actor.relations):
                label = inverse.get(relation.type, labels[relation.type])
                items.append(tag("li", {}, f"{label}: ", self.actor_link(page, other), f" — {relation.note}" if relation.note else ""))
        return tag("ul", {"class": "explainer-related"}, *items) if items else Markup("")

    def actors_index(self) -> str:
        page = ACTORS_INDEX
        out = [front_matter({"title": "Actors", "description": "Every person, organisation, state and group in the stories."}), "# Actors\n\n"]
        by_kind = defaultdict(list)
        for actor in self.site.actors.values():
            by_kind[actor.kind].append(actor)
        for kind in sorted(by_kind, key=lambda k: KIND_LABELS.get(k, k)):
            label = KIND_LABELS.get(kind, kind)
            items = [tag("li", {}, self.actor_link(page, a), join([" ", SAMPLE_LABEL]) if self.sample_only(self.index.stories_of_actor.get(a.id, ())) else None, f": {a.summary}")
                     for a in sorted(by_kind[kind], key=lambda a: a.name.lower())]
            out.append(f"## {md_escape(label)} {{ #{kind} }}\n\n" + tag("ul", {"class": "explainer-actor-index"}, *items) + "\n\n")
        return "".join(out)

    def glossary(self) -> str:
        page = GLOSSARY
        out = [front_matter({"title": "Glossary", "description": "Terms used in the stories, with their definitions."}), "# Glossary\n\n"]
        letters = defaultdict(list)
        for term in sorted(self.site.terms.values(), key=lambda t: t.term.lower()):
            letters[slugify(term.term[:1]).upper()].append(term)  # "Éclat" files under E
        for letter, terms in sorted(letters.items()):
            entries = []
            for term in terms:
                stories = self.index.stories_of_term.get(term.id, ())
                details = [tag("p", {}, term.definition)]
                if term.aliases:
                    details.append(tag("p", {"class": "explainer-meta"}, "Also: " + ", ".join(term.aliases)))
                if term.actor and term.actor in self.site.actors:
                    details.append(tag("p", {}, "See ", self.actor_link(page, self.site.actors[term.actor])))
                if stories:
                    details.append(tag("p", {"class": "explainer-meta"}, "Used in: ", self.labelled_story_links(page, stories)))
                labels = [label for label, shown in ((SAMPLE_LABEL, self.sample_only(stories)), (DRAFT_LABEL, term.draft)) if shown]
                entries.append(join([tag("dt", {"id": term.id}, term.term, join([" ", join(labels, " ")]) if labels else None), tag("dd", {}, *details)]))
            anchor = f"letter-{slugify(letter)}"
            out.append(f"## {md_escape(letter)} {{ #{anchor} }}\n\n" + tag("dl", {"class": "explainer-glossary"}, *entries) + "\n\n")
        return "".join(out)

    def places(self) -> str:
        page = PLACES
        out = [front_matter({"title": "Places", "description": "Places named in the stories."}), "# Places\n\n"]
        entries = []
        for place in sorted(self.site.places.values(), key=lambda p: p.name.lower()):
            stories = self.index.stories_of_place.get(place.id, ())
            details = []
            if place.aliases:
                details.append(tag("p", {"class": "explainer-meta"}, "Also written: " + ", ".join(place.aliases)))
            if place.summary:
                details.append(tag("p", {}, place.summary))
            if place.coordinates:
                lat, lon = place.coordinates
                details.append(tag("p", {"class": "explainer-meta"}, f"{abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.2f}° {'E' if lon >= 0 else 'W'}"))
            if stories:
                details.append(tag("p", {"class": "explainer-meta"}, "Named in: ", self.labelled_story_links(page, stories)))
            labels = [label for label, shown in ((SAMPLE_LABEL, self.sample_only(stories)), (DRAFT_LABEL, place.draft)) if shown]
            entries.append(join([tag("dt", {"id": place.id}, place.name, join([" ", join(labels, " ")]) if labels else None), tag("dd", {}, *details)]))
        out.append(tag("dl", {"class": "explainer-places"}, *entries) + "\n")
        return "".join(out)



def error_banner(problems) -> Markup:
    """The list of content errors an editor sees on the preview while they remain."""
    items = [tag("li", {}, tag("code", {}, p.format())) for p in problems]
    return tag("div", {"class": "explainer-banner explainer-banner--error", "role": "alert"},
               tag("p", {}, tag("strong", {}, f"{len(items)} problem(s) in the content."), " Fix them and save: this page reloads by itself."),
               tag("ul", {}, *items))


def error_page(problems) -> str:
    """What a page that cannot be built shows under `mkdocs serve`."""
    return front_matter({"title": "Content errors"}) + "# Content errors\n\n" + error_banner(problems) + "\n"
