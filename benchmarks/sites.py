"""MkDocs projects for one content folder, the builders that build them, and what the built site weighs.

Two projects share one theme setup, so that the only difference between
their builds is the explainer plugin:

- `plugin/`: a hand-written home page; the plugin generates every other page
  from the content folder, as in the real site.
- `plain/`: the same pages, rendered beforehand by `python -m generator render`,
  as plain docs, with the plugin's stylesheet, script and templates copied in
  by configuration instead of by the plugin.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(os.environ.get("BENCH_VENV_BIN", "/work/main/.venv/bin"))
ZENSICAL = Path(os.environ.get("BENCH_ZENSICAL", "/tmp/zensical/bin/zensical"))
ASSETS = ROOT / "generator" / "assets"
THEME = ROOT / "generator" / "theme"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}  # the worktree's generator

HOME = "# Desk benchmark\n\nThe newest stories:\n\n<!-- explainer:stories -->\n"
COMMON = f"""site_name: Desk benchmark
theme:
  name: material
  font: false
markdown_extensions:
  - attr_list
  - toc:
      permalink: true
nav:
  - Home: index.md
  - Stories: stories/index.md
  - Actors: actors/index.md
  - Glossary: glossary.md
  - Places: places.md
"""
PLUGIN = COMMON + "plugins:\n  - search\n  - explainer:\n      content: {content}\n"
PLAIN = COMMON.replace("  font: false\n", f"  font: false\n  custom_dir: {THEME}\n") + """plugins:
  - search
extra_css: [assets/explainer/explainer.css]
extra_javascript: [assets/explainer/explainer.js]
not_in_nav: |
  /stories/
  /actors/
"""
# Zensical renders with its own templates: Material's Jinja2 overrides are left out.
ZENSICAL_CONFIG = PLAIN.replace(f"  custom_dir: {THEME}\n", "") + "site_dir: site-zensical\n"


def run_timed(command: list[str], cwd: Path, timeout: float = 900, stdout: Path | None = None) -> dict:
    """Run a child; its wall time, its own peak RSS (os.wait4, so per child) and its exit code.

    Its output goes to cwd/child.log, or its standard output to `stdout`.
    """
    start = time.perf_counter()
    with open(cwd / "child.log", "ab") as log, open(stdout or os.devnull, "wb") as out:
        child = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=out if stdout else log, stderr=log,
                                 start_new_session=True)
        try:
            _, status, usage = _wait4(child, timeout)
        finally:
            if child.returncode is None:
                child.kill()
                child.wait()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "max_rss": usage.ru_maxrss * 1024, "rc": os.waitstatus_to_exitcode(status)}


def _wait4(child: subprocess.Popen, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return pid, status, usage
        time.sleep(0.02)
    raise TimeoutError(f"{child.args} ran over {timeout} s")


def write_plugin_project(content: Path, root: Path) -> Path:
    plugin = root / "plugin"
    (plugin / "docs").mkdir(parents=True)
    (plugin / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    (plugin / "mkdocs.yml").write_text(PLUGIN.format(content=content.resolve()), encoding="utf-8")
    return plugin


def write_projects(content: Path, root: Path) -> dict:
    """plugin/ and plain/ under root; renders the pages for plain/ (timed: it is the core plus writing)."""
    plugin, plain = write_plugin_project(content, root), root / "plain"
    (plain / "docs").mkdir(parents=True)
    (plain / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    (plain / "mkdocs.yml").write_text(PLAIN, encoding="utf-8")
    (plain / "zensical.yml").write_text(ZENSICAL_CONFIG, encoding="utf-8")
    # render writes docs/ (pages and assets) into the project and keeps its mkdocs.yml and home page.
    render = run_timed([str(VENV_BIN / "python"), "-m", "generator", "render", str(content), "--out", ".",
                        "--directory-urls"], plain)
    if render["rc"] != 0:
        raise RuntimeError(f"render failed: see {plain / 'child.log'}")
    return {"plugin": plugin, "plain": plain, "render": render}


BUILDERS = {  # name -> (project, command); each writes its own site dir
    "mkdocs_plugin": ("plugin", [str(VENV_BIN / "mkdocs"), "build", "-q", "-f", "mkdocs.yml", "-d", "site"]),
    "mkdocs_plain": ("plain", [str(VENV_BIN / "mkdocs"), "build", "-q", "-f", "mkdocs.yml", "-d", "site"]),
    "properdocs_plain": ("plain", [str(VENV_BIN / "properdocs"), "build", "-q", "-f", "mkdocs.yml",
                                   "-d", "site-properdocs"]),
    "zensical_plain": ("plain", [str(ZENSICAL), "build", "--clean", "-f", "zensical.yml"]),
}


def available(builder: str) -> bool:
    return Path(BUILDERS[builder][1][0]).exists()


def build(builder: str, projects: dict) -> dict:
    project, command = BUILDERS[builder]
    return run_timed(command, projects[project])


def weights(site: Path) -> dict:
    """The largest HTML page, the largest story page, and the search index raw and gzipped."""
    pages = sorted((p.stat().st_size, p) for p in site.rglob("*.html"))
    stories = [(size, p) for size, p in pages if p.parent.parent.name == "stories"]
    index = site / "search" / "search_index.json"
    raw = index.read_bytes() if index.exists() else b""
    rel = lambda p: str(p.relative_to(site))  # noqa: E731
    return {
        "largest_page": [rel(pages[-1][1]), pages[-1][0]],
        "largest_story_page": [rel(stories[-1][1]), stories[-1][0]] if stories else None,
        "pages_over_250kb": sum(1 for size, _ in pages if size > 250_000),
        "largest_pages": [[rel(p), size] for size, p in pages[-20:][::-1]],
        "html_pages": len(pages),
        "search_index": len(raw),
        "search_index_gzip": len(gzip.compress(raw, 6)),
    }
