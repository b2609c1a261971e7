"""Text folding shared by matching and provenance checks."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Text as compared for provenance: NFC, straight quotes, single spaces."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip()


def fold_quote_marks(text: str) -> str:
    """Fold, then drop surrounding quote marks an editor may have copied with the words."""
    return fold(text).strip('"').strip()


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(value: int) -> list[str]:
    """English words for a whole number below a thousand: 48 -> ["forty-eight", "forty eight"]."""
    if value < 0 or value >= 1000:
        return []
    if value < 20:
        return [_UNITS[value]]
    if value < 100:
        tens, unit = divmod(value, 10)
        return [_TENS[tens]] if not unit else [f"{_TENS[tens]}-{_UNITS[unit]}", f"{_TENS[tens]} {_UNITS[unit]}"]
    hundreds, rest = divmod(value, 100)
    head = f"{_UNITS[hundreds]} hundred"
    if not rest:
        return [head]
    return [f"{head} and {tail}" for tail in number_words(rest)] + [f"{head} {tail}" for tail in number_words(rest)]


SCALES = {"thousand": 3, "million": 6, "billion": 9}


def value_in_excerpt(value: str, excerpt: str, scale: str = "") -> bool:
    """Whether a figure's value is written in its excerpt, in digits or in words.

    "1.5" is found in "$1.5 billion"; "1500" in "1,500" or "1500"; "7" in
    "seven"; digits must stand alone ("30" is not found in "308"). With a
    scale, the full number counts too: 380 thousand is found in "£380,000".
    """
    if scale in SCALES and _found(value, excerpt):
        return True
    if scale in SCALES:
        from decimal import Decimal, InvalidOperation

        try:
            full = Decimal(value) * (10 ** SCALES[scale])
        except InvalidOperation:
            return False
        return full == full.to_integral_value() and _found(str(int(full)), excerpt)
    return _found(value, excerpt)


def _found(value: str, excerpt: str) -> bool:
    folded = fold(excerpt).lower()
    number = value.lstrip("+")
    integral, _, fraction = number.partition(".")
    if fraction.strip("0") == "":
        candidates = {integral, number}  # "1.0" is found as "1.0" and as "1"
        if len(integral.lstrip("-")) > 3:
            digits = integral.lstrip("-")
            grouped = f"{int(digits):,}"
            candidates |= {grouped, grouped.replace(",", " "), grouped.replace(",", "\u202f")}
    else:
        candidates = {number}
    for candidate in candidates:
        if re.search(rf"(?<![\d.,]){re.escape(candidate)}(?![\d]|[.,]\d)", folded):
            return True
    if not fraction.strip("0") and integral.isdigit():
        for words in number_words(int(integral)):
            if re.search(rf"\b{re.escape(words)}\b", folded):
                return True
    return False
