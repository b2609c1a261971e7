"""The repository `explainer init` writes for a newsroom: real files under files/, copied with a few names filled in.

The starter is kept as files, not as strings in code, so that each one can
be read, linted and built as what it is (the tests build it with MkDocs and
lint its workflow). A few names cannot be stored as they are written:

- files and folders starting with a dot are stored as `dot-<name>`, so that
  packaging globs, which skip dotfiles, ship them;
- the sample story's folder is stored as `__slug__`;
- `__SLUG__` and `__REQUIREMENT__` inside files are the sample's slug and
  the pip requirement of the running version, so the new repository
  installs the generator that wrote it.
"""

from __future__ import annotations

from pathlib import Path

FILES = Path(__file__).parent / "files"
SAMPLE_SLUG = "tool-library-2026"
PACKAGE = "explainer-generator"


def requirement(version: str) -> str:
    """What the new repository installs: the running version, or the latest when it is not known."""
    return PACKAGE if version == "unknown" else f"{PACKAGE}=={version}"


def destination(stored: Path) -> Path:
    """Where a stored starter file goes in the new repository (relative to it)."""
    parts = [f".{part[len('dot-'):]}" if part.startswith("dot-") else part for part in stored.parts]
    return Path(*(SAMPLE_SLUG if part == "__slug__" else part for part in parts))


def starter_files(version: str, pinned: str | None = None) -> dict[Path, str]:
    """Every file of the starter: its path in the new repository -> its text, names filled in.

    `pinned` replaces the pip requirement (a git URL or a wheel's address, while the
    package is not on PyPI, or a newsroom's own mirror).
    """
    filled, wanted = {}, pinned or requirement(version)
    for stored in sorted(p for p in FILES.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        text = stored.read_text(encoding="utf-8")
        text = text.replace("__SLUG__", SAMPLE_SLUG).replace("__REQUIREMENT__", wanted)
        filled[destination(stored.relative_to(FILES))] = text
    return filled


def write_starter(target: Path, version: str, extra: dict[str, str] | None = None,
                  pinned: str | None = None) -> list[Path]:
    """Write the starter (and `extra` files, path -> text) into target, which the caller found empty."""
    files = starter_files(version, pinned) | {Path(name): text for name, text in (extra or {}).items()}
    written = []
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written
