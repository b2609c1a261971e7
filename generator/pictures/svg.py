"""Small SVG helpers on top of `generator.markup.tag`: numbers, path data, text, boxes, the figure.

Why a module of its own: every picture needs the same few things done the same way, so that
output is byte-identical from run to run (numbers rounded to one decimal and printed one way,
attributes in a fixed order), every string from content is escaped (all elements go through
`tag`), and no picture asks anything of the network (no fonts, images or external links:
only the hrefs the caller gives, and only if they are site-relative or http(s)).

Text is measured without a font: `text_width` uses Helvetica's advance widths (Material's
font stack with `font: false` ends in Helvetica/Arial; Arial and Liberation Sans share them)
with a margin, so label boxes are slightly larger than the glyphs and never too small.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from generator.markup import Markup, escape, join, tag

SVG_NS = "http://www.w3.org/2000/svg"

# Helvetica advance widths, in thousandths of an em, for the printable ASCII characters 32..126.
_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_SLACK = 1.08  # other fonts of the stack (DejaVu, system UI fonts) run a few per cent wider
_SAFE_HREF = re.compile(r"^(https?://|mailto:|[^:]*$|[^:]*[/?#])", re.IGNORECASE)


def num(value: float) -> str:
    """A coordinate as printed: one decimal at most, no trailing zero, never "-0"."""
    text = f"{round(float(value), 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path_data(rings: Iterable[Sequence[tuple[float, float]]], closed: bool = True) -> str:
    """Path data for polylines or rings: absolute start, then relative steps of rounded points.

    Steps are differences of already-rounded positions, so rounding never drifts along a long
    coastline; points that round to the same position are dropped. Numbers are written the
    shortest way SVG reads them ("-.5", and no space before a minus sign or a second dot).
    """
    parts = []
    for ring in rings:
        tenths = _dedupe([(round(x * 10), round(y * 10)) for x, y in ring])
        if len(tenths) < 2:
            continue
        steps = [value for (ax, ay), (bx, by) in zip(tenths, tenths[1:]) for value in (bx - ax, by - ay)]
        parts.append(f"M{_numbers(tenths[0])}l{_numbers(steps)}{'z' if closed else ''}")
    return "".join(parts)


def _dedupe(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept = []
    for point in points:
        if not kept or kept[-1] != point:
            kept.append(point)
    return kept


def _short(tenths: int) -> str:
    text = num(tenths / 10)
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def _numbers(values: Sequence[int]) -> str:
    """Numbers given in tenths, joined with a space only where the next one would otherwise merge."""
    out: list[str] = []
    for value in values:
        token = _short(value)
        if out and not token.startswith("-") and not (token.startswith(".") and "." in out[-1]):
            out.append(" ")
        out.append(token)
    return "".join(out)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimated advance width of `text` at font size `size`, a little generous."""
    total = 0
    for char in text:
        code = ord(char)
        if 32 <= code <= 126:
            total += _WIDTHS[code - 32]
        elif code >= 0x2E80:  # CJK and other wide scripts
            total += 1000
        else:
            total += 600
    return total / 1000 * size * _SLACK * (1.07 if bold else 1.0)


def wrap(text: str, width: float, size: float, max_lines: int = 0, bold: bool = False) -> list[str]:
    """Words of `text` in lines no wider than `width`; past `max_lines` (if set), an ellipsis."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word, size, bold) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and text_width(last + "…", size, bold) > width:
            last = last[:-1].rstrip()
        lines[-1] = last.rstrip(",;:.") + "…"
    return lines


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: a label's or a mark's footprint, for collision tests."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: "Box", gap: float = 0.0) -> bool:
        """The boxes come closer than gap."""
        return (self.x < other.x + other.w + gap and other.x < self.x + self.w + gap
                and self.y < other.y + other.h + gap and other.y < self.y + self.h + gap)

    def inside(self, other: "Box") -> bool:
        """This box lies wholly within the other."""
        return (self.x >= other.x and self.y >= other.y
                and self.x + self.w <= other.x + other.w and self.y + self.h <= other.y + other.h)


def text_box(x: float, y: float, text: str, size: float, anchor: str = "start", bold: bool = False) -> Box:
    """The box a single-line text at baseline (x, y) covers (ascent 0.8em, descent 0.25em)."""
    width = text_width(text, size, bold)
    left = x - {"start": 0, "middle": width / 2, "end": width}[anchor]
    return Box(left, y - 0.8 * size, width, 1.05 * size)


def text(x: float, y: float, content, cls: str = "", anchor: str = "start", **attrs) -> Markup:
    """A <text> element; `content` is escaped unless it is Markup (tspans)."""
    base = {"x": num(x), "y": num(y), "class": cls or None,
            "text-anchor": anchor if anchor != "start" else None}
    return tag("text", {**base, **attrs}, content)


def lines_text(x: float, y: float, lines: Sequence[str], line_height: float, cls: str = "",
               anchor: str = "start") -> Markup:
    """Several lines as one <text> of <tspan>s, the first baseline at y."""
    spans = [tag("tspan", {"x": num(x), "dy": num(line_height) if i else None}, line)
             for i, line in enumerate(lines)]
    return text(x, y, join(spans), cls, anchor)


def safe_href(href: str | None) -> str | None:
    """A link target a picture may carry: site-relative, http(s) or mailto; anything else dropped."""
    if not href:
        return None
    href = str(href).strip()
    if re.match(r"^[\x00-\x20]*(javascript|data|vbscript|file):", href, re.IGNORECASE):
        return None
    return href if _SAFE_HREF.match(href) else None


def link(href: str | None, *children, cls: str = "") -> Markup:
    """Children wrapped in an SVG <a> when there is a safe href, or in a <g> otherwise."""
    target = safe_href(href)
    if target is None:
        return tag("g", {"class": cls or None}, *children)
    return tag("a", {"href": target, "class": cls or None}, *children)


def hit_area(box: Box) -> Markup:
    """An unpainted rectangle that takes the pointer: put first in a link, it makes the whole of a
    node or row one target, so a tap between a shape and its label still follows the link."""
    return tag("rect", {"class": "explainer-picture__hit", "x": num(box.x), "y": num(box.y), "width": num(box.w),
                        "height": num(box.h), "fill": "none", "pointer-events": "all"})


def picture_id(kind: str, *parts: object) -> str:
    """A stable id prefix for a picture, from its content (hash() would change with PYTHONHASHSEED)."""
    digest = hashlib.sha1(repr((kind, parts)).encode("utf-8")).hexdigest()[:8]
    return f"pic-{kind}-{digest}"


def svg_root(pid: str, width: float, height: float, title: str, desc: str, body: Iterable[Markup],
             cls: str = "") -> Markup:
    """The <svg>: viewBox, 100% wide, named by its <title> and described by its <desc>.

    Its role is "img" (one image with a text alternative) unless it holds links: the children
    of an img are presentational, so its links would be focusable but never announced (axe's
    nested-interactive, a serious violation). A picture with links is a "group" instead,
    named and described the same way, whose links a screen reader reads as links.
    """
    content = join(body, "\n")
    attrs = {
        "xmlns": SVG_NS, "viewBox": f"0 0 {num(width)} {num(height)}", "width": "100%",
        "role": "group" if "<a href=" in content else "img", "aria-labelledby": f"{pid}-title {pid}-desc", "id": pid,
        "class": f"explainer-picture__svg {cls}".strip(), "font-size": "12",
    }
    head = [tag("title", {"id": f"{pid}-title"}, title), tag("desc", {"id": f"{pid}-desc"}, desc)]
    return tag("svg", attrs, join([*head, content], "\n"))


def figure(kind: str, svg: Markup, caption: str | Markup, extra: Sequence[str] = ()) -> Markup:
    """<figure class="explainer-picture explainer-picture--KIND"> holding the SVG and a caption.

    `extra` lines (e.g. numbered labels that did not fit on a map) follow the caption as a list.
    """
    items = tag("ol", {"class": "explainer-picture__keys"}, *[tag("li", {}, x) for x in extra]) if extra else None
    caption_el = tag("figcaption", {}, tag("span", {"class": "explainer-picture__caption"}, caption), items)
    return tag("figure", {"class": f"explainer-picture explainer-picture--{kind}"}, join([svg, caption_el], "\n"))


def facts_list(lines: Sequence[str], cls: str = "explainer-picture__facts") -> Markup:
    """The text alternative as an HTML list, for pages to print under (or instead of) a picture."""
    return tag("ul", {"class": cls}, *[tag("li", {}, line) for line in lines])


__all__ = [
    "Box", "Markup", "escape", "facts_list", "figure", "hit_area", "join", "lines_text", "link", "num", "path_data",
    "picture_id", "safe_href", "svg_root", "tag", "text", "text_box", "text_width", "wrap",
]
