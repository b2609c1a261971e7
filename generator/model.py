"""The explainer's content as plain frozen data. No I/O, no MkDocs.

Each object keeps `where`: the file, line and column each of its fields was
written at, so that checks made long after loading (is this excerpt in the
article?) can still point an editor at the right place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

Where = Mapping[str, tuple[str, int, int]]  # field name ("" = the entry itself) -> (file, line, column)


def position(where: Where, key: str = "") -> tuple[str, int, int]:
    """Where a field was written, or its entry when the field is absent."""
    return where.get(key) or where.get("") or ("", 0, 0)


@dataclass(frozen=True)
class Source:
    title: str = ""
    name: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        if self.title and self.name:
            return f"{self.title} ({self.name})"
        return self.title or self.name or self.url


@dataclass(frozen=True)
class Correction:
    date: dt.date
    text: str


@dataclass(frozen=True)
class Relation:
    to: str
    type: str
    note: str = ""
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    summary: str
    aliases: tuple[str, ...] = ()
    background: str = ""
    as_of: dt.date | None = None
    relations: tuple[Relation, ...] = ()
    sources: tuple[Source, ...] = ()
    draft: bool = False
    # Why stories may cite this actor without naming it (from _shared/); a story's own
    # `unmentioned` overrides it. Not compared: definitions may differ here, as in role.
    unmentioned: str = field(default="", compare=False)
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Cast:
    """An actor's part in one story: the per-story fields of an actor entry."""

    actor_id: str
    role: str = ""
    unmentioned: str = ""
    draft: bool = False
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Figure:
    id: str
    value: str  # as written in the sheet ("1.5"), so it can be found in the excerpt
    label: str
    scale: str = ""
    unit: str = ""
    display: str = ""
    excerpt: str = ""
    derived: str = ""
    source: Source | None = None
    conflicts_with: tuple[str, ...] = ()
    note: str = ""
    actors: tuple[str, ...] = ()
    draft: bool = False
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)

    @property
    def shown(self) -> str:
        """The value as printed: `display`, or the number with thousands separators and its scale."""
        if self.display:
            return self.display
        integral, dot, fraction = self.value.partition(".")
        sign = "-" if integral.startswith("-") else ""
        digits = integral.lstrip("+-")
        number = sign + (f"{int(digits):,}" if digits.isdigit() else digits) + (dot + fraction if fraction else "")
        return f"{number} {self.scale}".strip()


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str
    speaker: str = ""
    note: str = ""
    draft: bool = False
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    actor: str = ""
    draft: bool = False
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)

    @property
    def id(self) -> str:
        return slugify(self.term)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    coordinates: tuple[float, float] | None = None
    summary: str = ""
    draft: bool = False
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Event:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    text: str
    actors: tuple[str, ...] = ()
    draft: bool = False
    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    date: dt.date
    summary: str
    article: str  # Markdown source of the article body
    article_path: str
    facts_path: str
    as_of: dt.date | None = None
    source: Source | None = None
    status: str = "published"
    sample: bool = False
    tags: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()
    ignore_names: tuple[str, ...] = ()
    cast: tuple[Cast, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    glossary: tuple[Term, ...] = ()
    places: tuple[Place, ...] = ()
    timeline: tuple[Event, ...] = ()
    where: Where = field(default_factory=dict, compare=False, repr=False)  # positions of the story: fields

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True)
class Site:
    """Everything the site shows: stories and the site-wide registries they share."""

    stories: tuple[Story, ...]
    actors: Mapping[str, Actor]
    terms: Mapping[str, Term]
    places: Mapping[str, Place]


def slugify(text: str) -> str:
    """A stable, readable anchor for a name: lowercase words joined by hyphens.

    Latin letters lose their accents ("Zoë" -> "zoe"); other scripts keep
    their letters ("Шура" -> "шура"), so no name is left without an anchor.
    """
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = re.sub(r"[^\w]+|_", "-", unicodedata.normalize("NFC", kept)).strip("-")
    if slug:
        return slug
    import hashlib

    return "term-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]  # all punctuation: "!!!" and "???" differ
