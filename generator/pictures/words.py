"""The words a picture prints, handed over by the pages layer as plain data.

Why a dataclass of its own: the pictures package knows nothing of the fact sheet or of the
site's configuration, yet every word it prints (titles, descriptions, captions, legends,
month abbreviations, counts, relation and kind labels, number marks) must be in the site's
language. `PictureWords` holds a mapping of the `picture.*`, `kind.*`, `relation.*`,
`colon` and `list_separator` texts (any Mapping: the i18n layer's `Words` is one) and the
few things Babel knows (month abbreviations, decimal and grouping marks, country names by
ISO 3166 number). Its defaults are English, with Natural Earth's own country names, so a
picture drawn without words reads as it always did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from generator.i18n import en

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PLACE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class PictureWords:
    """The texts and number marks of one language, for the pictures."""

    texts: Mapping[str, str] = field(default_factory=lambda: en.WORDS)
    months: tuple[str, ...] = MONTHS  # abbreviated month names, January first
    decimal_mark: str = "."
    group_mark: str = ","
    countries: Mapping[str, str] = field(default_factory=dict)  # ISO 3166-1 numeric -> name; else the atlas's

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def format(self, key: str, **values: object) -> str:
        """A text with its `{name}` places filled: `format("picture.map.scale", km="1,000")`."""
        return _PLACE.sub(lambda m: str(values[m.group(1)]), self.texts[key])

    def count(self, key: str, n: int) -> str:
        """A counted noun, "1 place" or "3 places": `key` + "_one" or "_many"."""
        return self.format(f"{key}_{'one' if n == 1 else 'many'}", n=self.number(n))

    def country(self, iso: str, name: str) -> str:
        """A country's name in the language, or the atlas's (English) name when there is none."""
        return self.countries.get(iso, name)

    def label(self, key: str) -> str:
        """A table's label as a picture prints it inside a sentence or a legend: its first letter lower case."""
        words = self.texts[key]
        return words[:1].lower() + words[1:]

    def list(self, items) -> str:
        """Names joined as the language lists them."""
        return self.texts["list_separator"].join(items)

    def number(self, value: float, places: int = 0) -> str:
        """A number grouped by thousands, at most `places` decimals (no trailing zeros), in the language's marks."""
        if float(value).is_integer() or not places:
            english = f"{value:,.0f}"
        else:
            english = f"{value:,.{places}f}".rstrip("0").rstrip(".")
        return english.translate({ord(","): self.group_mark, ord("."): self.decimal_mark})

    def fixed(self, value: float, places: int = 2) -> str:
        """A number with exactly `places` decimals and the language's decimal mark ("33.89", "33,89")."""
        return f"{value:.{places}f}".replace(".", self.decimal_mark)


ENGLISH = PictureWords()
