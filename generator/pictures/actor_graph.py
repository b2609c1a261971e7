"""The actor graph: who is allied with, opposed to, part of or led by whom.

Why it is drawn the way it is:
- Kinds differ by shape as well as colour, so the graph reads in greyscale and for readers
  who do not tell the colours apart: person circle, organisation rounded square, state
  hexagon, government a house (a pediment on a square), armed group triangle, military
  diamond, alliance star. A legend names the shapes and line styles used.
- Relation types differ by line: ally solid, opponent dashed, other dotted; the directed
  types (leads, member of, part of) carry an arrow from the subject to the object. Each line
  is labelled with its type where the label fits clear of nodes and other labels; where it
  does not, its style still says it, and the facts list says it in words.
- Symmetric relations given from both sides (A ally of B, B ally of A) are drawn once.
- Layout: `graph_layout` (stress majorization, deterministic), turned upright to suit a phone.
- Every node is a link to its actor's page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from . import geo, graph_layout
from .svg import Box, Markup, facts_list, figure, join, lines_text, link, num, picture_id, svg_root, tag, text
from .svg import hit_area, text_box, text_width, wrap
from .words import ENGLISH, PictureWords

WIDTH = 400.0
R = 13.0
LABEL_SIZE, LABEL_LINE, LABEL_W = 12.0, 13.5, 108.0
EDGE_SIZE = 10.0
FOCUS_SCALE = 1.25  # the actor whose page it is, drawn larger
# How far each kind's shape reaches from its centre, in radii (see `shape`): lines stop there.
REACH = {"person": 1.0, "organisation": 1.2, "state": 1.08, "government": 1.25, "armed-group": 1.36,
         "military": 1.25, "alliance": 1.3}
DIRECTED = ("leads", "member-of", "part-of")
TYPES = ("ally", "opponent", "member-of", "leads", "part-of", "other")  # the legend's order
KINDS = ("person", "organisation", "state", "government", "armed-group", "military", "alliance")
# How a relation reads from each end, in the facts: (from the subject, from the object), as word-table keys.
RELATION_WORDS = {"ally": ("ally_of", "ally_of"), "opponent": ("opponent_of", "opponent_of"),
                  "leads": ("leads", "led_by"), "member-of": ("member_of", "has_member"),
                  "part-of": ("part_of", "includes")}


def type_words(kind: str, words: PictureWords = ENGLISH) -> str:
    """A relation type as a line's label and in the legend ("member of"); an unknown type as written."""
    if kind == "other":
        return words["picture.graph.other"]
    return words.label(f"relation.{kind}") if kind in TYPES else kind


def kind_words(kind: str, words: PictureWords = ENGLISH) -> str:
    """An actor kind as the legend and the facts say it ("armed group"); an unknown kind as written."""
    return words.label(f"kind.{kind}") if kind in KINDS else kind


@dataclass(frozen=True)
class GraphNode:
    """An actor as the graph draws it: a shape for its kind, a label, a link to its page."""
    id: str
    label: str
    kind: str  # person | organisation | armed-group | state | government | military | alliance
    href: str | None = None


@dataclass(frozen=True)
class GraphEdge:
    """A relation from `source` to `target`; `label` is printed on the line (default: the type)."""

    source: str
    target: str
    type: str  # ally | opponent | member-of | leads | part-of | other
    label: str = ""


def merged_edges(nodes: Sequence[GraphNode], edges: Sequence[GraphEdge]) -> list[GraphEdge]:
    """Edges between known nodes, a symmetric relation given from both sides kept once (the first)."""
    known = {n.id for n in nodes}
    seen, kept = set(), []
    for edge in edges:
        if edge.source not in known or edge.target not in known or edge.source == edge.target:
            continue
        ends = (edge.source, edge.target) if edge.type in DIRECTED else tuple(sorted((edge.source, edge.target)))
        if (ends, edge.type) not in seen:
            seen.add((ends, edge.type))
            kept.append(edge)
    return kept


def neighbourhood(nodes: Sequence[GraphNode], edges: Sequence[GraphEdge], actor_id: str):
    """The actor and the actors it has a direct relation with (either way), and those relations."""
    mine = [e for e in merged_edges(nodes, edges) if actor_id in (e.source, e.target)]
    near = {actor_id} | {e.source for e in mine} | {e.target for e in mine}
    return [n for n in nodes if n.id in near], mine


def actor_graph(nodes: Sequence[GraphNode], edges: Sequence[GraphEdge], title: str = "", caption: str = "",
                focus: str | None = None, words: PictureWords = ENGLISH) -> Markup:
    """The graph as a <figure class="explainer-picture explainer-picture--graph">.

    `focus` (an actor id) is drawn larger: use it with `neighbourhood` on an actor's page.
    """
    nodes = list(nodes)
    kept = merged_edges(nodes, edges)
    pid = picture_id("graph", focus, *[(n.id, n.label, n.kind, n.href) for n in nodes],
                     *[(e.source, e.target, e.type, e.label) for e in kept])
    labels = [wrap(n.label, LABEL_W, LABEL_SIZE, 3, bold=True) for n in nodes]
    index = {n.id: i for i, n in enumerate(nodes)}
    xy = _positions(nodes, kept, labels)
    sides = _label_sides(xy, [(index[e.source], index[e.target]) for e in kept])
    xy = graph_layout.separate(xy, [_extents(lines, side) for lines, side in zip(labels, sides)], WIDTH)
    node_boxes = [_label_place(p, lines, side)[3] for p, lines, side in zip(xy, labels, sides)]
    top = min(b.y for b in node_boxes) - 8 if node_boxes else 0.0
    xy = [(x, y - top) for x, y in xy]
    node_boxes = [Box(b.x, b.y - top, b.w, b.h) for b in node_boxes]
    bottom = max((b.y + b.h for b in node_boxes), default=0.0) + 10
    reach = [R * REACH.get(n.kind, 1.0) * (FOCUS_SCALE if n.id == focus else 1.0) for n in nodes]
    lines_svg, edge_labels = _edges(kept, index, xy, node_boxes, bottom, f"url(#{pid}-arrow)", reach, words)
    legend, height = _legend(nodes, kept, bottom, f"url(#{pid}-arrow)", words)
    body = [_defs(pid), tag("g", {"class": "explainer-graph__edges", "fill": "none", "stroke": "#777"}, *lines_svg),
            tag("g", {"class": "explainer-graph__edge-labels"}, *edge_labels),
            tag("g", {"class": "explainer-graph__nodes"},
                *[_node(n, p, lines, n.id == focus, side) for n, p, lines, side in zip(nodes, xy, labels, sides)]),
            legend]
    svg = svg_root(pid, WIDTH, height, title or words["picture.graph.title"], _description(nodes, kept, words),
                   body, "explainer-graph")
    return figure("graph", svg, caption or words["picture.graph.caption"])


def actor_graph_facts(nodes: Sequence[GraphNode], edges: Sequence[GraphEdge],
                      words: PictureWords = ENGLISH) -> list[str]:
    """Each actor, its kind, and its relations in words ("ally of Iran; leads US-led coalition")."""
    names = {n.id: n.label for n in nodes}
    kept = merged_edges(nodes, edges)
    lines = []
    for node in nodes:
        said = []
        for e in kept:
            if node.id not in (e.source, e.target):
                continue
            other = names[e.target if e.source == node.id else e.source]
            said.append(_relation_words(e, node.id == e.source, other, words))
        relations = words["picture.semicolon"].join(said) if said else words["picture.graph.no_relation"]
        lines.append(f"{node.label} ({kind_words(node.kind, words)}){words['colon']}{relations}.")
    return lines


def actor_graph_facts_html(nodes: Sequence[GraphNode], edges: Sequence[GraphEdge],
                           words: PictureWords = ENGLISH) -> Markup:
    """The graph's facts as an HTML list, for the caption or a text-only reader."""
    return facts_list(actor_graph_facts(nodes, edges, words))


def _relation_words(edge: GraphEdge, outgoing: bool, other: str, words: PictureWords) -> str:
    note = f" ({edge.label})" if edge.label and edge.label != type_words(edge.type, words) else ""
    forward, backward = RELATION_WORDS.get(edge.type, ("related_to", "related_to"))
    return words.format(f"picture.graph.{forward if outgoing else backward}", name=other) + note


def _description(nodes, edges, words: PictureWords) -> str:
    kinds = sorted({kind_words(n.kind, words) for n in nodes})
    said = words.format("picture.graph.description", actors=words.count("picture.graph.actors", len(nodes)),
                        kinds=words.list(kinds), relations=words.count("picture.graph.relations", len(edges)))
    return f"{said} {words['picture.graph.listed']}"


SIDES = {"below": (0.0, 1.0, 0.0), "above": (0.0, -1.0, 0.2), "right": (1.0, 0.0, 0.35), "left": (-1.0, 0.0, 0.35)}


def _label_sides(xy, links) -> list[str]:
    """For each node, the side for its label that its lines leave least towards (below if tied)."""
    out = {i: [] for i in range(len(xy))}
    for a, b in links:
        for i, j in ((a, b), (b, a)):
            dx, dy = xy[j][0] - xy[i][0], xy[j][1] - xy[i][1]
            length = math.hypot(dx, dy) or 1.0
            out[i].append((dx / length, dy / length))
    sides = []
    for i in range(len(xy)):
        def cost(side):
            """How many edges a label on this side would cross, plus the side's own preference."""
            sx, sy, bias = SIDES[side]
            return sum(max(0.0, ux * sx + uy * sy) ** 2 for ux, uy in out[i]) + bias
        sides.append(min(SIDES, key=cost))
    return sides


def _label_place(centre, lines, side: str = "below"):
    """Where a node's label goes on `side`: (x, first baseline, anchor, box of shape and label)."""
    x, y = centre
    n = len(lines)
    w = max((text_width(s, LABEL_SIZE, True) for s in lines), default=0.0)
    if side in ("below", "above"):
        half = max(R + 3, w / 2 + 2)
        if side == "below":
            return x, y + R + 14, "middle", Box(x - half, y - R - 3, 2 * half, 2 * R + 8 + LABEL_LINE * n)
        first = y - R - 9 - LABEL_LINE * (n - 1)
        return x, first, "middle", Box(x - half, y - R - 6 - LABEL_LINE * n, 2 * half, LABEL_LINE * n + 2 * R + 9)
    first = y - LABEL_LINE * (n - 1) / 2 + 4
    height = max(2 * R + 6, LABEL_LINE * n + 4)
    top = y - height / 2
    if side == "right":
        return x + R + 5, first, "start", Box(x - R - 3, top, 2 * R + 10 + w, height)
    return x - R - 5, first, "end", Box(x - R - 7 - w, top, 2 * R + 10 + w, height)


def _node_box(centre, lines) -> Box:
    return _label_place(centre, lines)[3]


def _extents(lines, side: str = "below") -> tuple[float, float, float, float]:
    """A node's box around its centre as (left, top, right, bottom) distances, for `separate`."""
    box = _label_place((0.0, 0.0), lines, side)[3]
    return (-box.x, -box.y, box.x + box.w, box.y + box.h)


def _positions(nodes, edges, labels) -> list[tuple[float, float]]:
    """Each connected group laid out on its own (stress, upright, fitted to the width, taller than
    wide since labels are wide), groups stacked top to bottom; then boxes pushed apart."""
    index = {n.id: i for i, n in enumerate(nodes)}
    links = [(index[e.source], index[e.target]) for e in edges]
    sizes = [_extents(lines) for lines in labels]
    placed: list[tuple[float, float]] = [(0.0, 0.0)] * len(nodes)
    top, row = 0.0, []
    for group in graph_layout.components(len(nodes), links):
        if len(group) == 1:  # actors with no relation: a row at the foot
            row.append(group[0])
            continue
        local = {g: k for k, g in enumerate(group)}
        raw = graph_layout.upright(graph_layout.stress_layout(
            len(group), [(local[a], local[b]) for a, b in links if a in local and b in local]))
        margin = max(sizes[g][0] for g in group) + 4
        xs, ys = [p[0] for p in raw], [p[1] for p in raw]
        scale = min((WIDTH - 2 * margin) / ((max(xs) - min(xs)) or 1.0), 110.0)
        middle = (max(xs) + min(xs)) / 2
        for g, (x, y) in zip(group, raw):
            placed[g] = (WIDTH / 2 + (x - middle) * scale, top + (y - min(ys)) * scale * 1.35)
        top += (max(ys) - min(ys)) * scale * 1.35 + 80
    for line in _rows_of(row, sizes):
        width = sum(sizes[g][0] + sizes[g][2] for g in line) + 12 * (len(line) - 1)
        x = (WIDTH - width) / 2
        for g in line:
            placed[g] = (x + sizes[g][0], top)
            x += sizes[g][0] + sizes[g][2] + 12
        top += 70
    return graph_layout.separate(placed, sizes, WIDTH)


def _rows_of(items: list[int], sizes) -> list[list[int]]:
    """Isolated nodes in rows no wider than the picture."""
    rows: list[list[int]] = []
    width = 0.0
    for g in items:
        w = sizes[g][0] + sizes[g][2] + 12
        if not rows or width + w > WIDTH:
            rows.append([])
            width = 0.0
        rows[-1].append(g)
        width += w
    return rows


def _edges(edges, index, xy, node_boxes, bottom, arrow: str, reach: Sequence[float],
           words: PictureWords = ENGLISH) -> tuple[list[Markup], list[Markup]]:
    """Lines (curved apart when two relations join the same pair) and the labels that fit.

    A label sits on its own line, clear of nodes, other labels and every other line, so that
    no label can be read as another line's; one that finds no such place is left out.
    """
    pairs: dict[tuple[str, str], list[GraphEdge]] = {}
    for e in edges:
        pairs.setdefault(tuple(sorted((e.source, e.target))), []).append(e)
    drawn = []
    for e in edges:
        group = pairs[tuple(sorted((e.source, e.target)))]
        bend = (group.index(e) - (len(group) - 1) / 2) * 22.0
        drawn.append(_edge_path(xy[index[e.source]], xy[index[e.target]], -bend if e.source > e.target else bend,
                                (reach[index[e.source]], reach[index[e.target]]),
                                e.type in DIRECTED))
    polylines = [[along(k / 8) for k in range(9)] for _, along in drawn]
    frame, taken = Box(2, 2, WIDTH - 4, bottom - 4), list(node_boxes)
    lines, labels = [], []
    for n, (e, (path, along)) in enumerate(zip(edges, drawn)):
        lines.append(tag("path", {"class": f"explainer-graph__edge explainer-graph__edge--{e.type}", "d": path,
                                  "marker-end": arrow if e.type in DIRECTED else None}))
        said = _short(e.label or type_words(e.type, words))
        others = [line for m, line in enumerate(polylines) if m != n]
        for t in (0.5, 0.38, 0.62, 0.28, 0.72):
            x, y = along(t)
            box = text_box(x, y + EDGE_SIZE * 0.35, said, EDGE_SIZE, "middle")
            if (box.inside(frame) and not any(box.overlaps(o, 1.5) for o in taken)
                    and not any(_crosses(line, box) for line in others)):
                taken.append(box)
                labels.append(text(x, y + EDGE_SIZE * 0.35, said, "explainer-graph__edge-label", "middle"))
                break
    return lines, labels


def _crosses(line, box: Box) -> bool:
    """Whether a polyline passes through a box."""
    edges = (box.x, box.y, box.x + box.w, box.y + box.h)
    return any(geo.clip_line([a, b], edges) for a, b in zip(line, line[1:]))


def _short(words: str, most: int = 22) -> str:
    return words if len(words) <= most else words[: most - 1].rstrip() + "…"


def _edge_path(a, b, bend: float, reach: tuple[float, float], arrow: bool):
    """Path data from node a to node b, trimmed at the shapes, and a function t -> point on it.

    `reach` is how far each end's shape extends from its centre at most (a triangle's corner, the
    focus drawn larger), so that no arrowhead ever hides under a shape.
    """
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    start = (a[0] + ux * (reach[0] + 2), a[1] + uy * (reach[0] + 2))
    end = (b[0] - ux * (reach[1] + (5 if arrow else 2)), b[1] - uy * (reach[1] + (5 if arrow else 2)))
    if not bend:
        def along(t):
            """The point a fraction t along the straight edge."""
            return (start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t)
        return f"M{num(start[0])} {num(start[1])}L{num(end[0])} {num(end[1])}", along
    control = ((a[0] + b[0]) / 2 - uy * bend * 2, (a[1] + b[1]) / 2 + ux * bend * 2)

    def along(t):
        """The point a fraction t along the curved edge."""
        u = 1 - t
        return (u * u * start[0] + 2 * u * t * control[0] + t * t * end[0],
                u * u * start[1] + 2 * u * t * control[1] + t * t * end[1])
    return (f"M{num(start[0])} {num(start[1])}Q{num(control[0])} {num(control[1])} "
            f"{num(end[0])} {num(end[1])}"), along


def shape(kind: str, x: float, y: float, r: float = R, cls: str = "") -> Markup:
    """The node's shape for its kind, centred on (x, y)."""
    cls = f"explainer-graph__shape explainer-graph__shape--{kind} {cls}".strip()
    if kind == "person":
        return tag("circle", {"class": cls, "fill": "#ccc", "stroke": "#000", "cx": num(x), "cy": num(y), "r": num(r)})
    if kind == "organisation":
        side = r * 1.7
        return tag("rect", {"class": cls, "fill": "#ccc", "stroke": "#000", "x": num(x - side / 2),
                            "y": num(y - side / 2), "width": num(side),
                            "height": num(side), "rx": num(r * 0.35)})
    outline = {
        "state": [(math.cos(math.pi / 3 * i) * r * 1.08, math.sin(math.pi / 3 * i) * r * 1.08) for i in range(6)],
        "government": [(-0.9, 0.85), (0.9, 0.85), (0.9, -0.2), (0, -1.0), (-0.9, -0.2)],
        "armed-group": [(0, -1.2), (1.1, 0.8), (-1.1, 0.8)],
        "military": [(0, -1.25), (1.1, 0), (0, 1.25), (-1.1, 0)],
        "alliance": [(math.sin(math.pi / 5 * i) * (1.3 if i % 2 == 0 else 0.6),
                      -math.cos(math.pi / 5 * i) * (1.3 if i % 2 == 0 else 0.6)) for i in range(10)],
    }.get(kind, [(math.cos(math.pi / 4 * i + math.pi / 8), math.sin(math.pi / 4 * i + math.pi / 8))
                 for i in range(8)])
    scale = 1.0 if kind == "state" else r
    d = "M" + "L".join(f"{num(x + px * scale)} {num(y + py * scale)}" for px, py in outline) + "Z"
    return tag("path", {"class": cls, "fill": "#ccc", "stroke": "#000", "d": d})


def _node(node: GraphNode, centre, lines, focus: bool, side: str) -> Markup:
    x, y = centre
    lx, ly, anchor, box = _label_place(centre, lines, side)
    label = lines_text(lx, ly, lines, LABEL_LINE, "explainer-graph__label", anchor)
    drawn = shape(node.kind, x, y, R * (FOCUS_SCALE if focus else 1.0),
                  "explainer-graph__shape--focus" if focus else "")
    hit = hit_area(box) if node.href else None
    return link(node.href, hit, drawn, label, cls="explainer-graph__node")


def _defs(pid: str) -> Markup:
    marker = tag("marker", {"id": f"{pid}-arrow", "viewBox": "0 0 10 10", "refX": "8", "refY": "5",
                            "markerWidth": "6", "markerHeight": "6", "orient": "auto"},
                 tag("path", {"class": "explainer-graph__arrow", "d": "M0 0L10 5 0 10z"}))
    return tag("defs", {}, marker)


def _legend(nodes, edges, top: float, arrow: str, words: PictureWords = ENGLISH) -> tuple[Markup, float]:
    """Shapes of the kinds present, then line styles of the relation types present, wrapped to the width."""
    kinds = [k for k in KINDS if any(n.kind == k for n in nodes)]
    kinds += sorted({n.kind for n in nodes} - set(KINDS))
    types = [t for t in TYPES if any(e.type == t for e in edges)]
    entries = [("kind", k, kind_words(k, words)) for k in kinds] + [("type", t, type_words(t, words)) for t in types]
    x, y, items = 6.0, top + 16, []
    for what, key, said in entries:
        width = (22 if what == "kind" else 36) + text_width(said, 11) + 12
        if x + width > WIDTH - 4:
            x, y = 6.0, y + 22
        if what == "kind":
            items.append(shape(key, x + 8, y - 4, 7))
            items.append(text(x + 20, y, said, "explainer-graph__legend"))
        else:
            items.append(tag("path", {"class": f"explainer-graph__edge explainer-graph__edge--{key}", "fill": "none",
                                      "stroke": "#777", "d": f"M{num(x)} {num(y - 4)}h28",
                                      "marker-end": arrow if key in DIRECTED else None}))
            items.append(text(x + 34, y, said, "explainer-graph__legend"))
        x += width
    return tag("g", {"class": "explainer-graph__key", "aria-hidden": "true"}, *items), y + 12
