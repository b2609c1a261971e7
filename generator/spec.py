"""The fact sheet's fields, once, as data.

This is the single source of truth for the content contract
(shared/factsheet-contract.md): the validator reads fields by walking these
records, and the JSON Schema that editors' tools use is generated from them
(`python -m generator schema`), so the two cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTOR_KINDS = ("person", "organisation", "armed-group", "state", "government", "military", "alliance")
RELATION_TYPES = ("ally", "opponent", "member-of", "leads", "part-of", "other")
ATTRIBUTIONS = ("article", "editor", "unknown")
SCALE_EXPONENTS = {"thousand": 3, "million": 6, "billion": 9}  # scale word -> power of ten
SCALES = tuple(SCALE_EXPONENTS)
STATUSES = ("published", "draft")
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"  # ids and story folder names (slugs)
LANGUAGE_PATTERN = r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"  # a language code as MkDocs' theme.language takes: fr, pt-BR
ID = re.compile(ID_PATTERN.strip("^$"))  # use with fullmatch: "$" would accept a final newline


@dataclass(frozen=True)
class Field:
    """One field of a record.

    kind: text | markdown | date | partial-date | number | bool | id | url |
    language | enum | ref | record | list. `item` is the record or field a list or record
    holds; `ref` names the list a reference points into.
    """

    name: str
    kind: str
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""
    item: "Field | Record | None" = None


@dataclass(frozen=True)
class Record:
    """One kind of mapping in a fact sheet (the sheet itself, a story, an actor, ...) and its fields, in order."""

    name: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        """The field a key names, or None for a key the record does not allow."""
        return next((f for f in self.fields if f.name == name), None)

    @property
    def names(self) -> list[str]:
        """The allowed keys in contract order, as messages about unknown keys list them."""
        return [f.name for f in self.fields]


def _text_list(name: str, description: str) -> Field:
    """A field holding a list of plain strings (tags, aliases)."""
    return Field(name, "list", description, item=Field("item", "text", description))


def _ref_list(name: str, ref: str, description: str) -> Field:
    """A field holding a list of ids that point into the list named `ref`."""
    return Field(name, "list", description, item=Field("item", "ref", description, ref=ref))


DRAFT = Field("draft", "bool",
              "Set by the importer on an entry not yet checked by an editor; a draft cannot be published.")

SOURCE = Record(
    "source",
    (
        Field("title", "text", "Title of the source."),
        Field("name", "text", "Name of the publisher or document."),
        Field("url", "url", "Link to the source (http, https or mailto)."),
    ),
)

CORRECTION = Record(
    "correction",
    (
        Field("date", "date", "When the correction was made.", required=True),
        Field("text", "text", "What was wrong, and what it now says.", required=True),
    ),
)

STORY = Record(
    "story",
    (
        Field("title", "text", "Headline.", required=True),
        Field("date", "date", "ISO date of publication.", required=True),
        Field("as_of", "date", "The facts are current as of this date."),
        Field("summary", "text", "The standfirst, 1-3 sentences.", required=True),
        Field("source", "record", "Where the article came from.", item=SOURCE),
        Field("status", "enum", "published (default) or draft.", choices=STATUSES),
        Field("sample", "bool", "True when the story was written to demonstrate the tool and is not news."),
        _text_list("tags", "Topics of the story."),
        Field("corrections", "list", "Corrections, shown at the foot of the story.", item=CORRECTION),
        _text_list("ignore_names", "Names the lint should not suggest as actors or terms."),
        Field("language", "language", "The article's language (en, fr, ar...), when it is not the site's: "
                                      "numbers in words are read in it, and readers' tools are told."),
    ),
)

RELATION = Record(
    "relation",
    (
        Field("to", "ref", "The related actor's id.", required=True, ref="actors"),
        Field("type", "enum", "Kind of relation.", required=True, choices=RELATION_TYPES),
        Field("note", "text", "One line on the relation."),
    ),
)

ACTOR = Record(
    "actor",
    (
        Field("id", "id", "Unique id, lowercase letters, digits and hyphens.", required=True),
        Field("name", "text", "Display name (required unless the actor is defined in _shared or another story)."),
        _text_list("aliases", "Other spellings found in articles."),
        Field("kind", "enum", "What sort of actor this is.", choices=ACTOR_KINDS),
        Field("summary", "text", "One line, shown in tooltips and lists."),
        Field("background", "markdown", "The evergreen explainer (Markdown)."),
        Field("as_of", "date", "When the summary and background were true."),
        Field("role", "markdown", "What this actor did in this story (Markdown)."),
        Field("unmentioned", "text", "Why an actor the article never names is in the sheet."),
        Field("relations", "list", "Edges of the actor graph.", item=RELATION),
        Field("sources", "list", "Where the background comes from; a background without one is a warning "
              "(unless only sample stories use the actor).", item=SOURCE),
        DRAFT,
    ),
)

ACTOR_DEFINITION = ("name", "kind", "summary")
ACTOR_DEFINING_KEYS = ("name", "kind", "summary", "aliases", "background", "relations", "sources")

FIGURE = Record(
    "figure",
    (
        Field("id", "id", "Unique id.", required=True),
        Field("value", "number", "A number, as written in the excerpt.", required=True),
        Field("scale", "enum", "thousand, million or billion.", choices=SCALES),
        Field("unit", "text", "What is counted (people, USD, hours, ...)."),
        Field("display", "text", "How to print the value (\"$1.5 billion\")."),
        Field("label", "text", "What the figure is.", required=True),
        Field("excerpt", "text", "The words of the article that state it, verbatim."),
        Field("derived", "text", "How the value follows when the excerpt does not write it."),
        Field("source", "record", "Where the figure comes from when it is not in the article.", item=SOURCE),
        _ref_list("conflicts_with", "figures", "Figures of the article that disagree with this one."),
        Field("note", "text", "A note shown with the figure."),
        _ref_list("actors", "actors", "Actor ids the figure concerns."),
        DRAFT,
    ),
)

QUOTE = Record(
    "quote",
    (
        Field("speaker", "ref", "The speaker's actor id; omitted when attribution is unknown.", ref="actors"),
        Field("text", "text", "The quotation, verbatim from the article.", required=True),
        Field("attribution", "enum",
              "article: the article names the speaker; editor: the editors do; unknown: nobody can say.",
              required=True, choices=ATTRIBUTIONS),
        Field("note", "text", "A note shown with the quote."),
        Field("source", "record", "Where the editors' attribution comes from; an editor attribution without one "
              "is a warning.", item=SOURCE),
        DRAFT,
    ),
)

TERM = Record(
    "term",
    (
        Field("term", "text", "The term.", required=True),
        _text_list("aliases", "Other forms of the term."),
        Field("definition", "text", "Plain text, one or two sentences.", required=True),
        Field("actor", "ref", "When the term names an actor: its id.", ref="actors"),
        Field("sources", "list", "Where the definition comes from.", item=SOURCE),
        DRAFT,
    ),
)

COORDINATES = Field("coordinates", "list", "Latitude and longitude.", item=Field("item", "number", "degrees"))

PLACE = Record(
    "place",
    (
        Field("id", "id", "Unique id.", required=True),
        Field("name", "text", "Display name.", required=True),
        _text_list("aliases", "Other spellings found in articles."),
        COORDINATES,
        Field("summary", "text", "One line on the place."),
        Field("sources", "list", "Where the summary and coordinates come from.", item=SOURCE),
        DRAFT,
    ),
)

EVENT = Record(
    "event",
    (
        Field("date", "partial-date", "YYYY, YYYY-MM or YYYY-MM-DD.", required=True),
        Field("text", "text", "What happened.", required=True),
        _ref_list("actors", "actors", "Actor ids involved."),
        DRAFT,
    ),
)

NOTE = Record(
    "note",
    (
        Field("excerpt", "text", "The article's words the note is about, verbatim: the note is shown at that "
              "sentence.", required=True),
        Field("text", "text", "What the editors add there: a correction, a caveat, what the article leaves unclear.",
              required=True),
        Field("sources", "list", "Where the note's facts come from; a note without one is a warning.", item=SOURCE),
        DRAFT,
    ),
)

FACT_SHEET = Record(
    "facts",
    (
        Field("story", "record", "The story's metadata.", required=True, item=STORY),
        Field("actors", "list", "People, organisations, states, armed groups.", item=ACTOR),
        Field("figures", "list", "The key-figures box.", item=FIGURE),
        Field("quotes", "list", "Quotations and who said them.", item=QUOTE),
        Field("glossary", "list", "Terms and their definitions.", item=TERM),
        Field("places", "list", "Places the story names.", item=PLACE),
        Field("timeline", "list", "Dated events.", item=EVENT),
        Field("notes", "list", "Editors' notes on sentences of the article (corrections, caveats).", item=NOTE),
    ),
)

RECORDS = (FACT_SHEET, STORY, SOURCE, CORRECTION, ACTOR, RELATION, FIGURE, QUOTE, TERM, PLACE, EVENT, NOTE)

# _shared/ files: one list each, same records (actors without a story role).
SHARED_FILES = {"actors.yml": ("actors", ACTOR), "glossary.yml": ("glossary", TERM), "places.yml": ("places", PLACE)}


# Month 01-12 and day 01-31, with no 30th or 31st where a month has none: the calendar as far as a
# pattern can say it (29 February of a common year is left to `explainer check`).
_MONTH_DAY = r"(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31|02-29"
_DATE_PATTERN = rf"^\d{{4}}-({_MONTH_DAY})$"
_PARTIAL_DATE_PATTERN = rf"^\d{{4}}(-(0[1-9]|1[0-2])|-({_MONTH_DAY}))?$"
# http(s) or mailto in any case, then at least one character, none of them a space, quote or angle bracket.
_URL_PATTERN = r"^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)[^\s<>\"']+$"

_SCALAR_SCHEMAS = {  # field kind -> its JSON Schema, saying what `explainer check` says (tests/test_schema.py)
    "text": {"type": ["string", "number"]},  # a number in a text field is kept as written
    "markdown": {"type": ["string", "number"]},
    "date": {"type": "string", "pattern": _DATE_PATTERN, "format": "date"},
    # A year alone may be written unquoted (an integer); minimum/maximum bind numbers, pattern strings.
    "partial-date": {"type": ["string", "integer"], "pattern": _PARTIAL_DATE_PATTERN, "minimum": 1000,
                     "maximum": 9999},
    "number": {"type": "number"},
    "bool": {"type": "boolean"},
    "id": {"type": "string", "pattern": ID_PATTERN},
    "ref": {"type": "string", "pattern": ID_PATTERN},
    "url": {"type": "string", "pattern": _URL_PATTERN},
    "language": {"type": "string", "pattern": LANGUAGE_PATTERN},
}
_NOT_BLANK = {"pattern": r"\S"}  # a required text must say something: "" and "  " are empty
_COORDINATE_RANGES = [{"minimum": -90, "maximum": 90}, {"minimum": -180, "maximum": 180}]  # latitude, longitude


def _field_schema(field: Field) -> dict:
    """One field's schema, with its description; records and lists recurse."""
    if field.kind == "record":
        schema = _record_schema(field.item)
    elif field.kind == "list":
        item = field.item
        schema = {"type": "array", "items": _record_schema(item) if isinstance(item, Record) else _field_schema(item)}
        if field is COORDINATES:
            schema.update(minItems=2, maxItems=2, prefixItems=[{**schema["items"], **r} for r in _COORDINATE_RANGES])
    elif field.kind == "enum":
        schema = {"enum": list(field.choices)}
    else:
        schema = dict(_SCALAR_SCHEMAS[field.kind])
        if field.required and field.kind in ("text", "markdown"):
            schema.update(_NOT_BLANK)
    schema["description"] = field.description
    return schema


def _record_schema(record: Record) -> dict:
    """One record's schema: an object with exactly its fields, and the required ones."""
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in record.fields if f.required],
        "properties": {f.name: _field_schema(f) for f in record.fields},
    }
    if record is ACTOR:
        # An entry that defines an actor needs all three; one that only cites an actor
        # defined elsewhere (_shared/ or another story) needs just the id.
        schema["dependentRequired"] = {key: list(ACTOR_DEFINITION) for key in ACTOR_DEFINING_KEYS}
    return schema


SCHEMA_FILES = ("facts.schema.json", *(f"{name.removesuffix('.yml')}.schema.json" for name in SHARED_FILES))


def json_schema(name: str = "facts.schema.json") -> dict:
    """One shipped JSON Schema (draft 2020-12) made from the records above: a fact sheet's or a _shared/ file's."""
    if name == "facts.schema.json":
        schema = _record_schema(FACT_SHEET)
        title = "Explainer fact sheet (content/<story>/facts.yml)"
    else:
        shared = name.removesuffix(".schema.json") + ".yml"
        schema = _shared_schema(shared)
        title = f"Explainer shared entries (content/_shared/{shared})"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://github.com/explainer/schema/{name}", "title": title, **schema}


def _shared_schema(file_name: str) -> dict:
    """A _shared/ file: a list of entries, or the same list under its key; every actor there is a definition."""
    key, record = SHARED_FILES[file_name]
    item = _record_schema(record)
    if record is ACTOR:
        item["required"] = ["id", *ACTOR_DEFINITION]
        item["properties"] = {k: v for k, v in item["properties"].items() if k != "role"}  # a story's, not shared
        del item["dependentRequired"]
    entries = {"type": "array", "items": item, "description": f"The {key} several stories share."}
    keyed = {"type": "object", "additionalProperties": False, "required": [key],
             "properties": {key: {"$ref": "#/$defs/entries"}}}
    return {"$defs": {"entries": entries}, "anyOf": [{"$ref": "#/$defs/entries"}, keyed]}
