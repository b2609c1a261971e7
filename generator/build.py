"""The one entry point of the core: content folder -> pages and problems, as plain data.

    load -> validate -> rules.registry (one site) -> linking -> rules -> render

Adapters (the MkDocs plugin, the command line) call `build_site` and decide
what to do with problems; this module never prints, exits or raises for bad
content.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping

from .cache import BuildCache, DiskCache, code_version, digest, tree_digest
from .i18n import ENGLISH, Words, words_for
from .linking import LinkedArticle, LinkMentions, build_matcher, index_site, link_stories
from .load import RawContent, load_content
from .model import Actor, Entry, Kind, Site, Story
from .pages.errors import error_banner, error_page
from .pages.reference import reference_page
from .problems import ERROR, WARNING, Problem, errors
from .render import edit_sources, render
from .rules import registry
from .steps import Steps
from .urls import SPLIT_AT, Layout, filing


@dataclass(frozen=True)
class BuildResult:
    """What a build gives an adapter: all data, nothing live."""

    pages: Mapping[str, str]  # page path (e.g. "stories/x.md") -> Markdown
    problems: tuple[Problem, ...]
    watched: tuple[str, ...]  # files the build read
    site: Site | None = None
    layout: Layout = Layout()
    broken: frozenset[str] = frozenset()  # slugs left out of `pages` because of their errors
    edit_sources: Mapping[str, str] = field(default_factory=dict)  # page path -> the content file it comes from
    # While errors remain (a preview): pages that cannot be built -> the error page shown instead,
    # and the banner shown above every other page.
    error_pages: Mapping[str, str] = field(default_factory=dict)
    banner: str = ""
    words: Words = ENGLISH  # the site's language: what its pages (and an adapter's additions) print

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop publishing; a preview may still show pages around them."""
        return errors(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        """The problems a strict build refuses besides errors (drafts, actors never named, missing sources)."""
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def rendered(self) -> bool:
        """Pages of a site were rendered: it had no errors, or a preview left the broken stories out."""
        return self.ok or bool(self.broken)

    @property
    def ok(self) -> bool:
        """No errors: the site can be built as it is (warnings, drafts and infos may remain)."""
        return not self.errors


def build_site(content_dir: os.PathLike | str, layout: Layout | None = None, *, partial: bool = False,
               with_reference: bool = False, keep_pages: Iterable[str] = (), drafts: bool = True,
               link_mentions: LinkMentions | str = LinkMentions.FIRST, language: str = "en",
               cache: BuildCache | None = None, disk: DiskCache | None = None) -> BuildResult:
    """Everything the site needs from content_dir, or the problems that stop it.

    `link_mentions` says which mentions of a name in an article link: the
    first in the article ("first") or the first in each paragraph ("paragraph").

    With `partial` (a preview), when errors lie only in some stories' own
    files, the other stories are still rendered (and `broken` names the
    rest), so a shared preview keeps working while one editor fixes a typo.
    The result still carries every error: adapters that publish refuse it.
    `keep_pages` are pages an earlier build made: while errors remain, they
    show the errors rather than disappear from under an editor's browser.
    `language` is the site's language code ("en", "fr", "ar"): the words its
    pages print, its dates, and the numbers in words the provenance check reads.
    Without `drafts` (a publishing build), draft stories are checked and warned
    about as usual but no page shows or links them.
    With a `cache` (kept between builds by the caller), only the work whose
    inputs changed is done again; the result is the same. With a `disk`
    cache, a build of exactly the same files by the same code returns the
    stored result.
    """
    layout, words = layout or Layout(), words_for(language)
    options = _Options(layout, with_reference, LinkMentions(link_mentions), words, drafts)
    if disk is not None:
        key = digest(code_version(), tree_digest(content_dir), options, partial, sorted(keep_pages))
        stored = disk.load(key)
        if stored is None:
            stored = build_site(content_dir, layout, partial=partial, with_reference=with_reference,
                                keep_pages=keep_pages, drafts=drafts, link_mentions=link_mentions,
                                language=language, cache=cache)
            disk.save(key, stored)
        return stored
    steps = Steps(cache)
    raw = load_content(content_dir, steps.parse)
    result = _build(raw, options, steps)
    if partial:
        result = _partial(raw, result, options, steps)
    if cache is not None:
        cache.prune()
    return _with_error_pages(result, raw, keep_pages)


def failed(message: str, content_dir: os.PathLike | str, keep_pages: Iterable[str] = (),
           language: str = "en", layout: Layout | None = None) -> BuildResult:
    """The result of a build that failed for a reason of ours, shown like a content error."""
    result = BuildResult({}, (Problem(str(content_dir), 0, 0, ERROR, message),), (), layout=layout or Layout(),
                         words=words_for(language))
    return _with_error_pages(result, RawContent((), (), (), ()), keep_pages)


@dataclass(frozen=True)
class _Options:
    """How a build renders, the same for every pass of it: URL style, reference page, which mentions link, words,
    and whether drafts are shown (a preview) or left out (a publishing build)."""

    layout: Layout
    with_reference: bool
    link_mentions: LinkMentions
    words: Words = ENGLISH
    drafts: bool = True


def _partial(raw: RawContent, result: BuildResult, options: _Options, steps: Steps) -> BuildResult:
    """The build without the stories whose own files hold errors, when that leaves a site to show."""
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
        partial = _build(healthy, options, steps)
    if not broken:
        return result
    return replace(partial, problems=result.problems, watched=raw.files, broken=frozenset(broken))


def _stories_with_errors(raw: RawContent, errors: list[Problem]) -> set[str] | None:
    """The slugs whose own files hold every error, or None when an error lies elsewhere (_shared/)."""
    slugs = {raw.owners.get(error.file) for error in errors}
    return None if None in slugs else slugs


def _with_error_pages(result: BuildResult, raw: RawContent, keep_pages: Iterable[str]) -> BuildResult:
    """The result with an error page for every expected page it lacks, and the error banner, while errors remain."""
    if result.ok:
        return result
    layout = result.layout
    expected = set(keep_pages) | {layout.story_page(slug) for slug in raw.slugs} | set(layout.index_pages)
    page = error_page(result.errors, result.words)
    error_pages = {path: page for path in sorted(expected) if path not in result.pages}
    return replace(result, error_pages=error_pages, banner=error_banner(result.errors, result.words))


def read_all(raw: RawContent, steps: Steps | None = None) -> tuple[list[Story], list[Entry], list[Problem]]:
    """Every file read against the spec: the stories, every definition in file order, and problems."""
    steps = steps or Steps(None)
    problems: list[Problem] = list(raw.problems)
    definitions: list[Entry] = []
    for shared in raw.shared:
        items, shared_problems = steps.read_shared(shared)
        problems += shared_problems
        definitions += items
    stories = []
    for raw_story in raw.stories:
        story, defined, story_problems = steps.read_story(raw_story)
        problems += story_problems
        if story is not None:
            stories.append(story)
            definitions += [*defined, *story.glossary, *story.places]
    return stories, definitions, problems


def _build(raw: RawContent, options: _Options, steps: Steps) -> BuildResult:
    """One full pass over loaded content: read, assemble, link, check, and render when no error stops it."""
    stories, definitions, problems = read_all(raw, steps)
    site, registry_problems = registry.assemble(stories, definitions)
    options = replace(options, layout=_split(site, options.layout))
    layout, with_reference, words = options.layout, options.with_reference, options.words
    # Stories that were read are checked against their articles even when other
    # errors exist, so an editor sees every problem in one pass.
    matcher, articles = steps.link(site, layout, options.link_mentions, words)
    found = tuple(sorted(set(problems + registry_problems + steps.check(site, articles, matcher, words.language))))
    if errors(found):
        pages = {layout.reference: reference_page(words)} if with_reference else {}
        return BuildResult(pages, found, raw.files, site, layout, words=words)
    if not options.drafts and _has_drafts(site):
        site, articles = _without_drafts(site, definitions, options)
    pages = render(site, index_site(site, articles), layout, with_reference=with_reference, words=words,
                   cache=steps.cache)
    return BuildResult(pages, found, raw.files, site, layout, edit_sources=edit_sources(site, layout), words=words)


def _split(site: Site, layout: Layout) -> Layout:
    """The layout with a large glossary, places page and actors index split by initial (links follow)."""
    split = frozenset(kind for kind, count in ((Kind.TERM, len(site.terms)), (Kind.PLACE, len(site.places)))
                      if count > SPLIT_AT)
    filed = filing(site.terms.values(), lambda t: t.term) | filing(site.places.values(), lambda p: p.name)
    return replace(layout, split=split, filed=filed if split else {})


def _has_drafts(site: Site) -> bool:
    """Whether a publishing build must leave something out: a draft story, or a draft entry in a story."""
    return any(story.is_draft or any(entry.draft for entry in (*story.figures, *story.quotes, *story.glossary,
                                                              *story.places, *story.timeline, *story.notes))
               for story in site.stories)


def _linked(site: Site, matcher, options: _Options) -> dict[str, LinkedArticle]:
    """Every story's article linked, each link relative to the story's page."""
    layout = options.layout
    return link_stories(site, matcher, lambda story, ref: layout.link_to(layout.story_page(story.slug), ref),
                        options.link_mentions, options.words)


def _without_drafts(site: Site, definitions: list[Entry], options: _Options) -> tuple[Site, dict[str, LinkedArticle]]:
    """The site as published: draft stories and draft entries gone, linked again without them.

    What only a draft story's sheet defines goes with it. Draft actors stay,
    labelled: other stories' pages, relations and quotes may point at them.
    """
    draft_sheets = {story.facts_path for story in site.stories if story.is_draft}
    published = [_published(story) for story in site.stories if not story.is_draft]
    kept = [entry for entry in definitions if entry.at()[0] not in draft_sheets
            and (isinstance(entry, Actor) or not entry.draft)]
    site, _ = registry.assemble(published, kept)
    return site, _linked(site, build_matcher(site), options)


def _published(story: Story) -> Story:
    """A story without its draft figures, quotes, terms, places, events and notes (a figure cites none of them)."""
    def kept(entries):
        """The entries that are not drafts."""
        return tuple(entry for entry in entries if not entry.draft)

    figures = kept(story.figures)
    ids = {figure.id for figure in figures}
    figures = tuple(replace(f, conflicts_with=tuple(i for i in f.conflicts_with if i in ids)) for f in figures)
    return replace(story, figures=figures, quotes=kept(story.quotes), glossary=kept(story.glossary),
                   places=kept(story.places), timeline=kept(story.timeline), notes=kept(story.notes))
