"""Whole numbers below a thousand written in words, per language, and finding them in a text.

The provenance check needs "is 11 written in 'onze combattants'?". Every
spelling of every number below a thousand is generated once per language
(English with and without hyphens and "and"; French in traditional and 1990
spelling, with "une", and the Belgian and Swiss "septante", "huitante",
"nonante"), and a text is scanned longest spelling first, so "seven" is not
found in "seven hundred" nor "sept" in "dix-sept".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def english(value: int) -> list[str]:
    """English words for 0-999: 48 -> ["forty-eight", "forty eight"], 308 -> ["three hundred and eight", ...]."""
    if value < 20:
        return [_EN_UNITS[value]]
    if value < 100:
        tens, unit = divmod(value, 10)
        return [_EN_TENS[tens]] if not unit else [f"{_EN_TENS[tens]}-{_EN_UNITS[unit]}",
                                                  f"{_EN_TENS[tens]} {_EN_UNITS[unit]}"]
    hundreds, rest = divmod(value, 100)
    head = f"{_EN_UNITS[hundreds]} hundred"
    if not rest:
        return [head]
    return [f"{head} and {tail}" for tail in english(rest)] + [f"{head} {tail}" for tail in english(rest)]


_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
             "dix-sept dix-huit dix-neuf").split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_FR_REGIONAL_TENS = {7: ("septante",), 8: ("huitante", "octante"), 9: ("nonante",)}  # Belgium, Switzerland


def _french_below_100(value: int) -> list[str]:
    """French spellings of 0-99 in traditional spelling (spaces around "et")."""
    if value < 20:
        return [_FR_UNITS[value]]
    tens, unit = divmod(value, 10)
    if tens in _FR_TENS:
        names = [_FR_TENS[tens]]
    elif tens == 7:  # soixante-dix, soixante et onze, soixante-douze...
        return [_french_compound("soixante", value - 60)] + _regional(tens, unit)
    else:  # quatre-vingts, quatre-vingt-un, quatre-vingt-onze
        rest = value - 80
        return ([("quatre-vingts" if not rest else "quatre-vingt-" + _FR_UNITS[rest])] + _regional(tens, unit))
    return [_french_compound(name, unit) for name in names]


def _french_compound(tens_word: str, unit: int) -> str:
    """A ten and a unit (0-19): "vingt", "vingt et un", "soixante et onze", "vingt-deux"."""
    if unit == 0:
        return tens_word
    if unit in (1, 11):
        return f"{tens_word} et {_FR_UNITS[unit]}"
    return f"{tens_word}-{_FR_UNITS[unit]}"


def _regional(tens: int, unit: int) -> list[str]:
    """70-99 as Belgium and Switzerland write them: "septante-deux", "nonante et un"."""
    return [_french_compound(word, unit) for word in _FR_REGIONAL_TENS[tens]]


def _french_traditional(value: int) -> list[str]:
    """French spellings of 0-999, traditional: "trois cents", "deux cent un", "cent quatre-vingts"."""
    hundreds, rest = divmod(value, 100)
    if not hundreds:
        return _french_below_100(value)
    head = "cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent"
    if not rest:
        return [head if hundreds == 1 else head + "s"]
    return [f"{head} {tail}" for tail in _french_below_100(rest)]


def french(value: int) -> list[str]:
    """French words for 0-999, each spelling: traditional, 1990 (all hyphens), and with "une" for "un"."""
    spellings = []
    for words in _french_traditional(value):
        spellings += [words, words.replace(" ", "-")]
    feminine = [re.sub(r"\bun$", "une", s) for s in spellings if re.search(r"\bun$", s)]
    return list(dict.fromkeys(spellings + feminine))


SPELLERS: dict[str, Callable[[int], list[str]]] = {"en": english, "fr": french}


def number_words(value: int, language: str = "en") -> list[str]:
    """Every spelling of a whole number below a thousand in a language; [] outside 0-999 or without a speller."""
    speller = SPELLERS.get(language)
    if speller is None or value < 0 or value >= 1000:
        return []
    return speller(value)


@lru_cache(maxsize=None)
def _finder(language: str) -> tuple[re.Pattern, dict[str, int]]:
    """One pattern for every spelling of a language, longest first, and the value of each spelling."""
    values = {words: value for value in range(1000) for words in number_words(value, language)}
    alternatives = "|".join(re.escape(words) for words in sorted(values, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), values


def numbers_in_words(text: str, language: str = "en") -> set[int]:
    """The whole numbers a lowercase text writes in words in a language ("onze combattants" -> {11})."""
    if language not in SPELLERS:
        return set()
    pattern, values = _finder(language)
    return {values[match.group(0)] for match in pattern.finditer(text)}
