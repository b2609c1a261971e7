"""Provenance: what the sheet says must be found in the article.

Applied after linking, because "is this actor named?" is answered by the
same matcher that links the article, and "is this excerpt there?" by the
same folding that locates sentences. A figure's value is checked against its
excerpt here, in digits as written or in words.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal, InvalidOperation
from typing import Mapping

from ..linking import LinkedArticle
from ..model import Kind, Ref, Site, Story
from ..problems import ERROR, WARNING, Problem
from ..spec import SCALE_EXPONENTS
from ..i18n.numbers import numbers_in_words
from ..text import fold, fold_quote_marks


def check(site: Site, articles: Mapping[str, LinkedArticle], language: str = "en") -> list[Problem]:
    """Every provenance rule, story by story; an article that could not be parsed is an error of its own.

    `language` is the site's: figures' values may be written in its words, or in
    the story's own `language` when it has one (and in English's, always).
    """
    problems: list[Problem] = []
    for story in site.stories:
        article = articles[story.slug]
        if article.unreadable:  # nothing can be checked against an article that could not be parsed
            problems.append(Problem(story.article_path, article.unreadable_line, 1, ERROR,
                                    f"the article cannot be read: {article.unreadable}",
                                    "article", "simplify the Markdown formatting"))
        problems += (notes_placed(story, article) + excerpts_and_values(story, article, story_language(story, language))
                     + quotations(story, article)
                     + actors_named(story, article, site))
    return problems


def story_language(story: Story, site_language: str) -> str:
    """The language a story's article is read in: its own, else the site's ("fr-CA" reads as "fr")."""
    return re.split(r"[_-]", story.language or site_language)[0].lower()


def _in_article(wanted: str, story: Story, article: LinkedArticle) -> bool:
    """What a reader sees (emphasis markers gone) and what the editor typed both count."""
    return wanted in article.text or wanted in fold(story.article)


def excerpts_and_values(story: Story, article: LinkedArticle, language: str = "en") -> list[Problem]:
    """Every excerpt is in the article, and every figure's value in its excerpt (unless `derived` says how)."""
    problems = []
    for figure in story.figures:
        if not figure.excerpt:
            continue
        wanted = fold_quote_marks(figure.excerpt)
        if not _in_article(wanted, story, article):
            problems.append(Problem.at(figure.at("excerpt"), ERROR, "this excerpt is not in the article",
                                       figure.field_path("excerpt"), _closest(wanted, article)))
        elif not figure.derived and not value_in_excerpt(figure.value, figure.excerpt, figure.scale, language):
            problems.append(Problem.at(figure.at("value"), ERROR,
                                       f"the value {figure.value} is not written in its excerpt \"{figure.excerpt}\"",
                                       figure.field_path("value"),
                                       "correct the value, or add derived: to say how it follows"))
    return problems


def quotations(story: Story, article: LinkedArticle) -> list[Problem]:
    """Every quotation is in the article, word for word."""
    return [
        Problem.at(quote.at("text"), ERROR, "this quotation is not in the article", quote.field_path("text"),
                   _closest(fold_quote_marks(quote.text), article))
        for quote in story.quotes if not _in_article(fold_quote_marks(quote.text), story, article)
    ]


def notes_placed(story: Story, article: LinkedArticle) -> list[Problem]:
    """Every editors' note quotes words of the article, so the reader sees it where the sentence is."""
    return [
        Problem.at(note.at("excerpt"), ERROR, "this note's excerpt is not in the article", note.field_path("excerpt"),
                   _closest(fold_quote_marks(note.excerpt), article))
        for note in story.notes if not _in_article(fold_quote_marks(note.excerpt), story, article)
    ]


def actors_named(story: Story, article: LinkedArticle, site: Site) -> list[Problem]:
    """An actor the article never names, and who speaks no editor-attributed quote, must say why."""
    editor_speakers = {q.speaker for q in story.quotes if q.attribution == "editor"}
    problems = []
    for cast in story.cast:
        actor = site.actors.get(cast.actor_id)
        if actor is None or Ref(Kind.ACTOR, actor.id) in article.mentioned:
            continue
        if not (cast.unmentioned or actor.unmentioned) and actor.id not in editor_speakers:
            problems.append(Problem.at(
                cast.at(), WARNING,
                f"actor '{actor.id}' is never named in the article (names tried: {', '.join(actor.names)})",
                cast.path, "add the spelling the article uses to aliases, or say why with unmentioned:"))
    return problems


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
            return (f"the article has '{theirs}' where this has '{ours}' (word {index + 1}); "
                    f"the article reads: {' '.join(passage)}")
    if len(passage) < len(want):
        return f"the article ends before '{' '.join(want[len(passage):])}'"
    return f"the article reads: {' '.join(passage)}"


def value_in_excerpt(value: str, excerpt: str, scale: str = "", language: str = "en") -> bool:
    """Whether a figure's value is written in its excerpt, in digits or in words.

    "1.5" is found in "$1.5 billion"; "1500" in "1,500" or "1500"; "7" in
    "seven"; digits must stand alone ("30" is not found in "308"). With a
    scale, the full number counts too: 380 thousand is found in "£380,000".
    Words are read in English and in `language` ("onze" is 11 in French),
    and a French decimal comma counts ("1,5 milliard"); Arabic-Indic digits
    read as digits ("٣٠٨" is 308).
    """
    if scale not in SCALE_EXPONENTS:
        return _written(value, excerpt, language)
    if _written(value, excerpt, language):
        return True
    try:
        full = Decimal(value) * (10 ** SCALE_EXPONENTS[scale])
    except InvalidOperation:
        return False
    return full == full.to_integral_value() and _written(str(int(full)), excerpt, language)


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
DECIMAL_COMMA = frozenset({"fr"})  # languages that write 1.5 as "1,5"


def _written(value: str, excerpt: str, language: str = "en") -> bool:
    """The number stands in the text as digits (grouped or not) or, below a thousand, as words."""
    folded = fold(excerpt).lower().translate(_ARABIC_DIGITS)
    number = value.lstrip("+")
    integral, _, fraction = number.partition(".")
    if fraction.strip("0") == "":
        candidates = {integral, number}  # "1.0" is found as "1.0" and as "1"
        if len(integral.lstrip("-")) > 3:
            grouped = f"{int(integral.lstrip('-')):,}"
            candidates |= {grouped, grouped.replace(",", " "), grouped.replace(",", "\u202f")}
    else:
        candidates = {number, number.replace(".", ",")} if language in DECIMAL_COMMA else {number}
    if any(re.search(rf"(?<![\d.,]){re.escape(c)}(?![\d]|[.,]\d)", folded) for c in candidates):
        return True
    if not fraction.strip("0") and integral.isdigit():
        written = numbers_in_words(folded, "en") | numbers_in_words(folded, language)
        return int(integral) in written
    return False
