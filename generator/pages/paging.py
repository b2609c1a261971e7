"""Pages that stay small however many stories a desk has: the newest in full, the rest on numbered pages.

An actor named in a thousand stories would otherwise get a page listing a
thousand roles and every sentence naming them (close to a megabyte). Its
page shows the newest `NEWEST` stories; the older ones follow on archive
pages of `PER_PAGE` stories each, linked from the actor's page, so no page
grows with the desk. Lists of stories under a glossary or places entry are
cut the same way, to the newest `LISTED`, with the count of the rest.
"""

from __future__ import annotations

from typing import Sequence, TypeVar

from ..markup import Markup, join, tag

NEWEST = 20  # stories shown in full on an actor's own page
PER_PAGE = 50  # stories on each archive page
LISTED = 12  # stories named under a glossary or places entry

Item = TypeVar("Item")


def archive_count(total: int) -> int:
    """How many archive pages `total` stories need beyond the first page (0 when they all fit on it)."""
    rest = max(0, total - NEWEST)
    return -(-rest // PER_PAGE)


def archive_page(page: str, number: int) -> str:
    """The path of archive page `number` (2, 3, ...) of a page: "actors/x.md" -> "actors/x/page-2.md"."""
    return f"{page[:-3]}/page-{number}.md"


def on_page(items: Sequence[Item], number: int) -> Sequence[Item]:
    """The items page `number` shows: the newest on page 1, then `PER_PAGE` at a time."""
    if number == 1:
        return items[:NEWEST]
    start = NEWEST + (number - 2) * PER_PAGE
    return items[start:start + PER_PAGE]


def page_links(links, page: str, total: int, current: int) -> Markup | None:
    """"Stories: 1 2 3 ..." linking every page of a paged list, the current one marked; None on a single page."""
    count = archive_count(total)
    if not count:
        return None
    items = []
    for number in range(1, count + 2):
        target = page if number == 1 else archive_page(page, number)
        first = 1 if number == 1 else NEWEST + (number - 2) * PER_PAGE + 1
        last = min(total, NEWEST if number == 1 else first + PER_PAGE - 1)
        label = f"{first}–{last}"
        if number == current:
            items.append(tag("li", {}, tag("strong", {"aria-current": "page"}, label)))
        else:
            items.append(tag("li", {}, tag("a", {"href": links.href(target)}, label)))
    words = links.context.words
    return tag("nav", {"class": "explainer-pages", "aria-label": words["paging.label"]},
               tag("p", {}, words.format("paging.count", n=total)), tag("ol", {}, *items))


def cut(stories: Sequence[Item]) -> tuple[Sequence[Item], int]:
    """The newest `LISTED` of a list of stories, and how many are left out."""
    return stories[:LISTED], max(0, len(stories) - LISTED)


def more_line(left_out: int, words) -> Markup | None:
    """"(+40 older)" after a cut list, or None when nothing was cut."""
    if not left_out:
        return None
    return join([" ", tag("span", {"class": "explainer-meta"}, words.format("paging.more", n=left_out))])
