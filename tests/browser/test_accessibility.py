"""axe-core on every page the build writes, in the light and the dark scheme: no serious or critical violation.

Stock Material fails two serious rules that our overrides fix: aria-dialog-name on the
search dialog (generator/theme/partials/search.html names it) and color-contrast on the
copyright line (explainer.css), and Material links fail link-in-text-block (explainer.css
underlines them).
"""

from __future__ import annotations

import pytest

from .conftest import VIEWPORTS, Reader

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
# Material picks the scheme from prefers-color-scheme (mkdocs.yml palette); a fresh context stores no choice.
SCHEMES = {"light": "default", "dark": "slate"}
# A sentence or a glossary/places entry as the :target shows its highlight, which must stay legible too.
TARGETABLE = ".explainer-article .explainer-sentence[id], dl.explainer-glossary dt[id], dl.explainer-places dt[id]"


def site_paths(site) -> list[str]:
    """Every HTML page of the build, as the path a reader asks for."""
    paths = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        paths.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return paths


def axe_problems(page, axe_script, label: str) -> list[str]:
    page.add_script_tag(path=str(axe_script))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{label}: {v['id']} ({v['impact']}): {v['help']}: " + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in results["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_no_serious_accessibility_violation_on_any_page(scheme, browser, base_url, built_site, axe_script):
    paths = site_paths(built_site)
    assert {"", "stories/", "actors/", "glossary/", "places/", "stories/isis-convoy-2017/", "actors/hezbollah/"} <= set(paths)
    reader = Reader(browser, base_url, "desktop", color_scheme=scheme)
    page, problems = reader.page, []
    try:
        for path in paths:
            page.goto(path, wait_until="load")
            applied = page.evaluate("document.body.dataset.mdColorScheme")
            assert applied == SCHEMES[scheme], f"{path}: Material shows the {applied} scheme, not {SCHEMES[scheme]}"
            problems += axe_problems(page, axe_script, f"{scheme} {path}")
            target = page.evaluate(f"(document.querySelector({TARGETABLE!r}) || {{}}).id || null")
            if target:
                page.evaluate("id => { location.hash = id; }", target)
                # The highlight fades in (a CSS transition): audit the colours it ends with.
                page.wait_for_function(
                    "id => { const el = document.getElementById(id); return el.matches(':target') && !el.getAnimations().length; }",
                    arg=target,
                )
                problems += axe_problems(page, axe_script, f"{scheme} {path}#{target}")
            if path.startswith("stories/") and path != "stories/":
                page.set_viewport_size(VIEWPORTS["phone"]["viewport"])
                problems += axe_problems(page, axe_script, f"{scheme} phone {path}")
                page.set_viewport_size(VIEWPORTS["desktop"]["viewport"])
        problems += [f"{scheme}: {p}" for p in reader.problems()]
    finally:
        reader.close()
    assert not problems, f"{len(problems)} serious or critical problem(s):\n" + "\n".join(problems)
