"""A vertical timeline of dated events, with partial dates shown as what they are.

Why vertical: a story's events carry sentences, not just names, and a phone is narrow and
tall; one event per row, the text wrapped beside the axis, reads at 390 px without zooming.

Why rows rather than a proportional axis: events cluster (a week in August 2017) after years
of nothing (2006 to 2014). The axis keeps time's order and compresses its gaps: the space
between rows grows with the logarithm of the gap, and a gap of more than a year is cut by an
axis break labelled with its length ("8 years"), so nobody reads the distance as a scale.

Partial dates are never made into days: a day is a dot, a month a short bar and a year a long
hollow bar, each labelled only as precisely as written ("Aug 2014", "2014"), with a legend.
The story's own date is a diamond in the accent colour. Actor names under each event are
links to their pages.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Sequence

from .svg import Markup, facts_list, figure, join, lines_text, num, picture_id, safe_href, svg_root, tag, text
from .svg import text_width, wrap
from .words import ENGLISH, PictureWords

WIDTH = 400.0
AXIS_X = 96.0
TEXT_X = 110.0
TEXT_SIZE, LINE = 12.0, 15.0
ACTOR_SIZE, ACTOR_LINE = 11.0, 14.0
DATE_SIZE = 12.0
GAP_SIZE = 11.0
MAX_LINES = 5
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class TimelineEvent:
    """One event: `date` is YYYY, YYYY-MM or YYYY-MM-DD; actors are (name, href) pairs."""

    date: str
    text: str
    href_actors: Sequence[tuple[str, str | None]] = field(default_factory=tuple)
    draft: bool = False


@dataclass(frozen=True)
class _When:
    start: dt.date
    end: dt.date  # last day the date may mean
    precision: str  # day | month | year
    label: str


def parse_date(value: str, words: PictureWords = ENGLISH) -> _When:
    """A partial date's first and last possible days, its precision and how to print it ("Aug 2014")."""
    match = _DATE.match(str(value).strip())
    if not match:
        raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return _When(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year))
    if day is None:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return _When(dt.date(year, month, 1), following - dt.timedelta(days=1), "month",
                     words.format("picture.timeline.month", month=words.months[month - 1], year=year))
    return _When(dt.date(year, month, day), dt.date(year, month, day), "day",
                 words.format("picture.timeline.first_day" if day == 1 else "picture.timeline.day", day=day,
                              month=words.months[month - 1], year=year))


@dataclass(frozen=True)
class _Row:
    when: _When
    text: str
    actors: tuple[tuple[str, str | None], ...]
    draft: bool
    story: bool  # the story's own date


def _rows(events: Sequence[TimelineEvent], story_date: str | None, story_label: str,
          words: PictureWords) -> list[_Row]:
    rank = {"year": 0, "month": 1, "day": 2}
    rows = [_Row(parse_date(e.date, words), e.text, tuple(e.href_actors), e.draft, False) for e in events]
    if story_date:
        rows.append(_Row(parse_date(story_date, words), story_label or words["picture.timeline.story_label"], (),
                         False, True))
    keyed = [((r.when.start, rank[r.when.precision], r.story, i), r) for i, r in enumerate(rows)]
    return [row for _, row in sorted(keyed, key=lambda k: k[0])]


def timeline(events: Sequence[TimelineEvent], story_date: str | None = None, title: str = "", caption: str = "",
             story_label: str = "", max_lines: int = MAX_LINES, words: PictureWords = ENGLISH) -> Markup:
    """The timeline as a <figure class="explainer-picture explainer-picture--timeline">.

    An event's text is cut after `max_lines` lines with an ellipsis: the page prints every
    event in full with the picture (`timeline_facts`), so the picture may stay short.
    """
    rows = _rows(events, story_date, story_label, words)
    pid = picture_id("timeline", story_date, *[(e.date, e.text, tuple(e.href_actors), e.draft) for e in events])
    legend, y = _legend(rows, words)
    body, previous = [legend], None
    axis_top, breaks = y, []
    for row in rows:
        gap = (row.when.start - previous.when.end).days if previous else 0
        if previous and gap > 365:
            y += 8
            breaks.append((y, _gap_words(previous.when, row.when, words)))
            y += 30
        elif previous:
            y += 4 + 5 * math.log1p(max(gap, 0))
        drawn, y_end = _row(row, y, max_lines, words)
        body.append(drawn)
        previous, y = row, y_end
    height = y + 8
    axis = _axis(axis_top, height - 10, breaks)
    svg = svg_root(pid, WIDTH, height, title or words["picture.timeline.title"], _description(rows, words),
                   [axis, *body], "explainer-timeline")
    return figure("timeline", svg, caption or words["picture.timeline.caption"])


def timeline_facts(events: Sequence[TimelineEvent], story_date: str | None = None, story_label: str = "",
                   words: PictureWords = ENGLISH) -> list[str]:
    """Every row of the timeline as text: its date, as precise as written, then what happened."""
    lines = []
    for row in _rows(events, story_date, story_label, words):
        who = f" ({words.list(name for name, _ in row.actors)})" if row.actors else ""
        draft = f" {words['picture.timeline.draft_fact']}" if row.draft else ""
        lines.append(f"{row.when.label}{words['colon']}{row.text}{who}{draft}")
    return lines


def timeline_facts_html(events: Sequence[TimelineEvent], story_date: str | None = None,
                        words: PictureWords = ENGLISH) -> Markup:
    """The timeline's facts as an HTML list, for the caption or a text-only reader."""
    return facts_list(timeline_facts(events, story_date, words=words))


def _description(rows: Sequence[_Row], words: PictureWords) -> str:
    events = [r for r in rows if not r.story]
    if not events:
        return words["picture.timeline.empty"]
    first, last = events[0].when.label, events[-1].when.label
    story = next((r.when.label for r in rows if r.story), None)
    counted = words.count("picture.timeline.events", len(events))
    span = (words.format("picture.timeline.description_dated", events=counted, first=first, last=last, date=story)
            if story else words.format("picture.timeline.description", events=counted, first=first, last=last))
    return f"{span} {words['picture.timeline.listed']}"


def _gap_words(before: _When, after: _When, words: PictureWords) -> str:
    years = (after.start - before.end).days / 365.25
    return words.count("picture.timeline.gap", round(years) if years >= 1.5 else 1)


def _axis(top: float, bottom: float, breaks: list[tuple[float, str]]) -> Markup:
    """The axis line, cut at each break by a gap with two slanted strokes and the gap's length."""
    segments, parts, y = [], [], top
    for break_y, words in breaks:
        segments.append((y, break_y))
        parts.append(tag("path", {"class": "explainer-timeline__break", "fill": "none",
                                  "d": f"M{num(AXIS_X - 7)} {num(break_y + 4)}l14-6M{num(AXIS_X - 7)} "
                                       f"{num(break_y + 12)}l14-6"}))
        parts.append(_left_of_axis(break_y + 12, words, "explainer-timeline__gap", GAP_SIZE))
        y = break_y + 16
    segments.append((y, bottom))
    line = "".join(f"M{num(AXIS_X)} {num(a)}V{num(b)}" for a, b in segments if b > a)
    return tag("g", {"class": "explainer-timeline__axis"},
               tag("path", {"class": "explainer-timeline__line", "fill": "none", "stroke": "#999", "d": line}), *parts)


def _left_of_axis(y: float, label: str, cls: str, size: float) -> Markup:
    """A date or gap label ending just left of the axis; one longer than the room there ("30 سبتمبر 2026")
    is drawn narrower to fit (textLength), so it is never cut off at the frame. English labels always fit."""
    room = AXIS_X - 12 - 4
    fit = {"textLength": num(room), "lengthAdjust": "spacingAndGlyphs"} if text_width(label, size) > room else {}
    return text(AXIS_X - 12, y, label, cls, "end", **fit)


def _marker(precision: str, x: float, y: float, story: bool = False, draft: bool = False,
            tall: float | None = None) -> Markup:
    """Dot for a day, short bar for a month, long hollow bar for a year, diamond for the story."""
    cls = "explainer-timeline__mark" + (" explainer-timeline__mark--draft" if draft else "")
    if story:
        return tag("path", {"class": "explainer-timeline__mark explainer-timeline__mark--story",
                            "d": f"M{num(x)} {num(y - 7)}l7 7-7 7-7-7z"})
    if precision == "day":
        return tag("circle", {"class": cls, "cx": num(x), "cy": num(y), "r": "5"})
    tall = tall or (16.0 if precision == "month" else 30.0)
    return tag("rect", {"class": f"{cls} explainer-timeline__mark--{precision}", "x": num(x - 4.5),
                        "y": num(y - 6), "width": "9", "height": num(tall), "rx": "4.5"})


def _row(row: _Row, y: float, max_lines: int = MAX_LINES, words: PictureWords = ENGLISH) -> tuple[Markup, float]:
    """One event: date left of the axis, marker on it, text and actor links to the right."""
    width = WIDTH - TEXT_X - 4
    said = row.text + (f" {words['picture.timeline.draft']}" if row.draft else "")
    lines = wrap(said, width, TEXT_SIZE, max_lines)
    baseline = y + 4
    cls = "explainer-timeline__text" + (" explainer-timeline__text--story" if row.story else "")
    parts = [_marker(row.when.precision, AXIS_X, y, row.story, row.draft),
             _left_of_axis(baseline, row.when.label, "explainer-timeline__date", DATE_SIZE),
             lines_text(TEXT_X, baseline, lines, LINE, cls)]
    bottom = baseline + LINE * (len(lines) - 1) + 4
    if row.actors:
        actors, bottom = _actor_links(row.actors, bottom + ACTOR_LINE - 2, width)
        parts.append(actors)
    marker_bottom = y + (24 if row.when.precision == "year" else 10)
    return tag("g", {"class": "explainer-timeline__event"}, *parts), max(bottom, marker_bottom) + 12


def _actor_links(actors, baseline: float, width: float) -> tuple[Markup, float]:
    """Actor names, each a link, separated by middle dots, wrapped to the text column.

    Lines are broken by estimated widths; within a line the names flow in one <text>, so the
    browser spaces them with the real font's widths and the dots sit midway.
    """
    rows: list[list[tuple[str, str | None]]] = [[]]
    used, gap = 0.0, text_width(" · ", ACTOR_SIZE)
    for name, href in actors:
        w = text_width(name, ACTOR_SIZE)
        if rows[-1] and used + gap + w > width:
            rows.append([])
            used = 0.0
        used += (gap if rows[-1] else 0.0) + w
        rows[-1].append((name, href))
    lines = []
    for k, row in enumerate(rows):
        parts = []
        for i, (name, href) in enumerate(row):
            if i:
                parts.append(tag("tspan", {"class": "explainer-timeline__sep"}, " · "))
            target = safe_href(href)
            span = tag("tspan", {"class": "explainer-timeline__actor"}, name)
            parts.append(tag("a", {"href": target}, span) if target else span)
        lines.append(text(TEXT_X, baseline + k * ACTOR_LINE, join(parts), "explainer-timeline__actors"))
    return join(lines), baseline + ACTOR_LINE * (len(rows) - 1) + 3


def _legend(rows: Sequence[_Row], words: PictureWords = ENGLISH) -> tuple[Markup, float]:
    """A key to the markers that this timeline uses, in one line at the top."""
    present = {r.when.precision for r in rows if not r.story} | ({"story"} if any(r.story for r in rows) else set())
    entries = [(k, words[f"picture.timeline.legend_{k}"]) for k in ("day", "month", "year", "story") if k in present]
    heading = words["picture.timeline.legend"]
    x, items = 4.0, [text(4, 14, heading, "explainer-timeline__legend")]
    x += text_width(heading, 11) + 8
    for kind, said in entries:
        tall = {"month": 12.0, "year": 18.0}.get(kind)
        items.append(_marker(kind, x + 5, 16 - tall / 2 if tall else 10, kind == "story", tall=tall))
        items.append(text(x + 14, 14, said, "explainer-timeline__legend"))
        x += 22 + text_width(said, 11)
    return tag("g", {"class": "explainer-timeline__key", "aria-hidden": "true"}, *items), 36.0
