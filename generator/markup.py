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

import markdown
from markdown.treeprocessors import Treeprocessor

_SAFE_HREF = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


class Markup(str):
    """HTML that this module built; `tag` does not escape it again."""


def escape(text: str) -> str:
    return html.escape(str(text), quote=True)


def tag(name: str, attrs: dict | None = None, *children) -> Markup:
    """<name attrs>children</name>, with attribute values and plain-string children escaped."""
    rendered = "".join(f' {key}="{escape(value)}"' if value is not True else f" {key}" for key, value in (attrs or {}).items() if value not in (None, False, ""))
    body = "".join(child if isinstance(child, Markup) else escape(child) for child in children if child is not None)
    return Markup(f"<{name}{rendered}>{body}</{name}>")


def join(parts, separator: str = "") -> Markup:
    return Markup(separator.join(p if isinstance(p, Markup) else escape(p) for p in parts))


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


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
    """YAML front matter; JSON is valid YAML and quotes every string safely."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


class _Sanitizer(Treeprocessor):
    def run(self, root):
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not _SAFE_HREF.match(value.strip()):
                    del element.attrib[attribute]
            if element.tag == "a" and element.get("href"):
                element.set("rel", "nofollow noopener")


class _SafeMarkdown(markdown.Extension):
    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        md.treeprocessors.register(_Sanitizer(md), "explainer-sanitize", -10)


_converter: markdown.Markdown | None = None


def safe_markdown(source: str) -> Markup:
    """Markdown from a fact sheet as HTML, with raw HTML shown as text and only safe links."""
    global _converter
    if not source.strip():
        return Markup("")
    if _converter is None:  # building a Markdown instance costs more than converting a field
        _converter = markdown.Markdown(extensions=[_SafeMarkdown()], output_format="html")
    return Markup(_converter.reset().convert(source))
