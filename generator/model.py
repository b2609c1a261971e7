"""The explainer's content as plain frozen data. No I/O, no MkDocs.

Every entry read from a fact sheet is `Located`: it keeps its path in the
sheet ("figures[3]") and the file, line and column each of its fields was
written at, so that rules applied long after loading (is this excerpt in the
article?) can still point an editor at the right place.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Mapping

Position = tuple[str, int, int]  # (file, line, column); line and column 1-based, 0 when unknown
Where = Mapping[str, Position]  # field name ("" = the entry itself) -> where it was written


class Kind(str, enum.Enum):
    """The three kinds of things a name in an article can stand for."""

    ACTOR = "actor"
    TERM = "term"
    PLACE = "place"


@dataclass(frozen=True, order=True)
class Ref:
    """A typed reference to an actor, term or place: what a name links to or mentions."""

    kind: Kind
    id: str


@dataclass(frozen=True, kw_only=True)
class Located:
    """An entry of a fact sheet, with where it and each of its fields were written."""

    path: str = field(default="", compare=False, repr=False)  # where in the sheet: "figures[3]"
    where: Where = field(default_factory=dict, compare=False, repr=False)

    def at(self, key: str = "") -> Position:
        """Where a field was written, or the entry itself when the field is absent."""
        return self.where.get(key) or self.where.get("") or ("", 0, 0)

    def field_path(self, key: str) -> str:
        """The sheet path of one of this entry's fields: "figures[3].excerpt"."""
        return f"{self.path}.{key}" if self.path else key


@dataclass(frozen=True)
class Source:
    """Where something comes from: the `source` of a story or figure, or one of an actor's `sources`."""

    title: str = ""
    name: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        """How the source is named in lists: "title (publisher)", or whichever of title, name and URL it has."""
        if self.title and self.name:
            return f"{self.title} ({self.name})"
        return self.title or self.name or self.url


@dataclass(frozen=True)
class Correction:
    """One of `story.corrections`: what was wrong and when it was put right, shown at the foot of the story."""

    date: dt.date
    text: str


@dataclass(frozen=True)
class Relation(Located):
    """One of an actor's `relations`: an edge of the actor graph to another actor, of a kind, with a note."""

    to: str
    type: str
    note: str = ""


@dataclass(frozen=True)
class Actor(Located):
    """A person, organisation, state, ...: an `actors` entry that defines it (in a story or _shared/actors.yml).

    Every definition of one id must agree, so this is the same in every
    story; what the actor did in one story is that story's `Cast`.
    """

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

    name_field = "name"  # the field that holds the main name, for messages about names

    @property
    def ref(self) -> Ref:
        """The reference that links and mentions of this actor use."""
        return Ref(Kind.ACTOR, self.id)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name an article may call the actor by: the main name first, then the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Cast(Located):
    """An actor's part in one story: the per-story fields of an actor entry."""

    actor_id: str
    role: str = ""
    unmentioned: str = ""
    draft: bool = False


@dataclass(frozen=True)
class Figure(Located):
    """One of a sheet's `figures`: a number the article states (or that follows from it), for the key-figures box."""

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
class Quote(Located):
    """One of a sheet's `quotes`: a quotation found verbatim in the article, and who said it, if anyone can say."""

    text: str
    attribution: str
    speaker: str = ""
    note: str = ""
    draft: bool = False
    source: Source | None = None  # where an editors' attribution comes from


@dataclass(frozen=True)
class Term(Located):
    """One `glossary` entry (a story's or _shared/glossary.yml's): a term, its aliases and a plain definition."""

    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    actor: str = ""
    draft: bool = False
    sources: tuple[Source, ...] = ()

    name_field = "term"

    @property
    def id(self) -> str:
        """The term's anchor on the glossary page: terms have no id field, so it is made from the term."""
        return slugify(self.term)

    @property
    def ref(self) -> Ref:
        """The reference that links and mentions of this term use."""
        return Ref(Kind.TERM, self.id)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name an article may use for the term: the term first, then the aliases."""
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class Place(Located):
    """One `places` entry (a story's or _shared/places.yml's): a place articles name, perhaps with coordinates."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    coordinates: tuple[float, float] | None = None
    summary: str = ""
    draft: bool = False
    sources: tuple[Source, ...] = ()

    name_field = "name"

    @property
    def ref(self) -> Ref:
        """The reference that links and mentions of this place use."""
        return Ref(Kind.PLACE, self.id)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name an article may use for the place: the main name first, then the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Event(Located):
    """One of a sheet's `timeline` entries: something that happened on a (possibly partial) date, and who took part."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    text: str
    actors: tuple[str, ...] = ()
    draft: bool = False


@dataclass(frozen=True)
class Note(Located):
    """One of a sheet's `notes`: what the editors add at a sentence of the article (a correction, a caveat)."""

    excerpt: str  # the article's words, verbatim: the note is shown at the sentence holding them
    text: str
    sources: tuple[Source, ...] = ()
    draft: bool = False


@dataclass(frozen=True)
class Story(Located):
    """One story folder, read: the sheet's `story` mapping, the article, and every list of the sheet as entries."""

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
    language: str = ""  # the article's language when it is not the site's ("" for the site's)
    cast: tuple[Cast, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    glossary: tuple[Term, ...] = ()
    places: tuple[Place, ...] = ()
    timeline: tuple[Event, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def is_draft(self) -> bool:
        """`status: draft`: shown with a Draft label in previews, refused by a strict build."""
        return self.status == "draft"


Entry = Actor | Term | Place  # what a name can belong to


@dataclass(frozen=True)
class Site:
    """Everything the site shows: stories and the site-wide registries they share."""

    stories: tuple[Story, ...]
    actors: Mapping[str, Actor]
    terms: Mapping[str, Term]
    places: Mapping[str, Place]

    def entry(self, ref: Ref) -> Entry | None:
        """The actor, term or place a reference points at, if it exists."""
        registry = {Kind.ACTOR: self.actors, Kind.TERM: self.terms, Kind.PLACE: self.places}[ref.kind]
        return registry.get(ref.id)


# "+" and "#" after a letter or digit are part of a name ("C++", "C#", "Google+"): spelled out, so
# "C++", "C#" and "C" get three anchors. Elsewhere ("#MeToo", "+972") they are punctuation, dropped.
_SPELLED_MARKS = re.compile(r"(?<=[^\W_])[+#]+")
_MARK_WORDS = {"+": "plus", "#": "sharp"}


def slug_words(text: str) -> str:
    """The words of a name as an anchor: lowercase, joined by hyphens; "" when it has no letters or digits.

    Latin letters lose their accents ("Zoë" -> "zoe"); other scripts keep
    their letters ("Шура" -> "шура"). Punctuation around the words is dropped
    ("¿Qué?" -> "que", ".NET" -> "net"), except "+" and "#" closing a word,
    which are spelled out ("C++" -> "c-plus-plus", "C#" -> "c-sharp").
    """
    text = _SPELLED_MARKS.sub(lambda m: " " + " ".join(_MARK_WORDS[c] for c in m.group()) + " ", text)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+|_", "-", unicodedata.normalize("NFC", kept)).strip("-")


def slugify(text: str) -> str:
    """A stable, readable anchor for a name, so no name is left without one.

    A name with no letters or digits at all ("!!!") gets a short hash of the
    text, so "!!!" and "???" differ.
    """
    return slug_words(text) or "term-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def initial(text: str) -> str:
    """The letter a name is filed under in an index: its first letter, unaccented and in capitals.

    Punctuation before it does not count ("#MeToo" under M, "¿Qué?" under Q);
    a name starting with a digit files under "0–9", one with no letter or
    digit under "Other".
    """
    words = slug_words(text)
    if not words:
        return OTHER_INITIAL
    return DIGITS_INITIAL if words[0].isdigit() else words[0].upper()


DIGITS_INITIAL, OTHER_INITIAL = "0–9", "Other"
