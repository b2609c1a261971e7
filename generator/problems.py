"""Problems found in content: where, what, and how to fix it.

Every stage of the pipeline reports problems instead of raising, so that one
build can tell an editor about every mistake at once. Only the outermost
adapter (the MkDocs plugin or the command line) decides whether problems stop
the build.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one file, at a line and column (1-based; 0 when unknown)."""

    file: str
    line: int
    column: int
    severity: str
    message: str
    field: str = ""
    fix: str = ""

    @classmethod
    def at(cls, place: tuple[str, int, int], severity: str, message: str, field: str = "", fix: str = "") -> "Problem":
        """A problem at a (file, line, column) place, as `model.position` gives it."""
        file, line, column = place
        return cls(file, line, column, severity, message, field, fix)

    def format(self) -> str:
        """The compiler-style line editors' tools understand: file:line:col: severity: text.

        One line, always: control characters from content (a newline, an ANSI
        escape) are written as escapes, so a sheet cannot forge a second
        message, an annotation or terminal colours.
        """
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: {self.severity}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.fix:
            text += f" ({self.fix})"
        return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)



def errors(problems: Iterable[Problem]) -> list[Problem]:
    """The problems that stop a build from being published, in their order."""
    return [p for p in problems if p.severity == ERROR]


def suggest(word: str, choices: Iterable[str]) -> str:
    """A "did you mean ...?" hint, or "" when nothing is close enough."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


class ContentError(Exception):
    """Raised by adapters when content has errors; carries every problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))
