"""Suggestions: names in an article that look like actors or terms the sheet does not cover.

Capitalised phrases ("Lebanese President") and acronyms ("SDF") that no name
or alias matches are listed at info level. They never fail a build; an
editor silences one by adding it to the story's `ignore_names`.
"""

from __future__ import annotations

import re

from ..matcher import NameMatcher, normalize_name
from ..model import Story
from ..problems import INFO, Problem

_WORD = r"[A-Z][\w’'.-]*\w|[A-Z]"
_PHRASE = re.compile(rf"(?<![\w’'-])(?:{_WORD})"
                     rf"(?:(?:\s+(?:of|the|de|del|al|el|ez|bin|van|von|der|la|le|du|and)){{0,2}}\s+(?:{_WORD}))*")
_COMMON = set(
    "A An The This That These Those It Its He She They We I You Our Their His Her In On At As For From By With "
    "After Before But And Or If When While More Most Some Many Mr Mrs Ms Dr "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December Since Then There Here "
    "Also Yet So Not No Yes Both Each Every All One Two Three Four Five Six Seven Eight Nine Ten".split()
)


def _is_sentence_start(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence (or a line), where a capital proves nothing."""
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:"


def suggest_names(story: Story, matcher: NameMatcher) -> list[Problem]:
    """Capitalised phrases and acronyms of the article that no name or alias of the site covers."""
    ignored = {normalize_name(name).lower() for name in story.ignore_names}
    problems: list[Problem] = []
    seen: set[str] = set()
    in_code = False
    for number, line in enumerate(story.article.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        if in_code or line.startswith("    "):
            continue
        # Mask what the sheet already covers, so only the uncovered part of a phrase remains.
        masked = list(line)
        for start, end, _ in matcher.finditer(line):
            masked[start:end] = "\0" * (end - start)
        masked_line = "".join(masked)
        for match in _PHRASE.finditer(masked_line):
            words = match.group().split()
            while words and words[0] in _COMMON:
                words.pop(0)
            if not words:
                continue
            phrase = " ".join(words).rstrip(".")
            start = match.start() + match.group().index(words[0])
            single = len(words) == 1
            acronym = bool(re.fullmatch(r"[A-Z][A-Z0-9.&-]+", phrase))
            if single and not acronym and (_is_sentence_start(masked_line, start) or len(phrase) < 3):
                continue
            key = phrase.lower()
            if key in seen or key in ignored:
                continue
            seen.add(key)
            problems.append(Problem(story.article_path, number, start + 1, INFO,
                                    f"'{phrase}' looks like {'an acronym' if acronym else 'a name'} "
                                    "the fact sheet does not cover",
                                    "lint", "add it as an actor, term or place (or an alias), "
                                            "or list it under story.ignore_names"))
    return problems
