"""The MkDocs adapter, and nothing else: the only module that imports mkdocs.

It hands the content folder to `build.build_site`, adds the pages it returns
as in-memory files, and turns problems into MkDocs log lines. What to show
while content has errors (error pages, a banner) comes with the result. Under `mkdocs
build`, errors raise one PluginError listing them all. Under `mkdocs serve`
it never raises (MkDocs 1.6 would hang every request until a build
succeeds): the errors are logged and shown on the pages instead, and the
fixed file brings the site back at the next save.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import jinja2
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .build import BuildResult, build_site, failed
from .cache import BuildCache, DiskCache
from .i18n import TABLES, words_for
from .linking import LinkMentions
from .pages.home import story_list
from .preview import PreviewStore, linked_pages, surroundings
from .problems import ERROR, INFO, WARNING
from .urls import Layout

log = get_plugin_logger("explainer")  # lines read "explainer: ...", as the plugin is named in mkdocs.yml

STYLESHEET = "assets/explainer/explainer.css"
SCRIPT = "assets/explainer/explainer.js"
STORY_LIST_MARKER = "<!-- explainer:stories -->"
THEME_DIR = Path(__file__).parent / "theme"


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Jinja's compiled templates, in memory; Jinja checks each against its template's source before use."""

    def __init__(self):
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        """Jinja hook: give back a template compiled earlier, if any."""
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        """Jinja hook: keep a template just compiled."""
        self.compiled[bucket.key] = bucket.bytecode_to_string()


class ExplainerConfig(Config):
    """The plugin's options in mkdocs.yml.

    `content`: the content folder (default content/). `link_mentions`: which
    mentions of a name in an article link, `first` (the article's first, the
    default) or `paragraph` (the first in each paragraph). `language`
    overrides the site's `theme.language` for the explainer's pages.
    """

    content = config_options.Dir(exists=True, default="content")
    link_mentions = config_options.Choice([mode.value for mode in LinkMentions], default=LinkMentions.FIRST.value)
    language = config_options.Optional(config_options.Type(str))


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    """Builds the explainer pages from the content folder and gives them to MkDocs as generated files."""

    supports_multiple_instances = False

    def __init__(self):
        self.command = "build"
        self.result: BuildResult | None = None
        self.known_pages: set[str] = set()  # every page built in this session, for error pages under serve
        self.language = "en"
        self.cache = BuildCache()  # what the last build of this session computed, reused by the next
        self.dirty = False
        self.preview: PreviewStore | None = None  # under serve: built pages, reused while unchanged
        self.reused: list[str] = []  # pages of this build put back from the preview store, not given to MkDocs
        self.pending: dict[str, str] = {}  # pages MkDocs builds this time -> the key their HTML is kept under
        self.stubbed: set[str] = set()  # reused pages MkDocs must see (in the nav): built empty, then put back
        self.search_seen = 0
        self.templates = MemoryBytecodeCache()  # the theme's compiled templates, kept across rebuilds

    def on_startup(self, *, command, dirty):
        """MkDocs hook: remember whether this is `serve` (previews that never raise) or a build."""
        # `mkdocs serve --clean` reports itself as "build"; the command line tells the truth.
        self.command = "serve" if command == "serve" or sys.argv[1:2] == ["serve"] else command
        self.dirty = dirty

    def on_config(self, config):
        """Add our stylesheet and theme templates.

        The templates go after a project's own custom_dir, so a newsroom can
        still override anything; they name the search dialog (axe-core's
        aria-dialog-name), stop the GitHub API calls of the repository badge,
        add OpenGraph metadata and a helpful 404 page.
        """
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(SCRIPT)
        theme_dir = str(THEME_DIR)
        if theme_dir not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, theme_dir)
        theme_language = config.theme["language"] if "language" in config.theme else None
        self.language = self.config.language or theme_language or "en"
        words = words_for(self.language)
        if words.fallback:
            log.info("no explainer words for language '%s': its pages are in English (we have %s)",
                     self.language, ", ".join(sorted(TABLES)))
        return config

    def on_pre_build(self, *, config) -> None:
        """Build the pages before MkDocs cleans site_dir, so bad content never leaves a half-written site."""
        serving = self.command == "serve"
        try:
            result = build_site(self.config.content, Layout(config.use_directory_urls), partial=serving,
                                with_reference=True, keep_pages=self.known_pages,
                                link_mentions=self.config.link_mentions, language=self.language, cache=self.cache,
                                disk=None if serving else DiskCache(_cache_dir(config)))
        except Exception as exc:  # a bug of ours must not hang `mkdocs serve`: report it like a content error
            if not serving:
                raise
            log.exception("explainer failed")
            result = failed(f"the generator failed: {exc!r}", self.config.content, self.known_pages, self.language)
        self.result = result
        if serving and not self.dirty:
            self.preview = self.preview or PreviewStore()
            self.preview.set_aside(config.site_dir)
        for problem in result.problems:
            level = {ERROR: log.error, WARNING: log.warning, INFO: log.info}[problem.severity]
            level("%s", problem.format())
        if result.errors and not serving:
            raise PluginError(f"{len(result.errors)} error(s) in {self.config.content}; see the lines above")
        warnings = result.warnings
        if warnings and not serving and config.strict:
            # MkDocs would count these at the end, after replacing site_dir: refusing now keeps the last good site.
            raise PluginError(f"{len(warnings)} warning(s) in {self.config.content} and --strict: "
                              "nothing is published, the last site is kept; see the lines above")

    def on_files(self, files: Files, *, config) -> Files:
        """MkDocs hook: add the built pages, error pages and our assets, edit links pointing at content files."""
        result = self.result
        self.known_pages |= set(result.pages)
        content_root = Path(self.config.content).resolve().parent
        reuse = self._reusable_pages(result, config)
        for path, markdown in {**result.pages, **result.error_pages}.items():
            edit = ""
            if path in result.edit_sources:
                # The edit button opens the fact sheet the page came from; MkDocs joins this to edit_uri.
                edit = os.path.relpath(content_root / result.edit_sources[path], config.docs_dir).replace(os.sep, "/")
            if reuse is not None:
                key = self.preview.key(reuse[0], path, markdown, edit)
                if self.preview.reusable(path, key):
                    if path not in reuse[1]:  # MkDocs never needs to know of it: put back after the build
                        self.reused.append(path)
                        continue
                    self.stubbed.add(path)  # the nav or a hand-written page names it: MkDocs must see it
                self.pending[path] = key
            file = File.generated(config, path, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV)
            if edit:
                file.edit_uri = edit
            files.append(file)
        for uri, name in ((STYLESHEET, "explainer.css"), (SCRIPT, "explainer.js")):
            asset = (Path(__file__).parent / "assets" / name).read_text(encoding="utf-8")
            files.append(File.generated(config, uri, content=asset))
        return files

    def _reusable_pages(self, result: BuildResult, config) -> tuple[str, set[str]] | None:
        """Under `serve` (not --dirty): the surroundings' digest and the pages MkDocs must always see; else None."""
        self.reused, self.pending, self.stubbed, self.search_seen = [], {}, set(), 0
        if self.command != "serve" or self.dirty:
            return None
        self.preview = self.preview or PreviewStore()
        self.preview.forget_others({**result.pages, **result.error_pages})
        folders = [config.docs_dir, config.theme.custom_dir or ""]
        return (surroundings(config.config_file_path, folders, result.banner),
                linked_pages(config.nav, config.docs_dir))

    def on_env(self, env, *, config, files):
        """MkDocs hook: give our templates (the 404 page, the page's meta) the site's words; compile the theme's
        templates once a session, not once a build (Jinja's bytecode cache)."""
        env.globals["explainer_words"] = words_for(self.language)
        env.bytecode_cache = self.templates
        return env

    @event_priority(-100)  # after the search plugin has indexed the page
    def on_page_context(self, context, *, page, config, nav):
        """Under serve: note the search entries of each page we may reuse, to give them back when we do."""
        index = _search_index(config)
        path = page.file.src_uri
        if self.preview is not None and index is not None and path in self.stubbed:
            del index.entries[self.search_seen:]  # the empty stand-in's; the page's own come back after the build
        elif self.preview is not None and index is not None and path in self.pending:
            self.preview.search[path] = index.entries[self.search_seen:]
        if index is not None:
            self.search_seen = len(index.entries)
        return context

    def on_post_page(self, output: str, *, page, config) -> str:
        """Under serve: note the key each generated page was built under, to reuse it while the key holds."""
        key = self.pending.get(page.file.src_uri)
        if key is not None and self.preview is not None:
            if page.file.src_uri in self.stubbed:
                output = self.preview.stashed(page.file.src_uri)
            self.preview.note(page.file.src_uri, key, page.file.dest_uri)
        return output

    @event_priority(100)  # before the search plugin writes its index
    def on_post_build(self, *, config) -> None:
        """Under serve: put back the pages that did not change, and their search entries."""
        index = _search_index(config)
        for path in self.reused:
            self.preview.restore(path, config.site_dir)
        for path in [*self.reused, *self.stubbed]:
            if index is not None:
                index.entries += self.preview.search.get(path, [])
        if self.preview is not None:
            self.preview.done()

    def on_shutdown(self) -> None:
        """MkDocs hook: remove the preview store."""
        if self.preview is not None:
            self.preview.close()

    def on_serve(self, server, *, config, builder):
        """MkDocs hook: watch the content folder too, so saving a story rebuilds the preview."""
        server.watch(self.config.content)
        return server

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        """MkDocs hook: put the error banner (while errors remain) above every page but the error pages.

        A page reused under serve that MkDocs must see is built from nothing:
        its HTML from the last build replaces the output (`on_post_page`).
        """
        if page.file.src_uri in self.stubbed:
            return ""
        if self.result and self.result.banner and page.file.src_uri not in self.result.error_pages:
            markdown = self.result.banner + "\n\n" + markdown
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """Put the story list where a hand-written page has the marker, after Markdown ran.

        Replacing it in the HTML keeps the list out of the page's Markdown, which
        would otherwise process any text between its tags.
        """
        result = self.result
        if STORY_LIST_MARKER in html and result and result.site and result.rendered:
            html = html.replace(STORY_LIST_MARKER, story_list(result.site.stories, result.layout, page.file.src_uri))
        return html


def _cache_dir(config) -> Path:
    """Where `mkdocs build` keeps its last result: `.cache/explainer` beside mkdocs.yml, as Material's plugins do."""
    base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    return base / ".cache" / "explainer"


def _search_index(config):
    """The search plugin's index being built (Material's or MkDocs'), or None without one."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if isinstance(getattr(index, "entries", None), list):
            return index
    return None
