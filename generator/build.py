"""The one entry point of the core: content folder -> pages and problems.

    load -> validate (site.assemble) -> link -> check -> render

Adapters (the MkDocs plugin, the command line) call `build_site` and decide
what to do with problems; this module never prints, exits or raises for bad
content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from .checks import check_markdown_fields, check_shared, check_story
from .lint import suggest_names
from .linking import ArticleTooComplex, LinkedArticle, link_article
from .load import RawContent, load_content
from .matcher import Hit, NameMatcher
from .model import Site
from .problems import ERROR, Problem, errors
from .render import Layout, Renderer, index_site
from .site import assemble


@dataclass(frozen=True)
class BuildResult:
    pages: dict[str, str]  # page path (e.g. "stories/x.md") -> Markdown
    problems: tuple[Problem, ...]
    watched: tuple[str, ...]  # files the build read
    site: Site | None = None
    renderer: Renderer | None = None
    broken: frozenset[str] = frozenset()  # slugs left out of `pages` because of their errors

    @property
    def errors(self) -> list[Problem]:
        return errors(self.problems)

    @property
    def ok(self) -> bool:
        return not self.errors


def build_matcher(site: Site) -> NameMatcher:
    """One matcher for every name on the site: actors, terms, places."""
    entries = []
    for actor in site.actors.values():
        entries += [(name, ("actor", actor.id), ("actor", actor.id)) for name in actor.names]
    for term in site.terms.values():
        link = ("actor", term.actor) if term.actor and term.actor in site.actors else ("term", term.id)
        entries += [(name, link, ("term", term.id)) for name in term.names]
    for place in site.places.values():
        entries += [(name, ("place", place.id), ("place", place.id)) for name in place.names]
    return NameMatcher(entries)


def tooltip(site: Site, hit: Hit) -> str:
    kind, ident = hit.name_of
    if kind == "term":
        return site.terms[ident].definition
    if kind == "actor":
        return site.actors[ident].summary
    return site.places[ident].summary or site.places[ident].name


def link_site(site: Site, matcher: NameMatcher) -> tuple[dict[str, LinkedArticle], list[Problem]]:
    """Every story's article, linked; an article too deeply nested to parse is a problem, not a crash."""
    articles, problems = {}, []
    for story in site.stories:
        try:
            articles[story.slug] = link_article(story.article, matcher, lambda hit: tooltip(site, hit))
        except ArticleTooComplex as exc:
            problems.append(Problem(story.article_path, 1, 1, ERROR, f"the article cannot be read: {exc}", "article", "simplify the Markdown formatting"))
            articles[story.slug] = LinkedArticle("", (), {}, frozenset())
    return articles, problems


def build_site(content_dir: os.PathLike | str, layout: Layout | None = None, *, partial: bool = False) -> BuildResult:
    """Everything the site needs from content_dir, or the problems that stop it.

    With `partial` (a preview), when errors lie only in some stories' own
    files, the other stories are still rendered (and `broken` names the
    rest), so a shared preview keeps working while one editor fixes a typo.
    The result still carries every error: adapters that publish refuse it.
    """
    layout = layout or Layout()
    raw = load_content(content_dir)
    result = _build(raw, layout)
    if not partial:
        return result
    broken: set[str] = set()
    partial = result
    # Leave out the stories whose own files hold errors, again and again: leaving one
    # out can break another that cited its actors. Errors elsewhere stop the preview.
    while not partial.ok:
        newly = _stories_with_errors(raw, partial.errors)
        if not newly:
            return result
        broken |= newly
        healthy = replace(raw, stories=tuple(s for s in raw.stories if s.slug not in broken), problems=())
        if not healthy.stories:
            return result
        partial = _build(healthy, layout)
    if not broken:
        return result
    return replace(partial, problems=result.problems, watched=raw.files, broken=frozenset(broken))


def _stories_with_errors(raw: RawContent, errors: list[Problem]) -> set[str] | None:
    """The slugs whose own files hold every error, or None when an error lies elsewhere (_shared/)."""
    folders = {str(PurePosixPath(s.facts_path).parent): s.slug for s in raw.stories}
    content = {str(PurePosixPath(path).parent) for path in folders}
    broken = set()
    for error in errors:
        file = PurePosixPath(error.file)
        folder = str(file.parent) if file.name in ("facts.yml", "article.md") else str(file)
        if folder in folders:
            broken.add(folders[folder])
        elif str(PurePosixPath(folder).parent) in content and not PurePosixPath(folder).name.startswith("_"):
            broken.add(PurePosixPath(folder).name)  # a story folder that did not even load
        else:
            return None
    return broken


def _build(raw: RawContent, layout: Layout) -> BuildResult:
    site, problems = assemble(raw)
    # Stories that were read are checked against their articles even when other
    # errors exist, so an editor sees every problem in one pass.
    matcher = build_matcher(site)
    articles, link_problems = link_site(site, matcher)
    problems += link_problems + check_shared(site) + check_markdown_fields(site)
    for story in site.stories:
        problems += check_story(story, articles[story.slug], site)
        problems += suggest_names(story, matcher)
    problems = sorted(set(problems))
    if errors(problems):
        return BuildResult({}, tuple(problems), raw.files, site)
    renderer = Renderer(site, index_site(site, articles), layout)
    return BuildResult(renderer.pages(), tuple(problems), raw.files, site, renderer)
