"""The story page: headline, standfirst, key figures, the linked article, who's who, quotes and the rest."""

from __future__ import annotations

from ..linking import LinkedArticle
from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Figure, Story
from ..urls import GLOSSARY, PLACES, story_page
from ..i18n import Words, direction_of
from .parts import NOT_SEARCHED, Context, Links, banner, draft_label, kind_label, section, source_link, sources_line
from .parts import shown, time_tag, unnamed_label

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def story(context: Context, story: Story) -> str:
    """The whole story page, sections in reading order; a section with nothing to show is left out."""
    links = context.on(story_page(story.slug))
    article = context.index.articles[story.slug]
    words = context.words
    out = [front_matter({"title": plain_attribute(story.title), "description": plain_attribute(story.summary)}),
           f"# {md_escape(story.title)}\n\n", header(story, words) + "\n\n"]
    if story.figures:
        out.append(section(words["heading.key_figures"], "key-figures", figures_box(links, story, article)))
        disagreements = contradictions(links, story, article)
        if disagreements:
            out.append(section(words["heading.figures_disagree"], "figures-that-disagree", disagreements))
    # An article in another language than the site's says so, for screen readers and translators.
    language = story.language if story.language and story.language != words.requested else None
    direction = direction_of(language) if language and direction_of(language) != words.direction else None
    out.append(section(words["heading.article"], "article",
                       tag("div", {"class": "explainer-article", "lang": language, "dir": direction},
                           Markup(article.html))))
    out.append(editors_notes(links, story, article))
    out.append(whos_who(links, story))
    if story.quotes:
        out.append(section(words["heading.quotes"], "quotes",
                           join([links.quote(story, article, q) for q in story.quotes], "\n")))
    out += [timeline(links, story), places(links, story), terms(links, story), sources(story, context),
            corrections(story, words)]
    return "".join(out)


def header(story: Story, words: Words) -> Markup:
    """Banners, the dateline (published, facts as of, topics, source) and the standfirst."""
    banners = []
    if story.sample:
        banners.append(banner("sample", words["banner.sample_story.lead"], words["banner.sample_story.text"]))
    if story.is_draft:
        banners.append(banner("draft", words["banner.draft_story.lead"], words["banner.draft_story.text"]))
    meta = [tag("span", {}, words["story.published"], time_tag(story.date, words))]
    if story.as_of:
        meta.append(tag("span", {}, words["story.as_of"], time_tag(story.as_of, words)))
    if story.tags:
        meta.append(tag("span", {}, words["story.topics"] + words.list(story.tags)))
    if story.source:
        meta.append(tag("span", {}, words["source.one"], source_link(story.source)))
    return join([join(banners), tag("p", {"class": "explainer-meta"}, join(meta, " · ")),
                 tag("p", {"class": "explainer-standfirst"}, story.summary)], "\n")


def _unit_needed(figure: Figure) -> bool:
    """Print the unit unless the printed value already says it ("$1.5 billion" for USD)."""
    if not figure.unit:
        return False
    shown = figure.shown.lower()
    sign = CURRENCY_SIGNS.get(figure.unit.upper())
    return figure.unit.lower() not in shown and not (sign and sign in shown)


def figure_card(links: Links, story: Story, article: LinkedArticle, figure: Figure) -> Markup:
    """One key figure: value, unit, label, what it disagrees with and concerns, and where it comes from."""
    sentence = article.sentence_of(figure.excerpt) if figure.excerpt else None
    words = links.context.words
    parts = [
        draft_label(words) if figure.draft else None,
        tag("span", {"class": "explainer-figure__value"}, shown(figure, words)),
        tag("span", {"class": "explainer-figure__unit"}, figure.unit) if _unit_needed(figure) else None,
        tag("span", {"class": "explainer-figure__label"}, figure.label),
    ]
    others = [other for other in story.figures if other.id in figure.conflicts_with]
    if others:
        values = join([tag("a", {"href": f"#figure-{o.id}"}, shown(o, words)) for o in others], words["list_separator"])
        both = tag("a", {"href": "#figures-that-disagree"}, words["figure.both_shown"])
        parts.append(tag("span", {"class": "explainer-figure__conflict"},
                         words.fill("figure.disagrees", values=values, link=both)))
    actors = links.context.site.actors
    concerned = [actors[a] for a in figure.actors if a in actors]
    if concerned:
        parts.append(tag("span", {"class": "explainer-figure__note"}, words["figure.concerns"],
                         join([links.actor(a) for a in concerned], words["list_separator"])))
    if figure.note:
        parts.append(tag("span", {"class": "explainer-figure__note"}, figure.note))
    if figure.derived:
        parts.append(tag("span", {"class": "explainer-figure__note"}, words["figure.derived"] + figure.derived))
    if sentence:
        parts.append(links.sentence(story, sentence.id, words["figure.where"]))
    elif figure.source:
        parts.append(tag("span", {"class": "explainer-figure__source"}, words["source.one"],
                         source_link(figure.source)))
    attrs = {"class": "explainer-figure" + (" explainer-figure--conflict" if figure.conflicts_with else ""),
             "id": f"figure-{figure.id}"}
    return tag("li", attrs, *parts)


def figures_box(links: Links, story: Story, article: LinkedArticle) -> Markup:
    """The key-figures box: one card per figure, in the sheet's order."""
    # Focusable and labelled: on a phone the box scrolls sideways (see explainer.css).
    label = links.context.words["heading.key_figures"]
    return tag("ul", {"class": "explainer-figures", "tabindex": "0", "aria-label": label},
               *[figure_card(links, story, article, f) for f in story.figures])


def contradictions(links: Links, story: Story, article: LinkedArticle) -> Markup:
    """Each pair of disagreeing figures side by side, with both notes; none is picked."""
    by_id = {f.id: f for f in story.figures}
    words = links.context.words
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
                             tag("span", {"class": "explainer-figure__value"}, shown(figure, words)),
                             tag("span", {"class": "explainer-figure__label"}, figure.label),
                             tag("blockquote", {}, figure.excerpt) if figure.excerpt else None,
                             links.sentence(story, sentence.id, words["conflict.in_article"]) if sentence else None))
        notes = [n for n in (a.note, b.note) if n]
        blocks.append(tag("div", {"class": "explainer-conflict"},
                          tag("div", {"class": "explainer-conflict__sides"}, *sides),
                          tag("p", {"class": "explainer-conflict__note"},
                              " ".join([words["conflict.both"], *dict.fromkeys(notes)]))))
    return join(blocks, "\n")


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
    """The cast by name: kind, summary and role in this story (kept out of search: actor pages say it)."""
    actors = links.context.site.actors
    cast = [(c, actors[c.actor_id]) for c in story.cast if c.actor_id in actors]
    if not cast:
        return ""
    markdown, words = links.context.markdown, links.context.words
    mentioned = links.context.index.articles[story.slug].mentioned
    items = []
    for c, actor in sorted(cast, key=lambda pair: pair[1].name.lower()):
        # An actor the article never names says so here, with the sheet's reason, wherever it sorts.
        unnamed = actor.ref not in mentioned
        reason = c.unmentioned or actor.unmentioned
        items.append(tag(
            "li", {}, links.actor(actor), join([" ", draft_label(words)]) if c.draft or actor.draft else None,
            join([" ", unnamed_label(words)]) if unnamed else None,
            tag("span", {"class": "explainer-kind"}, f" ({kind_label(words, actor.kind)})"), words["colon"],
            actor.summary,
            tag("div", {"class": "explainer-role"}, markdown(c.role)) if c.role else None,
            tag("p", {"class": "explainer-unmentioned"}, reason) if unnamed and reason
            else None))
    return section(words["heading.whos_who"], "whos-who",
                   tag("ul", {"class": "explainer-cast", NOT_SEARCHED: True}, *items),
                   searched=False)


def timeline(links: Links, story: Story) -> str:
    """The dated events in date order, each with the actors involved."""
    if not story.timeline:
        return ""
    actors, words = links.context.site.actors, links.context.words
    events = [tag("li", {}, draft_label(words) if e.draft else None,
                  tag("span", {"class": "explainer-date"}, time_tag(e.date, words)), " ",
                  e.text,
                  join([" (", join([links.actor(actors[a]) for a in e.actors if a in actors], words["list_separator"]),
                        ")"])
                  if e.actors else None)
              for e in sorted(story.timeline, key=lambda e: e.date)]
    return section(words["heading.timeline"], "timeline", tag("ol", {"class": "explainer-timeline"}, *events))


def places(links: Links, story: Story) -> str:
    """The story's places, each linked to the places page (kept out of search: that page says it)."""
    if not story.places:
        return ""
    words = links.context.words
    items = [tag("li", {}, tag("a", {"href": links.href(PLACES, p.id)}, p.name),
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
    items = [tag("li", {}, tag("a", {"href": links.href(GLOSSARY, t.id)}, t.term), words["colon"] + t.definition)
             for t in sorted(story.glossary, key=lambda t: t.term.lower())]
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
