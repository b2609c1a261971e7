"""The story page: headline, standfirst, key figures, the linked article, who's who, quotes and the rest."""

from __future__ import annotations

import datetime as dt

from ..linking import LinkedArticle
from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Actor, Cast, Story
from ..urls import story_page
from .figures import figures_box
from .parts import DRAFT_LABEL, KIND_GROUPS, NOT_SEARCHED, UNNAMED_LABEL, Context, Links, banner, section, source_link
from .parts import sources_line, time_tag
from .topics import topic_links


def story(context: Context, story: Story) -> str:
    """The whole story page, in a reader's order; a section with nothing to show is left out.

    Headline, standfirst and key figures first; then the pictures (map,
    timeline) and the article; then who's who, quotes and the reference lists.
    """
    links = context.on(story_page(story.slug))
    article = context.index.articles[story.slug]
    out = [front_matter({"title": plain_attribute(story.title), "description": plain_attribute(story.summary)}),
           f"# {md_escape(story.title)}\n\n", header(links, story) + "\n\n"]
    if story.figures:
        out.append(section("Key figures", "key-figures", figures_box(links, story, article)))
    out.append(section("The article", "article", tag("div", {"class": "explainer-article"}, Markup(article.html))))
    out.append(editors_notes(links, story, article))
    out.append(whos_who(links, story))
    if story.quotes:
        out.append(section("Quotes", "quotes", join([links.quote(story, article, q) for q in story.quotes], "\n")))
    out += [timeline(links, story), places(links, story), terms(links, story), sources(story, context),
            corrections(story)]
    return "".join(out)


def header(links: Links, story: Story) -> Markup:
    """Banners, the dateline (published, facts as of, topics, source) and the standfirst."""
    banners = []
    if story.sample:
        banners.append(banner("sample", "Sample story.", " This story was written to demonstrate the explainer tool. "
                              "It is not news, and the people and events in it are not real reporting."))
    if story.is_draft:
        banners.append(banner("draft", "Draft.", " This story is not checked for publication; "
                              "a strict build refuses to publish it."))
    dates = [tag("span", {}, "Published ", time_tag(story.date))]
    if story.as_of:
        dates.append(tag("span", {}, "Story facts as of ", time_tag(story.as_of)))
    latest = _latest_background(links, story)
    if latest:
        dates.append(tag("span", {}, tag("a", {"href": "#whos-who"}, "Backgrounds"),
                         " as of their own dates, up to ", time_tag(latest)))
    lines = [join(dates, " · "), join(["Topics: ", topic_links(links, story)]) if story.tags else None,
             join(["Source: ", source_link(story.source)]) if story.source else None]
    dateline = tag("div", {"class": "explainer-dateline"},
                   *[tag("p", {"class": "explainer-meta"}, line) for line in lines if line])
    return join([join(banners), dateline, tag("p", {"class": "explainer-standfirst"}, story.summary)], "\n")


def _latest_background(links: Links, story: Story) -> dt.date | None:
    """The newest date of a cast actor's summary and background when it is not the story's: two dates to tell apart."""
    facts_date = story.as_of or story.date
    actors = links.context.site.actors
    dates = [actors[c.actor_id].as_of for c in story.cast if c.actor_id in actors]
    later = [d for d in dates if d and d != facts_date]
    return max(later) if later else None


def editors_notes(links: Links, story: Story, article: LinkedArticle) -> str:
    """What the editors add at sentences of the article: each note quotes its words, links back, cites sources."""
    if not story.notes:
        return ""
    items = []
    for number, note in enumerate(story.notes, start=1):
        back = tag("a", {"href": f"#note-ref-{number}", "class": "explainer-jump"}, "Back to the sentence") \
            if number in article.noted else None
        items.append(tag("li", {"id": f"note-{number}", "class": "explainer-note"}, DRAFT_LABEL if note.draft else None,
                         tag("blockquote", {}, f"“{note.excerpt}”"), tag("p", {}, note.text),
                         sources_line(note.sources), back))
    return section("Editors' notes", "editors-notes", tag("ol", {"class": "explainer-notes"}, *items))


def whos_who(links: Links, story: Story) -> str:
    """The cast by kind, in the order the article names them, the unnamed last; kept out of search."""
    actors = links.context.site.actors
    cast = [(c, actors[c.actor_id]) for c in story.cast if c.actor_id in actors]
    if not cast:
        return ""
    article = links.context.index.articles[story.slug]
    order = {sentence.id: number for number, sentence in enumerate(article.sentences)}

    def reading_order(pair) -> tuple:
        """Named actors where the article first names them; the unnamed after, by name."""
        mentions = article.mentions.get(pair[1].ref, ())
        return (0, order.get(mentions[0], 0), "") if mentions else (1, 0, pair[1].name.lower())

    groups: dict[str, list] = {}
    for pair in cast:
        groups.setdefault(pair[1].kind, []).append(pair)
    blocks = []
    for kind in sorted(groups, key=lambda k: (list(KIND_GROUPS).index(k) if k in KIND_GROUPS else 99, k)):
        items = [cast_entry(links, story, c, actor) for c, actor in sorted(groups[kind], key=reading_order)]
        # A heading to assistive technology, not an <h3>, which would crowd the table of contents.
        blocks += [tag("p", {"class": "explainer-cast__kind", "role": "heading", "aria-level": "3", NOT_SEARCHED: True},
                       KIND_GROUPS.get(kind, kind)),
                   tag("ul", {"class": "explainer-cast", NOT_SEARCHED: True}, *items)]
    # No wrapping <div>: Material's search indexer matches skipped elements by tag name, so a skipped
    # <div> holding the roles' <div>s stops being skipped at the first one's end (and the build fails).
    return section("Who's who", "whos-who", join(blocks), searched=False)


def cast_entry(links: Links, story: Story, cast: Cast, actor: Actor) -> Markup:
    """One actor in who's who: name, labels, summary (with its own date when it differs), role, why unnamed."""
    unnamed = actor.ref not in links.context.index.articles[story.slug].mentioned
    reason = cast.unmentioned or actor.unmentioned
    dated = actor.as_of and actor.as_of != (story.as_of or story.date)
    return tag(
        "li", {}, links.actor(actor), join([" ", DRAFT_LABEL]) if cast.draft or actor.draft else None,
        join([" ", UNNAMED_LABEL]) if unnamed else None, ": ", actor.summary,
        join([" ", tag("span", {"class": "explainer-meta explainer-as-of"}, "(as of ", time_tag(actor.as_of), ")")])
        if dated else None,
        tag("div", {"class": "explainer-role"}, links.context.markdown(cast.role)) if cast.role else None,
        tag("p", {"class": "explainer-unmentioned"}, reason) if unnamed and reason else None)


def timeline(links: Links, story: Story) -> str:
    """The dated events in date order, each with the actors involved."""
    if not story.timeline:
        return ""
    actors = links.context.site.actors
    events = [tag("li", {}, DRAFT_LABEL if e.draft else None, tag("span", {"class": "explainer-date"}, e.date), " ",
                  e.text,
                  join([" (", join([links.actor(actors[a]) for a in e.actors if a in actors], ", "), ")"])
                  if e.actors else None)
              for e in sorted(story.timeline, key=lambda e: e.date)]
    return section("Timeline", "timeline", tag("ol", {"class": "explainer-timeline"}, *events))


def places(links: Links, story: Story) -> str:
    """The story's places, each linked to the places page (kept out of search: that page says it)."""
    if not story.places:
        return ""
    items = [tag("li", {}, tag("a", {"href": links.to(p.ref)}, p.name),
                 join([" ", DRAFT_LABEL]) if p.draft else None,
                 f" (also written {', '.join(p.aliases)})" if p.aliases else "", f": {p.summary}" if p.summary else "")
             for p in story.places]
    return section("Places", "places", tag("ul", {NOT_SEARCHED: True}, *items), searched=False)


def terms(links: Links, story: Story) -> str:
    """The story's glossary, alphabetically, each term linked to the glossary page (kept out of search)."""
    if not story.glossary:
        return ""
    items = [tag("li", {}, tag("a", {"href": links.to(t.ref)}, t.term), f": {t.definition}")
             for t in sorted(story.glossary, key=lambda t: t.term.lower())]
    return section("Terms", "terms", tag("ul", {NOT_SEARCHED: True}, *items), searched=False)


def sources(story: Story, context: Context) -> str:
    """The article's source, then each cast actor's, figure's, quote's, note's, term's and place's, each once."""
    found = []
    for cast in story.cast:
        actor = context.site.actors.get(cast.actor_id)
        found += actor.sources if actor else ()
    found += [figure.source for figure in story.figures if figure.source]
    found += [quote.source for quote in story.quotes if quote.source]
    found += [source for entry in (*story.notes, *story.glossary, *story.places) for source in entry.sources]
    items = [tag("li", {}, "The article: ", source_link(story.source))] if story.source else []
    seen = set()
    for source in found:
        if (source.label, source.url) not in seen:
            seen.add((source.label, source.url))
            items.append(tag("li", {}, source_link(source)))
    if not items:
        return ""
    return section("Sources", "sources", tag("ul", {"class": "explainer-sources"}, *items))


def corrections(story: Story) -> str:
    """The story's corrections, oldest first, at the foot of the page."""
    if not story.corrections:
        return ""
    items = [tag("li", {}, time_tag(c.date), ": ", c.text) for c in sorted(story.corrections, key=lambda c: c.date)]
    return section("Corrections", "corrections", tag("ul", {"class": "explainer-corrections"}, *items))
