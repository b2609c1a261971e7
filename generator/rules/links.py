"""Link safety: every link content may carry is kept on the page, or it is an error.

Pages keep only http, https and mailto links (`markup.SAFE_URL`); any other
target (relative, #anchor, javascript:) would silently vanish, so it is
reported at its line in the article or the sheet. Raw HTML in an article is
shown as text, which deserves a warning.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..markup import SAFE_URL
from ..model import Site, Story
from ..problems import ERROR, WARNING, Problem

# Every part stops at the next bracket: a scan must stay linear on any line ("<a:" repeated was quadratic).
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\]\s<>]*)"  # [text](target
                          r"|<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*)>"  # <scheme:target>
                          r"|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)")  # [label]: target
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")  # <https://...>, <a@b.org>
_RAW_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,200}>")


def unsafe_links(markdown: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, url) of each link target a page would drop: anything but http, https and mailto."""
    for number, line in enumerate(markdown.splitlines(), start=1):
        for match in _LINK_TARGET.finditer(line):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            url = match.group(group)
            if url and not SAFE_URL.match(url):
                yield number, match.start(group) + 1, url


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
        for offset, col, url in unsafe_links(text):
            # A | block keeps lines and indentation; other scalars are reported at their start.
            problems.append(_link_problem(file, line + offset - 1, column + col - 1, url, entry.field_path(key)))
    return problems


def article_links(story: Story) -> list[Problem]:
    """The link rule for the article itself, at each link's line and column."""
    return [_link_problem(story.article_path, line, column, url, "link")
            for line, column, url in unsafe_links(story.article)]


def prose_lines(markdown: str) -> Iterator[tuple[int, str]]:
    """(number, line) of the lines outside code blocks, with code spans blanked out (same length, so columns hold).

    HTML written inside code is an example, shown as code on purpose: it
    deserves no warning.
    """
    fence = ""
    for number, line in enumerate(markdown.splitlines(), start=1):
        marker = line.lstrip()[:3]
        if fence:
            fence = "" if marker == fence else fence
            continue
        if marker in ("```", "~~~"):
            fence = marker
            continue
        if line.startswith(("    ", "\t")):
            continue
        yield number, _CODE_SPAN.sub(lambda m: " " * len(m.group()), line)


def article_html(story: Story) -> list[Problem]:
    """Raw HTML in the article's prose is shown as text: say so, so the editor can write Markdown instead."""
    problems = []
    for number, line in prose_lines(story.article):
        tags = [t for t in _RAW_TAG.findall(line) if not _AUTOLINK.fullmatch(t)]
        if tags:
            shown = ", ".join(dict.fromkeys(t[:30] for t in tags[:3]))
            problems.append(Problem(story.article_path, number, line.index(tags[0]) + 1, WARNING,
                                    f"raw HTML ({shown}) will be shown as text, not as markup", "html",
                                    "use Markdown instead"))
    return problems
