"""The story page: headline, standfirst, key figures, the linked article, who's who, quotes and the rest."""

from __future__ import annotations

import datetime as dt

from ..linking import LinkedArticle
from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..i18n import Words, direction_of
from ..model import Actor, Cast, Story
from .figures import figures_box
from .parts import KIND_GROUPS, NOT_SEARCHED, Context, Links, banner, draft_label, section, source_link, sources_line
from .parts import time_tag, unnamed_label
from .topics import topic_links
from . import pictures


def story(context: Context, story: Story) -> str:
    """The whole story page, in a reader's order; a section with nothing to show is left out.

    Headline, standfirst and key figures first; then the pictures (map,
    timeline) and the article; then who's who, quotes and the reference lists.
    """
    links = context.on(context.layout.story_page(story.slug))
    article = context.index.articles[story.slug]
    words = context.words
    out = [front_matter({"title": plain_attribute(story.title), "description": plain_attribute(story.summary)}),
           f"# {md_escape(story.title)}\n\n", header(links, story) + "\n\n"]
    if story.figures:
        out.append(section(words["heading.key_figures"], "key-figures", figures_box(links, story, article)))
        out.append(pictures.figure_bars(story, words) + "\n\n")
    out += [pictures.story_map(links, story), pictures.story_timeline(links, story)]
    out.append(section(words["heading.article"], "article", article_block(story, article, words)))
    out.append(editors_notes(links, story, article))
    out += [pictures.story_graph(links, story), whos_who(links, story)]
    if story.quotes:
        out.append(section(words["heading.quotes"], "quotes",
                           join([links.quote(story, article, q) for q in story.quotes], "\n")))
    out += [places(links, story), terms(links, story), sources(story, context),
            corrections(story, words)]
    return "".join(out)


def header(links: Links, story: Story) -> Markup:
    """Banners, the dateline (published, facts as of, topics, source) and the standfirst."""
    banners, words = [], links.context.words
    if story.sample:
        banners.append(banner("sample", words["banner.sample_story.lead"], words["banner.sample_story.text"]))
    if story.is_draft:
        banners.append(banner("draft", words["banner.draft_story.lead"], words["banner.draft_story.text"]))
    dates = [tag("span", {}, words["story.published"], time_tag(story.date, words))]
    if story.as_of:
        dates.append(tag("span", {}, words["story.facts_as_of"], time_tag(story.as_of, words)))
    latest = _latest_background(links, story)
    if latest:
        dates.append(tag("span", {}, words.fill("story.backgrounds_as_of", backgrounds=tag(
            "a", {"href": "#whos-who"}, words["story.backgrounds"]), date=time_tag(latest, words))))
    lines = [join(dates, " · "), join([words["story.topics"], topic_links(links, story)]) if story.tags else None,
             join([words["source.one"], source_link(story.source)]) if story.source else None]
    dateline = tag("div", {"class": "explainer-dateline"},
                   *[tag("p", {"class": "explainer-meta"}, line) for line in lines if line])
    return join([join(banners), dateline, tag("p", {"class": "explainer-standfirst"}, story.summary)], "\n")


def article_block(story: Story, article: LinkedArticle, words: Words) -> Markup:
    """The linked article in its container; one in another language than the site's says so (lang, dir)."""
    language = story.language if story.language and story.language != words.requested else None
    direction = direction_of(language) if language and direction_of(language) != words.direction else None
    return tag("div", {"class": "explainer-article", "lang": language, "dir": direction}, Markup(article.html))


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
    words = links.context.words
    items = []
    for number, note in enumerate(story.notes, start=1):
        back = tag("a", {"href": f"#note-ref-{number}", "class": "explainer-jump"}, words["note.back"]) \
            if number in article.noted else None
        items.append(tag("li", {"id": f"note-{number}", "class": "explainer-note"},
                         draft_label(words) if note.draft else None,
                         tag("blockquote", {}, words.format("quote.marks", text=note.excerpt)), tag("p", {}, note.text),
                         sources_line(note.sources, words), back))
    return section(words["heading.editors_notes"], "editors-notes", tag("ol", {"class": "explainer-notes"}, *items))


def whos_who(links: Links, story: Story) -> str:
    """The cast by kind, in the order the article names them, the unnamed last; kept out of search."""
    actors = links.context.site.actors
    cast = [(c, actors[c.actor_id]) for c in story.cast if c.actor_id in actors]
    if not cast:
        return ""
    article = links.context.index.articles[story.slug]
    order = {sentence.id: number for number, sentence in enumerate(article.sentences)}
    words = links.context.words

    def reading_order(pair) -> tuple:
        """Named actors where the article first names them; the unnamed after, by name."""
        mentions = article.mentions.get(pair[1].ref, ())
        return (0, order.get(mentions[0], 0), "") if mentions else (1, 0, pair[1].name.lower())

    groups: dict[str, list] = {}
    for pair in cast:
        groups.setdefault(pair[1].kind, []).append(pair)
    blocks = []
    for kind in sorted(groups, key=lambda k: (KIND_GROUPS.index(k) if k in KIND_GROUPS else 99, k)):
        items = [cast_entry(links, story, c, actor) for c, actor in sorted(groups[kind], key=reading_order)]
        # A heading to assistive technology, not an <h3>, which would crowd the table of contents.
        heading = words[f"group.{kind}"] if f"group.{kind}" in words else kind
        blocks += [tag("p", {"class": "explainer-cast__kind", "role": "heading", "aria-level": "3", NOT_SEARCHED: True},
                       heading),
                   tag("ul", {"class": "explainer-cast", NOT_SEARCHED: True}, *items)]
    # No wrapping <div>: Material's search indexer matches skipped elements by tag name, so a skipped
    # <div> holding the roles' <div>s stops being skipped at the first one's end (and the build fails).
    return section(words["heading.whos_who"], "whos-who", join(blocks), searched=False)


def cast_entry(links: Links, story: Story, cast: Cast, actor: Actor) -> Markup:
    """One actor in who's who: name, labels, summary (with its own date when it differs), role, why unnamed."""
    words = links.context.words
    unnamed = actor.ref not in links.context.index.articles[story.slug].mentioned
    reason = cast.unmentioned or actor.unmentioned
    dated = actor.as_of and actor.as_of != (story.as_of or story.date)
    return tag(
        "li", {}, links.actor(actor), join([" ", draft_label(words)]) if cast.draft or actor.draft else None,
        join([" ", unnamed_label(words)]) if unnamed else None, words["colon"], actor.summary,
        join([" ", tag("span", {"class": "explainer-meta explainer-as-of"},
                       words.fill("actor.as_of_paren", date=time_tag(actor.as_of, words)))]) if dated else None,
        tag("div", {"class": "explainer-role"}, links.context.markdown(cast.role)) if cast.role else None,
        tag("p", {"class": "explainer-unmentioned"}, reason) if unnamed and reason else None)


def places(links: Links, story: Story) -> str:
    """The story's places, each linked to the places page (kept out of search: that page says it)."""
    if not story.places:
        return ""
    words = links.context.words
    items = [tag("li", {}, tag("a", {"href": links.to(p.ref)}, p.name),
                 join([" ", draft_label(words)]) if p.draft else None,
                 " " + words.format("place.also_written", names=words.list(p.aliases)) if p.aliases else "",
                 words["colon"] + p.summary if p.summary else "")
             for p in story.places]
    return section(words["heading.places"], "places", tag("ul", {NOT_SEARCHED: True}, *items), searched=False)


def terms(links: Links, story: Story) -> str:
    """The story's glossary, alphabetically, each term linked to the glossary page (kept out of search)."""
    if not story.glossary:
        return ""
    words = links.context.words
    items = [tag("li", {}, tag("a", {"href": links.to(t.ref)}, t.term), words["colon"] + t.definition)
             for t in sorted(story.glossary, key=lambda t: (t.id, t.term))]
    return section(words["heading.terms"], "terms", tag("ul", {NOT_SEARCHED: True}, *items), searched=False)


def sources(story: Story, context: Context) -> str:
    """The article's source, then each cast actor's, figure's, quote's, note's, term's and place's, each once."""
    found = []
    for cast in story.cast:
        actor = context.site.actors.get(cast.actor_id)
        found += actor.sources if actor else ()
    found += [figure.source for figure in story.figures if figure.source]
    found += [quote.source for quote in story.quotes if quote.source]
    found += [source for entry in (*story.notes, *story.glossary, *story.places) for source in entry.sources]
    words = context.words
    items = [tag("li", {}, words["source.article"], source_link(story.source))] if story.source else []
    seen = set()
    for source in found:
        if (source.label, source.url) not in seen:
            seen.add((source.label, source.url))
            items.append(tag("li", {}, source_link(source)))
    if not items:
        return ""
    return section(words["heading.sources"], "sources", tag("ul", {"class": "explainer-sources"}, *items))


def corrections(story: Story, words: Words) -> str:
    """The story's corrections, oldest first, at the foot of the page."""
    if not story.corrections:
        return ""
    items = [tag("li", {}, time_tag(c.date, words), words["colon"], c.text)
             for c in sorted(story.corrections, key=lambda c: c.date)]
    return section(words["heading.corrections"], "corrections", tag("ul", {"class": "explainer-corrections"}, *items))
