"""Rules about single entries of a sheet and the lists they stand in.

Each rule needs nothing but the sheet itself: a figure says where it comes
from, a quote's attribution agrees with its speaker, an id is used once in
its list.
"""

from __future__ import annotations

from ..model import Site, Story
from ..problems import ERROR, Problem


def check(site: Site) -> list[Problem]:
    """Every single-entry rule, story by story."""
    problems: list[Problem] = []
    for story in site.stories:
        problems += figures_have_provenance(story) + quotes_agree_with_speakers(story) + ids_are_unique(story)
    return problems


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
    lists = (("actors", story.cast, lambda c: c.actor_id), ("figures", story.figures, lambda f: f.id),
             ("places", story.places, lambda p: p.id), ("glossary", story.glossary, lambda t: t.id))
    for list_name, items, key in lists:
        seen: dict[str, object] = {}
        for item in items:
            ident = key(item)
            if ident in seen:
                line = seen[ident].at()[1]
                problems.append(Problem.at(item.at(), ERROR, f"id '{ident}' is used twice in {list_name} "
                                           f"(first at line {line})", item.path, "give each entry its own id"))
            else:
                seen[ident] = item
    return problems
