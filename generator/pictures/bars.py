"""Figure charts: small horizontal bar charts of the figures that share a unit.

Why: a key-figures box lists numbers one by one; when several count the same thing (people
killed, captured, in a convoy), bars show their sizes against each other at a glance.
Why ranges: when the article gives two values for one quantity (a figure and the figures it
conflicts with), two bars would read as two quantities; one bar ending in a hatched range
from the lowest to the highest value says "somewhere in here, and the sources disagree".

Bars run from zero (a bar that does not start at zero lies about ratios), sorted largest
first, labels above the bars so that long labels fit a phone's width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

from .svg import Box, Markup, facts_list, figure, lines_text, link, num, picture_id, svg_root, tag, text
from .svg import hit_area, text_width, wrap
from .words import ENGLISH, PictureWords

WIDTH = 400.0
LEFT, RIGHT = 4.0, 4.0
LABEL_SIZE, LABEL_LINE = 12.0, 14.5
VALUE_SIZE = 12.0
BAR_H = 14.0


@dataclass(frozen=True)
class Bar:
    """One bar; `low`/`high` set (and different) make it a disputed range."""

    id: str
    label: str
    value: float
    low: float | None = None
    high: float | None = None
    href: str | None = None
    shown: str = ""  # the value as the page prints it ("nearly 300"); a plain number otherwise

    @property
    def disputed(self) -> bool:
        """The sources disagree: the bar is drawn as a range."""
        return self.low is not None and self.high is not None and self.low != self.high

    @property
    def top(self) -> float:
        """Where the bar ends: the range's top when disputed."""
        return self.high if self.disputed else self.value


@dataclass(frozen=True)
class FigureValue:
    """A figure as the pages layer hands it over: value already multiplied by its scale."""

    id: str
    label: str
    value: float
    unit: str
    href: str | None = None
    conflicts_with: Sequence[str] = field(default_factory=tuple)
    shown: str = ""


def bars_from_figures(figures: Sequence[FigureValue]) -> dict[str, list[Bar]]:
    """Bars for every unit that two or more figures share; figures that conflict become one range.

    Conflicts are followed both ways and transitively (A conflicts with B, B with C: one range),
    within a unit only. The range's bar takes the label, link and id of its first figure.
    """
    by_unit: dict[str, list[FigureValue]] = {}
    for f in figures:
        if f.unit:
            by_unit.setdefault(f.unit, []).append(f)
    charts = {}
    for unit in sorted(by_unit):
        group = by_unit[unit]
        if len(group) >= 2:
            charts[unit] = [_merge(cluster) for cluster in _clusters(group)]
    return charts


def _clusters(group: Sequence[FigureValue]) -> list[list[FigureValue]]:
    ids = [f.id for f in group]
    parent = {i: i for i in ids}

    def root(i):
        """The representative of i's group of conflicting figures."""
        while parent[i] != i:
            i = parent[i]
        return i

    for f in group:
        for other in f.conflicts_with:
            if other in parent:
                a, b = sorted((root(f.id), root(other)), key=ids.index)
                parent[b] = a
    clusters: dict[str, list[FigureValue]] = {}
    for f in group:
        clusters.setdefault(root(f.id), []).append(f)
    return list(clusters.values())


def _merge(cluster: Sequence[FigureValue]) -> Bar:
    first = cluster[0]
    if len(cluster) == 1:
        return Bar(first.id, first.label, first.value, href=first.href, shown=first.shown)
    values = [f.value for f in cluster]
    return Bar(first.id, first.label, first.value, min(values), max(values), first.href)


def bar_chart(bars: Sequence[Bar], unit: str, title: str = "", caption: str = "",
              words: PictureWords = ENGLISH) -> Markup:
    """The chart as a <figure class="explainer-picture explainer-picture--bars">."""
    ordered = sorted(bars, key=lambda b: (-b.top, b.label, b.id))
    pid = picture_id("bars", unit, *[(b.id, b.label, b.value, b.low, b.high, b.href, b.shown) for b in ordered])
    widest = max((text_width(_value_words(b, words), VALUE_SIZE, True) for b in ordered), default=0.0)
    span = WIDTH - LEFT - RIGHT - widest - 8
    step = _axis_step(max((b.top for b in ordered), default=1.0))
    most = step * math.ceil(max((b.top for b in ordered), default=1.0) / step - 1e-9)
    scale = span / most if most else 0.0
    rows, y = [], 8.0
    hatch = f"url(#{pid}-hatch)"
    for bar in ordered:
        drawn, y = _bar_row(bar, y, scale, hatch, words)
        rows.append(drawn)
    grid = _grid(most, step, scale, 8.0, y, words)
    height = y + 22
    title = title or words.format("picture.bars.title", unit=unit)
    values = words["picture.semicolon"].join(f"{b.label}{words['colon']}{_value_words(b, words)}" for b in ordered)
    desc = words.format("picture.bars.description", figures=words.count("picture.bars.figures", len(ordered)),
                        unit=unit, values=values)
    defs = tag("defs", {}, tag("pattern", {"id": f"{pid}-hatch", "width": "5", "height": "5",
                                           "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)"},
                               tag("path", {"class": "explainer-bars__hatch", "stroke": "#000", "d": "M0 0V5"})))
    svg = svg_root(pid, WIDTH, height, title, desc, [defs, grid, *rows], "explainer-bars")
    note = [words["picture.bars.disputed_note"]] if any(b.disputed for b in ordered) else []
    return figure("bars", svg, caption or " ".join([words.format("picture.bars.caption", unit=unit), *note]))


def bar_chart_facts(bars: Sequence[Bar], unit: str, words: PictureWords = ENGLISH) -> list[str]:
    """Each bar as text, largest first: its label and its value (or disputed range) in the unit."""
    ordered = sorted(bars, key=lambda b: (-b.top, b.label, b.id))
    return [f"{b.label}{words['colon']}{_value_words(b, words)} {unit}" for b in ordered]


def bar_chart_facts_html(bars: Sequence[Bar], unit: str, words: PictureWords = ENGLISH) -> Markup:
    """The chart's facts as an HTML list, for the caption or a text-only reader."""
    return facts_list(bar_chart_facts(bars, unit, words))


def figure_charts(figures: Sequence[FigureValue], words: PictureWords = ENGLISH) -> list[Markup]:
    """One chart for each unit that two or more figures share, in the units' alphabetical order."""
    return [bar_chart(bars, unit, words=words) for unit, bars in bars_from_figures(figures).items()]


def _value_words(bar: Bar, words: PictureWords) -> str:
    if bar.disputed:
        return words.format("picture.bars.disputed", low=words.number(bar.low, 2), high=words.number(bar.high, 2))
    return bar.shown or words.number(bar.value, 2)


def _axis_step(value: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) that spans `value` in at most five steps."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value / 5))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if math.ceil(value / (m * power) - 1e-9) <= 5)


def _bar_row(bar: Bar, y: float, scale: float, hatch: str, words: PictureWords) -> tuple[Markup, float]:
    lines = wrap(bar.label, WIDTH - LEFT - RIGHT, LABEL_SIZE, 2)
    label = lines_text(LEFT, y + LABEL_SIZE, lines, LABEL_LINE, "explainer-bars__label")
    top = y + LABEL_SIZE + LABEL_LINE * (len(lines) - 1) + 6
    solid = (bar.low if bar.disputed else bar.value) * scale
    parts = [tag("rect", {"class": "explainer-bars__bar", "x": num(LEFT), "y": num(top),
                          "width": num(max(solid, 1.0)), "height": num(BAR_H)})]
    end = LEFT + solid
    if bar.disputed:
        reach = (bar.high - bar.low) * scale
        parts.append(tag("rect", {"class": "explainer-bars__range", "x": num(end), "y": num(top),
                                  "width": num(max(reach, 2.0)), "height": num(BAR_H), "fill": hatch}))
        parts.append(tag("path", {"class": "explainer-bars__whisker", "fill": "none",
                                  "d": f"M{num(end)} {num(top - 3)}v{num(BAR_H + 6)}M{num(end + max(reach, 2.0))} "
                                       f"{num(top - 3)}v{num(BAR_H + 6)}"}))
        end += max(reach, 2.0)
    parts.append(text(end + 6, top + BAR_H - 2.5, _value_words(bar, words), "explainer-bars__value"))
    hit = hit_area(Box(LEFT, y, WIDTH - LEFT - RIGHT, top + BAR_H - y)) if bar.href else None
    return link(bar.href, hit, label, *parts, cls="explainer-bars__row"), top + BAR_H + 12


def _grid(most: float, step: float, scale: float, top: float, bottom: float, words: PictureWords) -> Markup:
    """Light vertical lines at round values, labelled under the chart."""
    lines, labels = [], []
    for k in range(int(round(most / step)) + 1):
        value = k * step
        x = LEFT + value * scale
        lines.append(f"M{num(x)} {num(top)}V{num(bottom)}")
        labels.append(text(x, bottom + 12, words.number(value, 2), "explainer-bars__tick", "middle" if k else "start"))
    return tag("g", {"class": "explainer-bars__grid", "aria-hidden": "true"},
               tag("path", {"class": "explainer-bars__gridline", "fill": "none", "d": "".join(lines)}), *labels)
