"""The core's costly steps, each done once for the same inputs when a cache is given.

`build` calls these instead of the steps themselves. Without a cache they
simply run; with one, each result is stored under a digest of everything it
depends on, so a build after an edit reads, validates and links again only
the files that changed. Linking depends on every name of the site (and its
tooltip), so a change to any actor, term or place links every article again;
a change to one story's own text links only that story.
"""

from __future__ import annotations

import pickle
from typing import Mapping

from . import rules, yamltree
from .cache import BuildCache, digest
from .i18n import ENGLISH, Words
from .linking import LinkedArticle, LinkMentions, build_matcher, link_story
from .load import RawShared, RawStory
from .matcher import NameMatcher
from .model import Site
from .problems import Problem
from .urls import Layout
from .validate import read_shared, read_story


class Steps:
    """The steps of one build, through a cache when there is one."""

    def __init__(self, cache: BuildCache | None):
        self.cache = cache
        self.story_keys: dict[str, str] = {}  # slug -> the key its story was read under: what the story is made of

    def _get(self, table: str, key: str, compute):
        """compute(), or the result stored under key."""
        return compute() if self.cache is None else self.cache.get(table, key, compute)

    def parse(self, text: str, shown: str):
        """A sheet's text as a positioned tree (and its problems)."""
        return self._get("parsed", digest(text, shown), lambda: yamltree.parse(text, shown))

    def read_story(self, raw: RawStory):
        """A story's sheet and article read against the spec: (story, definitions, problems)."""
        key = digest(raw.slug, raw.facts_path, raw.article_path, raw.digest)
        if not raw.digest:  # made by hand, not by load_content: nothing says what it holds
            key = digest(key, pickle.dumps((raw.facts, raw.article)))
        self.story_keys[raw.slug] = key
        return self._get("stories", key, lambda: read_story(raw.slug, raw.facts, raw.article,
                                                              raw.facts_path, raw.article_path))

    def read_shared(self, raw: RawShared):
        """A `_shared/` file read against the spec: (definitions, problems)."""
        key = digest(raw.name, raw.path, raw.digest or pickle.dumps(raw.node))
        return self._get("shared", key, lambda: read_shared(raw.name, raw.node, raw.path))

    def link(self, site: Site, layout: Layout, mode: LinkMentions = LinkMentions.FIRST, words: Words = ENGLISH
             ) -> tuple[NameMatcher, dict[str, LinkedArticle]]:
        """The site's matcher and every story's linked article.

        A linked article depends on the article, its notes, every name of the
        site with its tooltip (the entries), the URL layout, which mentions link (`mode`)
        and the words of note markers.
        """
        names = digest(pickle.dumps((tuple(site.actors.items()), tuple(site.terms.items()),
                                     tuple(site.places.items())), protocol=pickle.HIGHEST_PROTOCOL)) \
            if self.cache is not None else ""
        matcher = self._get("matcher", names, lambda: build_matcher(site))

        def href(story, ref):
            """Where a name in a story's article links to."""
            return layout.link_to(layout.story_page(story.slug), ref)

        articles = {}
        self.names, self.linked = names, {}
        for story in site.stories:
            key = digest(names, layout, mode, words.language, words.requested, story.slug, story.article,
                         [note.excerpt for note in story.notes])
            self.linked[story.slug] = key
            articles[story.slug] = self._get("linked", key,
                                             lambda story=story: link_story(site, matcher, href, story, mode, words))
        return matcher, articles

    def check(self, site: Site, articles: Mapping[str, LinkedArticle], matcher: NameMatcher,
              language: str = "en") -> list[Problem]:
        """Every rule (`rules.check`); the per-story rules of an unchanged story, its article and names are kept."""
        if self.cache is None:
            return rules.check(site, articles, matcher, language)
        problems = rules.check_site(site)
        for story in site.stories:
            key = digest(self.names, self.linked[story.slug], self.story_keys[story.slug], language)
            problems += self._get("checked", key, lambda story=story: rules.check_story(
                site, story, articles[story.slug], matcher, language))
        return problems
