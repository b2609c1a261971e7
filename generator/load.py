"""Read content/ from disk: each story's article and fact sheet, and _shared/.

The only module of the core that touches the file system. Paths in problems
are shown relative to the folder above content/, as an editor would type them.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from . import yamltree
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


@dataclass(frozen=True)
class RawShared:
    """One file of _shared/ (named in `spec.SHARED_FILES`), parsed to a YAML tree."""

    name: str
    path: str
    node: yamltree.Node


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
        kind = _not_a_file(path)
        if kind:
            return None, [_not_a_file_problem(shown, kind)]
        size = path.stat().st_size
        if size > limit:
            return None, too_big(f"{size:,}")
        # Non-blocking, so a FIFO that appears after the check cannot stall the build on open().
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(descriptor, "rb") as file:
            kind = _kind(os.fstat(file.fileno()).st_mode)
            if kind != "file":
                return None, [_not_a_file_problem(shown, kind)]
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


def _kind(mode: int) -> str:
    """What a file system entry is, in words an editor knows: "file", "folder", "named pipe (FIFO)", ..."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file"


def _not_a_file(path: Path) -> str:
    """What a path is when it exists but is not a regular file (after links), or "" when it is one or is absent."""
    try:
        kind = _kind(path.stat().st_mode)
    except FileNotFoundError:
        return ""
    return "" if kind == "file" else kind


def _not_a_file_problem(shown: str, kind: str) -> Problem:
    """The error for a content path that is a folder, a FIFO or a device where a text file belongs."""
    return Problem(shown, 0, 0, ERROR, f"is a {kind}, not a text file: it is not read",
                   fix="replace it with the file itself")


def link_problem(path: Path, content: Path, shown: str) -> Problem | None:
    """Why a path that is a symbolic link may not be read, or None when it may.

    Nothing outside the content folder is ever read: a link could otherwise
    publish any file of the machine that builds the site (git stores links).
    """
    if not path.is_symlink():
        return None
    target = os.readlink(path)
    try:
        path.stat()
    except FileNotFoundError:
        return Problem(shown, 0, 0, ERROR, f"is a link to '{target}', which does not exist",
                       fix="replace the link with the file or folder itself")
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        return Problem(shown, 0, 0, ERROR, f"is a link to '{target}', which leads back to itself (a loop)",
                       fix="replace the link with the file or folder itself")
    resolved = path.resolve()
    if resolved != content and content not in resolved.parents:
        return Problem(shown, 0, 0, ERROR, f"is a link to '{target}', outside the content folder: it is not read",
                       fix="copy the file into the content folder instead of linking to it")
    return None


def _parse_yaml(path: Path, shown: str) -> tuple[yamltree.Node | None, list[Problem]]:
    """A YAML file read safely and parsed to a positioned tree, or the problems that stop it."""
    text, problems = read_text(path, shown, MAX_SHEET_BYTES)
    return (None, problems) if text is None else yamltree.parse(text, shown)


def _unusable(folder: Path, root: Path) -> list[Problem]:
    """Why a story folder cannot be read: a link out of content/, a bad name, a file missing or not a file."""
    facts_file, article_file = folder / "facts.yml", folder / "article.md"
    paths = (folder, facts_file, article_file)
    refused = [p for p in (link_problem(path, folder.parent, _shown(path, root)) for path in paths) if p]
    if refused:
        return refused
    if not ID.fullmatch(folder.name):
        return [Problem(_shown(folder, root), 0, 0, ERROR, f"story folder name '{folder.name}' is not a valid slug",
                        fix="use lowercase letters, digits and hyphens")]
    odd = [_not_a_file_problem(_shown(f, root), kind) for f in (facts_file, article_file) if (kind := _not_a_file(f))]
    if odd:
        return odd
    missing = [f.name for f in (facts_file, article_file) if not f.is_file()]
    return [Problem(_shown(folder, root), 0, 0, ERROR, f"story folder lacks {' and '.join(missing)}",
                    fix="each story needs article.md and facts.yml")] if missing else []


def _read_story_folder(folder: Path, root: Path, problems: list[Problem], files: list[str],
                       owners: dict[str, str], slugs: list[str]) -> RawStory | None:
    """One story folder: its story, or None when its name, a file or a file's text is unusable.

    Problems, files read, the paths it owns and its slug (once both files
    exist) are appended to the caller's lists as they are found, so the
    lists keep folder order. The folder owns its files even when they
    cannot be read, so a preview still shows the other stories.
    """
    facts_file, article_file = folder / "facts.yml", folder / "article.md"
    facts_shown, article_shown = _shown(facts_file, root), _shown(article_file, root)
    for shown in (_shown(folder, root), facts_shown, article_shown):
        owners[shown] = folder.name
    refused = _unusable(folder, root)
    if refused:
        problems += refused
        return None
    files += [str(facts_file), str(article_file)]
    slugs.append(folder.name)
    node, facts_problems = _parse_yaml(facts_file, facts_shown)
    article, article_problems = read_text(article_file, article_shown, MAX_ARTICLE_BYTES)
    problems += facts_problems + article_problems
    if article is not None and not article.strip():
        problems.append(Problem(article_shown, 1, 1, ERROR, "article is empty"))
        article = None
    if node is not None and article is not None:
        return RawStory(folder.name, facts_shown, article_shown, node, article)
    return None


def _load_shared(content: Path, root: Path, problems: list[Problem], files: list[str]) -> list[RawShared]:
    """The files of content/_shared/ that exist, parsed; problems and files read are appended to the lists."""
    shared_dir, shared = content / "_shared", []
    for name in sorted(SHARED_FILES):
        path, shown = shared_dir / name, _shown(shared_dir / name, root)
        try:
            refused = link_problem(shared_dir, content, _shown(shared_dir, root)) or link_problem(path, content, shown)
            kind = "" if refused else _not_a_file(path)
        except OSError as exc:  # _shared/ unreadable, or not a folder
            problems.append(Problem(shown, 0, 0, ERROR, f"cannot read file: {exc.strerror or exc}"))
            continue
        if refused or kind:
            problems.append(refused or _not_a_file_problem(shown, kind))
        elif path.is_file():
            files.append(str(path))
            node, shared_problems = _parse_yaml(path, shown)
            problems += shared_problems
            if node is not None:
                shared.append(RawShared(name, shown, node))
    return shared


def load_content(content_dir: os.PathLike | str) -> RawContent:
    """Every story folder and _shared file under content_dir, parsed but not yet validated."""
    content = Path(content_dir).resolve()
    root = content.parent
    problems: list[Problem] = []
    stories: list[RawStory] = []
    files: list[str] = []
    owners: dict[str, str] = {}
    slugs: list[str] = []
    if not content.is_dir():
        return RawContent((), (), (Problem(_shown(content, root), 0, 0, ERROR, "content folder not found"),), ())
    # Folders, and links that lead nowhere (they may have been story folders: say so, never skip them silently).
    for folder in sorted(p for p in content.iterdir() if p.is_dir() or p.is_symlink() and not p.exists()):
        if folder.name.startswith("_") or folder.name.startswith("."):
            continue
        try:
            story = _read_story_folder(folder, root, problems, files, owners, slugs)
        except OSError as exc:  # an unreadable folder: say which, never a traceback
            problems.append(Problem(_shown(folder, root), 0, 0, ERROR, f"cannot read folder: {exc.strerror or exc}",
                                    fix="check the folder's permissions"))
            continue
        if story is not None:
            stories.append(story)
    shared = _load_shared(content, root, problems, files)
    return RawContent(tuple(stories), tuple(shared), tuple(problems), tuple(files), owners, tuple(slugs))
