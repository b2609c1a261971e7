"""Every rule content must follow, one module per family.

    registry    one site from many sheets: definitions agree, references resolve, a name names one thing
    entries     single entries: a figure's provenance, a quote's attribution, unique ids
    provenance  the sheet against the article: excerpts, quotations, values, actors named
    links       links a page would drop, raw HTML shown as text
    drafts      entries and stories not yet checked for publication
    lint        names in the article the sheet may have missed (info only)

Rules report problems and never raise; `check` runs all but the registry's
assembly, which `build` runs first because the other rules need the site.
"""

from __future__ import annotations

from typing import Mapping

from ..linking import LinkedArticle
from ..matcher import NameMatcher
from ..model import Site
from ..problems import Problem
from . import drafts, entries, links, lint, provenance, registry


def check(site: Site, articles: Mapping[str, LinkedArticle], matcher: NameMatcher,
          language: str = "en") -> list[Problem]:
    """Every problem of an assembled site whose articles are linked; `language` is the site's (for numbers in words)."""
    return (registry.check(site) + entries.check(site) + provenance.check(site, articles, language) + links.check(site)
            + drafts.check(site) + lint.check(site, matcher))
