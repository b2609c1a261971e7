"""Positioned YAML nodes -> model objects, collecting every problem on the way.

The reader walks the records of `spec.py`, so what is accepted here is exactly
what the shipped JSON Schema describes. Scalars are judged from their source
text: YAML 1.1 would turn `NO` into False and `1.10` into 1.1, and a fact
sheet must never say something its editor did not write.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import spec
from .markup import SAFE_URL
from .model import Actor, Cast, Correction, Event, Figure, Place, Quote, Relation, Source, Story, Term, position
from .problems import ERROR, Problem, suggest
from .yamltree import Mapping, Node, Scalar, Sequence

_ID = re.compile(spec.ID_PATTERN.strip("^$"))  # used with fullmatch: "$" would accept a final newline
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_URL_CHARACTERS = re.compile(r"[^\s<>\"']+")
_NUMBER = re.compile(r"^[-+]?(\d+(\.\d+)?|\.\d+)$")

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")

MISSING = object()


class Reader:
    """Reads one file's nodes against the spec; problems accumulate in `problems`."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: Node | None, field: str, message: str, fix: str = "") -> None:
        line, column = (node.line, node.column) if node else (0, 0)
        self.problems.append(Problem(self.path, line, column, ERROR, message, field, fix))

    def record(self, node: Node, record: spec.Record, path: str) -> dict[str, Any] | None:
        """A mapping read field by field; unknown keys and missing required fields are errors.

        The result holds each present field's value and, under "where", the
        position of each field (key "" for the entry itself).
        """
        if not isinstance(node, Mapping):
            self.error(node, path, f"expected a mapping of {record.name} fields ({', '.join(record.names[:4])}, ...)")
            return None
        values: dict[str, Any] = {"where": {"": (self.path, node.line, node.column)}, "path": path}
        for key, (key_node, value_node) in node.entries.items():
            field = record.field(key)
            field_path = f"{path}.{key}" if path else key
            if field is None:
                owners = [r.name for r in spec.RECORDS if r is not record and r.field(key)]
                fix = suggest(key, record.names) or (f"'{key}' belongs in a {' or '.join(owners)} entry: check its indentation" if owners else f"allowed: {', '.join(record.names)}")
                self.error(key_node, field_path, f"unknown key '{key}' in {record.name}", fix)
                continue
            value = self.value(value_node, field, field_path)
            if value is not MISSING:
                values[key] = value
                values["where"][key] = (self.path, value_node.line, value_node.column)
        for field in record.fields:
            if field.required and field.name not in node.entries:
                self.error(node, f"{path}.{field.name}" if path else field.name, f"missing required field '{field.name}' in {record.name}")
        return values

    def value(self, node: Node, field: spec.Field, path: str) -> Any:
        """One field's value, or MISSING (after reporting why) when it is unusable."""
        if isinstance(node, Scalar) and node.kind == "null" and not node.quoted:
            if field.required:
                self.error(node, path, f"'{field.name}' is empty", "write a value: this field is required")
            return MISSING
        kind = field.kind
        if kind == "list":
            if not isinstance(node, Sequence):
                example = "[...]" if not isinstance(field.item, spec.Record) else "a list of '- ' entries"
                self.error(node, path, "expected a list", f"write {field.name}: {example}")
                return MISSING
            items = []
            for index, item_node in enumerate(node.items):
                item_path = f"{path}[{index}]"
                if isinstance(field.item, spec.Record):
                    item = self.record(item_node, field.item, item_path)
                    item = MISSING if item is None else item
                else:
                    item = self.value(item_node, field.item, item_path)
                if item is not MISSING:
                    items.append(item)
            if field is spec.COORDINATES:
                return self.coordinates(node, items, path)
            return items
        if kind == "record":
            result = self.record(node, field.item, path)
            return MISSING if result is None else result
        if not isinstance(node, Scalar):
            self.error(node, path, f"expected a single value for '{field.name}', not a {'list' if isinstance(node, Sequence) else 'mapping'}")
            return MISSING
        return self.scalar(node, field, path)

    def scalar(self, node: Scalar, field: spec.Field, path: str) -> Any:
        text, kind = node.text, field.kind
        if kind in ("text", "markdown"):
            control = _CONTROL.search(text)
            if control:
                self.error(node, path, f"contains the invisible control character U+{ord(control.group()):04X}",
                           "retype the text or paste it again as plain text (it was probably copied in the wrong encoding)")
                return MISSING
            if node.kind == "bool" and not node.quoted:
                self.error(node, path, f"YAML reads {text} as true/false, not as text", f'put it in quotes: "{text}"')
                return MISSING
            if not text.strip():
                if field.required:
                    self.error(node, path, f"'{field.name}' is empty")
                return MISSING
            return text.strip() if kind == "text" else text
        if kind == "bool":
            if node.kind != "bool" or node.quoted:
                self.error(node, path, f"expected true or false, got '{text}'")
                return MISSING
            return text.lower() in ("true", "yes", "on", "y")
        if kind == "number":
            cleaned = text.replace("_", "")
            if len(cleaned) > 30:
                self.error(node, path, f"'{text[:20]}...' has too many digits to be a figure", "write the number as in the article, or use scale: thousand | million | billion")
                return MISSING
            if node.quoted or not _NUMBER.match(cleaned):
                fix = "write digits only, without quotes or thousands separators" + (f": {re.sub(r'[^0-9.]', '', text)}" if re.search(r"\d", text) else "")
                self.error(node, path, f"expected a number, got '{text}'", fix)
                return MISSING
            return cleaned
        if kind == "date":
            try:
                return dt.date.fromisoformat(text.strip())
            except ValueError:
                self.error(node, path, f"'{text}' is not a real date", "write YYYY-MM-DD, e.g. 2017-08-30")
                return MISSING
        if kind == "partial-date":
            match = _PARTIAL_DATE.match(text.strip())
            if not match or not _real_partial_date(match):
                self.error(node, path, f"'{text}' is not a real date", "write YYYY, YYYY-MM or YYYY-MM-DD")
                return MISSING
            return text.strip()
        if kind in ("id", "ref"):
            if not _ID.fullmatch(text):
                fix = f"did you mean '{_as_id(text)}'?" if _as_id(text) else "use lowercase letters, digits and hyphens"
                self.error(node, path, f"'{text}' is not a valid id (lowercase letters, digits and hyphens)", fix)
                return MISSING
            return text
        if kind == "url":
            url = text.strip()
            if not SAFE_URL.match(url) or url.lower() in ("http://", "https://", "mailto:"):
                self.error(node, path, f"'{text}' is not an http, https or mailto URL", "only http://, https:// and mailto: links are allowed")
                return MISSING
            if not _URL_CHARACTERS.fullmatch(url):
                self.error(node, path, f"'{text}' contains characters not allowed in a URL (spaces, quotes, < or >)", "percent-encode them, e.g. %20 for a space")
                return MISSING
            return url
        if kind == "enum":
            if text not in field.choices:
                self.error(node, path, f"'{text}' is not one of: {', '.join(field.choices)}", suggest(text, field.choices))
                return MISSING
            return text
        raise AssertionError(f"unknown field kind {kind}")

    def coordinates(self, node: Node, items: list[str], path: str) -> Any:
        if len(items) != 2:
            self.error(node, path, "coordinates are [latitude, longitude]: two numbers")
            return MISSING
        lat, lon = float(items[0]), float(items[1])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.error(node, path, f"coordinates [{items[0]}, {items[1]}] are out of range (latitude -90..90, longitude -180..180)",
                       "did you swap latitude and longitude?" if -90 <= lon <= 90 else "")
            return MISSING
        return (lat, lon)


def _real_partial_date(match: re.Match) -> bool:
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _as_id(text: str) -> str:
    from .model import slugify

    slug = slugify(text)
    return slug if slug != "term" and _ID.fullmatch(slug) else ""


def _source(values: dict | None) -> Source | None:
    if not values:
        return None
    return Source(title=values.get("title", ""), name=values.get("name", ""), url=values.get("url", ""))


def actor_from(values: dict) -> Actor:
    return Actor(
        id=values["id"],
        name=values.get("name", ""),
        kind=values.get("kind", ""),
        summary=values.get("summary", ""),
        aliases=tuple(values.get("aliases", ())),
        background=values.get("background", ""),
        as_of=values.get("as_of"),
        relations=tuple(Relation(r["to"], r["type"], r.get("note", ""), r["path"], r["where"]) for r in values.get("relations", ()) if "to" in r and "type" in r),
        sources=tuple(s for s in (_source(v) for v in values.get("sources", ())) if s),
        draft=values.get("draft", False),
        unmentioned=values.get("unmentioned", ""),
        path=values["path"],
        where=values["where"],
    )


def term_from(values: dict) -> Term:
    return Term(values["term"], values["definition"], tuple(values.get("aliases", ())), values.get("actor", ""), values.get("draft", False), values["path"], values["where"])


def place_from(values: dict) -> Place:
    return Place(values["id"], values["name"], tuple(values.get("aliases", ())), values.get("coordinates"), values.get("summary", ""), values.get("draft", False), values["path"], values["where"])


def is_full_actor(node: Mapping) -> bool:
    """An actor entry that defines the actor, rather than citing one defined elsewhere."""
    return any(key in node.entries for key in spec.ACTOR_DEFINING_KEYS)


def check_full_actor(reader: Reader, node: Mapping, values: dict, path: str) -> bool:
    """Report required fields left out; a field written with a bad value was reported already."""
    missing = [name for name in spec.ACTOR_DEFINITION if name not in node.entries]
    hints = {"kind": f"one of: {', '.join(spec.ACTOR_KINDS)}", "name": "the name readers know it by", "summary": "one line, shown in tooltips"}
    for name in missing:
        reader.problems.append(Problem(reader.path, node.line, node.column, ERROR, f"missing required field '{name}' in actor '{values['id']}' (an entry that defines an actor needs name, kind and summary)",
                                       f"{path}.{name}", f"add {name}: {hints[name]}"))
    return not missing


def read_story(slug: str, facts: Node, article: str, facts_path: str, article_path: str) -> tuple[Story | None, list[Actor], list[Problem]]:
    """One story's fact sheet -> (Story, actors it defines, problems).

    Cross-story checks (references, one name for one thing) happen later, in
    `site.py`, once every story and _shared file is read.
    """
    reader = Reader(facts_path)
    values = reader.record(facts, spec.FACT_SHEET, "")
    if values is None or "story" not in values:
        return None, [], reader.problems
    meta = values["story"]
    actors: list[Actor] = []
    cast: list[Cast] = []
    actor_nodes = facts.get("actors").items if isinstance(facts.get("actors"), Sequence) else []
    for entry in values.get("actors", ()):
        if "id" not in entry:
            continue
        node = next((n for n in actor_nodes if isinstance(n, Mapping) and (n.line, n.column) == entry["where"][""][1:]), None)
        if node is not None and is_full_actor(node):
            check_full_actor(reader, node, entry, entry["path"])
            actors.append(actor_from(entry))  # even when incomplete, so references to it resolve
        elif "as_of" in entry:
            reader.problems.append(Problem.at(entry["where"]["as_of"], ERROR, "'as_of' dates the actor's summary and background: write it where the actor is defined",
                                           f"{entry['path']}.as_of", "move it to the actor's definition (content/_shared/actors.yml or the story that defines it)"))
        cast.append(Cast(entry["id"], entry.get("role", ""), entry.get("unmentioned", ""), entry.get("draft", False), entry["path"], entry["where"]))
    figures = [
        Figure(
            id=f["id"], value=f["value"], label=f["label"], scale=f.get("scale", ""), unit=f.get("unit", ""),
            display=f.get("display", ""), excerpt=f.get("excerpt", ""), derived=f.get("derived", ""),
            source=_source(f.get("source")), conflicts_with=tuple(f.get("conflicts_with", ())), note=f.get("note", ""),
            actors=tuple(f.get("actors", ())), draft=f.get("draft", False), path=f["path"], where=f["where"],
        )
        for f in values.get("figures", ()) if {"id", "value", "label"} <= f.keys()
    ]
    for figure in figures:
        if not figure.excerpt and not figure.source:
            reader.problems.append(Problem.at(position(figure.where), ERROR, f"figure '{figure.id}' has neither an excerpt from the article nor a source", figure.path, "add excerpt: with the article's words, or source: {title: ..., url: ...}"))
    quotes = [Quote(q["text"], q["attribution"], q.get("speaker", ""), q.get("note", ""), q.get("draft", False), q["path"], q["where"]) for q in values.get("quotes", ()) if {"text", "attribution"} <= q.keys()]
    for quote in quotes:
        where = quote.where[""]
        if quote.attribution in ("article", "editor") and not quote.speaker:
            reader.problems.append(Problem.at(where, ERROR, f"attribution '{quote.attribution}' needs a speaker", f"{quote.path}.speaker", "name the speaker's actor id, or use attribution: unknown"))
        if quote.attribution == "unknown" and quote.speaker:
            reader.problems.append(Problem.at(where, ERROR, "attribution 'unknown' cannot have a speaker", f"{quote.path}.attribution", "use attribution: editor when the editors name the speaker"))
    story = Story(
        slug=slug,
        title=meta.get("title", ""),
        date=meta.get("date") or dt.date.min,
        summary=meta.get("summary", ""),
        article=article,
        article_path=article_path,
        facts_path=facts_path,
        as_of=meta.get("as_of"),
        source=_source(meta.get("source")),
        status=meta.get("status", "published"),
        sample=meta.get("sample", False),
        tags=tuple(meta.get("tags", ())),
        corrections=tuple(Correction(c["date"], c["text"]) for c in meta.get("corrections", ()) if {"date", "text"} <= c.keys()),
        ignore_names=tuple(meta.get("ignore_names", ())),
        cast=tuple(cast),
        figures=tuple(figures),
        quotes=tuple(quotes),
        glossary=tuple(term_from(t) for t in values.get("glossary", ()) if {"term", "definition"} <= t.keys()),
        places=tuple(place_from(p) for p in values.get("places", ()) if {"id", "name"} <= p.keys()),
        timeline=tuple(Event(e["date"], e["text"], tuple(e.get("actors", ())), e.get("draft", False), e["path"], e["where"]) for e in values.get("timeline", ()) if {"date", "text"} <= e.keys()),
        where=meta["where"],
    )
    return story, actors, reader.problems


def read_shared(name: str, node: Node, path: str) -> tuple[list, list[Problem]]:
    """A _shared/ file: a list of actors, terms or places (optionally under its key)."""
    key, record = spec.SHARED_FILES[name]
    reader = Reader(path)
    if isinstance(node, Mapping) and list(node.entries) == [key]:
        node = node.get(key)
    items = reader.value(node, spec.Field(key, "list", "", item=record), key)
    if items is MISSING:
        return [], reader.problems
    build = {"actors": actor_from, "glossary": term_from, "places": place_from}[key]
    result = []
    nodes = node.items if isinstance(node, Sequence) else []
    for values in items:
        if key == "actors":
            item_node = next((n for n in nodes if isinstance(n, Mapping) and (n.line, n.column) == values["where"][""][1:]), None)
            if "id" not in values or item_node is None:
                continue
            check_full_actor(reader, item_node, values, values["path"])
            if "role" in values:
                reader.problems.append(Problem.at(values["where"]["role"], ERROR, "'role' says what the actor did in one story: write it in that story's fact sheet", f"{values['path']}.role"))
        elif not all(f.name in values for f in record.fields if f.required):
            continue
        result.append(build(values))
    return result, reader.problems
