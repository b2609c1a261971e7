"""Pictures drawn at build time as inline SVG: a locator map, a timeline, an actor graph, figure bars.

Why inline SVG built in Python: a reader sees the picture with no script and no request to
anyone (no fonts, images, tiles or external links; only the links to site pages the caller
gives), it prints, it follows the page's light or dark scheme through Material's CSS
variables (classes styled in `generator/assets/explainer.css`, section "pictures"), and it
weighs a few kilobytes. Output is deterministic: the same input gives byte-identical SVG in
every process (sorted iteration, content-derived ids, coordinates rounded to one decimal).

The inputs are this package's own frozen dataclasses (`MapMark`, `TimelineEvent`,
`GraphNode`/`GraphEdge`, `Bar`/`FigureValue`): the package knows nothing of the fact sheet
or MkDocs; the pages layer converts the model to them.

Each picture function returns `Markup` holding one
`<figure class="explainer-picture explainer-picture--KIND">` with the `<svg>` (role="img",
`<title>` and `<desc>`, aria-labelledby) and a `<figcaption>`. The SVG's links are a
convenience for pointer users (inside role="img" a screen reader does not announce them), so
each picture has a `*_facts` function returning the same facts as a list of plain strings,
for the page to print with the picture (and `*_facts_html`/`svg.facts_list` as an HTML list).

Where explainer.css is not loaded (a feed reader, a reader mode), a few presentation
attributes (grey land, outlined shapes, visible lines) keep each picture legible; the CSS
classes override them.
"""

from .actor_graph import GraphEdge, GraphNode, actor_graph, actor_graph_facts, merged_edges, neighbourhood
from .bars import Bar, FigureValue, bar_chart, bar_chart_facts, bars_from_figures, figure_charts
from .locator_map import MapMark, locator_map, locator_map_facts
from .svg import facts_list
from .timeline import TimelineEvent, timeline, timeline_facts

__all__ = [
    "Bar", "FigureValue", "GraphEdge", "GraphNode", "MapMark", "TimelineEvent", "actor_graph", "actor_graph_facts",
    "bar_chart", "bar_chart_facts", "bars_from_figures", "facts_list", "figure_charts", "locator_map",
    "locator_map_facts", "merged_edges", "neighbourhood", "timeline", "timeline_facts",
]
