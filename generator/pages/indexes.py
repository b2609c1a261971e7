"""The site-wide lists: every story by year, every actor by kind, the glossary, the places."""

from __future__ import annotations

from collections import defaultdict

from ..i18n import Words
from ..markup import Markup, front_matter, join, md_escape, tag
from ..model import DIGITS_INITIAL, OTHER_INITIAL, Actor, initial, slugify
from .parts import Context, archive_item, entry_labels, kind_label, sample_label, sample_only, section, sources_line
from .parts import unnamed_label
from . import pictures


def stories_index(context: Context) -> str:
    """Every story, newest first, by year: a title and a date each, to keep the archive light."""
    links, words = context.on(context.layout.stories_index), context.words
    years = defaultdict(list)
    for story in context.site.stories:
        years[story.date.year].append(story)
    out = [_head(words, "stories")]
    if not years:
        out.append(tag("p", {}, words["stories.none"]) + "\n")
    for year in sorted(years, reverse=True):
        items = [archive_item(links, s) for s in years[year]]
        out.append(section(str(year), f"year-{year}", tag("ul", {"class": "explainer-archive"}, *items)))
    return "".join(out)


def _head(words: Words, page: str) -> str:
    """A list page's front matter and title: `page` is "stories", "actors", "glossary" or "places"."""
    title = words[f"{page}.title"]
    return front_matter({"title": title, "description": words[f"{page}.description"]}) + f"# {md_escape(title)}\n\n"


def actors_index(context: Context) -> str:
    """Every actor, grouped by kind, each with its one-line summary."""
    links, words = context.on(context.layout.actors_index), context.words
    out = [_head(words, "actors")]
    by_kind = defaultdict(list)
    for actor in context.site.actors.values():
        by_kind[actor.kind].append(actor)
    for kind in sorted(by_kind, key=lambda k: kind_label(words, k)):
        items = [tag("li", {}, links.actor(a),
                     join([" ", sample_label(words)]) if sample_only(context.index.stories_naming(a.ref)) else None,
                     join([" ", unnamed_label(words)]) if _never_named(context, a) else None,
                     words["colon"] + a.summary)
                 for a in sorted(by_kind[kind], key=lambda a: a.name.lower())]
        out.append(section(kind_label(words, kind), kind, tag("ul", {"class": "explainer-actor-index"}, *items)))
    return "".join(out)


def _never_named(context: Context, actor: Actor) -> bool:
    """No article of the stories that list the actor names it: they cite it (a quote's speaker, say) unnamed."""
    stories = context.index.stories_naming(actor.ref)
    return bool(stories) and all(actor.ref not in context.index.articles[s.slug].mentioned for s in stories)


def glossary(context: Context) -> str:
    """Every term, by initial letter, with its definition, its actor and the stories that use it."""
    links, words = context.on(context.layout.glossary), context.words
    out = [_head(words, "glossary")]
    letters = defaultdict(list)
    for term in sorted(context.site.terms.values(), key=lambda t: (t.id, t.term)):  # "#MeToo" among the M words
        letters[initial(term.term)].append(term)  # "Éclat" under E, "#MeToo" under M
    actors = context.site.actors
    for letter, terms in sorted(letters.items(), key=lambda item: _letter_order(item[0])):
        entries = []
        for term in terms:
            stories = context.index.stories_naming(term.ref)
            details = [tag("p", {}, term.definition)]
            if term.aliases:
                details.append(tag("p", {"class": "explainer-meta"}, words["glossary.also"] + words.list(term.aliases)))
            if term.actor and term.actor in actors:
                details.append(tag("p", {}, words["glossary.see"], links.actor(actors[term.actor])))
            details.append(sources_line(term.sources, words))
            entries.append(_entry(links, term.id, term.term, details, stories, term.draft, words["glossary.used_in"]))
        heading = words["glossary.other"] if letter == OTHER_INITIAL else letter  # the anchor stays letter-other
        out.append(section(heading, f"letter-{slugify(letter)}", tag("dl", {"class": "explainer-glossary"}, *entries)))
    return "".join(out)


def _letter_order(letter: str) -> tuple[int, str]:
    """Digits first, then the letters, then names of punctuation alone, as printed indexes file them."""
    return (0 if letter == DIGITS_INITIAL else 2 if letter == OTHER_INITIAL else 1), letter


def _entry(links, anchor: str, name: str, details: list, stories, draft: bool, used: str) -> Markup:
    """A glossary or places entry: its name with labels, then its details and the stories that name it."""
    if stories:
        details.append(tag("p", {"class": "explainer-meta"}, used, links.labelled_stories(stories)))
    labels = entry_labels(stories, draft, links.context.words)
    return join([tag("dt", {"id": anchor}, name, join([" ", join(labels, " ")]) if labels else None),
                 tag("dd", {}, *details)])


def _coordinates(words: Words, lat: float, lon: float) -> str:
    """Coordinates as readers write them: "33.89° N, 35.50° E", "33,89° N, 35,50° E"."""
    north = words["coordinates.north" if lat >= 0 else "coordinates.south"]
    east = words["coordinates.east" if lon >= 0 else "coordinates.west"]
    return words.list([f"{words.decimal(abs(lat))}° {north}", f"{words.decimal(abs(lon))}° {east}"])


def places(context: Context) -> str:
    """Every place, alphabetically, with its other spellings, summary, coordinates and stories."""
    links, words = context.on(context.layout.places), context.words
    out = [_head(words, "places")]
    entries = []
    for place in sorted(context.site.places.values(), key=lambda p: p.name.lower()):
        stories = context.index.stories_naming(place.ref)
        details = []
        if place.aliases:
            also = words["actor.also_written"] + words.list(place.aliases)
            details.append(tag("p", {"class": "explainer-meta"}, also))
        if place.summary:
            details.append(tag("p", {}, place.summary))
        if place.coordinates:
            details.append(tag("p", {"class": "explainer-meta"}, _coordinates(words, *place.coordinates)))
        details.append(sources_line(place.sources, words))
        entries.append(_entry(links, place.id, place.name, details, stories, place.draft, words["place.named_in"]))
    located = pictures.places_map(links, list(context.site.places.values()),
                                  lambda p: context.index.stories_naming(p.ref))
    out += [located + "\n\n" if located else "", tag("dl", {"class": "explainer-places"}, *entries) + "\n"]
    return "".join(out)
