"""Link safety: every link content may carry is kept on the page, or it is an error.

Pages keep only http, https and mailto links (`markup.SAFE_URL`); any other
target (relative, #anchor, javascript:) would silently vanish, so it is
reported at its line in the article or the sheet. Raw HTML in an article is
shown as text, which deserves a warning.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from ..markup import SAFE_URL, too_complex
from ..model import Site, Story
from ..problems import ERROR, WARNING, Problem
from ..prose import prose

# Scanned over the whole text, so a target on the line after "](" is seen. Every part stops at the next
# bracket or line end: a scan must stay linear on any text ("<a:" repeated was quadratic).
_LINK_TARGET = re.compile(r"\]\([ \t]*\n?[ \t]*<?([^)\]\s<>]*)"  # [text](target, the target perhaps a line on
                          r"|<([a-zA-Z][a-zA-Z0-9+.-]*:(?://[^<>]*|[^<>\s]*))>"  # <scheme:target>, <scheme://...>
                          r"|^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*<?([^\s>]+)",  # [label]: target, perhaps a line on
                          re.MULTILINE)
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")  # <https://...>, <a@b.org>
_RAW_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,200}>")


def check(site: Site) -> list[Problem]:
    """Every link rule: the sheets' Markdown fields, then each article's links and raw HTML."""
    problems = markdown_fields(site)
    for story in site.stories:
        problems += article_links(story) + article_html(story)
    return problems


def unsafe_links(markdown: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, url) of each link target a page would drop: anything but http, https and mailto.

    Links written inside code are examples, not links: they are not looked at.
    """
    text = prose(markdown)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for match in _LINK_TARGET.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        url = match.group(group)
        if url and not SAFE_URL.match(url):
            start = match.start(group)
            line = bisect.bisect_right(line_starts, start)
            yield line, start - line_starts[line - 1] + 1, url


def _link_problem(file: str, line: int, column: int, url: str, field_path: str) -> Problem:
    """The error for one link target a page would drop."""
    return Problem(file, line, column, ERROR, f"link to '{url[:60]}' is not allowed: only http, https and mailto links "
                   "(relative links and #anchors are not kept)", field_path, "use a full https:// address")


def markdown_fields(site: Site) -> list[Problem]:
    """The link rule for the Markdown fields of the sheets (background, role)."""
    problems = []
    fields = [(actor, "background", actor.background) for actor in site.actors.values()]
    fields += [(cast, "role", cast.role) for story in site.stories for cast in story.cast]
    for entry, key, text in fields:
        file, line, column = entry.at(key)
        offset, reason = too_complex(text)
        if reason:
            problems.append(Problem(file, line + offset - 1, column if offset == 1 else 0, ERROR,
                                    f"this Markdown cannot be read: {reason}", entry.field_path(key),
                                    "shorten it, or write it as plain text"))
            continue
        for offset, col, url in unsafe_links(text):
            # A | block keeps lines and indentation; other scalars are reported at their start.
            problems.append(_link_problem(file, line + offset - 1, column + col - 1, url, entry.field_path(key)))
    return problems


def article_links(story: Story) -> list[Problem]:
    """The link rule for the article itself, at each link's line and column."""
    return [_link_problem(story.article_path, line, column, url, "link")
            for line, column, url in unsafe_links(story.article)]


def article_html(story: Story) -> list[Problem]:
    """Raw HTML in the article's prose is shown as text: say so, so the editor can write Markdown instead."""
    problems = []
    for number, line in enumerate(prose(story.article).split("\n"), start=1):
        tags = [t for t in _RAW_TAG.findall(line) if not _AUTOLINK.fullmatch(t)]
        if tags:
            shown = ", ".join(dict.fromkeys(t[:30] for t in tags[:3]))
            problems.append(Problem(story.article_path, number, line.index(tags[0]) + 1, WARNING,
                                    f"raw HTML ({shown}) will be shown as text, not as markup", "html",
                                    "use Markdown instead"))
    return problems
