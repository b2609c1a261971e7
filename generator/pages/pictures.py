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

from ..markup import Markup, join, tag
from ..model import Actor, Figure, Place, Story
from .. import pictures as pic
from ..pictures.timeline import parse_date
from ..spec import SCALE_EXPONENTS
from .parts import Links, draft_label, section, time_tag

PLACES_MAP_LIMIT = 40  # marks on the places page's map: beyond that it is a cloud of numbers, not a map
TIMELINE_LINES = 3  # an event's lines in the picture: it comes before the article, which it must not bury
NEIGHBOURS_LIMIT = 16  # actors around one actor in its graph: enough for a phone's width to stay legible


def text_alternative(what: str, body: Markup) -> Markup:
    """The picture's facts as text, behind a disclosure that says what it holds."""
    return tag("details", {"class": "explainer-picture__text"}, tag("summary", {}, f"The {what} as text"), body)


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
    shown = marks(links, story.places)
    body = join([pic.locator_map(shown, caption="Places in this story; each links to its entry. "
                                 "Country outlines: Natural Earth."),
                 text_alternative("map", pic.facts_list(pic.locator_map_facts(shown)))], "\n")
    return section(links.context.words["heading.map"], "map", body)


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
    actors = links.context.site.actors
    events = [pic.TimelineEvent(e.date, e.text, tuple((actors[a].name, links.to(actors[a].ref))
                                                      for a in e.actors if a in actors), e.draft)
              for e in story.timeline]
    picture = pic.timeline(events, story_date=story.date.isoformat(), story_label="This story is published",
                           max_lines=TIMELINE_LINES,
                           caption="Events in date order, the story's date marked; gaps of more than a year are "
                                   "cut short, and so are long events: each is in full in the text version. "
                                   "Names link to their pages.")
    return section(links.context.words["heading.timeline"], "timeline",
                   join([picture, text_alternative("timeline", listed)], "\n"))


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
    rest = f" {alone} more, with no relation given, are in who's who below." if alone else ""
    picture = pic.actor_graph(nodes, kept, title="Who is with whom: the actors of this story and their relations",
                              caption="How the actors in this story relate, as their entries say. "
                                      f"Each actor links to its page.{rest}")
    body = join([picture, text_alternative("graph", pic.facts_list(pic.actor_graph_facts(nodes, kept)))], "\n")
    return section(links.context.words["heading.relations"], "who-is-with-whom", body)


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
    return pic.actor_graph(nodes, kept, title=f"{actor.name} and the actors it relates to", focus=actor.id,
                           caption=f"{actor.name} (drawn larger) and its direct relations, each actor a link "
                                   "to its page. The same relations are listed below.")


def figure_value(figure: Figure) -> float:
    """A figure's number with its scale applied ("1.5" billion is 1.5e9), for drawing to scale."""
    return float(figure.value) * 10 ** SCALE_EXPONENTS.get(figure.scale, 0)


def figure_bars(story: Story) -> Markup:
    """Bar charts of the figures that share a unit (disputed values as ranges), with their text; "" if none."""
    values = [pic.FigureValue(f.id, f.label, figure_value(f), f.unit, f"#figure-{f.id}", tuple(f.conflicts_with),
                              f.shown)
              for f in story.figures if _is_number(f.value)]
    charts = []
    for unit, bars in pic.bars_from_figures(values).items():
        if len(bars) < 2:  # one quantity, perhaps disputed: the figures box says it, a lone bar adds nothing
            continue
        chart = pic.bar_chart(bars, unit, title=f"The figures in {unit}, side by side")
        charts.append(join([chart, text_alternative("chart", pic.facts_list(pic.bar_chart_facts(bars, unit)))],
                           "\n"))
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
    held = f"the {len(ranked)} named in the most stories, of {len(located)} with coordinates" \
        if len(ranked) < len(located) else f"all {len(located)} with coordinates"
    picture = pic.locator_map(shown, title="Map of the places in the stories", min_km=600.0,
                              caption=f"Places in the stories: {held}. Each links to its entry below. "
                                      "Country outlines: Natural Earth.")
    return join([picture, text_alternative("map", pic.facts_list(pic.locator_map_facts(shown)))], "\n")
