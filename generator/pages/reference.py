"""The fact sheet's field reference, as a page, from the same records the validator walks.

Editors read it on the site (`reference.md`); it cannot fall behind the code.
"""

from __future__ import annotations

from .. import spec
from ..i18n import ENGLISH, Words
from ..markup import front_matter, join, md_escape, tag

KIND_NAMES = {
    "text": "text", "markdown": "Markdown text", "date": "date (YYYY-MM-DD)",
    "partial-date": "YYYY, YYYY-MM or YYYY-MM-DD", "number": "number", "bool": "true or false",
    "id": "id (a-z, 0-9, -)", "ref": "id of another entry", "url": "http, https or mailto URL",
    "language": "language code (en, fr, ar)",
    "enum": "one of the listed words", "record": "mapping", "list": "list",
}
SECTIONS = (
    ("story", spec.STORY, "The story's metadata."),
    ("actors", spec.ACTOR, "People, organisations, states and armed groups. An entry with only `id` "
                           "(and `role`, `unmentioned`, `draft`) cites an actor defined in content/_shared/actors.yml "
                           "or another story."),
    ("relations", spec.RELATION, "Inside an actor: edges of the actor graph."),
    ("sources", spec.SOURCE, "Inside an actor, a glossary term, a place or a note (sources), or a story, a figure or a "
     "quote (source)."),
    ("figures", spec.FIGURE, "The key-figures box. Give `excerpt` (words of the article) or `source`."),
    ("quotes", spec.QUOTE, "Quotations, with who said them and how we know."),
    ("glossary", spec.TERM, "Terms and their definitions."),
    ("places", spec.PLACE, "Places the story names."),
    ("timeline", spec.EVENT, "Dated events."),
    ("notes", spec.NOTE, "Editors' notes: what the editors add at a sentence of the article (a correction, a caveat), "
     "with its sources. The note is shown where the sentence is, and listed after the article."),
    ("corrections", spec.CORRECTION, "Inside story: corrections shown at the foot of the story."),
)


def _kind(field: spec.Field) -> str:
    """What a field holds, in an editor's words: "list of actors", "ally | opponent | ...", "date (YYYY-MM-DD)"."""
    if field.kind == "list":
        item = field.item
        inner = item.name if isinstance(item, spec.Record) else _kind(item)
        return f"list of {inner}s" if isinstance(item, spec.Record) else f"list of {inner}"
    if field.kind == "enum":
        return " | ".join(field.choices)
    if field.kind == "ref":
        return f"id of an entry in {field.ref}"
    return KIND_NAMES[field.kind]


def reference_page(words: Words = ENGLISH) -> str:
    """Every field of every record, with what it holds, whether it is required and what it means.

    Its title, introduction and column headings are in the site's language; the fields' own
    descriptions, written once in `spec.py`, stay in English.
    """
    title = words["reference.title"]
    out = [front_matter({"title": title, "description": words["reference.description"]}),
           f"# {md_escape(title)}\n\n", tag("p", {}, words["reference.intro"]) + "\n\n"]
    for name, record, about in SECTIONS:
        rows = [tag("tr", {}, *[tag("th", {}, words[f"reference.{column}"])
                                for column in ("field", "holds", "required", "meaning")])]
        for field in record.fields:
            defining = record is spec.ACTOR and field.name in spec.ACTOR_DEFINITION
            required = words["reference.yes"] if field.required else (words["reference.for_definition"] if defining
                                                                      else "")
            rows.append(tag("tr", {"id": f"{name}-{field.name}"}, tag("td", {}, tag("code", {}, field.name)),
                            tag("td", {}, _kind(field)), tag("td", {}, required), tag("td", {}, field.description)))
        out.append(f"## {md_escape(name)} {{ #{name} }}\n\n"
                   + join([tag("p", {}, about), tag("table", {}, *rows)], "\n") + "\n\n")
    return "".join(out)
