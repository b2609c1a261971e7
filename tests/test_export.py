"""`explainer render --out DIR`: a whole project that builders without the plugin build with no broken link.

Plain MkDocs and ProperDocs build it strictly here; Zensical (0.0.73, which
runs no MkDocs plugin) where its command is installed (ZENSICAL, or on PATH):
it is kept out of the shared environment, as its dependencies are its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from linkcheck import broken_links

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def render(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "render", str(ROOT / "content"), "--out", str(out),
                           *extra], capture_output=True, text=True, env=ENV, timeout=300)


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export")
    done = render(out, "--field-reference", "--site-name", "Desk")
    assert done.returncode == 0, done.stderr
    return out


def test_the_export_holds_pages_home_assets_templates_and_its_own_mkdocs_yml(export):
    for path in ("mkdocs.yml", "docs/index.md", "docs/stories/index.md", "docs/stories/isis-convoy-2017.md",
                 "docs/reference.md", "docs/assets/explainer/explainer.css", "docs/assets/explainer/explainer.js",
                 "overrides/main.html", "overrides/404.html", "overrides/partials/source.html"):
        assert (export / path).is_file(), path
    home = (export / "docs" / "index.md").read_text(encoding="utf-8")
    assert 'href="stories/isis-convoy-2017.html"' in home and "<!-- explainer:stories -->" not in home
    assert 'site_name: "Desk"' in (export / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_field_reference_is_exported_only_when_asked(tmp_path):
    assert render(tmp_path).returncode == 0
    assert not (tmp_path / "docs" / "reference.md").exists()
    assert "reference.md" not in (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")


def test_render_keeps_a_mkdocs_yml_and_a_home_page_it_did_not_write(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Ours\n", encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Ours\n", encoding="utf-8")
    assert render(tmp_path).returncode == 0
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Ours\n"
    assert (tmp_path / "docs" / "index.md").read_text(encoding="utf-8") == "# Ours\n"


def _build(export: Path, command: list[str], site: str) -> Path:
    project = export.parent / f"{export.name}-{site}"
    shutil.copytree(export, project)
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=ENV, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


@pytest.mark.parametrize("builder", ["mkdocs", "properdocs"])
def test_the_export_builds_strictly_without_the_plugin_and_no_link_is_broken(export, builder):
    site = _build(export, [sys.executable, "-m", builder, "build", "--strict", "-f", "mkdocs.yml"], builder)
    assert (site / "stories" / "isis-convoy-2017.html").is_file()
    assert len(list(site.rglob("*.html"))) > 20
    assert broken_links(site) == []
    assert "explainer.css" in (site / "index.html").read_text(encoding="utf-8")


def test_the_export_builds_with_zensical_and_no_link_is_broken(export):
    zensical = os.environ.get("ZENSICAL") or shutil.which("zensical")
    if not zensical:
        pytest.skip("Zensical is not installed: pip install zensical==0.0.73 in its own venv, then set ZENSICAL")
    site = _build(export, [zensical, "build", "-f", "mkdocs.yml"], "zensical")
    assert (site / "stories" / "isis-convoy-2017.html").is_file()
    assert broken_links(site) == []


def test_the_link_checker_finds_a_broken_link_and_a_missing_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="x"><a href="../b/">b</a> <a href="#y">y</a> '
                                               '<a href="#x">x</a> <a href="https://example.org/">e</a></p>')
    assert broken_links(tmp_path) == ["a/index.html -> ../b/", "a/index.html -> #y"]
