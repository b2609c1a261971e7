"""The command line, `explainer` (also `python -m generator`): check, render, schema, init.

check   validate every story; print each problem once, as text, GitHub
        workflow commands or JSON; exit 1 on errors (with --strict, on
        warnings too), like `mkdocs build --strict`.
render  write the generated Markdown pages to a folder, for another builder
        or for reading the output without MkDocs.
schema  print the fact sheet's JSON Schema, write it (--out), or compare the
        shipped copy (--check).
init    write a newsroom's repository: site, sample story, Pages workflow.

Exit status 2 is a usage error (a content folder that is not one, a folder
init must not write into), as argparse uses it: the command could not start.
Problem paths are printed relative to the working directory, so a terminal,
an editor or GitHub can open them; the core knows nothing of where we run.
`check` and `render` read the site's language as the plugin does (its
`language` option, else `theme.language`) from ./mkdocs.yml, or --language:
a French site's figures may be written in French words.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from importlib import metadata
from pathlib import Path

import yaml

from .build import build_site
from .export import CONFIG, EXPORT_LAYOUT, export_files
from .linking import LinkMentions
from .urls import Layout
from .problems import ERROR, WARNING
from .report import FORMATS, counts, escape_text, relocated, report, text_line
from .spec import SCHEMA_FILES, json_schema
from .starter import PACKAGE, write_starter

PROG = "explainer"
SCHEMA_DIR = Path(__file__).parent / "schema"  # the copies shipped in the package, read by --check only
SCHEMA_PATH = SCHEMA_DIR / "facts.schema.json"
USAGE_ERROR = 2
LANGUAGE_HELP = "the site's language, as in mkdocs.yml (default: read from ./mkdocs.yml, else en)"


def version() -> str:
    """The installed distribution's version, or "unknown" when run from a checkout that was never installed."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return "unknown"


def schema_text(name: str = "facts.schema.json") -> str:
    """One JSON Schema as shipped in schema/ (facts, or a _shared/ file's): writing and --check agree to the byte."""
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


def schema_texts() -> dict[str, str]:
    """Every schema by file name: the fact sheet's and one per _shared/ file."""
    return {name: schema_text(name) for name in SCHEMA_FILES}


def _usage_error(command: str, message: str) -> int:
    """Say why a command could not start, on stderr in argparse's words, and give its exit status."""
    print(f"{PROG} {command}: error: {message}", file=sys.stderr)
    return USAGE_ERROR


class _AnyTags(yaml.SafeLoader):
    """mkdocs.yml as data: MkDocs' own tags (!ENV, !relative, !!python/name:...) read as nothing."""


_AnyTags.add_multi_constructor("", lambda loader, suffix, node: None)


def site_language(config: Path = Path("mkdocs.yml")) -> str:
    """The language a site's pages are in, read as the plugin reads it: its `language`, else `theme.language`."""
    try:
        settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTags)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "en"
    settings = settings if isinstance(settings, dict) else {}
    plugins = settings.get("plugins") or []
    entries = plugins.items() if isinstance(plugins, dict) else [
        next(iter(p.items())) if isinstance(p, dict) and p else (p, None) for p in plugins]
    options = next((o for name, o in entries if name == "explainer" and isinstance(o, dict)), {})
    theme = settings.get("theme") if isinstance(settings.get("theme"), dict) else {}
    return str(options.get("language") or theme.get("language") or "en")


def _story_folders(content: Path) -> list[Path]:
    """The folders load reads as stories: every folder not starting with '_' or '.'."""
    return [p for p in content.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))]


def _content_fault(content: Path) -> str | None:
    """Why a path cannot be a content folder, or None: a typo must not pass as "0 stories checked"."""
    shown = escape_text(str(content))
    if not content.exists():
        return f"no content folder at '{shown}' (name the folder that holds your story folders)"
    if not content.is_dir():
        return f"'{shown}' is a file, not a content folder"
    if not _story_folders(content) and not (content / "_shared").is_dir():
        return (f"'{shown}' holds no story folder and no _shared/ folder "
                "(a story is a folder with article.md and facts.yml)")
    return None


def _check(args) -> int:
    """`check`: print every problem once in the chosen format, then the summary; 1 when the build would fail."""
    content = Path(args.content)
    fault = _content_fault(content)
    if fault:
        return _usage_error("check", fault)
    problems = relocated(build_site(content, language=args.language or site_language()).problems, content)
    form = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    for line in report(form, len(_story_folders(content)), problems):
        print(line)
    found = counts(problems)
    return 1 if found[ERROR] or (args.strict and found[WARNING]) else 0


def _schema(args) -> int:
    """`schema`: print the JSON Schema, write it to --out, or with --check fail when the shipped copy is stale."""
    if args.check:
        stale = [name for name, text in schema_texts().items()
                 if not (SCHEMA_DIR / name).exists() or (SCHEMA_DIR / name).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"{SCHEMA_DIR / name} is out of date: run {PROG} schema --out {SCHEMA_DIR}/", file=sys.stderr)
        return 1 if stale else 0
    if args.out is None:
        sys.stdout.write(schema_text())
        return 0
    out = Path(args.out)
    if out.is_dir() or args.out.endswith(("/", os.sep)):  # a folder: all four, named as the modelines expect
        out.mkdir(parents=True, exist_ok=True)
        for name, text in schema_texts().items():
            (out / name).write_text(text, encoding="utf-8")
        print(f"wrote {', '.join(SCHEMA_FILES)} to {out}", file=sys.stderr)
        return 0
    out.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _render(args) -> int:
    """`render`: write a whole project for another builder under --out, unless the content has errors.

    --out holds mkdocs.yml, docs/ (the pages, a home page listing the
    stories, our stylesheet and script) and overrides/ (our templates), so
    plain MkDocs, ProperDocs or Zensical build it with no plugin. A file it
    did not write before (a newsroom's own mkdocs.yml or home page) is kept.
    """
    layout = Layout(use_directory_urls=True) if args.directory_urls else EXPORT_LAYOUT
    result = build_site(args.content, layout, with_reference=args.field_reference,
                        link_mentions=args.link_mentions, language=args.language or site_language())
    for problem in relocated(result.problems, args.content):
        print(text_line(problem))
    if result.errors:
        return 1
    out = Path(args.out)
    previous = _previously_rendered(out)
    files = export_files(result, site_name=args.site_name)
    written = {path: text for path, text in files.items()
               if path in previous or not (out / path).exists() and path != CONFIG or path in result.pages}
    if not (out / CONFIG).exists():
        (out / CONFIG).parent.mkdir(parents=True, exist_ok=True)
        (out / CONFIG).write_text(files[CONFIG], encoding="utf-8")
    for path, text in written.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    stale = previous - set(written)
    for path in sorted(stale):  # pages of stories and actors that are gone
        (out / path).unlink(missing_ok=True)
    (out / RENDERED).write_text("".join(f"{path}\n" for path in sorted(written)), encoding="utf-8")
    print(f"wrote {len(written)} files to {out}, removed {len(stale)} stale", file=sys.stderr)
    return 0


RENDERED = ".explainer-rendered"  # the pages the last render wrote: the only files a render ever removes


def _previously_rendered(out: Path) -> set[str]:
    """Pages an earlier render wrote into out, read from its list: files of anyone else's are never touched."""
    try:
        listed = (out / RENDERED).read_text(encoding="utf-8").splitlines()
    except OSError:
        return set()
    inside = out.resolve()
    return {p for p in listed if p and not p.startswith("/") and ".." not in Path(p).parts
            and inside in (out / p).resolve().parents}


def _init(args) -> int:
    """`init`: write a newsroom's repository into an empty or missing folder; never into one holding files."""
    target = Path(args.directory)
    shown = escape_text(str(target))
    if target.exists() and not target.is_dir():
        return _usage_error("init", f"'{shown}' is a file, not a folder")
    if target.is_dir() and any(target.iterdir()):
        return _usage_error("init", f"'{shown}' is not empty: init writes a new repository into an empty folder")
    written = write_starter(target, version(), schema_texts(), args.requirement)
    print(f"wrote {len(written)} files to {shown}; the set-up commands are in {shown}/README.md")
    return 0


def _parser() -> argparse.ArgumentParser:
    """The commands and their options, as `explainer --help` lists them."""
    parser = argparse.ArgumentParser(prog=PROG, description="Explainer site generator: check, render and start sites.")
    parser.add_argument("--version", action="version", version=f"{PROG} {version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser("check", help="validate the stories in a content folder")
    check.add_argument("content", nargs="?", default="content", metavar="CONTENT")
    check.add_argument("--strict", action="store_true", help="fail on warnings too, as `mkdocs build --strict` does")
    check.add_argument("--format", choices=FORMATS, help="how to print problems (default: github in GitHub "
                                                         "Actions, text elsewhere)")
    check.add_argument("--language", metavar="LANG", help=LANGUAGE_HELP)
    check.set_defaults(run=_check)
    render = commands.add_parser("render", help="write the generated Markdown pages to a folder")
    render.add_argument("content", nargs="?", default="content", metavar="CONTENT")
    render.add_argument("--out", default="build/site", metavar="DIR",
                        help="the project to write: mkdocs.yml, docs/ and overrides/ (default: build/site)")
    render.add_argument("--site-name", default="Explainers", help="the site's name in the written mkdocs.yml")
    render.add_argument("--field-reference", action="store_true", help='add the "Fact sheet fields" page')
    render.add_argument("--directory-urls", action="store_true", help="pages at stories/x/ rather than "
                        "stories/x.html: right for MkDocs and ProperDocs, not Zensical 0.0.73")
    render.add_argument("--link-mentions", choices=[mode.value for mode in LinkMentions], default="first",
                        help="which mentions of a name link: the article's first (default) or each paragraph's")
    render.add_argument("--language", metavar="LANG", help=LANGUAGE_HELP)
    render.set_defaults(run=_render)
    schema = commands.add_parser("schema", help="print the fact sheet's JSON Schema (or write it with --out)")
    mode = schema.add_mutually_exclusive_group()
    mode.add_argument("--out", metavar="FILE|DIR/", help="write the fact sheet's schema to FILE, or every schema "
                      "(facts, actors, glossary, places) into DIR/")
    mode.add_argument("--check", action="store_true", help="fail if the schema shipped in the package is stale")
    schema.set_defaults(run=_schema)
    init = commands.add_parser("init", help="write a new site's repository into an empty folder")
    init.add_argument("directory", metavar="DIR")
    init.add_argument("--requirement", metavar="SPEC", help="what the new repository pip-installs (default: "
                      f"{PACKAGE}==<this version>), e.g. \"{PACKAGE} @ git+https://github.com/OWNER/REPO@v0.1.0\"")
    init.set_defaults(run=_init)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit status; a reader that closes the pipe early ends it quietly.

    `explainer check | head -1`: when head exits, writing raises
    BrokenPipeError. As the Python documentation recommends (signal module,
    "Note on SIGPIPE"), the rest of the output goes to devnull, so that the
    interpreter's final flush cannot fail again, and the status is 1.
    """
    args = _parser().parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return status
