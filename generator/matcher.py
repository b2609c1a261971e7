"""One compiled matcher for every name and alias of the site.

Built once per build as a trie turned into a single regular expression, so
its cost grows with the total length of the names, not with their number
times the article's length. It implements the contract's matching rules:
whole words, the name as written or with only its first letter's case
changed, longest first, straight and typographic apostrophes alike, and a
name found inside a longer one still counts as a mention.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .model import Ref


@dataclass(frozen=True)
class Hit:
    """What a matched name stands for."""

    link: Ref  # where the name links to
    name_of: Ref  # the entry the name belongs to (a term that names an actor: the term)
    mentions: frozenset[Ref]  # everything the name mentions, names inside it included


def normalize_name(name: str) -> str:
    """A name as names are compared: composed (NFC), one apostrophe, single spaces."""
    name = unicodedata.normalize("NFC", name)
    return re.sub(r"\s+", " ", name.replace("’", "'").replace("‘", "'")).strip()


def _variants(name: str) -> set[str]:
    """The forms a name is found in: as written, and with its first letter's case changed."""
    name = normalize_name(name)
    if not name:
        return set()
    return {name, name[0].swapcase() + name[1:]}


def _fragment(char: str) -> str:
    """The pattern for one character of a name: any run of spaces, either apostrophe, or itself."""
    if char == " ":
        return r"\s+"
    if char == "'":
        return "['’]"
    return re.escape(char)


def _trie_pattern(words: set[str]) -> str:
    """One regular expression for all words, shared prefixes factored out, so one pass tries every name."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        """The pattern for the words below one trie node; a word ending here makes the rest optional."""
        end = "" in node
        branches = [_fragment(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


class NameMatcher:
    """Finds names in text. `entries` maps each name to its Hit's link and owner."""

    def __init__(self, entries: list[tuple[str, Ref, Ref]]):
        self._hits: dict[str, tuple[Ref, Ref]] = {}
        for name, link, owner in entries:
            for variant in _variants(name):
                self._hits.setdefault(variant, (link, owner))
        self.pattern = re.compile(r"(?<!\w)(?:" + _trie_pattern(set(self._hits)) + r")(?!\w)") if self._hits else None
        self._resolved: dict[str, Hit] = {}

    def hit(self, matched: str) -> Hit:
        """What a matched stretch of text stands for (computed once per name)."""
        key = normalize_name(matched)
        if key not in self._resolved:
            link, owner = self._hits[key]
            mentions = {owner, link}
            # Names inside this name count too: "UN Security Council" in "... Resolution 1701".
            for inner in self._inner_matches(key):
                inner_link, inner_owner = self._hits[normalize_name(inner)]
                mentions |= {inner_link, inner_owner}
            self._resolved[key] = Hit(link, owner, frozenset(mentions))
        return self._resolved[key]

    def _inner_matches(self, name: str) -> list[str]:
        """Every known name that stands as whole words inside `name`, itself excepted."""
        starts = [m.start() for m in re.finditer(r"(?<!\w)\S", name)]
        ends = [m.end() for m in re.finditer(r"\S(?!\w)", name)]
        return [
            name[start:end]
            for start in starts
            for end in ends
            if end > start and (start, end) != (0, len(name)) and name[start:end] in self._hits
        ]

    def finditer(self, text: str):
        """(start, end, Hit) for each leftmost-longest name in text."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            yield match.start(), match.end(), self.hit(match.group())
