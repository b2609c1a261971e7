"""The cross-file registry: one site from many sheets, and the rules that hold across them.

An actor, term or place may be defined in _shared/ or in any story; every
definition of the same id must agree. Every reference must resolve, and
every name must belong to one thing only, since the matcher links a name to
exactly one page.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable

from ..matcher import normalize_name
from ..model import Actor, Entry, Kind, Located, Place, Ref, Site, Story, Term, slugify
from ..problems import ERROR, Problem, suggest

_KIND_OF = {Actor: Kind.ACTOR, Term: Kind.TERM, Place: Kind.PLACE}


def _problem(entry: Located, key: str, field_path: str, message: str, fix: str = "") -> Problem:
    """An error at one field of an entry (or the entry itself, for key "")."""
    return Problem.at(entry.at(key), ERROR, message, field_path, fix)

INDEX = "index"  # stories/index.md and actors/index.md list the others: no story or actor may take them


def _differences(a, b) -> list[str]:
    """The compared fields on which two definitions of one entry disagree."""
    return [f.name for f in fields(a) if f.compare and getattr(a, f.name) != getattr(b, f.name)]


def label(entry: Entry) -> str:
    """How messages name an entry: a term as the editor wrote it (its id is made from it), others by id."""
    kind = _KIND_OF[type(entry)].value
    return f"{kind} '{entry.term}'" if isinstance(entry, Term) else f"{kind} '{entry.id}'"


def _redefinition(existing: Entry, entry: Entry) -> Problem | None:
    """The error for a later definition of an id that does not agree with the first, or None when it does.

    Two terms written differently that make the same anchor ("C#", "C sharp")
    are named both, as written: the anchor is ours, not the editor's.
    """
    if isinstance(entry, Term) and normalize_name(entry.term).casefold() != normalize_name(existing.term).casefold():
        file, line, _ = existing.at("term")
        return _problem(entry, "term", entry.field_path("term"),
                        f"the terms '{entry.term}' and '{existing.term}' ({file}:{line}) would share the "
                        f"glossary anchor #{entry.id}, so links to one would land on the other",
                        "if they are one term, keep one and list the other spelling under its aliases; "
                        "otherwise write one of them more fully")
    differing = _differences(existing, entry)
    if not differing:
        return None
    file, line, _ = existing.at()
    return _problem(entry, "", label(entry), f"defined differently at {file}:{line} "
                    f"(fields that differ: {', '.join(differing)})",
                    "make the definitions agree, or keep one in content/_shared/")


def assemble(stories: Iterable[Story], definitions: Iterable[Entry]) -> tuple[Site, list[Problem]]:
    """The site: stories newest first, and one registry per kind where the first definition wins.

    A later definition of the same id must agree on every compared field;
    otherwise it is an error at the later one, naming the first.
    """
    problems: list[Problem] = []
    registries: dict[Kind, dict[str, Entry]] = {kind: {} for kind in Kind}
    for entry in definitions:
        registry = registries[_KIND_OF[type(entry)]]
        existing = registry.get(entry.id)
        if existing is None:
            registry[entry.id] = entry
            continue
        problem = _redefinition(existing, entry)
        if problem:
            problems.append(problem)
    ordered = tuple(sorted(stories, key=lambda s: (s.date, s.slug), reverse=True))
    site = Site(ordered, registries[Kind.ACTOR], registries[Kind.TERM], registries[Kind.PLACE])
    return site, problems


def check(site: Site) -> list[Problem]:
    """Rules that hold across files: every reference resolves, every name names one thing."""
    return references(site) + names(site) + reserved_pages(site)


@dataclass
class _References:
    """Collects references that point at nothing."""

    problems: list[Problem]

    def check(self, ident: str, entry: Located, key: str, known: list[str], kind: str) -> None:
        """Report `ident` (written at entry's `key`) unless it is empty or one of the `known` ids."""
        if ident and ident not in known:
            self.problems.append(_problem(entry, key, entry.field_path(key), f"no {kind} has the id '{ident}'",
                                          suggest(ident, known) or f"define it under {kind}s"))


def references(site: Site) -> list[Problem]:
    """Every `to`, `actor`, `speaker`, `actors` and `conflicts_with` names an existing entry."""
    found = _References([])
    actor_ids = list(site.actors)
    for actor in site.actors.values():
        for relation in actor.relations:
            found.check(relation.to, relation, "to", actor_ids, "actor")
    for term in site.terms.values():
        found.check(term.actor, term, "actor", actor_ids, "actor")
    for story in site.stories:
        for cast in story.cast:
            if cast.actor_id not in site.actors:
                found.problems.append(_problem(
                    cast, "", cast.path, f"actor '{cast.actor_id}' has no name, kind or summary here "
                    "and is not defined in content/_shared/ or another story",
                    suggest(cast.actor_id, actor_ids) or "add name, kind and summary"))
        figure_ids = [f.id for f in story.figures]
        for figure in story.figures:
            for ref in figure.conflicts_with:
                found.check(ref, figure, "conflicts_with", figure_ids, "figure")
            for ref in figure.actors:
                found.check(ref, figure, "actors", actor_ids, "actor")
        for quote in story.quotes:
            found.check(quote.speaker, quote, "speaker", actor_ids, "actor")
        for event in story.timeline:
            for ref in event.actors:
                found.check(ref, event, "actors", actor_ids, "actor")
    return found.problems


def _name_field(entry: Entry, name: str) -> str:
    """The field a name of an entry was written in: its main-name field, or aliases."""
    return "aliases" if name != entry.names[0] else entry.name_field


def _clash(entry: Entry, name: str, other: Entry) -> Problem:
    """The error at `entry` for a name it shares with `other`, pointing at where `other` wrote it."""
    file, line, _ = other.at(_name_field(other, name))
    return _problem(entry, _name_field(entry, name), label(entry),
                    f"the name '{name}' also belongs to {label(other)} ({file}:{line})",
                    "names are shared by every story, and each links to one page: make one of them fuller "
                    "(a first name, a country), or, for a term that names an actor, set the term's actor:")


def names(site: Site) -> list[Problem]:
    """One name, one thing, across the whole site: the matcher links a name to exactly one page.

    A clash is reported at both entries, each naming the other, since either
    editor may be the one to change. A term may share its name with the actor
    it names (its `actor:`).
    """
    problems = []
    owners: dict[str, tuple[Entry, str]] = {}
    for entry in (*site.actors.values(), *site.terms.values(), *site.places.values()):
        for name in entry.names:
            normalized = normalize_name(name)
            if not normalized:  # a missing name is reported where it is missing
                continue
            key = normalized[:1].lower() + normalized[1:]
            if key not in owners:
                owners[key] = (entry, name)
                continue
            other, other_name = owners[key]
            if other.ref == entry.ref or isinstance(entry, Term) and other.ref == Ref(Kind.ACTOR, entry.actor):
                continue
            if isinstance(entry, Actor) and isinstance(other, Term) and other.actor == entry.id:
                owners[key] = (entry, name)
                continue
            problems.append(_clash(entry, name, other))
            problems.append(_clash(other, other_name, entry))
    return problems


def reserved_pages(site: Site) -> list[Problem]:
    """No story folder, actor id or topic may land on a page the site generates for itself.

    `index` is each list's page (stories/index.md, actors/index.md, topics/index.md).
    """
    problems = []
    for story in site.stories:
        for tag in story.tags:
            if slugify(tag) == INDEX:
                problems.append(_problem(story, "tags", story.field_path("tags"),
                                         f"the topic '{tag}' would put its page on the page that lists every topic",
                                         "choose another word for the topic"))
        if story.slug == INDEX:
            problems.append(Problem(story.facts_path, 0, 0, ERROR,
                                    f"the folder name '{story.slug}' would put this story on the page that lists "
                                    "every story", "story", "rename the story folder"))
    for actor in site.actors.values():
        if actor.id == INDEX:
            problems.append(_problem(actor, "id", actor.field_path("id"),
                                     f"the id '{actor.id}' would put this actor on the page that lists every actor",
                                     "choose another id"))
    return problems
