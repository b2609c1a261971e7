"""Validated stories and _shared files -> one Site, with cross-file checks.

An actor, term or place may be defined in _shared/ or in any story; every
definition of the same id must agree. Every reference must resolve, and
every name must belong to one thing only, since the matcher links a name to
exactly one page.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Iterable

from .load import RawContent
from .matcher import normalize_name
from .model import Actor, Place, Site, Story, Term, position
from .problems import ERROR, Problem, suggest
from .validate import read_shared, read_story



def _problem(where, key: str, field: str, message: str, fix: str = "") -> Problem:
    return Problem.at(position(where, key), ERROR, message, field, fix)


def _differences(a, b) -> list[str]:
    return [f.name for f in fields(a) if f.compare and getattr(a, f.name) != getattr(b, f.name)]


def _register(registry: dict, item, kind: str, problems: list[Problem]) -> None:
    """Add a definition; a second one must agree on every field."""
    existing = registry.get(item.id)
    if existing is None:
        registry[item.id] = item
        return
    differing = _differences(existing, item)
    if differing:
        file, line, _ = position(existing.where)
        problems.append(_problem(item.where, "", f"{kind} '{item.id}'", f"defined differently at {file}:{line} (fields that differ: {', '.join(differing)})", "make the definitions agree, or keep one in content/_shared/"))


def assemble(raw: RawContent) -> tuple[Site, list[Problem]]:
    problems: list[Problem] = list(raw.problems)
    actors: dict[str, Actor] = {}
    terms: dict[str, Term] = {}
    places: dict[str, Place] = {}
    for shared in raw.shared:
        items, shared_problems = read_shared(shared.name, shared.node, shared.path)
        problems += shared_problems
        registry, kind = {"actors.yml": (actors, "actor"), "glossary.yml": (terms, "term"), "places.yml": (places, "place")}[shared.name]
        for item in items:
            _register(registry, item, kind, problems)
    stories: list[Story] = []
    for raw_story in raw.stories:
        story, defined, story_problems = read_story(raw_story.slug, raw_story.facts, raw_story.article, raw_story.facts_path, raw_story.article_path)
        problems += story_problems
        if story is None:
            continue
        stories.append(story)
        problems += _unique_ids(story)
        for actor in defined:
            _register(actors, actor, "actor", problems)
        for term in story.glossary:
            _register(terms, term, "term", problems)
        for place in story.places:
            _register(places, place, "place", problems)
    site = Site(tuple(sorted(stories, key=lambda s: (s.date, s.slug), reverse=True)), actors, terms, places)
    problems += _references(site)
    problems += _names(site)
    return site, problems


def _unique_ids(story: Story) -> list[Problem]:
    problems = []
    for list_name, items, key in (
        ("actors", story.cast, lambda c: c.actor_id),
        ("figures", story.figures, lambda f: f.id),
        ("places", story.places, lambda p: p.id),
        ("glossary", story.glossary, lambda t: t.id),
    ):
        seen: dict[str, object] = {}
        for item in items:
            ident = key(item)
            if ident in seen:
                file, line, _ = position(seen[ident].where)
                problems.append(_problem(item.where, "", item.path, f"id '{ident}' is used twice in {list_name} (first at line {line})", "give each entry its own id"))
            else:
                seen[ident] = item
    return problems


def _references(site: Site) -> list[Problem]:
    problems = []
    actor_ids = list(site.actors)

    def check(ident: str, where, key: str, field: str, known: Iterable[str], kind: str) -> None:
        known = list(known)
        if ident and ident not in known:
            problems.append(_problem(where, key, field, f"no {kind} has the id '{ident}'", suggest(ident, known) or f"define it under {kind}s"))

    for actor in site.actors.values():
        for relation in actor.relations:
            check(relation.to, relation.where, "to", f"{relation.path}.to", actor_ids, "actor")
    for term in site.terms.values():
        check(term.actor, term.where, "actor", f"{term.path}.actor", actor_ids, "actor")
    for story in site.stories:
        for cast in story.cast:
            if cast.actor_id not in site.actors:
                problems.append(_problem(cast.where, "", cast.path, f"actor '{cast.actor_id}' has no name, kind or summary here and is not defined in content/_shared/ or another story", suggest(cast.actor_id, actor_ids) or "add name, kind and summary"))
        figure_ids = [f.id for f in story.figures]
        for figure in story.figures:
            for ref in figure.conflicts_with:
                check(ref, figure.where, "conflicts_with", f"{figure.path}.conflicts_with", figure_ids, "figure")
            for ref in figure.actors:
                check(ref, figure.where, "actors", f"{figure.path}.actors", actor_ids, "actor")
        for quote in story.quotes:
            check(quote.speaker, quote.where, "speaker", f"{quote.path}.speaker", actor_ids, "actor")
        for event in story.timeline:
            for ref in event.actors:
                check(ref, event.where, "actors", f"{event.path}.actors", actor_ids, "actor")
    return problems


def _names(site: Site) -> list[Problem]:
    """One name, one thing, across the whole site: the matcher links a name to exactly one page.

    A clash is reported at both entries, each naming the other, since either
    editor may be the one to change.
    """
    problems = []
    owners: dict[str, tuple[str, str, object, str]] = {}

    def field_of(item, name: str) -> str:
        main = getattr(item, "term", None) or item.name
        return "aliases" if name != main else ("term" if hasattr(item, "term") else "name")

    def clash(item, kind: str, ident: str, name: str, other, other_kind: str, other_id: str) -> Problem:
        file, line, _ = position(other.where, field_of(other, name))
        return _problem(item.where, field_of(item, name), f"{kind} '{ident}'", f"the name '{name}' also belongs to {other_kind} '{other_id}' ({file}:{line})",
                        "names are shared by every story, and each links to one page: make one of them fuller (a first name, a country), "
                        "or, for a term that names an actor, set the term's actor:")

    def claim(name: str, kind: str, ident: str, item, same_as: str = "") -> None:
        normalized = normalize_name(name)
        if not normalized:  # a missing name is reported where it is missing
            return
        key = normalized[:1].lower() + normalized[1:]
        if key not in owners:
            owners[key] = (kind, ident, item, name)
            return
        other_kind, other_id, other, other_name = owners[key]
        if (other_kind, other_id) == (kind, ident) or (same_as and other_kind == "actor" and other_id == same_as):
            return
        if kind == "actor" and other_kind == "term" and getattr(other, "actor", "") == ident:
            owners[key] = (kind, ident, item, name)
            return
        problems.append(clash(item, kind, ident, name, other, other_kind, other_id))
        problems.append(clash(other, other_kind, other_id, other_name, item, kind, ident))

    for actor in site.actors.values():
        for name in actor.names:
            claim(name, "actor", actor.id, actor)
    for term in site.terms.values():
        for name in term.names:
            claim(name, "term", term.id, term, same_as=term.actor)
    for place in site.places.values():
        for name in place.names:
            claim(name, "place", place.id, place)
    return problems
