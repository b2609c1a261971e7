"""Save -> updated page under `mkdocs serve --livereload`, as an editor lives it.

Starts the server on 127.0.0.1 (a free port), waits for the first build,
then edits one story's fact sheet (its summary becomes a unique marker) and
polls that story's page until the marker is served. Once more with a save
that breaks the sheet (invalid YAML): the time until the page shows the
error. Every wait is bounded; the server is always terminated, and the sheet
restored.
"""

from __future__ import annotations

import html
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from sites import ENV, VENV_BIN

ERROR_SHOWN = "problem(s) in the content"  # the error banner of generator.render.error_banner
SUMMARY = re.compile(r"^  summary: .*$", re.M)
BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, timeout: float = 30) -> str:
    """The page's text, or "" while the server cannot answer (starting, or stalled by a failed build)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return ""


def wait_for(url: str, wanted: str, limit: float) -> float:
    """Seconds until the page at url contains wanted; polls every 50 ms; TimeoutError past limit."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if wanted in fetch(url, timeout=max(1.0, limit - (time.perf_counter() - start))):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"{wanted!r} not served at {url} within {limit} s")


def save(sheet: Path, original: str, summary: str) -> None:
    sheet.write_text(SUMMARY.sub(lambda _: f"  summary: {summary}", original, count=1), encoding="utf-8")


def peak_rss(pid: int) -> int | None:
    """A live process's peak resident memory in bytes (VmHWM), or None when it cannot be read."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) * 1024 if found else None


def stop(server: subprocess.Popen) -> None:
    """Terminate the server's own process group (it was started in a new session), then kill it if it lingers."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(15)


def measure_saves(project: Path, sheet: Path, slug: str, saves: int, limit: float = 600) -> dict:
    """First build, `saves` saves and one broken save under serve; seconds each."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/stories/{slug}/"
    original = sheet.read_text(encoding="utf-8")
    if not SUMMARY.search(original):
        raise ValueError(f"{sheet} has no one-line summary to edit")
    log = open(project / "serve.log", "ab")
    command = [str(VENV_BIN / "mkdocs"), "serve", "--livereload", "-a", f"127.0.0.1:{port}", "-f", "mkdocs.yml"]
    server = subprocess.Popen(command, cwd=project, env=ENV, stdout=log, stderr=log, start_new_session=True)
    figures: dict = {"saves": []}
    try:
        figures["first_build"] = wait_for(url, "<html", limit)
        for n in range(saves):
            marker = f"Marker {os.getpid()}-{n}-{time.time_ns()}"
            save(sheet, original, marker)
            figures["saves"].append(wait_for(url, marker, limit))
        save(sheet, original, "[an unclosed flow sequence")
        figures["broken"] = wait_for(url, ERROR_SHOWN, limit)
        sheet.write_text(original, encoding="utf-8")
        summary = SUMMARY.search(original).group(0).split(": ", 1)[1]
        figures["recovered"] = wait_for(url, html.escape(summary, quote=False), limit)
    finally:
        sheet.write_text(original, encoding="utf-8")
        figures["max_rss"] = peak_rss(server.pid)  # the server's, after all its rebuilds
        stop(server)
        log.close()
    # MkDocs' own figure for each build (first, saves, broken, fixed): the rest of a save's wait is
    # noticing the change (a polling observer, every 0.5 s) and serving the page.
    served = (project / "serve.log").read_text("utf-8", "replace")
    figures["builds_reported"] = [float(x) for x in BUILT.findall(served)]
    return figures
