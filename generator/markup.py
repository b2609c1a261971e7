"""Building HTML and Markdown from content, with everything escaped.

Content is text: every string from an article or a fact sheet passes through
`escape` (for HTML) or `md_escape` (for Markdown), or is wrapped in `Markup`
only after being built by this module. Markdown fields (background, role)
are converted by Python-Markdown with raw HTML switched off and unsafe link
schemes removed.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as etree

import markdown
from markdown import util
from markdown.inlinepatterns import AUTOMAIL_RE, InlineProcessor
from markdown.treeprocessors import Treeprocessor

SAFE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)  # the only links content may carry


class Markup(str):
    """HTML that this module built; `tag` does not escape it again."""


def escape(text: str) -> str:
    """Text (or anything, as its str) made safe inside HTML text and quoted attribute values."""
    return html.escape(str(text), quote=True)


def tag(name: str, attrs: dict | None = None, *children) -> Markup:
    """<name attrs>children</name>, with attribute values and plain-string children escaped."""
    rendered = "".join(f' {key}="{escape(value)}"' if value is not True else f" {key}"
                       for key, value in (attrs or {}).items() if value not in (None, False, ""))
    body = "".join(child if isinstance(child, Markup) else escape(child) for child in children if child is not None)
    return Markup(f"<{name}{rendered}>{body}</{name}>")


def join(parts, separator: str = "") -> Markup:
    """Parts joined, plain strings escaped, None (an absent optional part) left out."""
    return Markup(separator.join(p if isinstance(p, Markup) else escape(p) for p in parts if p is not None))


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")  # Python-Markdown's escapable characters


def md_escape(text: str) -> str:
    """Text safe to place in a Markdown heading or paragraph: no markup survives."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def plain_attribute(text: str) -> str:
    """Text for places Material prints without escaping (title, description meta).

    Material writes `page.meta.title` and `page.meta.description` into the
    page as they are, so the characters that could open a tag or close an
    attribute are replaced by look-alikes that cannot.
    """
    text = re.sub(r"\s+", " ", str(text)).strip()
    return text.replace("<", "‹").replace(">", "›").replace('"', "”").replace("&", "＆")


def front_matter(values: dict) -> str:
    """YAML front matter, written as JSON with every non-ASCII character escaped.

    JSON is valid YAML; the escapes keep control characters (which YAML
    refuses, and MkDocs would then print the block as Markdown) out of it.
    """
    lines = [f"{key}: {json.dumps(value, ensure_ascii=True)}" for key, value in values.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


class _Sanitizer(Treeprocessor):
    """Drops what content must not carry from the parsed tree: unsafe hrefs and srcs, and titles."""

    def run(self, root):
        """Python-Markdown hook: remove unsafe link targets and titles, mark links nofollow."""
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not SAFE_URL.match(value.strip()):
                    del element.attrib[attribute]
            if element.tag == "a" and element.get("href"):
                element.set("rel", "nofollow noopener")
            # Material's tooltips insert a title with innerHTML; content's own titles are not kept.
            element.attrib.pop("title", None)


class _PlainAutomail(InlineProcessor):
    """`<press@example.org>` and `<mailto:press@example.org>` as a plain mailto link.

    Python-Markdown's own writes every character of the address as an
    entity, in the href too; that hides nothing from a harvester, and the
    sanitizer could not tell the href is a mailto link, so it was dropped.
    """

    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's name)
        """Python-Markdown hook: the link element for a matched `<address>`."""
        address = self.unescape(m.group(1))
        if address[:7].lower() == "mailto:":
            address = address[7:]
        link = etree.Element("a", {"href": "mailto:" + address})
        link.text = util.AtomicString(address)  # an address is not searched for names
        return link, m.start(0), m.end(0)


class SafeMarkdown(markdown.Extension):
    """Python-Markdown with raw HTML and entities shown as text, and unsafe link schemes removed."""

    def extendMarkdown(self, md):
        """Python-Markdown hook: switch off raw HTML and entities, and add the sanitizer."""
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.inlinePatterns.register(_PlainAutomail(AUTOMAIL_RE, md), "automail", 110)  # replaces the stock one
        md.treeprocessors.register(_Sanitizer(md), "explainer-sanitize", -10)


MAX_BRACKET_DEPTH = 100
MAX_BRACKETS_PER_PARAGRAPH = 500
# Python-Markdown's inline pass copies the paragraph for each element it finds: 150,000 code spans in one
# paragraph took 90 s. A paragraph of prose has a few dozen marks; code examples a few hundred.
MAX_MARKS_PER_PARAGRAPH = 5000
_INLINE_MARKS = re.compile(r"`+|[*_\\]|<[^<>]*>| {2,}\n")  # backticks, emphasis, an escape, an <autolink>, a line break


def too_complex(source: str) -> tuple[int, str]:
    """(line, why) when Python-Markdown would take minutes on a paragraph of this text, else (0, "").

    Its link and inline parsing is quadratic in a paragraph; this counts
    before parsing, in one pass. The line is the paragraph's first, from 1.
    """
    parts = re.split(r"(\n\s*\n)", source)  # paragraphs, and between each two the blank lines that part them
    line = 1
    for index in range(0, len(parts), 2):
        reason = _paragraph_too_complex(parts[index])
        if reason:
            return line, reason
        line += "".join(parts[index:index + 2]).count("\n")
    return 0, ""


def _paragraph_too_complex(paragraph: str) -> str:
    """Why one paragraph is too much for Python-Markdown, or ""."""
    if paragraph.count("[") > MAX_BRACKETS_PER_PARAGRAPH:
        return f"a paragraph has more than {MAX_BRACKETS_PER_PARAGRAPH} '[' (links)"
    marks = len(_INLINE_MARKS.findall(paragraph))
    if marks > MAX_MARKS_PER_PARAGRAPH:
        return (f"a paragraph has {marks:,} formatting marks (` * _ \\ <...>); "
                f"more than {MAX_MARKS_PER_PARAGRAPH:,} take minutes to read")
    depth = deepest = 0
    for char in paragraph:
        if char == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "]" and depth:
            depth -= 1
    return f"brackets are nested more than {MAX_BRACKET_DEPTH} deep" if deepest > MAX_BRACKET_DEPTH else ""


class FieldMarkdown:
    """Converts a fact sheet's Markdown fields (background, role) to safe HTML.

    One per build: building a Markdown instance costs more than converting
    a field, and an instance is not shared between builds.
    """

    def __init__(self):
        self._md = markdown.Markdown(extensions=[SafeMarkdown()], output_format="html")

    def __call__(self, source: str) -> Markup:
        if not source.strip():
            return Markup("")
        if too_complex(source)[1]:  # a rule reports it; shown as the text it is, should a page still be made
            return tag("p", {}, source)
        return Markup(self._md.reset().convert(source))
