"""Derive countries.json (shipped) from world-atlas's countries-50m.json (Natural Earth).

Run once, by hand, when the outlines are to be refreshed:

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python generator/pictures/data/derive_countries.py /tmp/package/countries-50m.json \
        generator/pictures/data/countries.json

Why a derived file rather than the TopoJSON itself: the 50m TopoJSON is 756 KB, more than a
locator map at 300 km to 3,000 km across can use. This script keeps the topology (each border
is stored once, as an arc shared by the two countries it separates, so neighbours never show
gaps or slivers), re-quantizes positions to 0.01 degree (about 1 km, finer than the 1:50m
source's own accuracy), simplifies each arc with Douglas-Peucker at 0.02 degree (about 2 km;
arc ends are kept so shared borders still meet), and delta-encodes the arcs as flat integer
lists. The output is deterministic: countries are sorted by name, arcs keep the source order.
"""

from __future__ import annotations

import json
import math
import sys

QUANTUM = 0.01  # degrees per stored unit
TOLERANCE = 0.02  # degrees, on the ground (longitudes scaled by cos(latitude))


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs to lists of (lon, lat): undo the delta encoding, then the quantization."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _distance(p, a, b, k):
    """Distance of p from segment a-b, longitudes scaled by k = cos(latitude)."""
    px, py, ax, ay, bx, by = p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, iterative (arcs can be long); the first and last points are kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        k = math.cos(math.radians((points[first][1] + points[last][1]) / 2))
        index, worst = 0, 0.0
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last], k)
            if d > worst:
                index, worst = i, d
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    kept = [p for p, k in zip(points, keep) if k]
    if points[0] == points[-1] and len(kept) < 4:  # a closed arc (an island) keeps a triangle
        step = max(1, (len(points) - 1) // 3)
        kept = [points[0], points[step], points[2 * step], points[-1]]
    return kept


def encode(points: list) -> list[int]:
    """Flat list x0, y0, dx1, dy1, ... in QUANTUM units, repeated positions dropped."""
    flat, last = [], None
    for lon, lat in points:
        q = (round(lon / QUANTUM), round(lat / QUANTUM))
        if q == last:
            continue
        flat += [q[0], q[1]] if last is None else [q[0] - last[0], q[1] - last[1]]
        last = q
    if len(flat) == 2:  # an arc shorter than a quantum: keep both ends so rings still join
        flat += [0, 0]
    return flat


def polygons(geometry: dict) -> list:
    """A geometry's polygons as lists of arc rings, whether Polygon or MultiPolygon."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def derive(topology: dict) -> dict:
    """The shipped atlas from world-atlas' TopoJSON: shared arcs simplified and rounded."""
    arcs = [encode(simplify(arc, TOLERANCE)) for arc in decode_arcs(topology)]
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        shapes = polygons(geometry)
        if shapes:
            countries.append([geometry.get("properties", {}).get("name", ""), geometry.get("id", ""), shapes])
    countries.sort(key=lambda c: (c[0], c[1]))
    return {
        "about": "Country outlines from Natural Earth (public domain), 1:50m, via the npm package world-atlas "
        "(ISC). Derived by derive_countries.py: see README.md.",
        "format": "arcs: flat [x0, y0, dx1, dy1, ...] in units of `quantum` degrees (lon, lat); countries: "
        "[name, ISO 3166-1 numeric, polygons]; a polygon is a list of rings, a ring a list of arc indices, "
        "~i (that is -i-1) meaning arc i reversed, as in TopoJSON.",
        "quantum": QUANTUM,
        "arcs": arcs,
        "countries": countries,
    }


def main(source: str, target: str) -> None:
    """Read world-atlas' countries file and write the shipped one."""
    with open(source, encoding="utf-8") as file:
        derived = derive(json.load(file))
    with open(target, "w", encoding="utf-8") as file:
        json.dump(derived, file, separators=(",", ":"), ensure_ascii=True)
        file.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
