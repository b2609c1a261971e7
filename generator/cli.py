"""Command line: `python -m generator check [CONTENT_DIR]`, `schema`, `render`.

check   validate every story; print file:line:col: severity: message lines
        (and GitHub Actions annotations when GITHUB_ACTIONS is set); exit 1
        on errors.
schema  write (or with --check, compare) the shipped JSON Schema.
render  write the generated Markdown pages to a folder, for another builder
        or for reading the output without MkDocs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .build import build_site
from .problems import ERROR, WARNING
from .spec import json_schema

SCHEMA_PATH = Path(__file__).parent / "schema" / "facts.schema.json"


def schema_text() -> str:
    """The JSON Schema as shipped in schema/facts.schema.json, so writing and --check agree byte for byte."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def _check(args) -> int:
    """`check`: print every problem (and GitHub annotations in Actions), then a summary; 1 on errors."""
    result = build_site(args.content)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in result.problems:
        print(problem.format())
        if annotate and problem.severity in (ERROR, WARNING):
            print(problem.github_annotation())
    errors = len(result.errors)
    warnings = sum(1 for p in result.problems if p.severity == WARNING)
    content = Path(args.content)
    stories = (sum(1 for p in content.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
               if content.is_dir() else 0)
    print(f"{stories} stories checked: {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def _schema(args) -> int:
    """`schema`: write the shipped JSON Schema, or with --check fail when it is out of date."""
    if args.check:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != schema_text():
            print(f"{SCHEMA_PATH} is out of date: run python -m generator schema", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


def _render(args) -> int:
    """`render`: write every generated page under --out, unless the content has errors."""
    result = build_site(args.content)
    for problem in result.problems:
        print(problem.format())
    if result.errors:
        return 1
    out = Path(args.out)
    for path, markdown in result.pages.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown, encoding="utf-8")
    print(f"wrote {len(result.pages)} pages to {out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; the exit status is what the command returns."""
    parser = argparse.ArgumentParser(prog="python -m generator", description="Explainer site generator")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the stories in a content folder")
    check.add_argument("content", nargs="?", default="content")
    check.set_defaults(run=_check)
    schema = commands.add_parser("schema", help="write the fact sheet's JSON Schema")
    schema.add_argument("--check", action="store_true", help="fail if the shipped schema is out of date")
    schema.set_defaults(run=_schema)
    render = commands.add_parser("render", help="write the generated Markdown pages to a folder")
    render.add_argument("content", nargs="?", default="content")
    render.add_argument("--out", default="build/pages")
    render.set_defaults(run=_render)
    args = parser.parse_args(argv)
    return args.run(args)
