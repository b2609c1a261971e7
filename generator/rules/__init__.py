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
from ..model import Site, Story
from ..problems import Problem
from . import drafts, entries, links, lint, provenance, registry


def check(site: Site, articles: Mapping[str, LinkedArticle], matcher: NameMatcher,
          language: str = "en") -> list[Problem]:
    """Every problem of an assembled site whose articles are linked; `language` is the site's (for numbers in words)."""
    return check_site(site) + [p for story in site.stories
                               for p in check_story(site, story, articles[story.slug], matcher, language)]


def check_site(site: Site) -> list[Problem]:
    """The rules that look at the whole site at once."""
    return registry.check(site) + entries.check(site) + links.markdown_fields(site) + drafts.check(site)


def check_story(site: Site, story: Story, article: LinkedArticle, matcher: NameMatcher,
                language: str = "en") -> list[Problem]:
    """The rules that look at one story against its article: the costly ones, which a cache keeps per story.

    They read the story, its linked article, the site's names (through the site and the matcher) and the language.
    """
    return (provenance.check_story(site, story, article, language) + lint.suggest_names(story, matcher)
            + links.article_links(story) + links.article_html(story))
