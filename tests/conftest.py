"""Shared fixtures: real MkDocs builds of real content in temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


def copy_project(target: Path, content: Path | None = None) -> Path:
    """A copy of mkdocs.yml, docs/ and content/ (or another content folder) in target."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", target / "docs")
    shutil.copytree(content or ROOT / "content", target / "content")
    return target


def mkdocs_build(project: Path, *extra: str, strict: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [*MKDOCS, "build", *(["--strict"] if strict else []), *extra]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)


def pytest_addoption(parser):
    parser.addoption("--update-snapshots", action="store_true", help="rewrite tests/snapshots from the current output")


class BuiltSite:
    """A site MkDocs wrote, read back as HTML."""

    def __init__(self, project: Path, result: subprocess.CompletedProcess):
        self.project, self.result, self.root = project, result, project / "site"

    def path(self, url: str) -> Path:
        path = self.root / url.lstrip("/")
        return path / "index.html" if url.endswith("/") or path.is_dir() else path

    def html(self, url: str) -> str:
        return self.path(url).read_text(encoding="utf-8")

    def soup(self, url: str) -> BeautifulSoup:
        return BeautifulSoup(self.html(url), "html.parser")

    def pages(self) -> list[Path]:
        return sorted(self.root.rglob("*.html"))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    """The real project (its content, docs and mkdocs.yml) built once with `mkdocs build --strict`."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return BuiltSite(project, result)


@pytest.fixture
def project(tmp_path) -> Path:
    """A fresh copy of the project to break or extend."""
    return copy_project(tmp_path)
