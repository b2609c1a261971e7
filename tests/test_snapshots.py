"""Golden snapshots of the rendered Markdown: any change to the output shows up as a diff.

Refresh them after an intended change with:  python -m pytest tests/test_snapshots.py --update-snapshots
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from generator.build import build_site

SNAPSHOTS = Path(__file__).parent / "snapshots"
STORY = "harbour-library-2026"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    content = tmp_path_factory.mktemp("snap") / "content"
    shutil.copytree(ROOT / "content" / STORY, content / STORY)
    result = build_site(content)
    assert result.ok, [p.format() for p in result.errors]
    return result.pages


def test_rendered_pages_match_their_snapshots(pages, request):
    update = request.config.getoption("--update-snapshots")
    if update:
        shutil.rmtree(SNAPSHOTS, ignore_errors=True)
    mismatched = []
    for path, markdown in pages.items():
        snapshot = SNAPSHOTS / path
        if update:
            snapshot.parent.mkdir(parents=True, exist_ok=True)
            snapshot.write_text(markdown, encoding="utf-8")
        elif not snapshot.is_file() or snapshot.read_text(encoding="utf-8") != markdown:
            mismatched.append(path)
    expected = sorted(p.relative_to(SNAPSHOTS).as_posix() for p in SNAPSHOTS.rglob("*.md"))
    assert not mismatched, f"output changed for {mismatched}; if intended, rerun with --update-snapshots"
    assert expected == sorted(pages), "pages were added or removed; if intended, rerun with --update-snapshots"


def _rendered_in_a_process(out: Path, hash_seed: str) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    command = [sys.executable, "-m", "generator", "render", str(ROOT / "content"), "--out", str(out)]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_processes_with_different_hash_seeds_render_identical_pages(tmp_path):
    """Nothing emitted depends on set or dict order that varies between runs: snapshots and diffs stay stable."""
    first = _rendered_in_a_process(tmp_path / "a", "1")
    second = _rendered_in_a_process(tmp_path / "b", "4242")
    assert first and first == second
