"""Explainer site generator: content/<story>/{article.md,facts.yml} -> explainer pages.

The core (load, validate, rules, linking, pages, render, build) knows nothing
of MkDocs; `generator.plugin` adapts it to MkDocs and `generator.cli` to the shell.
"""

from .build import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]
