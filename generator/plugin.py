"""The MkDocs adapter, and nothing else: the only module that imports mkdocs.

It hands the content folder to `build.build_site`, adds the pages it returns
as in-memory files, and turns problems into MkDocs log lines. What to show
while content has errors (error pages, a banner) comes with the result; under
serve the banner reaches every page through a status file its script reads. Under `mkdocs
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
from .pages.home import STORY_LIST_MARKER, home_page, story_list
from .preview import PreviewStore, linked_pages, preview_status, surroundings
from .problems import ERROR, INFO, WARNING
from .urls import HOME, Layout

log = get_plugin_logger("explainer")  # lines read "explainer: ...", as the plugin is named in mkdocs.yml

STYLESHEET = "assets/explainer/explainer.css"
SCRIPT = "assets/explainer/explainer.js"
STATUS = "assets/explainer/status.json"  # under serve: the errors of the last build, which every page's script shows
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


# The Markdown extensions our pages are written for: `{ #id }` after a heading needs attr_list, without
# which a heading reads "Key figures { #key-figures }" and a strict build still passes.
NEEDED_EXTENSIONS = ("attr_list",)


class ExplainerConfig(Config):
    """The plugin's options in mkdocs.yml (README, "Add it to your site", says each one).

    Paths are inside docs_dir, as the blog plugin's `blog_dir` is: where the
    generated pages go. `field_reference` publishes the "Fact sheet fields"
    page (for a desk's editors; off, since readers of a newsroom's site have
    no use for it). `home` writes a home page listing the stories when
    docs_dir has none. `link_mentions`: which mentions of a name in an article
    link, `first` (the article's first, the default) or `paragraph` (the first
    in each paragraph). `language` overrides the site's `theme.language` for
    the explainer's pages.
    """

    content = config_options.Dir(exists=True, default="content")
    stories_dir = config_options.Type(str, default="stories")
    actors_dir = config_options.Type(str, default="actors")
    glossary_page = config_options.Type(str, default="glossary.md")
    places_page = config_options.Type(str, default="places.md")
    field_reference = config_options.Type(bool, default=False)
    home = config_options.Type(bool, default=True)
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
        self.layout = Layout()
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
        self.layout = self._layout(config)
        _enable_extensions(config)
        return config

    def on_env(self, env, *, config, files):
        """MkDocs hook: give our templates (the 404 page, the page's meta) the site's words."""
        env.globals["explainer_words"] = words_for(self.language)
        env.globals["explainer_status"] = STATUS if self.command == "serve" else None  # the preview's errors
        env.bytecode_cache = self.templates  # the theme's templates compiled once a session, not once a build
        # Where the 404 page's links go, wherever the path options put the lists (site-root relative).
        env.globals["explainer_pages"] = {"actors": self.layout.url(self.layout.actors_index),
                                          "glossary": self.layout.url(self.layout.glossary)}
        return env

    def _layout(self, config) -> Layout:
        """Where our pages go, from the options; a path that cannot work stops here, before any build."""
        options = self.config
        layout = Layout(config.use_directory_urls, options.stories_dir.strip("/"), options.actors_dir.strip("/"),
                        options.glossary_page, options.places_page)
        faults = layout.faults()
        if faults:
            raise PluginError("explainer options in mkdocs.yml: " + "; ".join(faults))
        return layout

    def on_pre_build(self, *, config) -> None:
        """Build the pages before MkDocs cleans site_dir, so bad content never leaves a half-written site."""
        serving = self.command == "serve"
        try:
            result = build_site(self.config.content, self.layout, partial=serving, drafts=serving,
                                with_reference=self.config.field_reference, keep_pages=self.known_pages,
                                link_mentions=self.config.link_mentions, language=self.language, cache=self.cache,
                                disk=None if serving else DiskCache(_cache_dir(config)))
        except Exception as exc:  # a bug of ours must not hang `mkdocs serve`: report it like a content error
            if not serving:
                raise
            log.exception("explainer failed")
            result = failed(f"the generator failed: {exc!r}", self.config.content, self.known_pages, self.language,
                            self.layout)
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
        """MkDocs hook: add the built pages, error pages, a home page if the site has none, and our assets.

        Our index pages join the navigation MkDocs makes when mkdocs.yml has
        no `nav`; story and actor pages stay out of it (reached from those
        pages), so the menu stays short at a thousand stories. A content
        folder inside docs_dir publishes none of its source files.
        """
        result = self.result
        self.known_pages |= set(result.pages)
        _drop_sources(files, self.config.content)
        generated = {**result.pages, **result.error_pages}
        if self.config.home and not any(file.dest_uri == "index.html" for file in files.documentation_pages()):
            generated[HOME] = home_page(config.site_name)
        in_nav = self._nav_pages(config)
        content_root = Path(self.config.content).resolve().parent
        reuse = self._reusable_pages(generated, config)
        made = []
        for path, markdown in generated.items():
            edit = ""
            if path in result.edit_sources:
                # The edit button opens the fact sheet the page came from; MkDocs joins this to edit_uri.
                edit = os.path.relpath(content_root / result.edit_sources[path], config.docs_dir).replace(os.sep, "/")
            if reuse is not None:
                key = self.preview.key(reuse[0], path, markdown, edit)
                if self.preview.reusable(path, key):
                    if path not in reuse[1] | in_nav:  # MkDocs never needs to know of it: put back after the build
                        self.reused.append(path)
                        continue
                    self.stubbed.add(path)  # the nav or a hand-written page names it: MkDocs must see it
                self.pending[path] = key
            inclusion = InclusionLevel.INCLUDED if path in in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, path, content=markdown, inclusion=inclusion)
            if edit:
                file.edit_uri = edit
            made.append(file)
        for file in self._without_clashes(files, made, config):
            files.append(file)
        for uri, name in ((STYLESHEET, "explainer.css"), (SCRIPT, "explainer.js")):
            asset = (Path(__file__).parent / "assets" / name).read_text(encoding="utf-8")
            files.append(File.generated(config, uri, content=asset))
        return files

    def _nav_pages(self, config) -> set[str]:
        """The generated pages that join MkDocs' own navigation: none when mkdocs.yml gives a `nav`."""
        if config.nav is not None:
            return set()
        layout = self.layout  # the topics list is there only on sites whose stories have topics
        reference = [layout.reference] if self.config.field_reference else []
        return {HOME, *layout.index_pages, layout.topics_index, *reference}

    def _without_clashes(self, files: Files, made: list[File], config) -> list[File]:
        """The generated files that take no hand-written page's place; a clash is an error naming both files.

        Never a silent replacement: under `mkdocs build` the clash stops the
        build; under `serve` it is logged and the hand-written page is kept.
        """
        taken = {file.dest_uri: file for file in files}
        clashes = [(file, taken[file.dest_uri]) for file in made if file.dest_uri in taken]
        messages = [f"{Path(config.docs_dir, own.src_path)} is a hand-written page at {own.dest_uri}, where the "
                    f"plugin writes {file.src_uri} from {self.config.content}: rename or move the page, or set "
                    "stories_dir, actors_dir, glossary_page or places_page under explainer in mkdocs.yml"
                    for file, own in clashes]
        if messages and self.command != "serve":
            raise PluginError("explainer: " + "\n".join(messages))
        for message in messages:
            log.error("%s", message)
        lost = {file.src_uri for file, _ in clashes}
        return [file for file in made if file.src_uri not in lost]

    def on_nav(self, nav, *, config, files):
        """MkDocs hook: tidy the menu MkDocs made, or name the list pages a hand-written `nav` leaves out.

        Without `nav`, MkDocs puts stories/index.md in a "Stories" section of
        one page: it becomes a menu entry of its own, right after the home page.
        """
        if config.nav is None:
            nav.items = _menu(nav.items, self.layout)
            nav.pages = list(_pages(nav.items))
            for before, page, after in zip([None, *nav.pages], nav.pages, [*nav.pages[1:], None]):
                page.previous_page, page.next_page = before, after
        elif self.result and self.result.rendered:
            listed = {page.file.src_uri for page in nav.pages}
            left_out = [path for path in self.layout.index_pages if path not in listed]
            if left_out:
                log.info("the nav in mkdocs.yml leaves out %s: add them to nav (or link them from a page) "
                         "so readers can browse every story and actor", ", ".join(left_out))
        return nav

    def _reusable_pages(self, generated, config) -> tuple[str, set[str]] | None:
        """Under `serve` (not --dirty): the surroundings' digest and the pages MkDocs must always see; else None."""
        self.reused, self.pending, self.stubbed, self.search_seen = [], {}, set(), 0
        if self.command != "serve" or self.dirty:
            return None
        self.preview = self.preview or PreviewStore()
        self.preview.forget_others(generated)
        folders = [config.docs_dir, config.theme.custom_dir or ""]
        return surroundings(config.config_file_path, folders), linked_pages(config.nav, config.docs_dir)

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
        """Under serve: put back the pages that did not change, and their search entries; write the status."""
        if self.command == "serve" and self.result is not None:
            status = Path(config.site_dir, STATUS)
            status.parent.mkdir(parents=True, exist_ok=True)
            status.write_text(preview_status(self.result.errors, self.result.words), encoding="utf-8")
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
        """MkDocs hook: a reused page that MkDocs must see is built from nothing.

        Its HTML from the last build replaces the output (`on_post_page`). The
        error banner is not written into pages: under serve every page's
        script reads it from the status file, so a broken save rebuilds only
        the pages it changed, not every page of the site.
        """
        if page.file.src_uri in self.stubbed:
            return ""
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """Put the story list where a hand-written page has the marker, after Markdown ran.

        Replacing it in the HTML keeps the list out of the page's Markdown, which
        would otherwise process any text between its tags.
        """
        result = self.result
        if STORY_LIST_MARKER in html and result and result.site and result.rendered:
            html = html.replace(STORY_LIST_MARKER, story_list(result.site.stories, result.layout, page.file.src_uri,
                                                              words=result.words))
        return html


def _enable_extensions(config) -> None:
    """Turn on the Markdown extensions our pages need when mkdocs.yml did not, saying so once."""
    missing = [name for name in NEEDED_EXTENSIONS if name not in config.markdown_extensions]
    if missing:
        config.markdown_extensions.extend(missing)
        log.debug("turned on %s in markdown_extensions: the generated headings carry ids", ", ".join(missing))


def _drop_sources(files: Files, content: str) -> None:
    """Take the content folder's own files (fact sheets, articles, drafts) out of the site when it lies in docs_dir."""
    root = Path(content).resolve()
    for file in list(files):
        if file.abs_src_path and root in Path(file.abs_src_path).resolve().parents:
            files.remove(file)


def _menu(items: list, layout: Layout) -> list:
    """The top of a generated menu: our one-page sections as plain entries, the story list after the home page."""
    lists = {layout.stories_index, layout.actors_index, layout.topics_index}
    menu = []
    for item in items:
        only = item.children[0] if item.is_section and len(item.children) == 1 else None
        if only is not None and only.is_page and only.file.src_uri in lists:
            only.parent = None
            item = only
        menu.append(item)
    rank = {HOME: 0, layout.stories_index: 1}
    return sorted(menu, key=lambda item: rank.get(item.file.src_uri, 2) if item.is_page else 2)


def _pages(items: list):
    """The pages of a menu in reading order, sections opened."""
    for item in items:
        if item.is_page:
            yield item
        elif item.is_section:
            yield from _pages(item.children)

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
