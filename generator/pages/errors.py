"""What the preview shows while content has errors: a banner on every page, a page in place of a broken one."""

from __future__ import annotations

from typing import Iterable

from ..i18n import ENGLISH, Words
from ..markup import Markup, front_matter, md_escape, tag
from ..problems import Problem


def error_banner(problems: Iterable[Problem], words: Words = ENGLISH) -> Markup:
    """The list of content errors an editor sees on the preview while they remain (the problems stay English)."""
    items = [tag("li", {}, tag("code", {}, p.format())) for p in problems]
    return tag("div", {"class": "explainer-banner explainer-banner--error", "role": "alert"},
               tag("p", {}, tag("strong", {}, words.format("errors.count", n=len(items))), " ", words["errors.fix"]),
               tag("ul", {}, *items))


def error_page(problems: Iterable[Problem], words: Words = ENGLISH) -> str:
    """What a page that cannot be built shows under `mkdocs serve`."""
    title = words["errors.title"]
    return front_matter({"title": title}) + f"# {md_escape(title)}\n\n" + error_banner(problems, words) + "\n"
