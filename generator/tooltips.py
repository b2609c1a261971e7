"""Tooltips: what a linked name shows on hover, and how that text is escaped.

Material's `content.tooltips` reads a link's decoded `title` and inserts it
with innerHTML, so the attribute must hold HTML text, not plain text: then
the tooltip shows "<" and "&" as written, and no markup can come alive.
"""

from __future__ import annotations

import html
import re

from .model import Kind, Ref, Site


def tooltip(text: str) -> str:
    """A `title` attribute's text, escaped once more than usual (see the module's docstring)."""
    return html.escape(re.sub(r"\s+", " ", str(text)).strip(), quote=False)


def tooltip_text(site: Site, ref: Ref) -> str:
    """The words a name's tooltip shows: a term's definition, an actor's summary, a place's summary or name."""
    if ref.kind is Kind.TERM:
        return site.terms[ref.id].definition
    if ref.kind is Kind.ACTOR:
        return site.actors[ref.id].summary
    place = site.places[ref.id]
    return place.summary or place.name
