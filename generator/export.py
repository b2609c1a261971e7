"""The site as a plain project for another builder: what `explainer render --out DIR` writes.

Plain MkDocs, ProperDocs and Zensical run no MkDocs plugin, so everything
the plugin adds at build time is written out instead: the pages, a home page
with the story list, our stylesheet and script, our templates as a
`custom_dir`, and a mkdocs.yml that ties them together. Links between pages
are relative URLs in MkDocs' directory style, the ones the plugin writes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .build import BuildResult
from .pages.home import STORY_LIST_MARKER, home_page, story_list
from .urls import HOME, Layout

PACKAGE_DIR = Path(__file__).parent
ASSETS = ("explainer.css", "explainer.js")
DOCS, OVERRIDES = "docs", "overrides"

MKDOCS_YML = """\
# Written by `explainer render`: the explainer pages as a plain site, for a builder without the plugin
# (MkDocs, ProperDocs, Zensical). Written once: render never overwrites a mkdocs.yml, so edit it freely.
site_name: {site_name}
# Pages at stories/x.html: each link is then relative to both the page's file and its address, as
# every builder reads it (Zensical re-bases links in pages' HTML on the file, MkDocs keeps them as written).
use_directory_urls: {directory_urls}
theme:
  name: material
  language: {language}
  custom_dir: {overrides}
  font: false
  features: [content.tooltips, navigation.top, search.highlight]
markdown_extensions:
  - attr_list
  - toc:
      permalink: true
extra_css: [assets/explainer/explainer.css]
extra_javascript: [assets/explainer/explainer.js]
plugins: [search]
nav:
{nav}
not_in_nav: |
{not_in_nav}
validation:
  links: {{not_found: warn, anchors: warn, absolute_links: warn, unrecognized_links: warn}}
"""


CONFIG = "mkdocs.yml"  # written only where there is none
EXPORT_LAYOUT = Layout(use_directory_urls=False)  # the default: right for every builder


def export_files(result: BuildResult, site_name: str = "Explainers") -> dict[str, str]:
    """Every file of the project, by its path under --out: docs/, overrides/ and mkdocs.yml."""
    layout = result.layout
    files = {f"{DOCS}/{path}": markdown for path, markdown in result.pages.items()}
    stories = result.site.stories if result.site else ()
    home = home_page(site_name).replace(STORY_LIST_MARKER, str(story_list(stories, layout, HOME, words=result.words)))
    files[f"{DOCS}/{HOME}"] = home
    for name in ASSETS:
        files[f"{DOCS}/assets/explainer/{name}"] = (PACKAGE_DIR / "assets" / name).read_text(encoding="utf-8")
    theme = PACKAGE_DIR / "theme"
    for template in sorted(theme.rglob("*.html")):
        files[f"{OVERRIDES}/{template.relative_to(theme).as_posix()}"] = static_template(
            template.read_text(encoding="utf-8"), result)
    optional = [page for page in (layout.topics_index, layout.reference) if page in result.pages]
    listed = [HOME, *layout.index_pages, *optional]
    nav = "".join(f"  - {json.dumps(page)}\n" for page in listed).rstrip("\n")
    folders = (layout.stories_dir, layout.actors_dir, layout.topics_dir)
    hidden = "".join(f"  /{folder}/*.md\n" for folder in folders).rstrip("\n")
    files[CONFIG] = MKDOCS_YML.format(site_name=json.dumps(site_name), overrides=OVERRIDES, nav=nav,
                                      directory_urls=json.dumps(layout.use_directory_urls),
                                      language=json.dumps(result.words.requested),
                                      not_in_nav=hidden)
    return files


def static_template(text: str, result: BuildResult) -> str:
    """A theme template with what the plugin hands to templates written in as literals (no plugin runs here).

    `explainer_words` and `explainer_pages` become Jinja dict literals (JSON is one), so a
    builder without the plugin renders the 404 page and the page meta in the site's language.
    `explainer_status` (the preview's error file) is `none`: an exported site is never a preview.
    """
    layout = result.layout
    pages = {"actors": layout.url(layout.actors_index), "glossary": layout.url(layout.glossary)}
    text = re.sub(r"(?<!`)\bexplainer_words\b", lambda _: json.dumps(dict(result.words), ensure_ascii=False), text)
    text = re.sub(r"(?<!`)\bexplainer_status\b", "none", text)
    return re.sub(r"(?<!`)\bexplainer_pages\b", lambda _: json.dumps(pages), text)
