"""Country outlines, a projection, simplification and clipping: the geography under a locator map.

The outlines are Natural Earth's 1:50m countries (public domain) as shipped by the npm package
world-atlas, reduced by `data/derive_countries.py` to `data/countries.json` (see data/README.md).
Like TopoJSON, the file stores each border once, as an arc shared by the countries on both sides;
this module keeps that: arcs are projected and simplified once, then joined into rings for land
fills and drawn alone for coasts and borders, so neighbours always meet and a border is never
drawn twice.

Projection: equirectangular with longitudes scaled by cos(latitude of the view's centre) (the
"equidistant cylindrical" with a standard parallel through the view). A locator map spans a few
hundred to a few thousand kilometres, where this keeps shapes and distances true to a few per
cent near the centre, keeps north up and meridians straight, and is trivial to invert and test.
Mercator would exaggerate high latitudes for no gain at this size; a conic needs more parameters.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

Point = tuple[float, float]
KM_PER_DEGREE = 111.32  # along a meridian, and along the equator


@dataclass(frozen=True)
class Country:
    """One country of the atlas: its name, ISO number and outline (rings of arc indexes)."""
    name: str
    iso: str  # ISO 3166-1 numeric, as in Natural Earth ("760" is Syria); may be empty
    polygons: tuple[tuple[tuple[int, ...], ...], ...]  # polygons -> rings -> arc indices (~i: reversed)
    bounds: tuple[float, float, float, float]  # west, south, east, north, in degrees


@dataclass(frozen=True)
class Atlas:
    """Every country outline, sharing border arcs so neighbours meet exactly."""
    arcs: tuple[tuple[Point, ...], ...]  # (lon, lat) in degrees
    countries: tuple[Country, ...]
    arc_uses: tuple[int, ...]  # how many country rings use each arc: 1 = coast, 2 = land border


@lru_cache(maxsize=1)
def load_atlas() -> Atlas:
    """The shipped outlines, decoded once per process."""
    raw = json.loads(resources.files("generator.pictures").joinpath("data/countries.json").read_text("utf-8"))
    quantum = raw["quantum"]
    arcs = tuple(_decode_arc(flat, quantum) for flat in raw["arcs"])
    uses = [0] * len(arcs)
    countries = []
    for name, iso, polygons in raw["countries"]:
        rings = tuple(tuple(tuple(ring) for ring in polygon) for polygon in polygons)
        for polygon in rings:
            for ring in polygon:
                for index in ring:
                    uses[index if index >= 0 else ~index] += 1
        countries.append(Country(name, iso, rings, _bounds(arcs, rings)))
    return Atlas(arcs, tuple(countries), tuple(uses))


@lru_cache(maxsize=1)
def arc_bounds() -> tuple[tuple[float, float, float, float], ...]:
    """Each arc's (west, south, east, north) in degrees, as stored (not wrapped): to skip arcs far from a view."""
    return tuple((min(p[0] for p in arc), min(p[1] for p in arc), max(p[0] for p in arc), max(p[1] for p in arc))
                 for arc in load_atlas().arcs)


def _decode_arc(flat: Sequence[int], quantum: float) -> tuple[Point, ...]:
    """Positions from the deltas; a step across the 180th meridian is undone (lon kept continuous),
    so that no arc jumps a whole turn from one point to the next."""
    x = y = 0
    points = []
    for i in range(0, len(flat), 2):
        x, y = x + flat[i], y + flat[i + 1]
        lon = x * quantum
        if points and abs(lon - points[-1][0]) > 180:
            lon += 360.0 * round((points[-1][0] - lon) / 360.0)
        points.append((round(lon, 6), round(y * quantum, 6)))
    return tuple(points)


def _bounds(arcs, polygons) -> tuple[float, float, float, float]:
    points = [p for polygon in polygons for ring in polygon for i in ring for p in arcs[i if i >= 0 else ~i]]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return (min(lons), min(lats), max(lons), max(lats))


def natural_runs(points: Sequence[Point]) -> list[list[Point]]:
    """An arc split where it runs along the 180th meridian or the South Pole: those are cuts
    made to flatten the globe, drawn as a coast they would be lines across the sea."""
    runs: list[list[Point]] = [[]]
    for a, b in zip(points, points[1:]):
        cut = (_on_antimeridian(a[0]) and _on_antimeridian(b[0])) or (a[1] <= -89.9 and b[1] <= -89.9)
        if cut:
            runs.append([])
            continue
        if not runs[-1]:
            runs[-1].append(a)
        runs[-1].append(b)
    return [run for run in runs if len(run) >= 2]


def _on_antimeridian(lon: float) -> bool:
    return abs((lon + 180.0) % 360.0 - 180.0) >= 179.99


def ring_arcs(ring: Sequence[int], arcs, turn: float = 360.0) -> list[Point]:
    """The points of a ring from its arcs (reversed where the index is negative), joints once.

    `turn` is the width of 360 degrees in the arcs' units: an arc that starts a whole turn
    away from where the previous one ended is moved by that turn, so the ring stays in one piece.
    """
    points: list[Point] = []
    for index in ring:
        arc = list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))
        if points and arc:
            dx = turn * round((points[-1][0] - arc[0][0]) / turn) if turn else 0.0
            arc = [(x + dx, y) for x, y in arc] if dx else arc
        points.extend(arc if not points else arc[1:])
    return points


def wrap_longitude(lon: float, centre: float) -> float:
    """Longitude moved by whole turns to lie within 180 degrees of `centre`."""
    return (lon - centre + 180.0) % 360.0 - 180.0 + centre


def mean_longitude(lons: Sequence[float]) -> float:
    """The centre of a set of longitudes on the circle (so 179 and -179 average to 180, not 0)."""
    x = sum(math.cos(math.radians(lon)) for lon in lons)
    y = sum(math.sin(math.radians(lon)) for lon in lons)
    return math.degrees(math.atan2(y, x)) if (x or y) else 0.0


@dataclass(frozen=True)
class Projection:
    """Equirectangular about (lon0, lat0): x grows east, y grows south, `scale` pixels a degree of latitude."""

    lon0: float
    lat0: float
    scale: float
    cx: float  # where (lon0, lat0) lands
    cy: float

    @property
    def k(self) -> float:
        """How much a degree of longitude shrinks at the centre latitude."""
        return math.cos(math.radians(self.lat0))

    def __call__(self, lon: float, lat: float) -> Point:
        """A point, its longitude taken within 180 degrees of the centre."""
        return self.line([(lon, lat)])[0]

    def line(self, points: Sequence[Point]) -> list[Point]:
        """A whole arc or line, moved by one number of turns (the one that brings its middle
        nearest the centre), so that a line along the 180th meridian is never torn in two."""
        if not points:
            return []
        dx = self.turn_shift(points[len(points) // 2][0])
        return [(x + dx, y) for x, y in self.raw(points)]

    def raw(self, points: Sequence[Point]) -> list[Point]:
        """Points projected as they are, without moving any by a turn."""
        kx, cx, cy, s = self.k * self.scale, self.cx, self.cy, self.scale
        return [(cx + (lon - self.lon0) * kx, cy - (lat - self.lat0) * s) for lon, lat in points]

    def turn_shift(self, lon: float) -> float:
        """Pixels to add to x for a feature near `lon` to lie within half a turn of the centre."""
        return (wrap_longitude(lon, self.lon0) - lon) * self.k * self.scale

    def invert(self, x: float, y: float) -> Point:
        """The (lon, lat) under a point of the picture."""
        return (self.lon0 + (x - self.cx) / (self.k * self.scale), self.lat0 - (y - self.cy) / self.scale)

    def pixels_per_km(self) -> float:
        """The map's scale, for a scale bar and a minimum extent."""
        return self.scale / KM_PER_DEGREE


def fit(points: Sequence[Point], width: float, height: float, padding: float, min_km: float) -> Projection:
    """The projection that shows every (lon, lat) point inside width x height, `padding` from the edges.

    The view is at least `min_km` across in both directions, so a single place (or places a
    few kilometres apart) still shows its surroundings.
    """
    lon0 = mean_longitude([p[0] for p in points]) if points else 0.0
    lons = [wrap_longitude(p[0], lon0) for p in points] or [0.0]
    lats = [p[1] for p in points] or [0.0]
    lat0 = (min(lats) + max(lats)) / 2
    lon_mid = (min(lons) + max(lons)) / 2
    k = max(math.cos(math.radians(lat0)), 0.05)
    span_x = max((max(lons) - min(lons)) * k, min_km / KM_PER_DEGREE)  # in degrees of latitude
    span_y = max(max(lats) - min(lats), min_km / KM_PER_DEGREE)
    scale = min((width - 2 * padding) / span_x, (height - 2 * padding) / span_y)
    return Projection(lon_mid, lat0, scale, width / 2, height / 2)


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker in pixels: points nearer than `tolerance` to the line of their neighbours go."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        index, worst = 0, -1.0
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dx * (ay - py) - dy * (ax - px)) / length if length else math.hypot(px - ax, py - ay)
            if d > worst:
                index, worst = i, d
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep) if kept]


def clip_polygon(ring: Sequence[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland-Hodgman: the part of a ring inside box (x0, y0, x1, y1), as a ring (maybe empty)."""
    x0, y0, x1, y1 = box
    edges = ((0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False))
    points = list(ring)
    for axis, limit, keep_above in edges:
        if not points:
            break
        inside = (lambda p: p[axis] >= limit) if keep_above else (lambda p: p[axis] <= limit)
        clipped: list[Point] = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    clipped.append(_cross(previous, current, axis, limit))
                clipped.append(current)
            elif inside(previous):
                clipped.append(_cross(previous, current, axis, limit))
        points = clipped
    return points


def _cross(a: Point, b: Point, axis: int, limit: float) -> Point:
    t = (limit - a[axis]) / (b[axis] - a[axis])
    other = a[1 - axis] + t * (b[1 - axis] - a[1 - axis])
    return (limit, other) if axis == 0 else (other, limit)


def clip_line(line: Sequence[Point], box: tuple[float, float, float, float]) -> list[list[Point]]:
    """The pieces of a polyline inside box (Liang-Barsky on each segment, joined where they touch)."""
    pieces: list[list[Point]] = []
    for a, b in zip(line, line[1:]):
        segment = _clip_segment(a, b, box)
        if segment is None:
            continue
        start, end = segment
        if pieces and pieces[-1][-1] == start:
            pieces[-1].append(end)
        else:
            pieces.append([start, end])
    return pieces


def _clip_segment(a: Point, b: Point, box) -> tuple[Point, Point] | None:
    x0, y0, x1, y1 = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = a if t0 == 0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    end = b if t1 == 1 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return start, end


def ring_area(ring: Sequence[Point]) -> float:
    """Signed area (shoelace); its size tells specks that are not worth drawing."""
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]])) / 2 if ring else 0.0


def contains(ring: Sequence[Point], point: Point) -> bool:
    """Whether point lies inside ring (even-odd rule)."""
    x, y = point
    inside = False
    for (ax, ay), (bx, by) in zip(ring, [*ring[1:], ring[0]]):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def centroid(ring: Sequence[Point]) -> Point:
    """Area centroid of a ring (the mean of its points when it has no area)."""
    area = ring_area(ring)
    if abs(area) < 1e-9:
        return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
    cx = cy = 0.0
    for a, b in zip(ring, [*ring[1:], ring[0]]):
        cross = a[0] * b[1] - b[0] * a[1]
        cx, cy = cx + (a[0] + b[0]) * cross, cy + (a[1] + b[1]) * cross
    return (cx / (6 * area), cy / (6 * area))
