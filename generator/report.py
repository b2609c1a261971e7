"""How the command line prints problems: text lines, GitHub workflow commands, or one JSON document.

Problems carry words from the content (names, excerpts, file names), and a
fact sheet is written by anyone with commit access. So everything printed is
escaped for where it lands: in a terminal, control characters are shown as
`\\x1b` or `\\n`, so content cannot recolour the screen or forge a second
line; in the Actions log, workflow commands are percent-encoded as GitHub
documents, so content cannot start a command of its own. The core's
`Problem.format()` is the one wording of a problem; this module only
relocates and escapes it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from .problems import ERROR, INFO, WARNING, Problem

FORMATS = ("text", "github", "json")

# C0 and C1 controls and DEL, the bidirectional overrides (a "Trojan Source" line reads
# differently than it is), and the Unicode line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LINE_BREAKS = "\r\n"  # percent-encoded in workflow commands, where GitHub shows them as line breaks


def _written_out(char: str) -> str:
    """One control character as a Python escape: `\\n`, `\\x1b`, `\\u202e`."""
    return _NAMED.get(char) or char.encode("unicode_escape").decode("ascii")


def escape_text(text: str, keep: str = "") -> str:
    """Text a terminal prints as it reads: every control character (but those in `keep`) written out."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _written_out(m.group()), text)


def shown_path(file: str, content_dir: os.PathLike | str, cwd: os.PathLike | str | None = None) -> str:
    """A problem's file relative to where the command runs, so a terminal or an editor can open it.

    The core names files relative to the content folder's parent (or
    absolutely, when they lie elsewhere); the command line knows the
    working directory and the core does not.
    """
    path = Path(file)
    if not path.is_absolute():
        path = Path(content_dir).resolve().parent / path
    try:
        shown = os.path.relpath(path, os.path.realpath(cwd or os.getcwd()))
    except ValueError:  # another drive, on Windows
        return path.as_posix()
    return Path(shown).as_posix()


def relocated(problems: Iterable[Problem], content_dir: os.PathLike | str) -> list[Problem]:
    """The problems with their files shown relative to the working directory."""
    return [replace(p, file=shown_path(p.file, content_dir)) for p in problems]


def counts(problems: Iterable[Problem]) -> dict[str, int]:
    """How many problems of each severity: what the summary and the exit status count."""
    found = [p.severity for p in problems]
    return {severity: found.count(severity) for severity in (ERROR, WARNING, INFO)}


def summary(stories: int, problems: list[Problem]) -> str:
    """The last line of a check: how much was read and what was found."""
    n = counts(problems)
    checked = "1 story" if stories == 1 else f"{stories} stories"
    return f"{checked} checked: {n[ERROR]} error(s), {n[WARNING]} warning(s), {n[INFO]} suggestion(s)"


def text_line(problem: Problem) -> str:
    """One problem as `file:line:col: severity: field: message (fix)`, safe to print in a terminal."""
    return escape_text(problem.format())


def _encode_data(text: str) -> str:
    """A workflow command's message, percent-encoded as GitHub's toolkit does (`escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _encode_property(text: str) -> str:
    """A workflow command's property value (`escapeProperty`): also ':' and ',', which end a property."""
    return _encode_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(problem: Problem) -> str:
    """One problem as one workflow command: an annotation on its file and line, the text line as message.

    The message repeats the location, as ruff's does, so the log reads
    like the text format where GitHub shows it without the annotation.
    Line breaks are percent-encoded, so the annotation keeps them and no
    line of content can start a command; other controls are written out.
    """
    kind = {ERROR: "error", WARNING: "warning"}.get(problem.severity, "notice")
    file = _encode_property(escape_text(problem.file, keep=_LINE_BREAKS))
    message = _encode_data(escape_text(problem.format(), keep=_LINE_BREAKS))
    return f"::{kind} file={file},line={problem.line or 1},col={problem.column or 1}::{message}"


def json_document(stories: int, problems: list[Problem]) -> str:
    """Every problem as data, for a tool that reads it (ASCII only, so no raw control character survives)."""
    keys = ("file", "line", "column", "severity", "field", "message", "fix")
    n = counts(problems)
    document = {"stories": stories, "problems": [{key: getattr(p, key) for key in keys} for p in problems],
                "errors": n[ERROR], "warnings": n[WARNING]}
    return json.dumps(document, indent=2)


def report(form: str, stories: int, problems: list[Problem]) -> list[str]:
    """The lines a check prints in one format: each problem once, then the summary (in JSON, inside it)."""
    if form == "json":
        return [json_document(stories, problems)]
    line = github_command if form == "github" else text_line
    return [*(line(p) for p in problems), summary(stories, problems)]
