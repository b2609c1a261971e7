"""The site-wide lists: every story by year, every actor by kind, the glossary, the places."""

from __future__ import annotations

from collections import defaultdict

from ..markup import Markup, front_matter, join, tag
from ..model import slugify
from ..urls import ACTORS_INDEX, GLOSSARY, PLACES, STORIES_INDEX
from . import pictures
from .parts import KIND_LABELS, SAMPLE_LABEL, Context, date_text, entry_labels, sample_only, section, sources_line
from .parts import story_labels


def stories_index(context: Context) -> str:
    """Every story, newest first, by year: a title and a date each, to keep the archive light."""
    links = context.on(STORIES_INDEX)
    years = defaultdict(list)
    for story in context.site.stories:
        years[story.date.year].append(story)
    out = [front_matter({"title": "All stories", "description": "Every story on this site, newest first."}),
           "# All stories\n\n"]
    if not years:
        out.append(tag("p", {}, "No stories yet.") + "\n")
    for year in sorted(years, reverse=True):
        items = [tag("li", {}, links.story(s), " ", story_labels(s) if s.sample or s.is_draft else None, " ",
                     tag("span", {"class": "explainer-meta"}, date_text(s.date))) for s in years[year]]
        out.append(section(str(year), f"year-{year}", tag("ul", {"class": "explainer-archive"}, *items)))
    return "".join(out)


def actors_index(context: Context) -> str:
    """Every actor, grouped by kind, each with its one-line summary."""
    links = context.on(ACTORS_INDEX)
    out = [front_matter({"title": "Actors",
                         "description": "Every person, organisation, state and group in the stories."}),
           "# Actors\n\n"]
    by_kind = defaultdict(list)
    for actor in context.site.actors.values():
        by_kind[actor.kind].append(actor)
    for kind in sorted(by_kind, key=lambda k: KIND_LABELS.get(k, k)):
        items = [tag("li", {}, links.actor(a),
                     join([" ", SAMPLE_LABEL]) if sample_only(context.index.stories_naming(a.ref)) else None,
                     f": {a.summary}")
                 for a in sorted(by_kind[kind], key=lambda a: a.name.lower())]
        out.append(section(KIND_LABELS.get(kind, kind), kind, tag("ul", {"class": "explainer-actor-index"}, *items)))
    return "".join(out)


def glossary(context: Context) -> str:
    """Every term, by initial letter, with its definition, its actor and the stories that use it."""
    links = context.on(GLOSSARY)
    out = [front_matter({"title": "Glossary", "description": "Terms used in the stories, with their definitions."}),
           "# Glossary\n\n"]
    letters = defaultdict(list)
    for term in sorted(context.site.terms.values(), key=lambda t: t.term.lower()):
        letters[slugify(term.term[:1]).upper()].append(term)  # "Éclat" files under E
    actors = context.site.actors
    for letter, terms in sorted(letters.items()):
        entries = []
        for term in terms:
            stories = context.index.stories_naming(term.ref)
            details = [tag("p", {}, term.definition)]
            if term.aliases:
                details.append(tag("p", {"class": "explainer-meta"}, "Also: " + ", ".join(term.aliases)))
            if term.actor and term.actor in actors:
                details.append(tag("p", {}, "See ", links.actor(actors[term.actor])))
            details.append(sources_line(term.sources))
            entries.append(_entry(links, term.id, term.term, details, stories, term.draft, "Used in: "))
        out.append(section(letter, f"letter-{slugify(letter)}", tag("dl", {"class": "explainer-glossary"}, *entries)))
    return "".join(out)


def _entry(links, anchor: str, name: str, details: list, stories, draft: bool, used: str) -> Markup:
    """A glossary or places entry: its name with labels, then its details and the stories that name it."""
    if stories:
        details.append(tag("p", {"class": "explainer-meta"}, used, links.labelled_stories(stories)))
    labels = entry_labels(stories, draft)
    return join([tag("dt", {"id": anchor}, name, join([" ", join(labels, " ")]) if labels else None),
                 tag("dd", {}, *details)])


def _coordinates(lat: float, lon: float) -> str:
    """Coordinates as readers write them: "33.89° N, 35.50° E"."""
    return f"{abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.2f}° {'E' if lon >= 0 else 'W'}"


def places(context: Context) -> str:
    """Every place, alphabetically, with its other spellings, summary, coordinates and stories."""
    links = context.on(PLACES)
    out = [front_matter({"title": "Places", "description": "Places named in the stories."}), "# Places\n\n"]
    entries = []
    for place in sorted(context.site.places.values(), key=lambda p: p.name.lower()):
        stories = context.index.stories_naming(place.ref)
        details = []
        if place.aliases:
            details.append(tag("p", {"class": "explainer-meta"}, "Also written: " + ", ".join(place.aliases)))
        if place.summary:
            details.append(tag("p", {}, place.summary))
        if place.coordinates:
            details.append(tag("p", {"class": "explainer-meta"}, _coordinates(*place.coordinates)))
        details.append(sources_line(place.sources))
        entries.append(_entry(links, place.id, place.name, details, stories, place.draft, "Named in: "))
    located = pictures.places_map(links, list(context.site.places.values()),
                                  lambda p: context.index.stories_naming(p.ref))
    out += [located + "\n\n" if located else "", tag("dl", {"class": "explainer-places"}, *entries) + "\n"]
    return "".join(out)
