"""The site-wide lists: every story by year, every actor by kind, the glossary, the places."""

from __future__ import annotations

from collections import defaultdict

from ..markup import Markup, front_matter, join, tag
from ..model import Actor, Kind, slugify
from ..urls import (ACTORS_INDEX, GLOSSARY, PLACES, SPLIT_AT, STORIES_INDEX, actor_initial_page, letter_of,
                    letter_page)
from .paging import cut, more_line
from .parts import KIND_LABELS, SAMPLE_LABEL, UNNAMED_LABEL, Context, archive_item, entry_labels, sample_only, section
from .parts import sources_line


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
        items = [archive_item(links, s) for s in years[year]]
        out.append(section(str(year), f"year-{year}", tag("ul", {"class": "explainer-archive"}, *items)))
    return "".join(out)


def actors_index(context: Context) -> str:
    """Every actor, grouped by kind, each with its one-line summary; by initial on a large desk (`actors_letter`)."""
    links = context.on(ACTORS_INDEX)
    out = [front_matter({"title": "Actors",
                         "description": "Every person, organisation, state and group in the stories."}),
           "# Actors\n\n"]
    actors = context.site.actors.values()
    if len(context.site.actors) <= SPLIT_AT:
        return "".join(out) + _actor_list(context, links, actors)
    letters = defaultdict(int)
    for actor in actors:
        letters[letter_of(actor.name)] += 1
    items = [tag("li", {}, tag("a", {"href": links.href(actor_initial_page(letter))}, letter.upper()),
                 f" ({count} {'actor' if count == 1 else 'actors'})") for letter, count in sorted(letters.items())]
    return "".join(out) + tag("ul", {"class": "explainer-initials"}, *items) + "\n"


def actors_letter(context: Context, letter: str) -> str:
    """The actors filed under one initial, by kind, on a large desk."""
    links = context.on(actor_initial_page(letter))
    heading = f"Actors: {letter.upper()}"
    chosen = [a for a in context.site.actors.values() if letter_of(a.name) == letter]
    return "".join([front_matter({"title": heading, "description": f"Actors filed under {letter.upper()}."}),
                    f"# {heading}\n\n", tag("p", {}, tag("a", {"href": links.href(ACTORS_INDEX)}, "All initials")),
                    "\n\n", _actor_list(context, links, chosen)])


def _actor_list(context: Context, links, actors) -> str:
    """Actors grouped by kind, each with its one-line summary."""
    out = []
    by_kind = defaultdict(list)
    for actor in actors:
        by_kind[actor.kind].append(actor)
    for kind in sorted(by_kind, key=lambda k: KIND_LABELS.get(k, k)):
        items = [tag("li", {}, links.actor(a),
                     join([" ", SAMPLE_LABEL]) if sample_only(context.index.stories_naming(a.ref)) else None,
                     join([" ", UNNAMED_LABEL]) if _never_named(context, a) else None,
                     f": {a.summary}")
                 for a in sorted(by_kind[kind], key=lambda a: a.name.lower())]
        out.append(section(KIND_LABELS.get(kind, kind), kind, tag("ul", {"class": "explainer-actor-index"}, *items)))
    return "".join(out)


def _never_named(context: Context, actor: Actor) -> bool:
    """No article of the stories that list the actor names it: they cite it (a quote's speaker, say) unnamed."""
    stories = context.index.stories_naming(actor.ref)
    return bool(stories) and all(actor.ref not in context.index.articles[s.slug].mentioned for s in stories)


def glossary(context: Context) -> str:
    """Every term, by initial letter, with its definition, its actor and the stories that use it.

    A large glossary is split: this page then lists the initials and names,
    each initial's entries on a page of its own (`glossary_letter`).
    """
    links = context.on(GLOSSARY)
    out = [front_matter({"title": "Glossary", "description": "Terms used in the stories, with their definitions."}),
           "# Glossary\n\n"]
    if Kind.TERM in context.layout.split:
        return "".join(out) + _initials(context, links, context.site.terms.values(), Kind.TERM, lambda t: t.term)
    letters = defaultdict(list)
    for term in sorted(context.site.terms.values(), key=lambda t: t.term.lower()):
        letters[slugify(term.term[:1]).upper()].append(term)  # "Éclat" files under E
    for letter, terms in sorted(letters.items()):
        out.append(section(letter, f"letter-{slugify(letter)}", _term_list(context, links, terms)))
    return "".join(out)


def glossary_letter(context: Context, letter: str) -> str:
    """The entries of one initial of a split glossary."""
    links = context.on(letter_page(Kind.TERM, letter))
    filed = context.layout.filed
    terms = sorted((t for t in context.site.terms.values() if filed.get(t.ref) == letter), key=lambda t: t.term.lower())
    heading = f"Glossary: {letter.upper()}"
    return "".join([front_matter({"title": heading, "description": f"Terms filed under {letter.upper()}."}),
                    f"# {heading}\n\n", tag("p", {}, tag("a", {"href": links.href(GLOSSARY)}, "All initials")),
                    "\n\n", _term_list(context, links, terms), "\n"])


def _term_list(context: Context, links, terms) -> Markup:
    """Glossary entries: each term with its definition, other names, actor, sources and stories."""
    actors = context.site.actors
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
    return tag("dl", {"class": "explainer-glossary"}, *entries)


def _initials(context: Context, links, entries, kind: Kind, name) -> str:
    """The index page of a split glossary or places page: each initial, its entries' names linked."""
    letters = defaultdict(list)
    for entry in sorted(entries, key=lambda e: name(e).lower()):
        letters[context.layout.filed.get(entry.ref, "other")].append(entry)
    out = []
    for letter, items in sorted(letters.items()):
        names = [tag("li", {}, tag("a", {"href": links.to(e.ref)}, name(e))) for e in items]
        title = tag("a", {"href": links.href(letter_page(kind, letter))}, f"All under {letter.upper()}")
        out.append(section(letter.upper(), f"letter-{letter}",
                           join([tag("p", {}, title), tag("ul", {"class": "explainer-initials"}, *names)], "\n")))
    return "".join(out)


def _entry(links, anchor: str, name: str, details: list, stories, draft: bool, used: str) -> Markup:
    """A glossary or places entry: its name with labels, then its details and the stories that name it."""
    if stories:
        listed, left_out = cut(stories)  # the newest: an entry's list must not grow with the desk
        details.append(tag("p", {"class": "explainer-meta"}, used, links.labelled_stories(listed), more_line(left_out)))
    labels = entry_labels(stories, draft)
    return join([tag("dt", {"id": anchor}, name, join([" ", join(labels, " ")]) if labels else None),
                 tag("dd", {}, *details)])


def _coordinates(lat: float, lon: float) -> str:
    """Coordinates as readers write them: "33.89° N, 35.50° E"."""
    return f"{abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.2f}° {'E' if lon >= 0 else 'W'}"


def places(context: Context) -> str:
    """Every place, alphabetically, with its other spellings, summary, coordinates and stories.

    Split by initial like the glossary when there are many (`places_letter`).
    """
    links = context.on(PLACES)
    out = [front_matter({"title": "Places", "description": "Places named in the stories."}), "# Places\n\n"]
    if Kind.PLACE in context.layout.split:
        return "".join(out) + _initials(context, links, context.site.places.values(), Kind.PLACE, lambda p: p.name)
    out.append(_place_list(context, links, context.site.places.values()) + "\n")
    return "".join(out)


def places_letter(context: Context, letter: str) -> str:
    """The entries of one initial of a split places page."""
    links = context.on(letter_page(Kind.PLACE, letter))
    heading = f"Places: {letter.upper()}"
    chosen = [p for p in context.site.places.values() if context.layout.filed.get(p.ref) == letter]
    return "".join([front_matter({"title": heading, "description": f"Places filed under {letter.upper()}."}),
                    f"# {heading}\n\n", tag("p", {}, tag("a", {"href": links.href(PLACES)}, "All initials")),
                    "\n\n", _place_list(context, links, chosen), "\n"])


def _place_list(context: Context, links, chosen) -> Markup:
    """Places entries, alphabetically: other spellings, summary, coordinates, sources and stories."""
    entries = []
    for place in sorted(chosen, key=lambda p: p.name.lower()):
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
    return tag("dl", {"class": "explainer-places"}, *entries)
