"""Read content/ from disk: each story's article and fact sheet, and _shared/.

The only module of the core that touches the file system. Paths in problems
are shown relative to the folder above content/, as an editor would type them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

from . import yamltree
from .cache import digest
from .problems import ERROR, Problem
from .spec import ID, SHARED_FILES
MAX_ARTICLE_BYTES = 2_000_000
MAX_SHEET_BYTES = 2_000_000


@dataclass(frozen=True)
class RawStory:
    """One story folder as read from disk: its fact sheet parsed to a YAML tree, its article as text."""

    slug: str
    facts_path: str
    article_path: str
    facts: yamltree.Node
    article: str
    digest: str = ""  # of the sheet's and the article's text: what a cache keys the story's reading by


@dataclass(frozen=True)
class RawShared:
    """One file of _shared/ (named in `spec.SHARED_FILES`), parsed to a YAML tree."""

    name: str
    path: str
    node: yamltree.Node
    digest: str = ""  # of the file's text


@dataclass(frozen=True)
class RawContent:
    """Everything `load_content` read under content/, before validation: what `build` works from."""

    stories: tuple[RawStory, ...]
    shared: tuple[RawShared, ...]
    problems: tuple[Problem, ...]
    files: tuple[str, ...]  # every file read, absolute, for watching
    # Each story folder, and each file in one, as problems name them -> the story's slug,
    # so a problem's file tells whose it is without parsing paths.
    owners: Mapping[str, str] = field(default_factory=dict)
    slugs: tuple[str, ...] = ()  # every story folder that has both files, read or not


def _shown(path: Path, root: Path) -> str:
    """A path as problems show it: relative to the folder above content/ when it lies inside."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(path: Path, shown: str, limit: int) -> tuple[str | None, list[Problem]]:
    """A UTF-8 text file, or a problem saying why it cannot be one.

    The size is checked before reading, and no more than the limit is ever
    read, so a huge (or endless) file costs nothing to refuse.
    """
    def too_big(size: str) -> list[Problem]:
        """The problem for a file over the limit; `size` as it can be told."""
        return [Problem(shown, 0, 0, ERROR, f"file is {size} bytes; files are limited to {limit:,}",
                        fix="split it, or remove what is not text")]

    try:
        size = path.stat().st_size
        if size > limit:
            return None, too_big(f"{size:,}")
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as exc:
        return None, [Problem(shown, 0, 0, ERROR, f"cannot read file: {exc.strerror or exc}")]
    if len(data) > limit:  # it grew, or is not a regular file
        return None, too_big(f"more than {limit:,}")
    if b"\x00" in data:
        return None, [Problem(shown, 1, 1, ERROR, "file is binary (it contains NUL bytes), not text")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [Problem(shown, line, column, ERROR, "file is not valid UTF-8 text", fix="save it as UTF-8")]


def link_problem(path: Path, content: Path, shown: str) -> Problem | None:
    """Why a path that is a symbolic link may not be read, or None when it may.

    Nothing outside the content folder is ever read: a link could otherwise
    publish any file of the machine that builds the site (git stores links).
    """
    if not path.is_symlink():
        return None
    target = os.readlink(path)
    if not path.exists():
        return Problem(shown, 0, 0, ERROR, f"is a link to '{target}', which does not exist",
                       fix="replace the link with the file itself")
    resolved = path.resolve()
    if resolved != content and content not in resolved.parents:
        return Problem(shown, 0, 0, ERROR, f"is a link to '{target}', outside the content folder: it is not read",
                       fix="copy the file into the content folder instead of linking to it")
    return None


Parse = Callable[[str, str], tuple["yamltree.Node | None", list[Problem]]]  # (text, shown path) -> tree, problems


def _parse_yaml(path: Path, shown: str, parse: Parse) -> tuple[yamltree.Node | None, list[Problem], str]:
    """A YAML file read safely and parsed to a positioned tree, or the problems that stop it; and its digest."""
    text, problems = read_text(path, shown, MAX_SHEET_BYTES)
    if text is None:
        return None, problems, ""
    return *parse(text, shown), digest(text)


def _read_story_folder(folder: Path, root: Path, problems: list[Problem], files: list[str],
                       owners: dict[str, str], slugs: list[str], parse: Parse) -> RawStory | None:
    """One story folder: its story, or None when its name, a file or a file's text is unusable.

    Problems, files read, the paths it owns and its slug (once both files
    exist) are appended to the caller's lists as they are found, so the
    lists keep folder order.
    """
    shown_folder = _shown(folder, root)
    owners[shown_folder] = folder.name
    paths = (folder, folder / "facts.yml", folder / "article.md")
    refused = [p for p in (link_problem(path, folder.parent, _shown(path, root)) for path in paths) if p]
    if refused:
        problems += refused
        return None
    if not ID.fullmatch(folder.name):
        problems.append(Problem(shown_folder, 0, 0, ERROR, f"story folder name '{folder.name}' is not a valid slug",
                                fix="use lowercase letters, digits and hyphens"))
        return None
    facts_file, article_file = folder / "facts.yml", folder / "article.md"
    missing = [f.name for f in (facts_file, article_file) if not f.is_file()]
    if missing:
        problems.append(Problem(shown_folder, 0, 0, ERROR, f"story folder lacks {' and '.join(missing)}",
                                fix="each story needs article.md and facts.yml"))
        return None
    files += [str(facts_file), str(article_file)]
    facts_shown, article_shown = _shown(facts_file, root), _shown(article_file, root)
    owners[facts_shown] = owners[article_shown] = folder.name
    slugs.append(folder.name)
    node, facts_problems, facts_digest = _parse_yaml(facts_file, facts_shown, parse)
    article, article_problems = read_text(article_file, article_shown, MAX_ARTICLE_BYTES)
    problems += facts_problems + article_problems
    if article is not None and not article.strip():
        problems.append(Problem(article_shown, 1, 1, ERROR, "article is empty"))
        article = None
    if node is not None and article is not None:
        return RawStory(folder.name, facts_shown, article_shown, node, article, digest(facts_digest, article))
    return None


def load_content(content_dir: os.PathLike | str, parse: Parse = yamltree.parse) -> RawContent:
    """Every story folder and _shared file under content_dir, parsed but not yet validated.

    `parse` turns a sheet's text into a tree: a cache passes a memo of `yamltree.parse`.
    """
    content = Path(content_dir).resolve()
    root = content.parent
    problems: list[Problem] = []
    stories: list[RawStory] = []
    shared: list[RawShared] = []
    files: list[str] = []
    owners: dict[str, str] = {}
    slugs: list[str] = []
    if not content.is_dir():
        return RawContent((), (), (Problem(_shown(content, root), 0, 0, ERROR, "content folder not found"),), ())
    for folder in sorted(p for p in content.iterdir() if p.is_dir()):
        if folder.name.startswith("_") or folder.name.startswith("."):
            continue
        try:
            story = _read_story_folder(folder, root, problems, files, owners, slugs, parse)
        except OSError as exc:  # an unreadable folder: say which, never a traceback
            problems.append(Problem(_shown(folder, root), 0, 0, ERROR, f"cannot read folder: {exc.strerror or exc}",
                                    fix="check the folder's permissions"))
            continue
        if story is not None:
            stories.append(story)
    shared_dir = content / "_shared"
    for name in sorted(SHARED_FILES):
        path = shared_dir / name
        refused = link_problem(shared_dir, content, _shown(shared_dir, root)) or link_problem(path, content,
                                                                                              _shown(path, root))
        if refused:
            problems.append(refused)
        elif path.is_file():
            files.append(str(path))
            node, shared_problems, shared_digest = _parse_yaml(path, _shown(path, root), parse)
            problems += shared_problems
            if node is not None:
                shared.append(RawShared(name, _shown(path, root), node, shared_digest))
    return RawContent(tuple(stories), tuple(shared), tuple(problems), tuple(files), owners, tuple(slugs))
