"""Drafts: entries the importer marked `draft: true`, and draft stories.

Each is a warning, so `mkdocs serve` shows it with a Draft label while
`--strict` refuses to publish it.
"""

from __future__ import annotations

from ..model import Located, Site
from ..problems import WARNING, Problem

DRAFT_ENTRY = "draft entry: check it and remove draft: true before publishing"


def _draft(entry: Located, key: str = "") -> Problem:
    """The warning for one draft entry, at its `draft` key (or the entry itself)."""
    return Problem.at(entry.at(key), WARNING, DRAFT_ENTRY, entry.path)


def check(site: Site) -> list[Problem]:
    """A warning for each draft: _shared/ entries, then each story's entries, cast and the story itself."""
    problems = [_draft(entry, "draft") for entry in _shared_drafts(site)]
    for story in site.stories:
        drafts = [*story.figures, *story.quotes, *story.glossary, *story.places, *story.notes]
        problems += [_draft(entry) for entry in drafts if entry.draft]
        problems += [_draft(event, "draft") for event in story.timeline if event.draft]
        for cast in story.cast:
            actor = site.actors.get(cast.actor_id)
            # An actor drafted in this very sheet is this story's to check; one drafted elsewhere is not.
            if actor is not None and (cast.draft or actor.draft and actor.at()[0] == story.facts_path):
                problems.append(_draft(cast, "draft"))
        if story.is_draft:
            problems.append(Problem.at(story.at("status"), WARNING, "story is a draft: it is shown with a Draft label "
                                       "and a strict build will not publish it", "story.status",
                                       "set status: published when it is checked"))
    return problems


def _shared_drafts(site: Site) -> list[Located]:
    """Draft entries of content/_shared/, which no story's checks see."""
    entries = (*site.actors.values(), *site.terms.values(), *site.places.values())
    return [entry for entry in entries if entry.draft and "/_shared/" in f"/{entry.at('draft')[0]}"]
