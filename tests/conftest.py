"""Shared fixtures: real MkDocs builds of real content in temporary folders."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def wait_for(url: str, predicate, seconds: float = 60) -> str:
    deadline, body = time.monotonic() + seconds, ""
    while time.monotonic() < deadline:
        try:
            status, body = fetch(url)
            if status == 200 and predicate(body):
                return body
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never satisfied the condition; last body starts {body[:300]!r}")


@pytest.fixture
def server(project: Path):
    """`mkdocs serve --livereload` (the README's command) on a copy of the project: (project, base URL)."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    log = (project / "serve.log").open("w")  # a file, not a pipe nobody reads, which would fill and stall the server
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                               cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        yield project, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> BuiltSite:
    """A story with attack payloads in every field and in its article, built (not strictly: its raw HTML draws warnings)."""
    import hostile_content

    project = tmp_path_factory.mktemp("hostile")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    story = project / "content" / "hostile"
    story.mkdir(parents=True)
    (story / "article.md").write_text(hostile_content.ARTICLE, encoding="utf-8")
    (story / "facts.yml").write_text(hostile_content.FACTS, encoding="utf-8")
    # Not --strict: the article's raw HTML rightly draws warnings; we want the pages.
    result = mkdocs_build(project, strict=False)
    assert result.returncode == 0, result.stderr
    return BuiltSite(project, result)
