"""The pictures on the pages: the model turned into the inputs of `generator.pictures`, and each picture's section.

Why a module of its own: the picture package knows nothing of the fact sheet, and the page
modules should not know how a picture is fed. Each function here takes what a page has (its
`Links`, a story, an actor) and returns the picture with its text alternative printed with
it, or "" when the sheet lacks what the picture needs (no coordinates, fewer than two dated
events, no relation between the actors, no unit shared by two figures): a page never shows
an empty frame.

Text alternatives: each picture's SVG carries a title and a description; the same facts as
text follow it in a `<details>` ("The map as text"), closed, so the page stays short for a
sighted reader, and open to a keyboard or screen reader in one step. The timeline's text is
the list of events with its actor links, so the picture adds to it and loses nothing.
"""

from __future__ import annotations

from functools import lru_cache

from ..i18n import Words
from ..markup import Markup, join, tag
from ..model import Actor, Figure, Place, Story
from .. import pictures as pic
from ..pictures.timeline import parse_date
from ..pictures.words import PictureWords
from ..spec import SCALE_EXPONENTS
from .parts import Links, draft_label, section, time_tag

PLACES_MAP_LIMIT = 40  # marks on the places page's map: beyond that it is a cloud of numbers, not a map
TIMELINE_LINES = 3  # an event's lines in the picture: it comes before the article, which it must not bury
NEIGHBOURS_LIMIT = 16  # actors around one actor in its graph: enough for a phone's width to stay legible


@lru_cache(maxsize=None)
def picture_words(words: Words) -> PictureWords:
    """The site's words as the pictures take them: its table, and Babel's month abbreviations, number marks and
    country names (an English site keeps Natural Earth's names, which its maps have always printed)."""
    countries = {} if words.language == "en" else words.country_names()
    return PictureWords(words, words.short_months(), words.decimal_mark, words.group_mark, countries)


def text_alternative(what: str, body: Markup, words: Words) -> Markup:
    """The picture's facts as text, behind a disclosure that says what it holds ("The map as text")."""
    return tag("details", {"class": "explainer-picture__text"}, tag("summary", {}, words[f"picture.as_text.{what}"]),
               body)


def marks(links: Links, places) -> list[pic.MapMark]:
    """Places as map marks, each linking to its entry on the places page (None coordinates: listed, not drawn)."""
    out = []
    for place in places:
        lat, lon = place.coordinates if place.coordinates else (None, None)
        out.append(pic.MapMark(place.id, place.name, lat, lon, links.href(links.context.layout.places, place.id)))
    return out


def story_map(links: Links, story: Story) -> str:
    """The "Map" section: the story's places on a locator map, or "" when none has coordinates."""
    if not any(p.coordinates for p in story.places):
        return ""
    shown, words = marks(links, story.places), links.context.words
    said = picture_words(words)
    body = join([pic.locator_map(shown, caption=words["picture.map.story_caption"], words=said),
                 text_alternative("map", pic.facts_list(pic.locator_map_facts(shown, said)), words)], "\n")
    return section(words["heading.map"], "map", body)


def timeline_list(links: Links, story: Story) -> Markup:
    """The dated events as a list, dates as precise as written, each with its actors linked."""
    actors, words = links.context.site.actors, links.context.words
    items = []
    for event in sorted(story.timeline, key=lambda e: parse_date(e.date).start):
        who = [links.actor(actors[a]) for a in event.actors if a in actors]
        items.append(tag("li", {}, draft_label(words) if event.draft else None,
                         tag("span", {"class": "explainer-date"}, time_tag(event.date, words)), " ", event.text,
                         join([" (", join(who, words["list_separator"]), ")"]) if who else None))
    return tag("ol", {"class": "explainer-timeline-list"}, *items)


def story_timeline(links: Links, story: Story) -> str:
    """The "Timeline" section: the picture and its list, or the list alone for a single event, or ""."""
    if not story.timeline:
        return ""
    listed = timeline_list(links, story)
    if len(story.timeline) < 2:
        return section(links.context.words["heading.timeline"], "timeline", listed)
    actors, words = links.context.site.actors, links.context.words
    events = [pic.TimelineEvent(e.date, e.text, tuple((actors[a].name, links.to(actors[a].ref))
                                                      for a in e.actors if a in actors), e.draft)
              for e in story.timeline]
    picture = pic.timeline(events, story_date=story.date.isoformat(), max_lines=TIMELINE_LINES,
                           caption=words["picture.timeline.story_caption"], words=picture_words(words))
    return section(words["heading.timeline"], "timeline",
                   join([picture, text_alternative("timeline", listed, words)], "\n"))


def graph_nodes(links: Links, actors: list[Actor]) -> tuple[list[pic.GraphNode], list[pic.GraphEdge]]:
    """Actors as graph nodes (each linking to its page) and every relation any of them declares, with its note."""
    nodes = [pic.GraphNode(a.id, a.name, a.kind, links.to(a.ref)) for a in actors]
    edges = [pic.GraphEdge(a.id, r.to, r.type) for a in actors for r in a.relations]
    return nodes, edges


def story_graph(links: Links, story: Story) -> str:
    """The actor graph of the story's cast with the relations between them, or "" when there is none."""
    site_actors = links.context.site.actors
    cast = [site_actors[c.actor_id] for c in story.cast if c.actor_id in site_actors]
    nodes, edges = graph_nodes(links, cast)
    kept = pic.merged_edges(nodes, edges)
    if not kept:
        return ""
    joined = {e.source for e in kept} | {e.target for e in kept}
    alone = len(nodes) - len(joined)
    nodes = [n for n in nodes if n.id in joined]  # an actor with no relation here is in who's who, not the graph
    words = links.context.words
    said = picture_words(words)
    rest = [said.count("picture.graph.story_alone", alone)] if alone else []
    picture = pic.actor_graph(nodes, kept, title=words["picture.graph.story_title"],
                              caption=" ".join([words["picture.graph.story_caption"], *rest]), words=said)
    facts = pic.facts_list(pic.actor_graph_facts(nodes, kept, said))
    return section(words["heading.relations"], "who-is-with-whom",
                   join([picture, text_alternative("graph", facts, words)], "\n"))


def actor_neighbourhood(links: Links, actor: Actor) -> Markup:
    """The actor's own graph: it and the actors with a direct relation either way (the list below says them)."""
    site_actors = links.context.site.actors
    others = [site_actors[r.to] for r in actor.relations if r.to in site_actors]
    others += [other for other, _ in links.context.index.related_to.get(actor.id, ())]
    near = list(dict.fromkeys(o for o in others if o.id != actor.id))[:NEIGHBOURS_LIMIT]
    nodes, edges = graph_nodes(links, [actor, *near])
    nodes, kept = pic.neighbourhood(nodes, edges, actor.id)
    nodes = [pic.GraphNode(n.id, n.label, n.kind, None) if n.id == actor.id else n for n in nodes]  # no link to itself
    if not kept:
        return Markup("")
    words = links.context.words
    return pic.actor_graph(nodes, kept, title=words.format("picture.graph.actor_title", name=actor.name),
                           caption=words.format("picture.graph.actor_caption", name=actor.name), focus=actor.id,
                           words=picture_words(words))


def figure_value(figure: Figure) -> float:
    """A figure's number with its scale applied ("1.5" billion is 1.5e9), for drawing to scale."""
    return float(figure.value) * 10 ** SCALE_EXPONENTS.get(figure.scale, 0)


def figure_bars(story: Story, words: Words) -> Markup:
    """Bar charts of the figures that share a unit (disputed values as ranges), with their text; "" if none."""
    values = [pic.FigureValue(f.id, f.label, figure_value(f), f.unit, f"#figure-{f.id}", tuple(f.conflicts_with),
                              f.shown)
              for f in story.figures if _is_number(f.value)]
    charts, said = [], picture_words(words)
    for unit, bars in pic.bars_from_figures(values).items():
        if len(bars) < 2:  # one quantity, perhaps disputed: the figures box says it, a lone bar adds nothing
            continue
        chart = pic.bar_chart(bars, unit, title=words.format("picture.bars.story_title", unit=unit), words=said)
        facts = pic.facts_list(pic.bar_chart_facts(bars, unit, said))
        charts.append(join([chart, text_alternative("chart", facts, words)], "\n"))
    return join(charts, "\n")


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def places_map(links: Links, places: list[Place], stories_naming) -> Markup:
    """The places page's map: the places with coordinates that most stories name, at most PLACES_MAP_LIMIT.

    Past the limit the map would be a cloud of numbered marks; the caption says how many are
    shown and that every place is listed below it.
    """
    located = [p for p in places if p.coordinates]
    if not located:
        return Markup("")
    ranked = sorted(located, key=lambda p: (-len(stories_naming(p)), p.name.lower(), p.id))[:PLACES_MAP_LIMIT]
    shown = marks(links, sorted(ranked, key=lambda p: (p.name.lower(), p.id)))
    words = links.context.words
    said = picture_words(words)
    held = said.format("picture.map.places_some", shown=said.number(len(ranked)), located=said.number(len(located))) \
        if len(ranked) < len(located) else said.count("picture.map.places_all", len(located))
    picture = pic.locator_map(shown, title=words["picture.map.places_title"], min_km=600.0, words=said,
                              caption=words.format("picture.map.places_caption", held=held))
    return join([picture, text_alternative("map", pic.facts_list(pic.locator_map_facts(shown, said)), words)], "\n")
