"""The site's language: every word the pages print, dates and numbers in that language.

One table per language (`en.py`, `fr.py`, `ar.py`), all with the keys of the
English one. The adapter names the site's language (MkDocs' `theme.language`,
or the plugin's `language` option) and the core asks `words_for` for its
words: a language without a table gets English, and says so
(`Words.fallback`) so the adapter can tell the editor. A key a table lacks
falls back to English, and `missing` lists such keys so a test keeps the
tables complete. Dates go through Babel (installed with Material) in the
table's language, so words and dates never mix two languages.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Mapping

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, get_month_names
from babel.numbers import format_compact_decimal, format_decimal, get_decimal_symbol, get_group_symbol

from ..markup import Markup, escape
from . import ar, en, fr

TABLES: Mapping[str, Mapping[str, str]] = {"en": en.WORDS, "fr": fr.WORDS, "ar": ar.WORDS}
RIGHT_TO_LEFT = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})  # written right to left
_PLACE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Words(Mapping[str, str]):
    """The words of one language, read like a dict: `words["heading.key_figures"]`."""

    language: str = "en"  # the table's language: "en" when the site's language has none
    requested: str = "en"  # the site's language as configured ("fr_CA" reads the "fr" table)
    fallback: bool = False  # the site asked for a language we have no table for, and reads English

    @property
    def direction(self) -> str:
        """The site's writing direction, "ltr" or "rtl" (Material sets the page's from the same language)."""
        return direction_of(self.requested)

    def __getitem__(self, key: str) -> str:
        table = TABLES[self.language]
        return table[key] if key in table else en.WORDS[key]

    def __iter__(self) -> Iterator[str]:
        return iter(en.WORDS)

    def __len__(self) -> int:
        return len(en.WORDS)

    def format(self, key: str, **values: object) -> str:
        """A text with its `{name}` places filled with plain values: `format("stories.all", n=14)`."""
        return _PLACE.sub(lambda m: str(values[m.group(1)]), self[key])

    def fill(self, key: str, **parts: object) -> Markup:
        """A text as HTML, its words escaped and its `{name}` places filled with markup (links) or text."""
        pieces = _PLACE.split(self[key])  # text, name, text, name, ..., text
        return Markup("".join(escape(piece) if i % 2 == 0 else _as_html(parts[piece])
                              for i, piece in enumerate(pieces)))

    def list(self, items) -> str:
        """Plain names joined as the language lists them ("a, b" or "أ، ب")."""
        return self["list_separator"].join(items)

    def date(self, value: dt.date | None) -> str:
        """A date as the site writes it ("30 August 2017", "30 août 2017"), or "" for none."""
        if value is None:
            return ""
        pattern = self["date.first_day"] if value.day == 1 else self["date.day"]
        return format_date(value, pattern, locale=self.language)

    def partial_date(self, text: str) -> str:
        """A timeline date as written in the sheet (YYYY, YYYY-MM or YYYY-MM-DD), in words ("août 2014")."""
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 3:
            return self.date(dt.date(*parts))
        if len(parts) == 2:
            return format_date(dt.date(parts[0], parts[1], 1), self["date.month"], locale=self.language)
        return format_date(dt.date(parts[0], 1, 1), self["date.year"], locale=self.language)

    def number(self, value: str, scale: str = "", exponent: int = 0) -> str:
        """A figure's value as the language prints it: "3,000" / "3 000", "1.5 billion" / "1,5 milliard".

        Without a scale the digits after the decimal mark are kept as written ("1.10");
        with one (`exponent`: 9 for billion), Babel names the scale in the language.
        """
        integral, _, fraction = value.partition(".")
        sign, digits = ("-" if integral.startswith("-") else ""), integral.lstrip("+-")
        if not digits.isdigit() or (fraction and not fraction.isdigit()):
            return f"{value} {scale}".strip()
        if scale:
            full = Decimal(value.lstrip("+")) * (Decimal(10) ** exponent)
            return format_compact_decimal(full, format_type="long", locale=self.language,
                                          fraction_digits=len(fraction))
        grouped = format_decimal(int(digits), locale=self.language)
        return sign + grouped + (get_decimal_symbol(self.language) + fraction if fraction else "")

    def short_months(self) -> tuple[str, ...]:
        """The months' abbreviations, January first ("Jan", "janv.", "يناير"): the timeline's labels."""
        names = get_month_names("abbreviated", locale=self.language)
        return tuple(names[month] for month in range(1, 13))

    def country_names(self) -> dict[str, str]:
        """Country names in the language by ISO 3166-1 numeric code ("250": "France"), from Babel (CLDR)."""
        return _country_names(self.language)

    @property
    def decimal_mark(self) -> str:
        """The language's decimal mark ("." or ",")."""
        return get_decimal_symbol(self.language)

    @property
    def group_mark(self) -> str:
        """The mark between groups of thousands ("," or a narrow no-break space)."""
        return get_group_symbol(self.language)

    def decimal(self, value: float, places: int = 2) -> str:
        """A number rounded as Python rounds it, with the language's decimal mark ("33.89", "33,89")."""
        return f"{value:.{places}f}".replace(".", get_decimal_symbol(self.language))


@lru_cache(maxsize=None)
def _country_names(language: str) -> dict[str, str]:
    names, aliases = Locale.parse(language).territories, get_global("territory_aliases")
    return {number: names[codes[0]] for number, codes in sorted(aliases.items())
            if number.isdigit() and len(number) == 3 and codes and codes[0] in names}


def direction_of(language: str) -> str:
    """A language code's writing direction: "rtl" for Arabic, Hebrew, Persian, Urdu...; "ltr" otherwise."""
    return "rtl" if re.split(r"[_-]", language)[0].lower() in RIGHT_TO_LEFT else "ltr"


def _as_html(part: object) -> str:
    """A part put into a text: markup as it is, anything else escaped."""
    return str(part) if isinstance(part, Markup) else escape(str(part))


@lru_cache(maxsize=None)
def words_for(language: str | None) -> Words:
    """The words for a site's language code ("fr", "fr_CA", "ar"); English when there is no table for it."""
    requested = (language or "en").strip() or "en"
    base = requested.replace("-", "_").split("_")[0].lower()
    return Words(base, requested) if base in TABLES else Words("en", requested, fallback=True)


def missing(language: str) -> list[str]:
    """The English keys a language's table lacks (they would print in English)."""
    return sorted(set(en.WORDS) - set(TABLES[language]))


def extra(language: str) -> list[str]:
    """Keys a language's table has that English lacks (a typo, or a key renamed in one table only)."""
    return sorted(set(TABLES[language]) - set(en.WORDS))


ENGLISH = words_for("en")
