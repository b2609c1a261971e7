"""The MkDocs adapter, and nothing else: the only module that imports mkdocs.

It hands the content folder to `build.build_site`, adds the pages it returns
as in-memory files, and turns problems into MkDocs log lines. Under `mkdocs
build`, errors raise one PluginError listing them all. Under `mkdocs serve`
it never raises (MkDocs 1.6 would hang every request until a build
succeeds): the errors are logged and shown on the pages instead, and the
fixed file brings the site back at the next save.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .build import BuildResult, build_site
from .problems import ERROR, INFO, WARNING, Problem
from .reference import reference_page
from .render import INDEX_PAGES, Layout, error_banner, error_page, story_page

log = get_plugin_logger(__name__)

STYLESHEET = "assets/explainer/explainer.css"
SCRIPT = "assets/explainer/explainer.js"
STORY_LIST_MARKER = "<!-- explainer:stories -->"
THEME_DIR = Path(__file__).parent / "theme"


class ExplainerConfig(Config):
    content = config_options.Dir(exists=True, default="content")


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    supports_multiple_instances = False

    def __init__(self):
        self.command = "build"
        self.result: BuildResult | None = None
        self.known_pages: set[str] = set()
        self.error_pages: set[str] = set()

    def on_startup(self, *, command, dirty):
        # `mkdocs serve --clean` reports itself as "build"; the command line tells the truth.
        self.command = "serve" if command == "serve" or sys.argv[1:2] == ["serve"] else command

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
        return config

    def on_pre_build(self, *, config) -> None:
        """Build the pages before MkDocs cleans site_dir, so bad content never leaves a half-written site."""
        try:
            result = build_site(self.config.content, Layout(config.use_directory_urls), partial=self.command == "serve")
        except Exception as exc:  # a bug of ours must not hang `mkdocs serve`: report it like a content error
            if self.command != "serve":
                raise
            log.exception("explainer failed")
            result = BuildResult({}, (Problem(str(self.config.content), 0, 0, ERROR, f"the generator failed: {exc!r}"),), ())
        self.result = result
        for problem in result.problems:
            level = {ERROR: log.error, WARNING: log.warning, INFO: log.info}[problem.severity]
            level("%s", problem.format())
        if result.errors and self.command != "serve":
            raise PluginError(f"{len(result.errors)} error(s) in {self.config.content}; see the lines above")

    def on_files(self, files: Files, *, config) -> Files:
        result = self.result
        pages = dict(result.pages)
        self.error_pages: set[str] = set()
        self.known_pages |= set(pages)
        if result.errors:
            # Serve keeps running: a page that cannot be built, and that the editor
            # may have open, shows the errors instead; healthy stories still render.
            story_pages = {story_page(Path(path).parent.name) for path in result.watched if path.endswith("facts.yml")}
            for path in sorted(self.known_pages | story_pages | set(INDEX_PAGES)):
                if path not in pages:
                    pages[path] = error_page(result.errors)
                    self.error_pages.add(path)
        pages["reference.md"] = reference_page()
        sources = result.renderer.page_sources() if result.renderer else {}
        content_root = Path(self.config.content).resolve().parent
        for path, markdown in pages.items():
            file = File.generated(config, path, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV)
            if path in sources:
                # The edit button opens the fact sheet the page came from; MkDocs joins this to edit_uri.
                file.edit_uri = os.path.relpath(content_root / sources[path], config.docs_dir).replace(os.sep, "/")
            files.append(file)
        for uri, name in ((STYLESHEET, "explainer.css"), (SCRIPT, "explainer.js")):
            files.append(File.generated(config, uri, content=(Path(__file__).parent / "assets" / name).read_text(encoding="utf-8")))
        return files

    def on_serve(self, server, *, config, builder):
        server.watch(self.config.content)
        return server

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        if self.result and self.result.errors and page.file.src_uri not in self.error_pages:
            markdown = error_banner(self.result.errors) + "\n\n" + markdown
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """Put the story list where a hand-written page has the marker, after Markdown ran.

        Replacing it in the HTML keeps the list out of the page's Markdown, which
        would otherwise process any text between its tags.
        """
        if STORY_LIST_MARKER in html and self.result and self.result.renderer:
            html = html.replace(STORY_LIST_MARKER, self.result.renderer.story_list(page.file.src_uri))
        return html
