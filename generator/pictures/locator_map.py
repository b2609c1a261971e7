"""A locator map: the story's places on country outlines, with an inset showing where in the world.

Why it is drawn the way it is:
- Fitted to the marks with room for labels, but never less than `min_km` across, so that one
  place (or a few close together) still shows its region and its neighbours; widened further
  while no land at all is in view (a place at sea), so there is always a coast to place it by.
- Land is one filled path (even-odd, so lakes and enclaves stay right); coasts and borders are
  separate lines from the shared arcs, so the frame never gets a stroke where land is clipped.
  Countries holding a mark are shaded a little darker, and larger countries are named when the
  name fits, which is what lets a reader place an unfamiliar town.
- Labels are placed greedily, most crowded marks first, at the first of eight positions around
  the mark whose box stays inside the frame and clear of every other mark, label, the inset
  and the scale bar. A label that fits nowhere becomes a number, listed in the caption.
- Each mark and its label is a link to the place's entry. Places without coordinates are left
  off the picture and named in the description and the facts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from . import geo
from .svg import Box, Markup, facts_list, figure, join, link, num, path_data, picture_id, svg_root, tag, text
from .svg import hit_area, text_box
from .words import ENGLISH, PictureWords

WIDTH, HEIGHT = 400.0, 300.0
LABEL_SIZE = 12.5
COUNTRY_SIZE = 11.0
MARK_R = 4.5
TOLERANCE = 0.35  # pixels: simplification that no reader can see at this size
INSET_W, INSET_H = 104.0, 56.0
EDGE = 3.0  # labels keep this far from the frame


@dataclass(frozen=True)
class MapMark:
    """A place to show. `lat`/`lon` None means no coordinates: listed, not drawn."""

    id: str
    label: str
    lat: float | None
    lon: float | None
    href: str | None = None


def locator_map(marks: Sequence[MapMark], title: str = "", caption: str = "", min_km: float = 300.0,
                words: PictureWords = ENGLISH) -> Markup:
    """The map as a <figure class="explainer-picture explainer-picture--map">: the SVG and its caption."""
    placed = [m for m in marks if m.lat is not None and m.lon is not None]
    pid = picture_id("map", *[(m.id, m.label, m.lat, m.lon, m.href) for m in marks])
    points = [(float(m.lon), float(m.lat)) for m in placed]
    proj, (land, country_labels) = _fitted(points, min_km, words)
    xy = [proj(lon, lat) for lon, lat in points]
    inset_box, scale_box = _corners(xy)
    obstacles = [inset_box, scale_box] + [_mark_box(p) for p in xy]
    labels, keys = _place_labels(placed, xy, obstacles)
    named = _country_names(country_labels, obstacles + [box for _, _, box in labels.values()], placed)
    inset = _inset(proj, inset_box)
    body = [
        tag("rect", {"class": "explainer-map__sea", "width": num(WIDTH), "height": num(HEIGHT), "fill": "none"}),
        land, named, _scale_bar(proj, scale_box, words), inset,
        tag("g", {"class": "explainer-map__marks", "fill": "#333"},
            *[_mark(m, p, labels[m.id]) for m, p in zip(placed, xy)]),
        tag("rect", {"class": "explainer-map__frame", "width": num(WIDTH), "height": num(HEIGHT), "fill": "none",
                     "stroke": "#999"}),
    ]
    svg = svg_root(pid, WIDTH, HEIGHT, title or words["picture.map.title"], _description(marks, bool(inset), words),
                   body, "explainer-map")
    return figure("map", svg, caption or words["picture.map.caption"], keys)


def _fitted(points: Sequence[geo.Point], min_km: float, words: PictureWords):
    """The projection fitted to the marks, and its land: widened (up to eight times) while no country shows
    a sizeable piece of land, so that a place at sea still shows the nearest coast, not an empty frame."""
    for grow in (1, 2, 4, 8):
        proj = geo.fit(points, WIDTH, HEIGHT, padding=44.0, min_km=min_km * grow)
        land = _land(proj, points, words)
        if land[1]:  # a country shows a sizeable piece of land (the ones big enough to be named)
            break
    return proj, land


def locator_map_facts(marks: Sequence[MapMark], words: PictureWords = ENGLISH) -> list[str]:
    """What the map shows, as text: each place, its country and coordinates, or why it is not shown."""
    lines = []
    for mark in marks:
        if mark.lat is None or mark.lon is None:
            lines.append(words.format("picture.map.no_coordinates", place=mark.label))
            continue
        country = country_at(float(mark.lon), float(mark.lat), words)
        latitude = _degrees(mark.lat, "coordinates.north", "coordinates.south", words)
        longitude = _degrees(mark.lon, "coordinates.east", "coordinates.west", words)
        if country and country != mark.label:
            lines.append(words.format("picture.map.located_in", place=mark.label, country=country,
                                      latitude=latitude, longitude=longitude))
        else:
            lines.append(words.format("picture.map.located", place=mark.label, latitude=latitude, longitude=longitude))
    return lines


def locator_map_facts_html(marks: Sequence[MapMark], words: PictureWords = ENGLISH) -> Markup:
    """`locator_map_facts` as an HTML list."""
    return facts_list(locator_map_facts(marks, words))


def country_at(lon: float, lat: float, words: PictureWords = ENGLISH) -> str:
    """The name of the country that holds a point, in the words' language, or "" at sea."""
    atlas = geo.load_atlas()
    for country in atlas.countries:
        west, south, east, north = country.bounds
        if not (west <= lon <= east and south <= lat <= north):
            continue
        for polygon in country.polygons:
            inside = [geo.contains(geo.ring_arcs(ring, atlas.arcs), (lon, lat)) for ring in polygon]
            if inside and inside[0] and not any(inside[1:]):
                return words.country(country.iso, country.name)
    return ""


def _degrees(value: float, positive: str, negative: str, words: PictureWords) -> str:
    """A latitude or longitude as readers write it: "33.89° N", "33,89° N", "33.89° شمالًا"."""
    return f"{words.fixed(abs(value))}° {words[positive if value >= 0 else negative]}"


def _description(marks: Sequence[MapMark], inset: bool, words: PictureWords) -> str:
    shown = [m.label for m in marks if m.lat is not None and m.lon is not None]
    missing = [m.label for m in marks if m.lat is None or m.lon is None]
    countries = sorted({c for c in (country_at(float(m.lon), float(m.lat), words) for m in marks
                                    if m.lat is not None and m.lon is not None) if c})
    sentences = [words.format("picture.map.description", places=words.count("picture.map.places", len(shown)),
                              names=words.list(shown) or words["picture.map.none"])]
    if countries:
        sentences.append(words.format("picture.map.in_countries", countries=words.list(countries)))
    if missing:
        sentences.append(words.format("picture.map.not_shown", names=words.list(missing)))
    if inset:
        sentences.append(words["picture.map.inset"])
    return " ".join(sentences)


def _corners(xy: Sequence[geo.Point]) -> tuple[Box, Box]:
    """Boxes for the inset and the scale bar: the two bottom/top corners with the fewest marks."""
    scale_w, scale_h = 96.0, 22.0
    corners = [("bl", 0, 1), ("br", 1, 1), ("tl", 0, 0), ("tr", 1, 0)]

    def box(side_x: int, side_y: int, w: float, h: float) -> Box:
        """A corner box of the frame: left or right, top or bottom."""
        return Box(4 + side_x * (WIDTH - w - 8), 4 + side_y * (HEIGHT - h - 8), w, h)

    def crowd(b: Box) -> int:
        """How many marks lie near a box: the inset goes where there are fewest."""
        grown = Box(b.x - 30, b.y - 20, b.w + 60, b.h + 40)
        return sum(1 for x, y in xy if grown.overlaps(Box(x, y, 0, 0)))

    ranked = sorted(corners, key=lambda c: (crowd(box(c[1], c[2], INSET_W, INSET_H)), corners.index(c)))
    inset = box(ranked[0][1], ranked[0][2], INSET_W, INSET_H)
    rest = [c for c in corners if c != ranked[0]]
    scale_corner = min(rest, key=lambda c: (crowd(box(c[1], c[2], scale_w, scale_h)), rest.index(c)))
    return inset, box(scale_corner[1], scale_corner[2], scale_w, scale_h)


def _projected_arcs(proj: geo.Projection, indices, tolerance: float,
                    far: frozenset[int] = frozenset()) -> dict[int, list[geo.Point]]:
    """Arcs projected and simplified; a `far` arc (wholly outside the view) kept as its two ends only.

    Why the ends suffice: an arc outside the view lies in a box outside it, and so does the chord
    between its ends, so a ring clipped to the view comes out the same; it saves simplifying
    thousands of kilometres of coast that no one sees.
    """
    atlas = geo.load_atlas()
    return {i: proj.raw([atlas.arcs[i][0], atlas.arcs[i][-1]]) if i in far
            else geo.simplify(proj.raw(atlas.arcs[i]), tolerance) for i in sorted(indices)}


def _far_arcs(proj: geo.Projection, margin: float = 4.0) -> frozenset[int]:
    """The arcs whose bounds lie wholly outside the picture (by `margin` pixels), whatever turn they are moved by."""
    west, north = proj.invert(-margin, -margin)
    east, south = proj.invert(WIDTH + margin, HEIGHT + margin)
    if east - west >= 180:
        return frozenset(i for i, (_, s, _, n) in enumerate(geo.arc_bounds()) if s > north or n < south)
    far = set()
    for i, (w, s, e, n) in enumerate(geo.arc_bounds()):
        turns = (-720, -360, 0, 360, 720)
        if s > north or n < south or not any(w + turn <= east and e + turn >= west for turn in turns):
            far.add(i)
    return frozenset(far)


def _ring(proj: geo.Projection, ring, arcs) -> list[geo.Point]:
    """A ring from projected arcs, the whole ring moved by the same number of turns."""
    first = geo.load_atlas().arcs[ring[0] if ring[0] >= 0 else ~ring[0]][0]
    dx = proj.turn_shift(first[0])
    return [(x + dx, y) for x, y in geo.ring_arcs(ring, arcs, 360.0 * proj.k * proj.scale)]


def _lines(proj: geo.Projection, indices, view, far: frozenset[int] = frozenset()) -> list[list[geo.Point]]:
    """Coasts or borders: each arc without its cuts, projected, simplified and clipped to the view."""
    atlas = geo.load_atlas()
    return [piece for i in indices if i not in far for run in geo.natural_runs(atlas.arcs[i])
            for piece in geo.clip_line(geo.simplify(proj.line(run), TOLERANCE), view)]


def _visible(proj: geo.Projection, country: geo.Country, frame: tuple) -> bool:
    west, south, east, north = country.bounds
    if east - west > 180:  # around the pole or across the 180th meridian: decided by clipping
        return True
    dx = proj.turn_shift((west + east) / 2)
    (x0, y0), (x1, y1) = proj.raw([(west, north), (east, south)])
    return x1 + dx >= frame[0] and x0 + dx <= frame[2] and y1 >= frame[1] and y0 <= frame[3]


def _land(proj: geo.Projection, points: Sequence[geo.Point], words: PictureWords = ENGLISH):
    """Land fills (countries with a mark shaded), coasts and borders; and candidate country labels."""
    atlas = geo.load_atlas()
    frame = (-2.0, -2.0, WIDTH + 2, HEIGHT + 2)
    countries = [c for c in atlas.countries if _visible(proj, c, frame)]
    used = {i if i >= 0 else ~i for c in countries for poly in c.polygons for ring in poly for i in ring}
    far = _far_arcs(proj)
    arcs = _projected_arcs(proj, used, TOLERANCE, far)
    fills: dict[bool, list] = {True: [], False: []}
    label_spots = []
    holding = {country_at(lon, lat) for lon, lat in points}
    for country in countries:
        focus = country.name in holding
        best = (0.0, None)
        for polygon in country.polygons:
            for ring in polygon:
                clipped = geo.clip_polygon(_ring(proj, ring, arcs), frame)
                area = abs(geo.ring_area(clipped))
                if area >= 1.0:
                    fills[focus].append(clipped)
                    best = max(best, (area, clipped), key=lambda b: b[0])
        if best[1] is not None and best[0] > 2500:
            label_spots.append((best[0], words.country(country.iso, country.name), best[1]))
    layers = [tag("path", {"class": f"explainer-map__land{' explainer-map__land--focus' if focus else ''}",
                           "fill-rule": "evenodd", "fill": "#ccc" if focus else "#e8e8e8",
                           "d": path_data(fills[focus])})
              for focus in (False, True) if fills[focus]]
    view = (0.0, 0.0, WIDTH, HEIGHT)
    coasts = _lines(proj, [i for i in sorted(arcs) if atlas.arc_uses[i] == 1], view, far)
    borders = _lines(proj, [i for i in sorted(arcs) if atlas.arc_uses[i] >= 2], view, far)
    for cls, lines in (("explainer-map__coast", coasts), ("explainer-map__border", borders)):
        layers.append(tag("path", {"class": cls, "fill": "none", "stroke": "#666", "d": path_data(lines, False)}))
    label_spots.sort(key=lambda s: (-s[0], s[1]))
    return join(layers, "\n"), label_spots


def _country_names(spots, obstacles: list[Box], marks: Sequence[MapMark]) -> Markup:
    """Country names inside their visible land, biggest country first, wherever they fit.

    A name is tried at the land's centre, then at points of a grid over the land, nearest the
    centre first; a country that is also a mark (its own label says it) is not named twice.
    """
    placed, frame = [], Box(EDGE, EDGE, WIDTH - 2 * EDGE, HEIGHT - 2 * EDGE)
    taken, skip = list(obstacles), {m.label for m in marks}
    for _, name, ring in spots:
        if name in skip:
            continue
        for x, y in _spots_inside(ring):
            box = text_box(x, y + COUNTRY_SIZE * 0.35, name, COUNTRY_SIZE, "middle")
            if box.inside(frame) and not any(box.overlaps(o, 3) for o in taken):
                taken.append(box)
                placed.append(text(x, y + COUNTRY_SIZE * 0.35, name, "explainer-map__country", "middle"))
                break
    return tag("g", {"class": "explainer-map__countries", "aria-hidden": "true"}, *placed)


def _spots_inside(ring) -> list[geo.Point]:
    """Candidate label points in a ring: its centroid, then a 16 px grid, nearest the centroid first."""
    centre = geo.centroid(ring)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    grid = [(x, y) for x in _steps(min(xs), max(xs), 16) for y in _steps(min(ys), max(ys), 16)]
    inside = [p for p in grid if geo.contains(ring, p)]
    inside.sort(key=lambda p: (round(math.dist(p, centre), 3), p))
    return ([centre] if geo.contains(ring, centre) else []) + inside


def _steps(low: float, high: float, step: float) -> list[float]:
    count = int((high - low) // step)
    return [low + step / 2 + i * step for i in range(count)]


def _candidates(x: float, y: float, size: float):
    """Baseline positions and anchors around a mark, in the order a reader expects them."""
    r, gap, mid = MARK_R, 3.0, size * 0.35
    return [
        (x + r + gap, y + mid, "start"), (x - r - gap, y + mid, "end"),
        (x + r, y - r - gap, "start"), (x + r, y + r + gap + size * 0.8, "start"),
        (x - r, y - r - gap, "end"), (x - r, y + r + gap + size * 0.8, "end"),
        (x, y - r - gap - 1, "middle"), (x, y + r + gap + size * 0.8 + 1, "middle"),
    ]


def _place_labels(placed: Sequence[MapMark], xy, obstacles: list[Box]):
    """Greedy label placement; returns {id: (position, text, box)} and the caption's numbered keys."""
    frame = Box(EDGE, EDGE, WIDTH - 2 * EDGE, HEIGHT - 2 * EDGE)
    crowd = [sum(1 for q in xy if math.dist(p, q) < 80) for p in xy]
    order = sorted(range(len(placed)), key=lambda i: (-crowd[i], placed[i].label, placed[i].id))
    taken, labels, numbered = list(obstacles), {}, []
    for i in order:
        own = _mark_box(xy[i])
        spot = _first_fit(xy[i], placed[i].label, frame, [o for o in taken if o != own])
        if spot is None:
            numbered.append(i)
            continue
        labels[placed[i].id] = (spot[0], placed[i].label, spot[1])
        taken.append(spot[1])
    keys = []
    for n, i in enumerate(sorted(numbered), start=1):
        own = _mark_box(xy[i])
        spot = _first_fit(xy[i], str(n), frame, [o for o in taken if o != own])
        if spot is None:  # not even a number fits: put it to the right, over whatever is there
            position = _candidates(*xy[i], LABEL_SIZE)[0]
            spot = (position, text_box(position[0], position[1], str(n), LABEL_SIZE, position[2], True))
        labels[placed[i].id] = (spot[0], str(n), spot[1])
        taken.append(spot[1])
        keys.append(f"{n}: {placed[i].label}")
    return labels, keys


def _mark_box(point: geo.Point) -> Box:
    return Box(point[0] - MARK_R - 1, point[1] - MARK_R - 1, 2 * MARK_R + 2, 2 * MARK_R + 2)


def _first_fit(point, label: str, frame: Box, taken: list[Box]):
    for position in _candidates(*point, LABEL_SIZE):
        box = text_box(position[0], position[1], label, LABEL_SIZE, position[2], True)
        if box.inside(frame) and not any(box.overlaps(o, 1.0) for o in taken):
            return position, box
    return None


def _mark(mark: MapMark, point: geo.Point, label) -> Markup:
    (lx, ly, anchor), shown, box = label
    circle = tag("circle", {"class": "explainer-map__mark", "cx": num(point[0]), "cy": num(point[1]),
                            "r": num(MARK_R)})
    words = text(lx, ly, shown, "explainer-map__label", anchor)
    return link(mark.href, hit_area(box) if mark.href else None, circle, words, cls="explainer-map__place")


def _scale_bar(proj: geo.Projection, box: Box, words: PictureWords) -> Markup:
    """A bar of a round number of kilometres, about a fifth of the map wide."""
    per_km = proj.pixels_per_km()
    km = next((k for k in (1000, 500, 200, 100, 50, 20, 10, 5, 2, 1) if k * per_km <= box.w - 10), 1)
    length = km * per_km
    x0, y0 = box.x + 5, box.y + box.h - 6
    bar = tag("path", {"class": "explainer-map__scale", "fill": "none", "stroke": "#000",
                       "d": f"M{num(x0)} {num(y0 - 4)}v4h{num(length)}v-4"})
    label = text(x0, y0 - 7, words.format("picture.map.scale", km=words.number(km)), "explainer-map__scale-label")
    return tag("g", {"class": "explainer-map__scalebar"}, bar, label)


def _world(lon0: float, box: Box) -> geo.Projection:
    """The inset's projection: the whole world fitted to the inset's box, centred on `lon0`."""
    return geo.Projection(lon0, 12.5, box.w / 360.0 * 0.98 / math.cos(math.radians(12.5)), box.x + box.w / 2,
                          box.y + box.h / 2)


@lru_cache(maxsize=16)
def _world_land(lon0: float, box: Box) -> str:
    """The inset's land as path data, made once per centre and corner: every map of a build shares it."""
    atlas = geo.load_atlas()
    world, view = _world(lon0, box), (box.x, box.y, box.x + box.w, box.y + box.h)
    arcs = _projected_arcs(world, range(len(atlas.arcs)), 0.6)
    rings = []
    for country in atlas.countries:
        for polygon in country.polygons:
            ring = geo.clip_polygon(_ring(world, polygon[0], arcs), view)
            if abs(geo.ring_area(ring)) >= 0.8:
                rings.append(ring)
    return path_data(rings)


def _inset(proj: geo.Projection, box: Box) -> Markup:
    """A small world map with a rectangle around the main map's area (none if the map spans a
    third of the world already: it is its own inset)."""
    if WIDTH / (proj.k * proj.scale) > 120:
        return Markup("")
    lon0 = 0.0 if abs(proj.lon0) <= 120 else proj.lon0
    world = _world(lon0, box)
    (wx, ny), (ex, sy) = proj.invert(0, 0), proj.invert(WIDTH, HEIGHT)
    (ax, ay), (bx, by) = world(wx, ny), world(ex, sy)
    w, h = max(bx - ax, 4.0), max(by - ay, 4.0)
    cx, cy = (ax + bx) / 2, (ay + by) / 2
    return tag(
        "g", {"class": "explainer-map__inset", "aria-hidden": "true"},
        tag("rect", {"class": "explainer-map__inset-sea", "fill": "#fff", "stroke": "#666", "x": num(box.x),
                     "y": num(box.y), "width": num(box.w),
                     "height": num(box.h)}),
        tag("path", {"class": "explainer-map__inset-land", "fill": "#999", "d": _world_land(lon0, box)}),
        tag("rect", {"class": "explainer-map__inset-area", "fill": "none", "stroke": "#000", "x": num(cx - w / 2),
                     "y": num(cy - h / 2), "width": num(w), "height": num(h)}),
    )
