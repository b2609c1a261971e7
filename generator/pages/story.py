"""The story page: headline, standfirst, key figures, the linked article, who's who, quotes and the rest."""

from __future__ import annotations

from ..linking import LinkedArticle
from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Figure, Story
from ..urls import GLOSSARY, PLACES, story_page
from . import pictures
from .parts import DRAFT_LABEL, KIND_LABELS, NOT_SEARCHED, UNNAMED_LABEL, Context, Links, banner, section, source_link
from .parts import sources_line, time_tag

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def story(context: Context, story: Story) -> str:
    """The whole story page, sections in reading order; a section with nothing to show is left out."""
    links = context.on(story_page(story.slug))
    article = context.index.articles[story.slug]
    out = [front_matter({"title": plain_attribute(story.title), "description": plain_attribute(story.summary)}),
           f"# {md_escape(story.title)}\n\n", header(story) + "\n\n"]
    if story.figures:
        out.append(section("Key figures", "key-figures", figures_box(links, story, article)))
        out.append(pictures.figure_bars(story) + "\n\n")
        disagreements = contradictions(links, story, article)
        if disagreements:
            out.append(section("Figures that disagree", "figures-that-disagree", disagreements))
    out += [pictures.story_map(links, story), pictures.story_timeline(links, story)]
    out.append(section("The article", "article", tag("div", {"class": "explainer-article"}, Markup(article.html))))
    out.append(editors_notes(links, story, article))
    out += [pictures.story_graph(links, story), whos_who(links, story)]
    if story.quotes:
        out.append(section("Quotes", "quotes", join([links.quote(story, article, q) for q in story.quotes], "\n")))
    out += [places(links, story), terms(links, story), sources(story, context),
            corrections(story)]
    return "".join(out)


def header(story: Story) -> Markup:
    """Banners, the dateline (published, facts as of, topics, source) and the standfirst."""
    banners = []
    if story.sample:
        banners.append(banner("sample", "Sample story.", " This story was written to demonstrate the explainer tool. "
                              "It is not news, and the people and events in it are not real reporting."))
    if story.is_draft:
        banners.append(banner("draft", "Draft.", " This story is not checked for publication; "
                              "a strict build refuses to publish it."))
    meta = [tag("span", {}, "Published ", time_tag(story.date))]
    if story.as_of:
        meta.append(tag("span", {}, "Facts as of ", time_tag(story.as_of)))
    if story.tags:
        meta.append(tag("span", {}, "Topics: " + ", ".join(story.tags)))
    if story.source:
        meta.append(tag("span", {}, "Source: ", source_link(story.source)))
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
                         " in the same article: ", tag("a", {"href": "#figures-that-disagree"}, "both are shown below"),
                         "."))
    actors = links.context.site.actors
    concerned = [actors[a] for a in figure.actors if a in actors]
    if concerned:
        parts.append(tag("span", {"class": "explainer-figure__note"}, "Concerns: ",
                         join([links.actor(a) for a in concerned], ", ")))
    if figure.note:
        parts.append(tag("span", {"class": "explainer-figure__note"}, figure.note))
    if figure.derived:
        parts.append(tag("span", {"class": "explainer-figure__note"}, f"How it follows: {figure.derived}"))
    if sentence:
        parts.append(links.sentence(story, sentence.id, "Where the article says it"))
    elif figure.source:
        parts.append(tag("span", {"class": "explainer-figure__source"}, "Source: ", source_link(figure.source)))
    attrs = {"class": "explainer-figure" + (" explainer-figure--conflict" if figure.conflicts_with else ""),
             "id": f"figure-{figure.id}"}
    return tag("li", attrs, *parts)


def figures_box(links: Links, story: Story, article: LinkedArticle) -> Markup:
    """The key-figures box: one card per figure, in the sheet's order."""
    # Focusable and labelled: on a phone the box scrolls sideways (see explainer.css).
    return tag("ul", {"class": "explainer-figures", "tabindex": "0", "aria-label": "Key figures"},
               *[figure_card(links, story, article, f) for f in story.figures])


def contradictions(links: Links, story: Story, article: LinkedArticle) -> Markup:
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
                             links.sentence(story, sentence.id, "In the article") if sentence else None))
        notes = [n for n in (a.note, b.note) if n]
        blocks.append(tag("div", {"class": "explainer-conflict"},
                          tag("div", {"class": "explainer-conflict__sides"}, *sides),
                          tag("p", {"class": "explainer-conflict__note"},
                              "The article gives both; we show both. " + " ".join(dict.fromkeys(notes)))))
    return join(blocks, "\n")


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
    """The cast by name: kind, summary and role in this story (kept out of search: actor pages say it)."""
    actors = links.context.site.actors
    cast = [(c, actors[c.actor_id]) for c in story.cast if c.actor_id in actors]
    if not cast:
        return ""
    markdown = links.context.markdown
    mentioned = links.context.index.articles[story.slug].mentioned
    items = []
    for c, actor in sorted(cast, key=lambda pair: pair[1].name.lower()):
        # An actor the article never names says so here, with the sheet's reason, wherever it sorts.
        unnamed = actor.ref not in mentioned
        reason = c.unmentioned or actor.unmentioned
        items.append(tag(
            "li", {}, links.actor(actor), join([" ", DRAFT_LABEL]) if c.draft or actor.draft else None,
            join([" ", UNNAMED_LABEL]) if unnamed else None,
            tag("span", {"class": "explainer-kind"}, f" ({KIND_LABELS.get(actor.kind, actor.kind)})"), ": ",
            actor.summary,
            tag("div", {"class": "explainer-role"}, markdown(c.role)) if c.role else None,
            tag("p", {"class": "explainer-unmentioned"}, reason) if unnamed and reason
            else None))
    return section("Who's who", "whos-who", tag("ul", {"class": "explainer-cast", NOT_SEARCHED: True}, *items),
                   searched=False)


def places(links: Links, story: Story) -> str:
    """The story's places, each linked to the places page (kept out of search: that page says it)."""
    if not story.places:
        return ""
    items = [tag("li", {}, tag("a", {"href": links.href(PLACES, p.id)}, p.name),
                 join([" ", DRAFT_LABEL]) if p.draft else None,
                 f" (also written {', '.join(p.aliases)})" if p.aliases else "", f": {p.summary}" if p.summary else "")
             for p in story.places]
    return section("Places", "places", tag("ul", {NOT_SEARCHED: True}, *items), searched=False)


def terms(links: Links, story: Story) -> str:
    """The story's glossary, alphabetically, each term linked to the glossary page (kept out of search)."""
    if not story.glossary:
        return ""
    items = [tag("li", {}, tag("a", {"href": links.href(GLOSSARY, t.id)}, t.term), f": {t.definition}")
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
