"""Shared fixtures: real MkDocs builds of real content in temporary folders.

Two kinds of site: the repository itself (`site`, `project`), for what a
reader of this desk gets, and tiny sites written by a test (`write_story`,
`tiny_project`, `build_tiny`), built in-process by the real MkDocs in a
fraction of a second, for behaviour that needs one story, not the desk.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import jinja2
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]

# A site of our own, as small as a newsroom's could be; the repository's validation settings.
TINY_CONFIG = """\
site_name: Tiny desk
site_url: https://tiny.example.org/
theme: {name: material, font: false}
markdown_extensions: [attr_list, {toc: {permalink: true}}]
plugins: [search, {explainer: {content: content}}]
validation: {links: {not_found: warn, anchors: warn, unrecognized_links: warn}}
"""
TINY_HOME = "# Tiny desk\n\n<!-- explainer:stories -->\n"

# One short story that builds strictly: the starting point that tests change one thing in.
CONVOY_ARTICLE = (
    "Hezbollah fighters escorted the convoy out of the Qalamoun mountains on Monday. "
    "The convoy included 308 militants and seven buses of civilians.\n\n"
    '"The road is open," said a Hezbollah commander.\n'
)
CONVOY_FACTS = """\
story:
  title: Convoy leaves the border
  date: 2017-08-30
  summary: A convoy of militants left the Lebanon-Syria border.

actors:
  - id: hezbollah
    name: Hezbollah
    kind: armed-group
    summary: A Lebanese Shia party and militia.

figures:
  - id: militants-in-convoy
    value: 308
    label: Militants in the convoy
    excerpt: "included 308 militants"
"""


def write_story(content: Path, slug: str, facts: bytes | str, article: bytes | str = CONVOY_ARTICLE) -> Path:
    """One story folder, written from text or raw bytes; returns the content folder."""
    folder = content / slug
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (("facts.yml", facts), ("article.md", article)):
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return content


def tiny_project(root: Path, stories: dict[str, tuple[str, str]], shared: dict[str, str] | None = None) -> Path:
    """A whole MkDocs project in root: mkdocs.yml, a home page, and content/ with these stories (slug -> facts, article)."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(TINY_CONFIG, encoding="utf-8")
    (root / "docs" / "index.md").write_text(TINY_HOME, encoding="utf-8")
    for slug, (facts, article) in stories.items():
        write_story(root / "content", slug, facts, article)
    for name, text in (shared or {}).items():
        (root / "content" / "_shared").mkdir(parents=True, exist_ok=True)
        (root / "content" / "_shared" / name).write_text(text, encoding="utf-8")
    return root


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


class InProcessBuild:
    """What `mkdocs build` printed and returned, for a build run in this process."""

    def __init__(self, returncode: int, stderr: str):
        self.returncode, self.stderr = returncode, stderr


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


_TEMPLATES = jinja2.FileSystemBytecodeCache()  # Material's templates, compiled once per machine, not once per test


def build_tiny(project: Path, strict: bool = True) -> "BuiltSite":
    """`mkdocs build [--strict]` of a project, in this process: the real MkDocs, without starting Python again.

    Material's templates take most of a build to compile, so they go through
    Jinja's bytecode cache; what MkDocs renders is the same.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException
    from mkdocs.theme import Theme

    lines, logger = _Lines(), logging.getLogger("mkdocs")
    logger.addHandler(lines)
    get_env = Theme.get_env
    Theme.get_env = lambda theme: _with_cache(get_env(theme))
    try:
        build(load_config(str(project / "mkdocs.yml"), strict=strict))
        code = 0
    except MkDocsException as error:  # PluginError, Abort (warnings under --strict), BuildError
        lines.lines.append(f"ERROR: {error}")
        code = 1
    finally:
        Theme.get_env = get_env
        logger.removeHandler(lines)
    return BuiltSite(project, InProcessBuild(code, "\n".join(lines.lines)))


def _with_cache(env: jinja2.Environment) -> jinja2.Environment:
    env.bytecode_cache = _TEMPLATES
    return env


def pytest_addoption(parser):
    parser.addoption("--update-snapshots", action="store_true", help="rewrite tests/snapshots from the current output")


class BuiltSite:
    """A site MkDocs wrote, read back as HTML."""

    def __init__(self, project: Path, result: "subprocess.CompletedProcess | InProcessBuild"):
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


@contextlib.contextmanager
def serving(project: Path):
    """`mkdocs serve --livereload` (the README's command) on a project, while the block runs: its base URL."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with (project / "serve.log").open("w") as log:  # a file, not a pipe nobody reads, which would fill and stall it
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                                   cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            yield f"http://127.0.0.1:{port}/"
        finally:
            process.terminate()
            process.wait(timeout=20)


@pytest.fixture
def server(project: Path):
    """The server on a copy of the project: (project, base URL)."""
    with serving(project) as base:
        yield project, base


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
