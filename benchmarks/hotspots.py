"""Where the time goes: cProfile of `build_site` and of `mkdocs build` with the plugin, by cumulative time.

    python benchmarks/hotspots.py [STORIES] [--top 30]

Writes the synthetic desk (corpus.py) in a temporary folder and prints both
profiles. The plugin build's profile is the whole `mkdocs build` process, so
MkDocs, Material and Python-Markdown show beside the generator.
"""

from __future__ import annotations

import argparse
import io
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sites  # noqa: E402
from corpus import write_corpus  # noqa: E402

CORE = Path(__file__).resolve().parent / "core.py"


def top(profile_file: Path, count: int) -> str:
    out = io.StringIO()
    pstats.Stats(str(profile_file), stream=out).strip_dirs().sort_stats("cumulative").print_stats(count)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=int, nargs="?", default=1000)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    python = str(sites.VENV_BIN / "python")
    with tempfile.TemporaryDirectory(prefix="desk-profile-") as tmp:
        work = Path(tmp)
        content = write_corpus(args.stories, work / "content")
        core = sites.run_timed([python, str(CORE), str(content), "--profile", str(args.top)], work,
                               stdout=work / "core.txt")
        print(f"## build_site, {args.stories} stories ({core['seconds']:.1f} s under cProfile)\n")
        print((work / "core.txt").read_text())
        plugin = sites.write_plugin_project(content, work)
        command = [python, "-m", "cProfile", "-o", str(work / "plugin.prof"), "-m", "mkdocs", "build", "-q", "-f",
                   "mkdocs.yml", "-d", "site"]
        build = sites.run_timed(command, plugin)
        print(f"## mkdocs build with the plugin, {args.stories} stories ({build['seconds']:.1f} s under cProfile)\n")
        print(top(work / "plugin.prof", args.top))


if __name__ == "__main__":
    main()
