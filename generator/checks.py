"""Provenance rules: what the sheet says must be found in the article.

Run after linking, because "is this actor mentioned?" is answered by the same
matcher that links the article, and "is this excerpt there?" by the same
folding that locates sentences.
"""

from __future__ import annotations

import difflib
import re

from .linking import LinkedArticle
from .markup import SAFE_URL
from .model import Site, Story, position
from .problems import ERROR, WARNING, Problem
from .text import fold, fold_quote_marks, value_in_excerpt

_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>|^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)")
_RAW_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,200}>")



def _closest(wanted: str, article: LinkedArticle) -> str:
    """Where the article comes closest to the wanted words, and the first word that differs."""
    have, want = article.text.split(), wanted.split()
    if not have or not want:
        return "copy the words from article.md"
    matcher = difflib.SequenceMatcher(None, have, want, autojunk=False)
    a, b, size = matcher.find_longest_match(0, len(have), 0, len(want))
    if size == 0:
        return "no passage of the article is close: copy the words from article.md"
    start = max(0, a - b)
    passage = have[start:start + len(want)]
    for index, (theirs, ours) in enumerate(zip(passage, want)):
        if theirs != ours:
            return f"the article has '{theirs}' where this has '{ours}' (word {index + 1}); the article reads: {' '.join(passage)}"
    if len(passage) < len(want):
        return f"the article ends before '{' '.join(want[len(passage):])}'"
    return f"the article reads: {' '.join(passage)}"


def check_story(story: Story, article: LinkedArticle, site: Site) -> list[Problem]:
    problems: list[Problem] = []
    # What a reader sees (emphasis markers gone) and what the editor typed both count.
    readable, source = article.text, fold(story.article)

    def in_article(wanted: str) -> bool:
        return wanted in readable or wanted in source

    def at(where, key, severity, field, message, fix=""):
        problems.append(Problem.at(position(where, key), severity, message, field, fix))

    for figure in story.figures:
        if figure.excerpt:
            wanted = fold_quote_marks(figure.excerpt)
            if not in_article(wanted):
                at(figure.where, "excerpt", ERROR, f"{figure.path}.excerpt", "this excerpt is not in the article", _closest(wanted, article))
            elif not figure.derived and not value_in_excerpt(figure.value, figure.excerpt, figure.scale):
                at(figure.where, "value", ERROR, f"{figure.path}.value", f"the value {figure.value} is not written in its excerpt \"{figure.excerpt}\"", "correct the value, or add derived: to say how it follows")
        if figure.draft:
            at(figure.where, "", WARNING, figure.path, "draft entry: check it and remove draft: true before publishing")
    for quote in story.quotes:
        wanted = fold_quote_marks(quote.text)
        if not in_article(wanted):
            at(quote.where, "text", ERROR, f"{quote.path}.text", "this quotation is not in the article", _closest(wanted, article))
        if quote.draft:
            at(quote.where, "", WARNING, quote.path, "draft entry: check it and remove draft: true before publishing")
    editor_speakers = {q.speaker for q in story.quotes if q.attribution == "editor"}
    for cast in story.cast:
        actor = site.actors.get(cast.actor_id)
        if actor is None:
            continue
        if ("actor", actor.id) not in article.mentioned and not (cast.unmentioned or actor.unmentioned) and actor.id not in editor_speakers:
            at(cast.where, "", WARNING, cast.path, f"actor '{actor.id}' is never named in the article (names tried: {', '.join(actor.names)})",
               "add the spelling the article uses to aliases, or say why with unmentioned:")
        if cast.draft or (actor.draft and position(actor.where)[0] == story.facts_path):
            at(cast.where, "draft", WARNING, cast.path, "draft entry: check it and remove draft: true before publishing")
    for _list_name, items in (("glossary", story.glossary), ("places", story.places)):
        for item in items:
            if item.draft:
                at(item.where, "", WARNING, item.path, "draft entry: check it and remove draft: true before publishing")
    for event in story.timeline:
        if event.draft:
            at(event.where, "draft", WARNING, event.path, "draft entry: check it and remove draft: true before publishing")
    if story.is_draft:
        at(story.where, "status", WARNING, "story.status", "story is a draft: it is shown with a Draft label and a strict build will not publish it", "set status: published when it is checked")
    problems += check_article_source(story)
    return problems


def check_shared(site: Site) -> list[Problem]:
    """Draft entries of content/_shared/, which no story's checks see."""
    problems = []
    for kind, registry in (("actors", site.actors), ("glossary", site.terms), ("places", site.places)):
        for item in registry.values():
            place = position(item.where, "draft")
            if item.draft and "/_shared/" in f"/{place[0]}":
                problems.append(Problem.at(place, WARNING, "draft entry: check it and remove draft: true before publishing", item.path))
    return problems


def unsafe_links(markdown: str):
    """(line, column, url) of each link target a page would drop: anything but http, https and mailto."""
    for number, line in enumerate(markdown.splitlines(), start=1):
        for match in _LINK_TARGET.finditer(line):
            group = next(g for g in (1, 2, 3) if match.group(g) is not None)
            url = match.group(group)
            if url and not SAFE_URL.match(url):
                yield number, match.start(group) + 1, url


def _link_problem(file: str, line: int, column: int, url: str, field: str) -> Problem:
    return Problem(file, line, column, ERROR, f"link to '{url[:60]}' is not allowed: only http, https and mailto links (relative links and #anchors are not kept)",
                   field, "use a full https:// address")


def check_markdown_fields(site: Site) -> list[Problem]:
    """The same link rule for the Markdown fields of the sheets (background, role)."""
    problems = []
    fields = [(a.where, "background", a.background, f"{a.path}.background") for a in site.actors.values()]
    fields += [(c.where, "role", c.role, f"{c.path}.role") for s in site.stories for c in s.cast]
    for where, key, text, field in fields:
        file, line, column = position(where, key)
        for offset, col, url in unsafe_links(text):
            # A | block keeps lines and indentation; other scalars are reported at their start.
            problems.append(_link_problem(file, line + offset - 1, column + col - 1, url, field))
    return problems


def check_article_source(story: Story) -> list[Problem]:
    """Links the page would drop are errors; raw HTML is shown as text, which deserves a warning."""
    problems = [_link_problem(story.article_path, line, column, url, "link") for line, column, url in unsafe_links(story.article)]
    for number, line in enumerate(story.article.splitlines(), start=1):
        tags = _RAW_TAG.findall(line)
        if tags:
            shown = ", ".join(dict.fromkeys(t[:30] for t in tags[:3]))
            problems.append(Problem(story.article_path, number, line.index(tags[0]) + 1, WARNING, f"raw HTML ({shown}) will be shown as text, not as markup", "html", "use Markdown instead"))
    return problems
