"""Time the core (`build_site`) on a content folder, in total and per stage: one run, figures as JSON.

    python benchmarks/core.py CONTENT_DIR [--profile TOP]

desk.py runs this in a fresh child process for every run, so that no cache
survives from one run to the next and the child's peak memory is the core's.
With --profile, it prints the TOP functions by cumulative time instead.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the worktree's generator, not an installed one

import generator.build as build  # noqa: E402
import generator.rules as rules  # noqa: E402
import generator.rules.lint as lint  # noqa: E402
import generator.rules.registry as registry  # noqa: E402
import generator.steps as steps  # noqa: E402

# Stage -> (module or class, function) as generator/build.py, steps.py and rules/__init__.py look them up.
# THIS MUST FOLLOW THE PIPELINE in build.py: when a stage function is renamed or moved, update this map;
# one that is no longer there makes core_stage_times fall back to cProfile, per module.
# "rules" includes "lint", which runs inside rules.check_story.
STAGES = {
    "load": [(build, "load_content")],
    "validate": [(build, "read_all"), (registry, "assemble")],
    "link": [(steps.Steps, "link")],
    "rules": [(steps.Steps, "check")],
    "lint": [(lint, "suggest_names")],
    "render": [(build, "index_site"), (build, "render")],
}


@contextmanager
def _timed_functions(totals: dict[str, float]):
    """Wrap each stage function where build.py looks it up; restore them afterwards."""
    saved = []
    for stage, functions in STAGES.items():
        for owner, attr in functions:
            original = getattr(owner, attr)

            def timed(*args, _original=original, _stage=stage, **kwargs):
                start = time.perf_counter()
                try:
                    return _original(*args, **kwargs)
                finally:
                    totals[_stage] += time.perf_counter() - start

            saved.append((owner, attr, original))
            setattr(owner, attr, timed)
    try:
        yield
    finally:
        for owner, attr, original in saved:
            setattr(owner, attr, original)


def _module_self_times(profile: cProfile.Profile) -> dict[str, float]:
    """Seconds spent in each generator.<module>'s own code (cProfile tottime), for when stages cannot be timed."""
    totals: dict[str, float] = defaultdict(float)
    for (file, _line, _name), (_cc, _nc, tottime, _ct, _callers) in pstats.Stats(profile).stats.items():
        path = Path(file)
        if path.parent == ROOT / "generator":
            totals[f"generator.{path.stem}"] += tottime
    return dict(totals)


def core_stage_times(content_dir) -> tuple[object, float, dict[str, float], str]:
    """build_site once: (result, total seconds, seconds per stage, how stages were measured)."""
    if all(hasattr(owner, attr) for functions in STAGES.values() for owner, attr in functions):
        totals: dict[str, float] = defaultdict(float)
        with _timed_functions(totals):
            start = time.perf_counter()
            result = build.build_site(content_dir)
            seconds = time.perf_counter() - start
        return result, seconds, dict(totals), "functions"
    profile = cProfile.Profile()
    start = time.perf_counter()
    result = profile.runcall(build.build_site, content_dir)
    seconds = time.perf_counter() - start  # inflated by the profiler; the stages are self times per module
    return result, seconds, _module_self_times(profile), "cprofile-modules"


def profile_text(content_dir, top: int) -> str:
    profile = cProfile.Profile()
    profile.runcall(build.build_site, content_dir)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("--profile", type=int, metavar="TOP")
    args = parser.parse_args()
    if args.profile:
        print(profile_text(args.content, args.profile))
        return
    result, seconds, stages, method = core_stage_times(args.content)
    sizes = sorted((len(md.encode()), path) for path, md in result.pages.items())
    print(json.dumps({
        "seconds": seconds, "stages": stages, "stage_method": method, "pages": len(result.pages),
        "errors": len(result.errors), "problems": len(result.problems),
        "largest_markdown": [sizes[-1][1], sizes[-1][0]] if sizes else None,
        "max_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }))


if __name__ == "__main__":
    main()
