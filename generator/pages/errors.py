"""What the preview shows while content has errors: a banner on every page, a page in place of a broken one."""

from __future__ import annotations

from typing import Iterable

from ..markup import Markup, front_matter, tag
from ..problems import Problem


def error_banner(problems: Iterable[Problem]) -> Markup:
    """The list of content errors an editor sees on the preview while they remain."""
    items = [tag("li", {}, tag("code", {}, p.format())) for p in problems]
    return tag("div", {"class": "explainer-banner explainer-banner--error", "role": "alert"},
               tag("p", {}, tag("strong", {}, f"{len(items)} problem(s) in the content."),
                   " Fix them and save: this page reloads by itself."),
               tag("ul", {}, *items))


def error_page(problems: Iterable[Problem]) -> str:
    """What a page that cannot be built shows under `mkdocs serve`."""
    return front_matter({"title": "Content errors"}) + "# Content errors\n\n" + error_banner(problems) + "\n"
