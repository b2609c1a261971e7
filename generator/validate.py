"""Positioned YAML nodes -> model objects, collecting every problem on the way.

The reader walks the records of `spec.py`, so what is accepted here is exactly
what the shipped JSON Schema describes. Scalars are judged from their source
text: YAML 1.1 would turn `NO` into False and `1.10` into 1.1, and a fact
sheet must never say something its editor did not write.

Only the shape of each file is checked here (fields, types, required keys).
Rules about what entries mean, across files or against the article, are in
`rules/`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from . import spec
from .markup import SAFE_URL
from .model import Actor, Cast, Correction, Event, Figure, Note, Place, Position, Quote, Relation, Source, Story, Term
from .model import slug_words
from .problems import ERROR, Problem, suggest
from .text import DIRECTION_CONTROLS, INVISIBLE
from .yamltree import Mapping, Node, Scalar, Sequence

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_URL_CHARACTERS = re.compile(r"[^\s<>\"']+")
_NUMBER = re.compile(r"^[-+]?(\d+(\.\d+)?|\.\d+)$")
_PREFIXED_INT = re.compile(r"^[-+]?0(x[0-9a-fA-F]+|b[01]+)$")  # the YAML 1.1 integers written in hex or binary
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")

MISSING = object()  # a value that was absent or unusable (and reported)


@dataclass
class Fields:
    """One record as read: the usable value of each field, and where each was written."""

    node: Mapping
    path: str  # where in the sheet: "figures[3]"
    values: dict[str, Any] = field(default_factory=dict)
    where: dict[str, Position] = field(default_factory=dict)  # field name ("" = the entry) -> position

    def get(self, key: str, default: Any = None) -> Any:
        """A field's usable value, or `default` when it was absent or reported unusable."""
        return self.values.get(key, default)

    def has(self, *keys: str) -> bool:
        """Whether every one of these fields has a usable value."""
        return all(key in self.values for key in keys)

    def complete(self, record: spec.Record) -> bool:
        """Every required field of the record has a usable value."""
        return self.has(*(f.name for f in record.fields if f.required))

    @property
    def located(self) -> dict[str, Any]:
        """The keyword arguments of `model.Located`."""
        return {"path": self.path, "where": self.where}


class Reader:
    """Reads one file's nodes against the spec; problems accumulate in `problems`."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: Node | None, field_path: str, message: str, fix: str = "") -> None:
        """Report an error at a node of this file (or at the file itself, for no node)."""
        line, column = (node.line, node.column) if node else (0, 0)
        self.problems.append(Problem(self.path, line, column, ERROR, message, field_path, fix))

    def record(self, node: Node, record: spec.Record, path: str) -> Fields | None:
        """A mapping read field by field; unknown keys and missing required fields are errors."""
        if not isinstance(node, Mapping):
            self.error(node, path,
                       f"expected a mapping of {record.name} fields ({', '.join(record.names[:4])}, ...)")
            return None
        fields = Fields(node, path, where={"": (self.path, node.line, node.column)})
        for key, (key_node, value_node) in node.entries.items():
            field_ = record.field(key)
            field_path = f"{path}.{key}" if path else key
            if field_ is None:
                self.error(key_node, field_path, f"unknown key '{key}' in {record.name}", _unknown_key_fix(key, record))
                continue
            value = self.value(value_node, field_, field_path)
            if value is not MISSING:
                fields.values[key] = value
                fields.where[key] = (self.path, value_node.line, value_node.column)
        for field_ in record.fields:
            if field_.required and field_.name not in node.entries:
                self.error(node, f"{path}.{field_.name}" if path else field_.name,
                           f"missing required field '{field_.name}' in {record.name}")
        return fields

    def value(self, node: Node, field_: spec.Field, path: str) -> Any:
        """One field's value, or MISSING (after reporting why) when it is unusable."""
        if isinstance(node, Scalar) and node.kind == "refused":  # the parser said why already
            return MISSING
        if isinstance(node, Scalar) and node.kind == "null" and not node.quoted:
            if field_.required:
                self.error(node, path, f"'{field_.name}' is empty", "write a value: this field is required")
            return MISSING
        if field_.kind == "list":
            return self.list(node, field_, path)
        if field_.kind == "record":
            result = self.record(node, field_.item, path)
            return MISSING if result is None else result
        if not isinstance(node, Scalar):
            shape = "list" if isinstance(node, Sequence) else "mapping"
            self.error(node, path, f"expected a single value for '{field_.name}', not a {shape}")
            return MISSING
        return _SCALAR_READERS[field_.kind](self, node, field_, path)

    def list(self, node: Node, field_: spec.Field, path: str) -> Any:
        """A list field: its usable items (unusable ones reported and left out), or MISSING for a non-list."""
        if not isinstance(node, Sequence):
            example = "[...]" if not isinstance(field_.item, spec.Record) else "a list of '- ' entries"
            self.error(node, path, "expected a list", f"write {field_.name}: {example}")
            return MISSING
        items = []
        for index, item_node in enumerate(node.items):
            item_path = f"{path}[{index}]"
            if isinstance(field_.item, spec.Record):
                item = self.record(item_node, field_.item, item_path)
                item = MISSING if item is None else item
            else:
                item = self.value(item_node, field_.item, item_path)
            if item is not MISSING:
                items.append(item)
        if field_ is spec.COORDINATES:
            return self.coordinates(node, items, path)
        return items

    def text(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A text or Markdown field (text is stripped); control characters and unquoted YAML booleans are refused."""
        text = node.text
        control = _CONTROL.search(text)
        if control:
            self.error(node, path, f"contains the invisible control character U+{ord(control.group()):04X}",
                       "retype the text or paste it again as plain text (it was probably copied in the wrong encoding)")
            return MISSING
        bidi = DIRECTION_CONTROLS.search(text) if field_.kind == "text" else None
        if bidi:
            self.error(node, path, f"contains the invisible direction override U+{ord(bidi.group()):04X}, "
                       "which makes the text read differently from what it says", "delete the character")
            return MISSING
        if node.kind == "bool" and not node.quoted:
            self.error(node, path, f"YAML reads {text} as true/false, not as text", f'put it in quotes: "{text}"')
            return MISSING
        if not text.strip():
            if field_.required:
                self.error(node, path, f"'{field_.name}' is empty")
            return MISSING
        return text.strip() if field_.kind == "text" else text

    def bool(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A true/false field: only an unquoted YAML boolean is one."""
        if node.kind != "bool" or node.quoted:
            self.error(node, path, f"expected true or false, got '{node.text}'")
            return MISSING
        return node.text.lower() in ("true", "yes", "on", "y")

    def number(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A number field, kept as the digits written ("1.10" stays "1.10") so it can be found in the article."""
        text = node.text
        cleaned = text.replace("_", "")
        if len(cleaned) > 30:
            self.error(node, path, f"'{text[:20]}...' has too many digits to be a figure",
                       "write the number as in the article, or use scale: thousand | million | billion")
            return MISSING
        if not node.quoted and node.kind == "int" and _PREFIXED_INT.match(cleaned):
            cleaned = str(int(cleaned, 0))  # 0xFA0: YAML and the schema read 4000, so the figure is 4000
        if node.quoted or not _NUMBER.match(cleaned):
            self.error(node, path, f"expected a number, got '{text}'",
                       "write digits only, without quotes or thousands separators" + _as_digits(text))
            return MISSING
        return cleaned

    def date(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A full ISO date (YYYY-MM-DD) that exists on the calendar."""
        try:
            if not _FULL_DATE.match(node.text.strip()):  # fromisoformat also takes 20261120 and 2026-W47-5
                raise ValueError(node.text)
            return dt.date.fromisoformat(node.text.strip())
        except ValueError:
            self.error(node, path, f"'{node.text}' is not a real date", "write YYYY-MM-DD, e.g. 2017-08-30")
            return MISSING

    def partial_date(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A YYYY, YYYY-MM or YYYY-MM-DD date (timeline events), kept as written once it is a real one."""
        match = _PARTIAL_DATE.match(node.text.strip())
        if not match or not _real_partial_date(match):
            self.error(node, path, f"'{node.text}' is not a real date", "write YYYY, YYYY-MM or YYYY-MM-DD")
            return MISSING
        return node.text.strip()

    def id(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """An id or reference: lowercase letters, digits and hyphens, with a guess at the id meant if not."""
        text = node.text
        if not spec.ID.fullmatch(text):
            guess = _as_id(text)
            fix = f"did you mean '{guess}'?" if guess else "use lowercase letters, digits and hyphens"
            self.error(node, path, f"'{text}' is not a valid id (lowercase letters, digits and hyphens)", fix)
            return MISSING
        return text

    def url(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A link: http, https or mailto only, with no spaces, quotes or angle brackets."""
        text = node.text
        url = text.strip()
        if not SAFE_URL.match(url) or url.lower() in ("http://", "https://", "mailto:"):
            self.error(node, path, f"'{text}' is not an http, https or mailto URL",
                       "only http://, https:// and mailto: links are allowed")
            return MISSING
        invisible = INVISIBLE.search(url)  # in a URL, none at all
        if invisible:
            self.error(node, path, f"contains the invisible character U+{ord(invisible.group()):04X}, "
                       "so the link can read as another address", "delete the character, or retype the URL")
            return MISSING
        if not _URL_CHARACTERS.fullmatch(url):
            self.error(node, path, f"'{text}' contains characters not allowed in a URL (spaces, quotes, < or >)",
                       "percent-encode them, e.g. %20 for a space")
            return MISSING
        return url

    def language(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """A language code, as MkDocs' theme.language takes it: "fr", "ar", "pt-BR"."""
        text = node.text.strip()
        if not re.fullmatch(spec.LANGUAGE_PATTERN, text):
            self.error(node, path, f"'{node.text}' is not a language code", "write a code such as en, fr or ar")
            return MISSING
        return text

    def enum(self, node: Scalar, field_: spec.Field, path: str) -> Any:
        """One of the field's choices, with the closest one suggested when it is not."""
        if node.text not in field_.choices:
            self.error(node, path, f"'{node.text}' is not one of: {', '.join(field_.choices)}",
                       suggest(node.text, field_.choices))
            return MISSING
        return node.text

    def coordinates(self, node: Node, items: list[str], path: str) -> Any:
        """A place's [latitude, longitude], in range (a likely swap is pointed out)."""
        if len(items) != 2:
            self.error(node, path, "coordinates are [latitude, longitude]: two numbers")
            return MISSING
        lat, lon = float(items[0]), float(items[1])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.error(node, path, f"coordinates [{items[0]}, {items[1]}] are out of range "
                       "(latitude -90..90, longitude -180..180)",
                       "did you swap latitude and longitude?" if -90 <= lon <= 90 else "")
            return MISSING
        return (lat, lon)


# Field kind -> how its scalar is read (lists and records are walked by Reader.value).
_SCALAR_READERS: dict[str, Callable[[Reader, Scalar, spec.Field, str], Any]] = {
    "text": Reader.text, "markdown": Reader.text, "bool": Reader.bool, "number": Reader.number,
    "date": Reader.date, "partial-date": Reader.partial_date, "id": Reader.id, "ref": Reader.id,
    "url": Reader.url, "enum": Reader.enum, "language": Reader.language,
}


def _unknown_key_fix(key: str, record: spec.Record) -> str:
    """The hint for an unknown key: a close allowed key, the record it belongs in (mis-indented), or all allowed."""
    owners = [r.name for r in spec.RECORDS if r is not record and r.field(key)]
    if suggest(key, record.names):
        return suggest(key, record.names)
    if owners:
        return f"'{key}' belongs in a {' or '.join(owners)} entry: check its indentation"
    return f"allowed: {', '.join(record.names)}"


def _as_digits(text: str) -> str:
    """The number a fix should suggest for a value that is not one: 4e3 is 4000, "4,000" is 4000, "€4.5m" 4.5."""
    try:
        value = float(text.strip().strip("\"'").replace("_", ""))
    except ValueError:
        digits = re.sub(r"[^0-9.]", "", text)
        return f": {digits}" if digits.strip(".") else ""
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    return f": {int(value)}" if value.is_integer() and abs(value) < 1e18 else f": {value}"


def _real_partial_date(match: re.Match) -> bool:
    """Whether a matched YYYY[-MM[-DD]] names a date on the calendar (no month 13, no February 30)."""
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _as_id(text: str) -> str:
    """The id an editor probably meant, or "" when the text has no letters or digits to make one of."""
    slug = slug_words(text)
    return slug if spec.ID.fullmatch(slug) else ""


# -- records -> model objects ---------------------------------------------------


def source_from(fields: Fields | None) -> Source | None:
    """A `source` record as a Source, or None when there was none."""
    if fields is None:
        return None
    return Source(title=fields.get("title", ""), name=fields.get("name", ""), url=fields.get("url", ""))


def actor_from(fields: Fields) -> Actor:
    """An actor definition as an Actor; relations that lack a required field are left out."""
    relations = [r for r in fields.get("relations", ()) if r.complete(spec.RELATION)]
    return Actor(
        id=fields.get("id"), name=fields.get("name", ""), kind=fields.get("kind", ""),
        summary=fields.get("summary", ""), aliases=tuple(fields.get("aliases", ())),
        background=fields.get("background", ""), as_of=fields.get("as_of"),
        relations=tuple(Relation(r.get("to"), r.get("type"), r.get("note", ""), **r.located) for r in relations),
        sources=sources_from(fields),
        draft=fields.get("draft", False), unmentioned=fields.get("unmentioned", ""), **fields.located,
    )


def term_from(fields: Fields) -> Term:
    """A complete glossary entry as a Term."""
    return Term(fields.get("term"), fields.get("definition"), tuple(fields.get("aliases", ())), fields.get("actor", ""),
                fields.get("draft", False), sources=sources_from(fields), **fields.located)


def place_from(fields: Fields) -> Place:
    """A complete places entry as a Place."""
    return Place(fields.get("id"), fields.get("name"), tuple(fields.get("aliases", ())), fields.get("coordinates"),
                 fields.get("summary", ""), fields.get("draft", False), sources=sources_from(fields), **fields.located)


def figure_from(fields: Fields) -> Figure:
    """A complete figures entry as a Figure."""
    return Figure(
        id=fields.get("id"), value=fields.get("value"), label=fields.get("label"), scale=fields.get("scale", ""),
        unit=fields.get("unit", ""), display=fields.get("display", ""), excerpt=fields.get("excerpt", ""),
        derived=fields.get("derived", ""), source=source_from(fields.get("source")),
        conflicts_with=tuple(fields.get("conflicts_with", ())), note=fields.get("note", ""),
        actors=tuple(fields.get("actors", ())), draft=fields.get("draft", False), **fields.located,
    )


def quote_from(fields: Fields) -> Quote:
    """A complete quotes entry as a Quote."""
    return Quote(fields.get("text"), fields.get("attribution"), fields.get("speaker", ""), fields.get("note", ""),
                 fields.get("draft", False), source=source_from(fields.get("source")), **fields.located)


def correction_from(fields: Fields) -> Correction:
    """A complete corrections entry as a Correction."""
    return Correction(fields.get("date"), fields.get("text"))


def note_from(fields: Fields) -> Note:
    """A complete notes entry as a Note."""
    return Note(fields.get("excerpt"), fields.get("text"), sources_from(fields), fields.get("draft", False),
                **fields.located)


def sources_from(fields: Fields) -> tuple[Source, ...]:
    """An entry's `sources` list as Sources."""
    return tuple(s for s in map(source_from, fields.get("sources", ())) if s)


def event_from(fields: Fields) -> Event:
    """A complete timeline entry as an Event."""
    return Event(fields.get("date"), fields.get("text"), tuple(fields.get("actors", ())), fields.get("draft", False),
                 **fields.located)


def _complete(items, record: spec.Record, build) -> tuple:
    """The entries of a list that have every required field, as model objects."""
    return tuple(build(fields) for fields in items if fields.complete(record))


# -- actors: definitions and citations --------------------------------------------


def defines_actor(fields: Fields) -> bool:
    """An actor entry that defines the actor, rather than citing one defined elsewhere."""
    return any(key in fields.node.entries for key in spec.ACTOR_DEFINING_KEYS)


def check_definition(reader: Reader, fields: Fields) -> None:
    """Report required fields left out; a field written with a bad value was reported already."""
    hints = {"kind": f"one of: {', '.join(spec.ACTOR_KINDS)}", "name": "the name readers know it by",
             "summary": "one line, shown in tooltips"}
    node = fields.node
    for name in (n for n in spec.ACTOR_DEFINITION if n not in node.entries):
        reader.problems.append(Problem(
            reader.path, node.line, node.column, ERROR,
            f"missing required field '{name}' in actor '{fields.get('id')}' "
            "(an entry that defines an actor needs name, kind and summary)",
            f"{fields.path}.{name}", f"add {name}: {hints[name]}"))


def _story_actors(reader: Reader, entries: list[Fields]) -> tuple[list[Actor], list[Cast]]:
    """A sheet's actor entries: the actors it defines, and every actor's part in the story."""
    actors, cast = [], []
    for fields in entries:
        if not fields.has("id"):
            continue
        if defines_actor(fields):
            check_definition(reader, fields)
            actors.append(actor_from(fields))  # even when incomplete, so references to it resolve
        elif fields.has("as_of"):
            reader.problems.append(Problem.at(
                fields.where["as_of"], ERROR,
                "'as_of' dates the actor's summary and background: write it where the actor is defined",
                f"{fields.path}.as_of",
                "move it to the actor's definition (content/_shared/actors.yml or the story that defines it)"))
        cast.append(Cast(fields.get("id"), fields.get("role", ""), fields.get("unmentioned", ""),
                         fields.get("draft", False), **fields.located))
    return actors, cast


# -- files -----------------------------------------------------------------------


def read_story(slug: str, facts: Node, article: str, facts_path: str,
               article_path: str) -> tuple[Story | None, list[Actor], list[Problem]]:
    """One story's fact sheet -> (Story, actors it defines, problems).

    Rules across files (references, one name for one thing) and against the
    article are applied later, in `rules/`, once every file is read.
    """
    reader = Reader(facts_path)
    sheet = reader.record(facts, spec.FACT_SHEET, "")
    if sheet is None or not sheet.has("story"):
        return None, [], reader.problems
    meta: Fields = sheet.get("story")
    actors, cast = _story_actors(reader, sheet.get("actors", []))
    story = Story(
        slug=slug, title=meta.get("title", ""), date=meta.get("date") or dt.date.min, summary=meta.get("summary", ""),
        article=article, article_path=article_path, facts_path=facts_path, as_of=meta.get("as_of"),
        source=source_from(meta.get("source")), status=meta.get("status", "published"),
        sample=meta.get("sample", False), tags=tuple(meta.get("tags", ())),
        corrections=_complete(meta.get("corrections", ()), spec.CORRECTION, correction_from),
        ignore_names=tuple(meta.get("ignore_names", ())), language=meta.get("language", ""), cast=tuple(cast),
        figures=_complete(sheet.get("figures", ()), spec.FIGURE, figure_from),
        quotes=_complete(sheet.get("quotes", ()), spec.QUOTE, quote_from),
        glossary=_complete(sheet.get("glossary", ()), spec.TERM, term_from),
        places=_complete(sheet.get("places", ()), spec.PLACE, place_from),
        timeline=_complete(sheet.get("timeline", ()), spec.EVENT, event_from),
        notes=_complete(sheet.get("notes", ()), spec.NOTE, note_from),
        path="story", where=meta.where,
    )
    return story, actors, reader.problems


_SHARED_BUILDERS = {"actors": actor_from, "glossary": term_from, "places": place_from}


def read_shared(name: str, node: Node, path: str) -> tuple[list[Actor | Term | Place], list[Problem]]:
    """A _shared/ file: a list of actors, terms or places (optionally under its key)."""
    key, record = spec.SHARED_FILES[name]
    reader = Reader(path)
    if isinstance(node, Mapping) and list(node.entries) == [key]:
        node = node.get(key)
    entries = reader.value(node, spec.Field(key, "list", "", item=record), key)
    if entries is MISSING:
        return [], reader.problems
    result = []
    for fields in entries:
        if not fields.complete(record):
            continue
        if key == "actors":
            check_definition(reader, fields)
            if fields.has("role"):
                reader.problems.append(Problem.at(
                    fields.where["role"], ERROR,
                    "'role' says what the actor did in one story: write it in that story's fact sheet",
                    f"{fields.path}.role"))
        result.append(_SHARED_BUILDERS[key](fields))
    return result, reader.problems
