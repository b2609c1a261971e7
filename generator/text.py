"""Text folding shared by linking and provenance (numbers written as words are in `i18n.numbers`)."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")

# Characters that change what a reader sees without being seen. Direction overrides and isolates
# reorder text ("moc.elgoog" shown as "google.com"); zero-width ones split a word invisibly.
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")  # any of them


def fold(text: str) -> str:
    """Text as compared for provenance: NFC, straight quotes, single spaces."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip()


def fold_quote_marks(text: str) -> str:
    """Fold, then drop surrounding quote marks an editor may have copied with the words."""
    return fold(text).strip('"').strip()
