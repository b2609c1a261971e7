"""Rules about single entries of a sheet and the lists they stand in.

Each rule needs nothing but the sheet itself: a figure says where it comes
from, a quote's attribution agrees with its speaker, an id is used once in
its list.
"""

from __future__ import annotations

from ..matcher import normalize_name
from ..model import Site, Story
from ..problems import ERROR, WARNING, Problem
from ..text import ZERO_WIDTH


def check(site: Site) -> list[Problem]:
    """Every single-entry rule, story by story."""
    problems: list[Problem] = names_are_visible(site) + backgrounds_cite_sources(site)
    for story in site.stories:
        problems += figures_have_provenance(story) + quotes_agree_with_speakers(story) + ids_are_unique(story)
        problems += editors_cite_sources(story)
    return problems


def names_are_visible(site: Site) -> list[Problem]:
    """A zero-width character inside a name stops it matching what the article writes: point it out."""
    problems = []
    for entry in (*site.actors.values(), *site.terms.values(), *site.places.values()):
        for name in entry.names:
            hidden = ZERO_WIDTH.search(name)
            if hidden:
                key = entry.name_field if name == entry.names[0] else "aliases"
                message = (f"the name '{ZERO_WIDTH.sub('', name)}' holds the invisible character "
                           f"U+{ord(hidden.group()):04X}, so articles never match it")
                problems.append(Problem.at(entry.at(key), WARNING, message, entry.field_path(key),
                                           "delete the character (retype the name)"))
    return problems


def backgrounds_cite_sources(site: Site) -> list[Problem]:
    """An actor's background is the editors' own explainer: it says where it comes from.

    A warning, so the preview shows it and a strict build will not publish it. Actors that
    only sample stories use are left alone: they are invented for the demonstration, which
    the sample banner already tells the reader, and nothing real could be cited for them.
    """
    in_real_stories = {cast.actor_id for story in site.stories if not story.sample for cast in story.cast}
    return [
        Problem.at(actor.at("background"), WARNING, f"the background of '{actor.id}' cites no source",
                   actor.field_path("sources"), "add sources: [{title: ..., url: ...}] saying where it comes from")
        for actor_id, actor in sorted(site.actors.items())
        if actor.background.strip() and not actor.sources and actor_id in in_real_stories
    ]


def figures_have_provenance(story: Story) -> list[Problem]:
    """A figure comes from the article (an excerpt) or from elsewhere (a source): never from nowhere."""
    return [
        Problem.at(figure.at(), ERROR, f"figure '{figure.id}' has neither an excerpt from the article nor a source",
                   figure.path, "add excerpt: with the article's words, or source: {title: ..., url: ...}")
        for figure in story.figures if not figure.excerpt and not figure.source
    ]


def quotes_agree_with_speakers(story: Story) -> list[Problem]:
    """`article` and `editor` attributions name a speaker; `unknown` names none."""
    problems = []
    for quote in story.quotes:
        if quote.attribution in ("article", "editor") and not quote.speaker:
            problems.append(Problem.at(quote.at(), ERROR, f"attribution '{quote.attribution}' needs a speaker",
                                       quote.field_path("speaker"),
                                       "name the speaker's actor id, or use attribution: unknown"))
        if quote.attribution == "unknown" and quote.speaker:
            problems.append(Problem.at(quote.at(), ERROR, "attribution 'unknown' cannot have a speaker",
                                       quote.field_path("attribution"),
                                       "use attribution: editor when the editors name the speaker"))
    return problems


def ids_are_unique(story: Story) -> list[Problem]:
    """An id is used once in its list: the second use is reported, naming the first."""
    problems = []
    # Terms have no id: a term written twice is named as written. Two spellings that make one
    # anchor are the registry's to report, with both terms.
    lists = (("actors", "id", story.cast, lambda c: c.actor_id), ("figures", "id", story.figures, lambda f: f.id),
             ("places", "id", story.places, lambda p: p.id),
             ("glossary", "term", story.glossary, lambda t: normalize_name(t.term)))
    for list_name, noun, items, key in lists:
        seen: dict[str, object] = {}
        for item in items:
            ident = key(item)
            if ident in seen:
                line = seen[ident].at()[1]
                problems.append(Problem.at(item.at(), ERROR, f"{noun} '{ident}' is used twice in {list_name} "
                                           f"(first at line {line})", item.path, f"give each entry its own {noun}"))
            else:
                seen[ident] = item
    return problems


def editors_cite_sources(story: Story) -> list[Problem]:
    """What the editors add to the article (an attribution, a note) says where they know it from.

    A warning: the preview shows it, a strict build will not publish it.
    """
    problems = [
        Problem.at(quote.at(), WARNING, "the editors attribute this quote but cite no source for the attribution",
                   quote.field_path("source"), "add source: {title: ..., url: ...} showing who said it")
        for quote in story.quotes if quote.attribution == "editor" and not quote.source
    ]
    problems += [
        Problem.at(note.at(), WARNING, "this editors' note cites no source", note.field_path("sources"),
                   "add sources: [{title: ..., url: ...}]")
        for note in story.notes if not note.sources
    ]
    return problems
