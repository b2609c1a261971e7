"""YAML text -> a tree of nodes that remember where they were written.

PyYAML's own loader loses positions, keeps the last of duplicate keys and
turns `NO` into False before anyone can object. We compose nodes instead and
keep each scalar's source text and implicit type, so the validator can decide
per field what a value means and point at the line and column of any mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .problems import ERROR, Problem

# libyaml's composer is several times faster and keeps the same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_NODES = 200_000
MAX_DEPTH = 64

_COLLECTION_TAGS = ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")
_TAGS = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
}


@dataclass
class Node:
    """A YAML node: its kind, position (1-based) and content."""

    line: int
    column: int


@dataclass
class Scalar(Node):
    """A YAML scalar: its source text as written, the type YAML 1.1 would give it, and how it was written."""

    text: str = ""
    kind: str = "str"  # str | int | float | bool | null | timestamp, as YAML 1.1 would read it; refused: reported
    quoted: bool = False
    block: bool = False  # a | or > scalar: its text starts on the next line


@dataclass
class Sequence(Node):
    """A YAML list, its items in the file's order."""

    items: list[Node] = field(default_factory=list)


@dataclass
class Mapping(Node):
    """A YAML mapping; duplicate and merge keys are refused while composing, so each key appears once."""

    # key -> (key node, value node); insertion order is the file's order
    entries: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)

    def get(self, key: str) -> Node | None:
        """The value node of a key, or None when the key is absent."""
        entry = self.entries.get(key)
        return entry[1] if entry else None


class _Composer:
    """Turns PyYAML's composed nodes into positioned ones, collecting problems and enforcing the size limits."""

    def __init__(self, path: str, lines: list[str]):
        self.path = path
        self.lines = lines
        self.problems: list[Problem] = []
        self.count = 0

    def problem(self, mark, message: str, field: str = "", fix: str = "") -> None:
        """Report an error at a PyYAML mark (0-based, shown 1-based), or at the file when there is none."""
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        self.problems.append(Problem(self.path, line, column, ERROR, message, field, fix))

    def convert(self, node: yaml.Node, depth: int, path: str = "") -> Node:
        """One PyYAML node and everything below it; raises _TooLarge past the size and depth limits."""
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooLarge(node.start_mark,
                            "the file expands to too many values (are YAML aliases repeating a large block?)")
        if depth > MAX_DEPTH:
            raise _TooLarge(node.start_mark, f"the file nests deeper than {MAX_DEPTH} levels")
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if node.tag not in _TAGS and node.tag not in _COLLECTION_TAGS:
            # An explicit tag (!!python/name:..., !custom) asks for a type no fact sheet has: name it.
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            self.problem(node.start_mark, f"YAML tags such as '{shown[:60]}' are not allowed in fact sheets", path,
                         fix="remove the tag and write the value as plain text")
            return Scalar(line, column, text="", kind="refused")
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, line, column)
        if isinstance(node, yaml.SequenceNode):
            return Sequence(line, column, items=[self.convert(item, depth + 1, f"{path}[{index}]")
                                                 for index, item in enumerate(node.value)])
        mapping = Mapping(line, column)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node.start_mark, "a key must be a plain word")
                continue
            key = key_node.value
            key_path = f"{path}.{key}" if path else key
            key_scalar = Scalar(key_node.start_mark.line + 1, key_node.start_mark.column + 1, text=key)
            if key == "<<":
                self.problem(key_node.start_mark, "YAML merge keys (<<) are not supported in fact sheets", key_path,
                             fix="write the fields out")
                continue
            if key in mapping.entries:
                first = mapping.entries[key][0]
                self.problem(
                    key_node.start_mark,
                    f"duplicate key '{key}' (first written at line {first.line}); "
                    "YAML would silently keep only the last",
                    key_path,
                    fix="remove one of them",
                )
                continue
            mapping.entries[key] = (key_scalar, self.convert(value_node, depth + 1, key_path))
        return mapping

    def _scalar(self, node: yaml.ScalarNode, line: int, column: int) -> Scalar:
        """A scalar node, its position moved onto the text itself (1-based line and column of the node given)."""
        kind = _TAGS.get(node.tag, "str")
        quoted, block = node.style in ("'", '"'), node.style in ("|", ">")
        # Point at the text itself: after the opening quote, or on the block's first line.
        if quoted:
            column += 1
        elif block:
            following = self.lines[line:node.end_mark.line + 1]
            first = next((n for n, text in enumerate(following) if text.strip()), None)
            if first is not None:
                line += first + 1
                column = len(following[first]) - len(following[first].lstrip()) + 1
        return Scalar(line, column, text=node.value, kind=kind, quoted=quoted, block=block)


class _TooLarge(Exception):
    """A file too large or too deeply nested to convert, reported as one problem at `mark`."""

    def __init__(self, mark, message: str):
        self.mark, self.message = mark, message


# Messages of PyYAML and of libyaml (which words some differently) -> the usual fix.
_SYNTAX_FIXES = {
    "mapping values are not allowed": 'a value containing ": " must be in quotes, e.g. title: "Convoy: a timeline"',
    "cannot start any token": "indent with spaces, not tabs, and put a value starting with @ or ` in quotes",
    "could not find expected ':'": "check the indentation and that each key ends with a colon",
    "undefined alias": "define the &anchor before using *alias, or put text starting with * in quotes",
    "expected <block end>": "check the indentation of this line against the lines above",
    "did not find expected key": "check the indentation of this line against the lines above",
    "did not find expected '-' indicator": "check the indentation of this list entry",
}


def _syntax_fix(message: str) -> str:
    """The usual fix for a PyYAML or libyaml syntax error message, or ""."""
    return next((fix for problem, fix in _SYNTAX_FIXES.items() if problem in message), "")


def _deep_flow(text: str) -> tuple[int, int] | None:
    """The (line, column) where [ and { nest deeper than MAX_DEPTH, found in one linear pass, or None.

    libyaml's composer recurses once per level and crashes the whole process
    (SIGSEGV) at some tens of thousands, before any limit of ours could run:
    so the depth is measured before the parser sees the text. Quoted text and
    comments are skipped; the count is of flow brackets only, since block
    nesting needs indentation and cannot pile up as cheaply.
    """
    depth, quote, line, column, comment = 0, "", 1, 0, False
    previous = "\n"
    for char in text:
        column += 1
        if char == "\n":
            line, column, comment = line + 1, 0, False
        elif comment:
            pass
        elif quote:
            if char == quote:
                quote = ""
        elif char in "'\"" and previous in " \t\n[{,:-":
            quote = char
        elif char == "#" and previous in " \t\n":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, column
        elif char in "]}" and depth:
            depth -= 1
        previous = char
    return None


def parse(text: str, path: str) -> tuple[Node | None, list[Problem]]:
    """Parse YAML text into a positioned node tree, or report why not.

    Never raises: alias bombs, deep nesting and syntax errors become one
    problem each. (Reading the bytes safely is load.read_text's job.)
    """
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        return None, [Problem(path, 1, 1, ERROR, "file is empty", fix="start from the example in the README")]
    deep = _deep_flow(text)
    if deep:
        return None, [Problem(path, deep[0], deep[1], ERROR, f"the file nests deeper than {MAX_DEPTH} levels")]
    composer = _Composer(path, text.splitlines())
    try:
        node = yaml.compose(text, Loader=_LOADER)
        if node is None:
            return None, [Problem(path, 1, 1, ERROR, "file is empty")]
        tree = composer.convert(node, 0)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = (exc.problem or "YAML syntax error").strip()
        if exc.context:
            message = f"{exc.context.strip()}: {message}"
        composer.problem(mark, f"YAML syntax error: {message}", fix=_syntax_fix(message))
        return None, composer.problems
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, 1, ERROR, f"YAML error: {exc}")]
    except _TooLarge as exc:
        composer.problem(exc.mark, exc.message)
        return None, composer.problems
    except RecursionError:
        return None, [Problem(path, 1, 1, ERROR, f"the file nests deeper than {MAX_DEPTH} levels")]
    return tree, composer.problems
