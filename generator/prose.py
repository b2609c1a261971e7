"""The prose of a Markdown text: what the rules that read Markdown source look at, with code blanked out.

HTML or a link written inside a code span or an indented code block is an
example, printed as code: it deserves neither the raw-HTML warning nor a
link error. The rules search the source text (so they can give lines and
columns) but must see what Python-Markdown, as the articles are parsed,
reads as code:

- a code span is a run of backticks up to the next run of the same length
  in the same paragraph, across line ends (so a ``` fence with no blank
  line in it is one code span: the articles have no fenced-code extension);
- an indented block is code when it starts after a blank line and is
  indented four spaces, or eight inside a list (four there continue the item).

Every pass is linear: each character is looked at a fixed number of times.
"""

from __future__ import annotations

import re

_LIST_ITEM = re.compile(r" {0,3}(?:[*+-]|\d+[.)])[ \t]")
_BACKTICKS = re.compile(r"(?<!\\)`+")


def normalize_newlines(markdown: str) -> str:
    """Line ends as Python-Markdown reads them: "\\r\\n" and "\\r" become "\\n"."""
    return markdown.replace("\r\n", "\n").replace("\r", "\n")


def prose(markdown: str) -> str:
    """The text with line ends normalized and code replaced by spaces: same lines, same columns."""
    lines = normalize_newlines(markdown).split("\n")
    paragraph: list[int] = []  # indices of the lines of the current paragraph
    in_list = in_code = False
    after_blank = True  # the text starts as after a blank line
    for index, line in enumerate(lines):
        if not line.strip():
            _blank_code_spans(lines, paragraph)
            paragraph, after_blank = [], True
            continue
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        in_code = indent >= (8 if in_list else 4) and (after_blank or in_code)
        after_blank = False
        if in_code:
            lines[index] = " " * len(line)
            continue
        if _LIST_ITEM.match(line):
            in_list = True
        elif indent == 0 and not paragraph:
            in_list = False  # a paragraph of its own, after a blank line: the list has ended
        paragraph.append(index)
    _blank_code_spans(lines, paragraph)
    return "\n".join(lines)


def _blank_code_spans(lines: list[str], paragraph: list[int]) -> None:
    """Blank every code span of one paragraph (the given lines), in place, keeping the line ends."""
    if not paragraph:
        return
    text = "\n".join(lines[i] for i in paragraph)
    if "`" not in text:
        return
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    closer: dict[int, int] = {}  # run index -> the next run of the same length
    last_of_length: dict[int, int] = {}
    for number in range(len(runs) - 1, -1, -1):
        length = runs[number][1] - runs[number][0]
        if length in last_of_length:
            closer[number] = last_of_length[length]
        last_of_length[length] = number
    chars, number = list(text), 0
    while number < len(runs):
        if number not in closer:
            number += 1
            continue
        start, end = runs[number][0], runs[closer[number]][1]
        chars[start:end] = [c if c == "\n" else " " for c in chars[start:end]]
        number = closer[number] + 1
    for index, line in zip(paragraph, "".join(chars).split("\n")):
        lines[index] = line
