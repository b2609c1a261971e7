"""The site-wide lists: every story by year, every actor by kind, the glossary, the places."""

from __future__ import annotations

from collections import defaultdict

from ..i18n import Words
from ..markup import Markup, front_matter, join, md_escape, tag
from ..model import DIGITS_INITIAL, OTHER_INITIAL, Actor, Kind, initial, slugify
from ..urls import SPLIT_AT, letter_of
from .paging import cut, more_line
from .parts import Context, archive_item, entry_labels, kind_label, sample_label, sample_only, section, sources_line
from . import pictures
from .parts import unnamed_label


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
    """Every actor, grouped by kind, each with its one-line summary; by initial on a large desk (`actors_letter`)."""
    links, words = context.on(context.layout.actors_index), context.words
    out = [_head(words, "actors")]
    actors = context.site.actors.values()
    if len(context.site.actors) <= SPLIT_AT:
        return "".join(out) + _actor_list(context, links, actors)
    letters = defaultdict(int)
    for actor in actors:
        letters[letter_of(actor.name)] += 1
    pages = {letter: context.layout.actor_initial_page(letter) for letter in letters}
    items = [tag("li", {}, tag("a", {"href": links.href(pages[letter])}, letter.upper()), f" ({count})")
             for letter, count in sorted(letters.items())]
    return "".join(out) + tag("ul", {"class": "explainer-initials"}, *items) + "\n"


def actors_letter(context: Context, letter: str) -> str:
    """The actors filed under one initial, by kind, on a large desk."""
    links, words = context.on(context.layout.actor_initial_page(letter)), context.words
    chosen = [a for a in context.site.actors.values() if letter_of(a.name) == letter]
    head = _letter_head(links, words, "actors", context.layout.actors_index, letter)
    return head + _actor_list(context, links, chosen)


def _letter_head(links, words: Words, page: str, index: str, letter: str) -> str:
    """The front matter, title and way back of one initial's page of a split index."""
    title = words.format("letter.title", page=words[f"{page}.title"], letter=letter.upper())
    return "".join([front_matter({"title": title, "description": words.format("letter.description",
                                                                             letter=letter.upper())}),
                    f"# {md_escape(title)}\n\n",
                    tag("p", {}, tag("a", {"href": links.href(index)}, words["initials.back"])), "\n\n"])


def _actor_list(context: Context, links, actors) -> str:
    """Actors grouped by kind, each with its one-line summary."""
    words, out = context.words, []
    by_kind = defaultdict(list)
    for actor in actors:
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
    """Every term, by initial letter, with its definition, its actor and the stories that use it.

    A large glossary is split: this page then lists the initials and names,
    each initial's entries on a page of its own (`glossary_letter`).
    """
    links, words = context.on(context.layout.glossary), context.words
    out = [_head(words, "glossary")]
    if Kind.TERM in context.layout.split:
        return "".join(out) + _initials(context, links, context.site.terms.values(), Kind.TERM, lambda t: t.term)
    letters = defaultdict(list)
    for term in sorted(context.site.terms.values(), key=lambda t: (t.id, t.term)):  # "#MeToo" among the M words
        letters[initial(term.term)].append(term)  # "Éclat" under E, "#MeToo" under M
    for letter, terms in sorted(letters.items(), key=lambda item: _letter_order(item[0])):
        heading = words["glossary.other"] if letter == OTHER_INITIAL else letter  # the anchor stays letter-other
        out.append(section(heading, f"letter-{slugify(letter)}", _term_list(context, links, terms)))
    return "".join(out)


def glossary_letter(context: Context, letter: str) -> str:
    """The entries of one initial of a split glossary."""
    links, filed = context.on(context.layout.letter_page(Kind.TERM, letter)), context.layout.filed
    terms = sorted((t for t in context.site.terms.values() if filed.get(t.ref) == letter), key=lambda t: (t.id, t.term))
    head = _letter_head(links, context.words, "glossary", context.layout.glossary, letter)
    return head + _term_list(context, links, terms) + "\n"


def _term_list(context: Context, links, terms) -> Markup:
    """Glossary entries: each term with its definition, other names, actor, sources and stories."""
    actors, words, entries = context.site.actors, context.words, []
    for term in terms:
        stories = context.index.stories_naming(term.ref)
        details = [tag("p", {}, term.definition)]
        if term.aliases:
            details.append(tag("p", {"class": "explainer-meta"}, words["glossary.also"] + words.list(term.aliases)))
        if term.actor and term.actor in actors:
            details.append(tag("p", {}, words["glossary.see"], links.actor(actors[term.actor])))
        details.append(sources_line(term.sources, words))
        entries.append(_entry(links, term.id, term.term, details, stories, term.draft, words["glossary.used_in"]))
    return tag("dl", {"class": "explainer-glossary"}, *entries)


def _initials(context: Context, links, entries, kind: Kind, name) -> str:
    """The index page of a split glossary or places page: each initial, its entries' names linked."""
    letters = defaultdict(list)
    for entry in sorted(entries, key=lambda e: name(e).lower()):
        letters[context.layout.filed.get(entry.ref, "other")].append(entry)
    out = []
    for letter, items in sorted(letters.items()):
        names = [tag("li", {}, tag("a", {"href": links.to(e.ref)}, name(e))) for e in items]
        title = tag("a", {"href": links.href(context.layout.letter_page(kind, letter))},
                    context.words.format("initials.all", letter=letter.upper()))
        out.append(section(letter.upper(), f"letter-{letter}",
                           join([tag("p", {}, title), tag("ul", {"class": "explainer-initials"}, *names)], "\n")))
    return "".join(out)


def _letter_order(letter: str) -> tuple[int, str]:
    """Digits first, then the letters, then names of punctuation alone, as printed indexes file them."""
    return (0 if letter == DIGITS_INITIAL else 2 if letter == OTHER_INITIAL else 1), letter


def _entry(links, anchor: str, name: str, details: list, stories, draft: bool, used: str) -> Markup:
    """A glossary or places entry: its name with labels, then its details and the stories that name it."""
    if stories:
        listed, left_out = cut(stories)  # the newest: an entry's list must not grow with the desk
        details.append(tag("p", {"class": "explainer-meta"}, used, links.labelled_stories(listed),
                           more_line(left_out, links.context.words)))
    labels = entry_labels(stories, draft, links.context.words)
    return join([tag("dt", {"id": anchor}, name, join([" ", join(labels, " ")]) if labels else None),
                 tag("dd", {}, *details)])


def _coordinates(words: Words, lat: float, lon: float) -> str:
    """Coordinates as readers write them: "33.89° N, 35.50° E", "33,89° N, 35,50° E"."""
    north = words["coordinates.north" if lat >= 0 else "coordinates.south"]
    east = words["coordinates.east" if lon >= 0 else "coordinates.west"]
    return words.list([f"{words.decimal(abs(lat))}° {north}", f"{words.decimal(abs(lon))}° {east}"])


def places(context: Context) -> str:
    """Every place, alphabetically, with its other spellings, summary, coordinates and stories.

    Split by initial like the glossary when there are many (`places_letter`).
    """
    links, words = context.on(context.layout.places), context.words
    out = [_head(words, "places")]
    located = pictures.places_map(links, list(context.site.places.values()),
                                  lambda p: context.index.stories_naming(p.ref))  # capped: bounded at any size
    if located:
        out.append(located + "\n\n")
    if Kind.PLACE in context.layout.split:
        return "".join(out) + _initials(context, links, context.site.places.values(), Kind.PLACE, lambda p: p.name)
    return "".join(out) + _place_list(context, links, context.site.places.values()) + "\n"


def places_letter(context: Context, letter: str) -> str:
    """The entries of one initial of a split places page."""
    links = context.on(context.layout.letter_page(Kind.PLACE, letter))
    chosen = [p for p in context.site.places.values() if context.layout.filed.get(p.ref) == letter]
    head = _letter_head(links, context.words, "places", context.layout.places, letter)
    return head + _place_list(context, links, chosen) + "\n"


def _place_list(context: Context, links, chosen) -> Markup:
    """Places entries, alphabetically: other spellings, summary, coordinates, sources and stories."""
    words, entries = context.words, []
    for place in sorted(chosen, key=lambda p: p.name.lower()):
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
    return tag("dl", {"class": "explainer-places"}, *entries)
