"""What one build computed, kept by content, so the next build redoes only what changed.

Every entry is keyed by a digest of all that went into it (a file's bytes, a
story's article and the site's names, the values a page read), never by a
file's name or time: an entry can only be reused for exactly the inputs that
made it, so a cached build gives the very pages a fresh build would.

`BuildCache` lives in memory, for the builds of one `mkdocs serve` session;
each build keeps only what it used, so the cache does not grow with the
session. `DiskCache` keeps a whole build's result between processes (one
`mkdocs build` after another), keyed by every input file and the
generator's own code.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

CODE_ROOT = Path(__file__).parent


def digest(*parts: Any) -> str:
    """A digest of parts (strings, bytes, or anything with a stable repr)."""
    sha = hashlib.sha1()
    for part in parts:
        sha.update(part if isinstance(part, bytes) else repr(part).encode("utf-8"))
        sha.update(b"\x00")
    return sha.hexdigest()


class BuildCache:
    """Results of earlier builds by the digest of their inputs, one table per kind of work."""

    def __init__(self):
        self._tables: dict[str, dict[str, Any]] = {}
        self._used: dict[str, set[str]] = {}
        self.hits = self.misses = 0  # for benchmarks and tests: how much work was reused

    def get(self, table: str, key: str, compute: Callable[[], Any]) -> Any:
        """The value stored under key, or compute it and store it."""
        entries = self._tables.setdefault(table, {})
        self._used.setdefault(table, set()).add(key)
        if key in entries:
            self.hits += 1
        else:
            self.misses += 1
            entries[key] = compute()
        return entries[key]

    def peek(self, table: str, key: str, default: Any = None) -> Any:
        """The value stored under key without computing it; a later `put` says whether it is kept."""
        return self._tables.get(table, {}).get(key, default)

    def put(self, table: str, key: str, value: Any) -> None:
        """Store a value computed elsewhere (a page checked against its reads)."""
        self._tables.setdefault(table, {})[key] = value
        self._used.setdefault(table, set()).add(key)

    def prune(self) -> None:
        """Forget what the last build did not use, so a long session keeps one build's worth."""
        for name, entries in self._tables.items():
            used = self._used.get(name, set())
            for key in [key for key in entries if key not in used]:
                del entries[key]
        self._used = {}


# Libraries whose output is part of ours: dates and numbers (Babel), Markdown fields, YAML reading.
OUTPUT_LIBRARIES = ("babel", "markdown", "pymdown-extensions", "pyyaml")


def code_version() -> str:
    """A digest of the generator's own files and of the libraries that shape its output.

    A cache written by other code is never read, after an upgrade of Babel or Markdown as after an edit of ours.
    """
    sha = hashlib.sha1(sys.version.encode())
    for library in OUTPUT_LIBRARIES:
        try:
            sha.update(f"{library}=={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            sha.update(f"{library} absent".encode())
    for path in sorted(CODE_ROOT.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            sha.update(path.relative_to(CODE_ROOT).as_posix().encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()


def tree_digest(folder: os.PathLike | str) -> str:
    """A digest of everything under a folder: each entry's path, kind, link target and bytes."""
    sha = hashlib.sha1(str(Path(folder).resolve()).encode())
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(dirs + names):
            path = os.path.join(root, name)
            sha.update(os.path.relpath(path, folder).encode("utf-8", "surrogateescape") + b"\x00")
            if os.path.islink(path):
                sha.update(b"link:" + os.readlink(path).encode("utf-8", "surrogateescape"))
            elif os.path.isfile(path):
                try:
                    sha.update(hashlib.sha1(Path(path).read_bytes()).digest())
                except OSError as exc:
                    sha.update(f"unreadable:{exc}".encode())
            sha.update(b"\x00")
    return sha.hexdigest()


class DiskCache:
    """One build's result in a file, reused when every input and the code are the same."""

    def __init__(self, folder: os.PathLike | str):
        self.path = Path(folder) / "build.pickle"

    def load(self, key: str) -> Any:
        """The result stored under key, or None (no file, another key, or an unreadable file)."""
        try:
            with self.path.open("rb") as file:
                stored_key, value = pickle.load(file)
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError, ImportError):
            return None
        return value if stored_key == key else None

    def save(self, key: str, value: Any) -> None:
        """Store a result, atomically: a build that stops half-way leaves the old file whole."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".build-")
            with os.fdopen(handle, "wb") as file:
                pickle.dump((key, value), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs the next build its time
