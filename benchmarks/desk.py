"""The desk benchmark of issue 13: what 1, 10, 100 and 1,000 stories cost an editor and a reader.

    python benchmarks/desk.py [--sizes 1 10 100 1000] [--runs 3] [--saves 5] [--json FILE]

For each size it writes a synthetic desk (corpus.py) in a temporary folder
and measures, each over several runs (median and min-max):

- the core, `build_site`, in total and per stage (core.py), in a fresh child each run;
- `mkdocs build` with the plugin against `mkdocs build` of the same rendered
  Markdown without it, and ProperDocs and Zensical on the rendered Markdown
  (sites.py), with each child's peak memory;
- save -> updated page under `mkdocs serve --livereload`, and a broken save ->
  error shown (serve.py), for the --serve-sizes;
- the largest page, the search index, and a reader's first load of the
  largest story page in headless Chromium, gzipped (browser.py).

It prints Markdown tables (figures for targets of issue 13 are marked there)
and, with --json, writes every raw figure. It only talks to 127.0.0.1, and
every child and server has a time limit. A measurement that fails is
reported as failed and the rest go on.
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import browser  # noqa: E402
import serve  # noqa: E402
import sites  # noqa: E402
from corpus import write_corpus  # noqa: E402

CORE = Path(__file__).resolve().parent / "core.py"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def attempt(name: str, function, *args):
    """function(*args), or {"error": ...} when it fails, so that one failure does not stop the benchmark."""
    try:
        return function(*args)
    except Exception as exc:  # noqa: BLE001 - reported, not hidden
        log(f"  {name} failed: {exc!r}")
        return {"error": f"{exc!r}", "traceback": traceback.format_exc(limit=3)}


def run_core(content: Path, work: Path) -> dict:
    output = work / "core.json"
    child = sites.run_timed([str(sites.VENV_BIN / "python"), str(CORE), str(content)], work, stdout=output)
    if child["rc"] != 0:
        raise RuntimeError(f"core.py failed: see {work / 'child.log'}")
    return {**json.loads(output.read_text()), "child": child}


def measure_builds(projects: dict, runs: int) -> dict:
    """Every available builder, interleaved run by run, so that drift of the machine hits them alike."""
    builds: dict = {name: [] for name in sites.BUILDERS if sites.available(name)}
    for run in range(runs):
        for name in builds:
            log(f"  {name} run {run + 1}")
            result = sites.build(name, projects)
            if result["rc"] != 0:  # the last line of its output says why
                output = (projects[sites.BUILDERS[name][0]] / "child.log").read_text("utf-8", "replace")
                result = {**result, "error": f"exit {result['rc']}", "said": output.strip().splitlines()[-1][:300]}
            builds[name].append(result)
    for name in sites.BUILDERS:
        if name not in builds:
            builds[name] = [{"error": f"{sites.BUILDERS[name][1][0]} is not installed"}]
    return builds


def measure_size(stories: int, args, work: Path) -> dict:
    log(f"{stories} stories: writing the desk")
    content = write_corpus(stories, work / "content", args.seed)
    figures: dict = {"stories": stories}
    figures["core"] = []
    for run in range(args.runs):
        log(f"  core run {run + 1}")
        figures["core"].append(attempt("core", run_core, content, work))
    projects = sites.write_projects(content, work)
    figures["render"] = projects["render"]
    figures["builds"] = measure_builds(projects, args.runs)
    site = projects["plugin"] / "site"
    figures["weights"] = attempt("weights", sites.weights, site)
    story = (figures["weights"].get("largest_story_page") or ["stories/desk-0000/index.html"])[0]
    log("  first load in Chromium")
    figures["first_load"] = attempt("first load", browser.first_load, site, story.removesuffix("index.html"))
    if stories in args.serve_sizes:
        slug = f"desk-{stories // 2:04d}"
        log(f"  serve: {args.saves} saves of {slug}")
        figures["serve"] = attempt("serve", serve.measure_saves, projects["plugin"], content / slug / "facts.yml",
                                   slug, args.saves)
    return figures


# -- report -------------------------------------------------------------------------------------------------------
def spread(values: list[float]) -> dict | None:
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def shown(stat: dict | None, unit: float = 1, digits: int = 1) -> str:
    if not stat:
        return "n/a"
    median, low, high = (stat[k] / unit for k in ("median", "min", "max"))
    return f"{median:.{digits}f}" if stat["n"] == 1 else f"{median:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


def summarize(figures: dict) -> dict:
    """The medians and spreads of one size's runs."""
    ok = lambda runs: [r for r in runs if "error" not in r]  # noqa: E731
    core = ok(figures["core"])
    stage_names = core[0]["stages"] if core else {}
    summary = {
        "pages": core[0]["pages"] if core else None,
        "core": spread([r["seconds"] for r in core]),
        "core_rss": spread([r["child"]["max_rss"] for r in core]),
        "stages": {stage: spread([r["stages"].get(stage) for r in core]) for stage in stage_names},
        "builds": {name: spread([r["seconds"] for r in ok(runs)]) for name, runs in figures["builds"].items()},
        "rss": {name: spread([r["max_rss"] for r in ok(runs)]) for name, runs in figures["builds"].items()},
    }
    plugin, plain = summary["builds"]["mkdocs_plugin"], summary["builds"]["mkdocs_plain"]
    summary["ratio"] = plugin["median"] / plain["median"] if plugin and plain else None
    cached = summary["builds"].get("mkdocs_plugin_cached")
    summary["cached_ratio"] = cached["median"] / plain["median"] if cached and plain else None
    serving = figures.get("serve") or {}
    summary["saves"] = spread(serving.get("saves", []))
    summary["broken"] = spread([serving["broken"]] if "broken" in serving else [])
    summary["serve_rss"] = spread([serving.get("max_rss")])
    return summary


def table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows[1:]])


TIMES = ["stories", "pages", "core `build_site`", "`mkdocs build` + plugin", "`mkdocs build` plain",
         "ratio (target ≤ 1.05)", "+ plugin, unchanged desk (cache)", "its ratio", "ProperDocs plain",
         "Zensical plain", "save → page (target ≤ 1 s)",
         "broken save → error"]
WEIGHTS = ["stories", "peak RSS core", "peak RSS build + plugin", "peak RSS plain",
           "largest page (target ≤ 250 KB)", "pages > 250 KB", "search index raw / gzip",
           "first load, gzip (target ≤ 300 KB)", "peak RSS `mkdocs serve`"]


def _build_cell(result: dict, name: str) -> str:
    """The builder's spread, or why there is none (its error is in the JSON and in its child.log)."""
    stat, runs = result["summary"]["builds"].get(name), result["builds"].get(name, [])
    if stat or not runs:
        return shown(stat)
    return "not installed" if "not installed" in runs[0]["error"] else f"failed ({runs[0]['error']})"


def _time_row(result: dict) -> list[str]:
    s = result["summary"]
    return [str(result["stories"]), str(s["pages"]), shown(s["core"]), _build_cell(result, "mkdocs_plugin"),
            _build_cell(result, "mkdocs_plain"), f"{s['ratio']:.2f}" if s["ratio"] else "n/a",
            _build_cell(result, "mkdocs_plugin_cached"),
            f"{s['cached_ratio']:.2f}" if s.get("cached_ratio") else "n/a",
            _build_cell(result, "properdocs_plain"), _build_cell(result, "zensical_plain"), shown(s["saves"]),
            shown(s["broken"])]


def _weight_row(result: dict) -> list[str]:
    s, w, load = result["summary"], result["weights"], result["first_load"]
    mb = lambda stat: shown(stat, 1e6, 0) + " MB" if stat else "n/a"  # noqa: E731
    largest = index = first = "n/a"
    if "largest_page" in w:
        largest = f"`{w['largest_page'][0]}` {w['largest_page'][1] / 1e3:.0f} KB"
        index = f"{w['search_index'] / 1e6:.2f} MB / {w['search_index_gzip'] / 1e3:.0f} KB"
    if "server_bytes" in load:
        search = load["by_kind"].get("search index", 0)
        first = f"{load['server_bytes'] / 1e3:.0f} KB (search index {search / 1e3:.0f} KB)"
    return [str(result["stories"]), mb(s["core_rss"]), mb(s["rss"]["mkdocs_plugin"]), mb(s["rss"]["mkdocs_plain"]),
            largest, str(w.get("pages_over_250kb", "n/a")), index, first, mb(s.get("serve_rss"))]


def _stage_row(result: dict, names: list[str]) -> list[str]:
    method = next((r["stage_method"] for r in result["core"] if "stage_method" in r), "n/a")
    return [str(result["stories"]), method] + [shown(result["summary"]["stages"].get(k), 1, 2) for k in names]


def report(results: list[dict]) -> str:
    """Three Markdown tables: times, memory and weight, core stages."""
    names = list(next((r["summary"]["stages"] for r in results if r["summary"]["stages"]), {}))
    return "\n\n".join([
        "Seconds, median (min–max) over the runs:\n\n" + table([TIMES] + [_time_row(r) for r in results]),
        "Memory (max RSS of each child, MB) and weight (KB = 1,000 bytes):\n\n"
        + table([WEIGHTS] + [_weight_row(r) for r in results]),
        "Core stages, seconds, median (min–max):\n\n"
        + table([["stories", "how"] + names] + [_stage_row(r, names) for r in results]),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=5, help="saves under mkdocs serve, each size")
    parser.add_argument("--serve-sizes", type=int, nargs="*", default=[1, 100, 1000])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    parser.add_argument("--report", type=Path, nargs="+", metavar="JSON", help="print the tables of earlier runs")
    args = parser.parse_args()
    if args.report:
        print(report([r for file in args.report for r in json.loads(file.read_text())["results"]]))
        return
    # A terminated benchmark still stops its servers and removes its folders (their `finally` clauses run).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    results = []
    for stories in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"desk-{stories}-") as tmp:
            figures = measure_size(stories, args, Path(tmp))
        figures["summary"] = summarize(figures)
        results.append(figures)
        if args.json:  # after every size, so that a long run leaves its figures even if stopped
            args.json.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "results": results},
                                            indent=1, default=str))
    print(report(results))


if __name__ == "__main__":
    main()
