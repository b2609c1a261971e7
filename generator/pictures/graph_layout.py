"""A small, deterministic graph layout: stress majorization, then removal of overlapping boxes.

Why our own: the actor graphs are small (a story has a few dozen actors at most), a layout
must be identical on every machine and every run, and a dependency (networkx, graphviz) would
be heavier than the forty lines below. Stress majorization (SMACOF, Gansner, Koren and North
2004) places nodes so that distances on the page match distances in the graph (hops); it has
no random start and no temperature, and from the same start it always ends in the same place.
The start is a circle in the callers' order; every loop runs over lists, never over sets.

Labels make nodes wide, so after the layout the nodes' boxes are pushed apart along the
axis of least overlap until none overlap, keeping the picture's width: a phone is narrow, so
the picture grows downwards rather than sideways.
"""

from __future__ import annotations

import math
from collections import deque
from functools import lru_cache
from typing import Sequence

Point = tuple[float, float]


def hop_distances(count: int, links: Sequence[tuple[int, int]]) -> list[list[float]]:
    """Shortest path lengths in hops; unconnected pairs get one more than the longest path."""
    neighbours: list[list[int]] = [[] for _ in range(count)]
    for a, b in links:
        if a != b:
            neighbours[a].append(b)
            neighbours[b].append(a)
    far = [[math.inf] * count for _ in range(count)]
    for start in range(count):
        far[start][start] = 0.0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for other in neighbours[node]:
                if far[start][other] == math.inf:
                    far[start][other] = far[start][node] + 1
                    queue.append(other)
    finite = [d for row in far for d in row if d != math.inf]
    longest = max(finite) if finite else 1.0
    return [[d if d != math.inf else longest + 1 for d in row] for row in far]


def stress_layout(count: int, links: Sequence[tuple[int, int]], length: float = 1.0,
                  iterations: int = 300) -> list[Point]:
    """Positions whose distances approximate `length` times the hop distances (SMACOF).

    Layouts are remembered by the graph's shape: on a desk, most actors' neighbourhoods are
    stars of a few sizes and many stories' casts the same small shapes, so a build lays out
    each shape once (the result depends on nothing else, so it is the same either way).
    """
    return list(_stress_layout(count, tuple((a, b) for a, b in links), length, iterations))


@lru_cache(maxsize=4096)
def _stress_layout(count: int, links: tuple[tuple[int, int], ...], length: float, iterations: int) -> tuple[Point, ...]:
    if count == 0:
        return ()
    if count == 1:
        return ((0.0, 0.0),)
    d = hop_distances(count, links)
    w = [[1.0 / (d[i][j] ** 2) if i != j else 0.0 for j in range(count)] for i in range(count)]
    radius = length * count / (2 * math.pi) + length
    xy = [(radius * math.cos(2 * math.pi * i / count), radius * math.sin(2 * math.pi * i / count))
          for i in range(count)]
    for _ in range(iterations):
        moved, new = 0.0, []
        for i in range(count):
            sx = sy = sw = 0.0
            for j in range(count):
                if i == j:
                    continue
                dx, dy = xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]
                dist = math.hypot(dx, dy) or 1e-9
                target = length * d[i][j]
                sx += w[i][j] * (xy[j][0] + target * dx / dist)
                sy += w[i][j] * (xy[j][1] + target * dy / dist)
                sw += w[i][j]
            new.append((sx / sw, sy / sw))
            moved = max(moved, math.dist(new[-1], xy[i]))
        xy = new
        if moved < 1e-4 * length:
            break
    return tuple(xy)


def components(count: int, links: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components, each in index order, the largest first (ties: lowest index first)."""
    parent = list(range(count))

    def root(i: int) -> int:
        """The representative of i's connected component (path-halving union-find)."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def upright(points: Sequence[Point]) -> list[Point]:
    """The layout turned so that its longest spread runs top to bottom, centred on (0, 0)."""
    if len(points) < 2:
        return [(0.0, 0.0) for _ in points]
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    sxx = sum((p[0] - mx) ** 2 for p in points)
    syy = sum((p[1] - my) ** 2 for p in points)
    sxy = sum((p[0] - mx) * (p[1] - my) for p in points)
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)  # direction of the principal axis
    turn = math.pi / 2 - angle
    c, s = math.cos(turn), math.sin(turn)
    return [((p[0] - mx) * c - (p[1] - my) * s, (p[0] - mx) * s + (p[1] - my) * c) for p in points]


def separate(centres: list[Point], sizes: Sequence[tuple[float, float, float, float]], width: float,
             gap: float = 6.0, rounds: int = 400) -> list[Point]:
    """Centres moved until no two boxes overlap; x stays within [0, width].

    A box is given relative to its centre as (left, top, right, bottom) extents. Each round
    takes every overlapping pair in index order and moves both apart, half each, along the
    axis where they overlap least.
    """
    xy = [list(p) for p in centres]
    for _ in range(rounds):
        clean = True
        for i in range(len(xy)):
            for j in range(i + 1, len(xy)):
                push = _overlap(xy[i], sizes[i], xy[j], sizes[j], gap)
                if push is None:
                    continue
                clean = False
                axis, amount = push
                xy[i][axis] -= amount / 2
                xy[j][axis] += amount / 2
        for k, (left, _, right, _) in enumerate(sizes):
            xy[k][0] = min(max(xy[k][0], left), width - right)
        if clean:
            break
    return [(p[0], p[1]) for p in xy]


def _overlap(a, size_a, b, size_b, gap: float):
    """(axis, signed push) moving a and b apart, or None when their boxes are `gap` apart already."""
    ax0, ay0, ax1, ay1 = a[0] - size_a[0], a[1] - size_a[1], a[0] + size_a[2], a[1] + size_a[3]
    bx0, by0, bx1, by1 = b[0] - size_b[0], b[1] - size_b[1], b[0] + size_b[2], b[1] + size_b[3]
    over_x = min(ax1, bx1) - max(ax0, bx0) + gap
    over_y = min(ay1, by1) - max(ay0, by0) + gap
    if over_x <= 0 or over_y <= 0:
        return None
    if over_x * 0.8 < over_y:  # sideways is cheaper, a little less favoured: width is scarce
        return 0, over_x if a[0] <= b[0] else -over_x
    return 1, over_y if a[1] <= b[1] else -over_y
