"""Promises the repository makes to a newcomer: the README's commands, CI, the shipped schema."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import jsonschema
import pytest
import yaml

from conftest import ROOT, write_story
from generator.cli import SCHEMA_PATH, schema_text


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_the_readme_opens_with_two_setup_commands_serve_then_test():
    commands = readme_commands()
    assert len(commands) >= 2
    serve, test = commands[:2]
    assert "pip install" in serve and "mkdocs serve --livereload" in serve
    assert "pip install" in test and "pytest" in test


def test_ci_runs_the_readmes_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_the_shipped_json_schema_is_generated_from_the_code():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run: python -m generator schema"


def _as_json(value):
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("sheet", sorted((ROOT / "content").glob("*/facts.yml")), ids=lambda p: p.parent.name)
def test_every_fact_sheet_is_valid_against_the_schema(sheet):
    data = _as_json(yaml.safe_load(sheet.read_text(encoding="utf-8")))
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def test_every_fact_sheet_points_editors_at_the_schema():
    for sheet in (ROOT / "content").glob("*/facts.yml"):
        assert sheet.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../generator/schema/facts.schema.json"), sheet


def test_check_command_passes_on_the_shipped_content():
    result = subprocess.run([sys.executable, "-m", "generator", "check", str(ROOT / "content")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    stories = [p for p in (ROOT / "content").iterdir() if p.is_dir() and not p.name.startswith("_")]
    assert f"{len(stories)} stories checked: 0 error(s)" in result.stdout


def test_check_prints_github_annotations_when_run_in_github_actions(tmp_path):
    import os
    import shutil

    shutil.copytree(ROOT / "tests" / "corpus" / "duplicate-key" / "content", tmp_path / "content")
    env = dict(os.environ, GITHUB_ACTIONS="true")
    result = subprocess.run([sys.executable, "-m", "generator", "check", "content"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "content/duplicate-key/facts.yml:5:3: error: story.title: duplicate key 'title'" in result.stdout
    assert "::error file=content/duplicate-key/facts.yml,line=5,col=3::" in result.stdout


@pytest.mark.parametrize("value, excerpt, found", [
    ("1.0", "cost 1.0 million", True),
    ("1.5", "$1.5 billion", True),
    ("1500", "1,500 people", True),
    ("7", "seven soldiers", True),
    ("48", "forty-eight hours", True),
    ("30", "308 militants", False),
    ("1.5", "15 people", False),
])
def test_a_figure_value_is_found_in_its_excerpt_as_written_or_in_words(value, excerpt, found):
    from generator.rules.provenance import value_in_excerpt

    assert value_in_excerpt(value, excerpt) is found


def test_a_scaled_value_is_found_written_in_full():
    from generator.rules.provenance import value_in_excerpt

    assert value_in_excerpt("380", "cost £380,000 in all", "thousand")
    assert value_in_excerpt("1.2", "a €1.2 million refit", "million")
    assert not value_in_excerpt("380", "cost £38,000 in all", "thousand")


@pytest.mark.parametrize("actor, valid", [
    ({"id": "acme"}, True),  # cites an actor defined elsewhere
    ({"id": "acme", "name": "Acme", "kind": "organisation", "summary": "A firm."}, True),
    ({"id": "acme", "name": "Acme"}, False),  # starts a definition without kind and summary
    ({"id": "acme", "aliases": ["ACME"]}, False),
])
def test_the_schema_and_the_generator_agree_on_which_actor_entries_are_complete(tmp_path, actor, valid):
    from generator.build import build_site

    sheet = {"story": {"title": "T", "date": "2026-01-01", "summary": "S", "sample": True}, "actors": [actor]}
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    schema_valid = not list(jsonschema.Draft202012Validator(schema).iter_errors(sheet))
    write_story(tmp_path / "content", "s", yaml.safe_dump(sheet), "Acme opened.\n")
    if valid:  # the cited actor must exist somewhere for the build itself to pass
        (tmp_path / "content" / "_shared").mkdir()
        (tmp_path / "content" / "_shared" / "actors.yml").write_text("- {id: acme, name: Acme, kind: organisation, summary: A firm.}\n", encoding="utf-8")
    missing = [p for p in build_site(tmp_path / "content").errors if "missing required field" in p.message]
    assert schema_valid is valid
    assert (not missing) is valid


def test_the_wheel_ships_every_module_and_data_file_of_the_package(tmp_path):
    """A newsroom installs the wheel, not this checkout: nothing the package reads may be left out of it."""
    import subprocess
    import sys
    import zipfile

    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "generator"
    wanted = {p.relative_to(ROOT).as_posix() for p in package.rglob("*")
              if p.is_file() and "__pycache__" not in p.parts and p.suffix in (".py", ".json", ".html", ".css", ".js")}
    assert wanted and not wanted - shipped, sorted(wanted - shipped)
