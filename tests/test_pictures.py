"""Pictures (generator/pictures): what each SVG must show, and the promises all of them keep.

The seed story's fact sheet is read with yaml.safe_load and turned into the pictures' own
inputs here, as the pages layer will; the model and validation are not used.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from generator.pictures import geo
from generator.pictures.actor_graph import GraphEdge, GraphNode, actor_graph, actor_graph_facts, neighbourhood
from generator.pictures.bars import Bar, FigureValue, bar_chart, bar_chart_facts, bars_from_figures, figure_charts
from generator.pictures.locator_map import LABEL_SIZE, MapMark, locator_map, locator_map_facts
from generator.pictures.svg import Box, num, path_data, safe_href, text_box
from generator.pictures.timeline import TimelineEvent, parse_date, timeline, timeline_facts

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "isis-convoy-2017" / "facts.yml"
NS = "{http://www.w3.org/2000/svg}"
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


# --- the seed story, as the pages layer will hand it over -------------------------------------------------

def seed() -> dict:
    return yaml.safe_load(SEED.read_text(encoding="utf-8"))


def seed_marks(facts: dict) -> list[MapMark]:
    return [MapMark(p["id"], p["name"], *(p.get("coordinates") or (None, None)), f"../../places/#{p['id']}")
            for p in facts.get("places", [])]


def seed_events(facts: dict) -> list[TimelineEvent]:
    names = {a["id"]: a.get("name", a["id"]) for a in facts["actors"]}
    return [TimelineEvent(str(e["date"]), e["text"], tuple((names.get(a, a), f"../../actors/{a}/")
                                                           for a in e.get("actors", ())))
            for e in facts.get("timeline", [])]


def seed_graph(facts: dict) -> tuple[list[GraphNode], list[GraphEdge]]:
    nodes = [GraphNode(a["id"], a["name"], a["kind"], f"../../actors/{a['id']}/") for a in facts["actors"]]
    edges = [GraphEdge(a["id"], r["to"], r["type"]) for a in facts["actors"] for r in a.get("relations", ())]
    return nodes, edges


def seed_figures(facts: dict) -> list[FigureValue]:
    return [FigureValue(f["id"], f["label"], float(f["value"]) * SCALES.get(f.get("scale", ""), 1.0),
                        f.get("unit", ""), f"#figure-{f['id']}", tuple(f.get("conflicts_with", ())),
                        f.get("display", ""))
            for f in facts.get("figures", [])]


def seed_pictures() -> dict[str, str]:
    facts = seed()
    pictures = {
        "map": locator_map(seed_marks(facts)),
        "timeline": timeline(seed_events(facts), story_date=str(facts["story"]["date"])),
        "graph": actor_graph(*seed_graph(facts)),
    }
    for i, chart in enumerate(figure_charts(seed_figures(facts))):
        pictures[f"bars{i}"] = chart
    return pictures


# --- reading SVG back ---------------------------------------------------------------------------------

def parse(markup: str) -> tuple[ET.Element, ET.Element]:
    """The <figure> and its <svg>, parsed as XML (so the output must be well-formed)."""
    figure = ET.fromstring(markup)
    return figure, figure.find(f"{NS}svg")


def texts(svg: ET.Element, cls: str) -> list[ET.Element]:
    return [t for t in svg.iter(f"{NS}text") if cls in (t.get("class") or "").split()]


def words(element: ET.Element) -> str:
    return "".join(element.itertext())


def links(svg: ET.Element) -> dict[str, str]:
    """href -> the text inside each <a>."""
    return {a.get("href"): words(a) for a in svg.iter(f"{NS}a")}


def label_box(t: ET.Element, size: float, bold: bool) -> Box:
    return text_box(float(t.get("x")), float(t.get("y")), words(t), size, t.get("text-anchor") or "start", bold)


def assert_no_overlaps(boxes: list[Box]) -> None:
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b), (a, b)


# --- every picture ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pictures() -> dict[str, str]:
    return seed_pictures()


def test_each_picture_is_one_figure_with_a_named_described_svg_and_a_caption(pictures):
    for kind, markup in pictures.items():
        figure, svg = parse(markup)
        assert figure.tag == "figure"
        assert figure.get("class") == "explainer-picture explainer-picture--" + kind.rstrip("0123456789")
        assert svg.get("role") == "group"  # it holds links: see the next test
        assert svg.get("width") == "100%" and svg.get("viewBox").startswith("0 0 ")
        title, desc = svg.find(f"{NS}title"), svg.find(f"{NS}desc")
        assert title.text and desc.text
        assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert figure.find("figcaption") is not None and words(figure.find("figcaption")).strip()


def test_a_picture_without_links_is_one_image_and_one_with_links_a_group_whose_links_are_read():
    # The children of role="img" are presentational: its links would be focusable but never announced
    # (axe-core's nested-interactive). So role="img" only where there is no link.
    bars = [Bar("a", "A", 1.0), Bar("b", "B", 2.0)]
    _, svg = parse(bar_chart(bars, "people"))
    assert svg.get("role") == "img" and not list(svg.iter(f"{NS}a"))
    _, svg = parse(bar_chart([Bar("a", "A", 1.0, href="#a"), Bar("b", "B", 2.0)], "people"))
    assert svg.get("role") == "group" and [a.get("href") for a in svg.iter(f"{NS}a")] == ["#a"]


def test_seed_pictures_weigh_under_30_kb_gzipped(pictures):
    for kind, markup in pictures.items():
        assert len(gzip.compress(markup.encode("utf-8"), 9)) < 30_000, kind


def test_pictures_ask_nothing_of_the_network(pictures):
    for markup in pictures.values():
        _, svg = parse(markup)
        for element in svg.iter():
            assert element.tag not in (f"{NS}image", f"{NS}foreignObject", f"{NS}script", f"{NS}style")
            for name, value in element.attrib.items():
                if name == "href":
                    assert not value.startswith(("http:", "https:", "//")), value
                else:
                    assert "http" not in value or name == "xmlns", (name, value)
        assert "@import" not in markup and "url(http" not in markup


def test_coordinates_are_rounded_to_one_decimal(pictures):
    for markup in pictures.values():
        for number in re.findall(r'(?:d|x|y|cx|cy|r|width|height)="([^"]*)"', markup):
            assert not re.search(r"\.\d\d", number), number


def test_same_input_gives_byte_identical_svg_in_processes_with_different_hash_seeds():
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]);"
        "from test_pictures import seed_pictures;"
        "print({k: hashlib.sha256(v.encode()).hexdigest() for k, v in seed_pictures().items()})"
    )
    runs = []
    for seed_value in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed_value)
        done = subprocess.run([sys.executable, "-c", script, str(ROOT), str(ROOT / "tests")], env=env,
                              capture_output=True, text=True, timeout=300, check=True)
        runs.append(done.stdout)
    assert runs[0] == runs[1]
    here = {k: hashlib.sha256(v.encode()).hexdigest() for k, v in seed_pictures().items()}
    assert runs[0].strip() == str(here)


HOSTILE = "<script>alert(1)</script> & \"quotes\" 'too'"


def test_content_stays_text_in_every_picture():
    pictures = [
        locator_map([MapMark("x", HOSTILE, 35.0, 38.0, "javascript:alert(1)")], title=HOSTILE, caption=HOSTILE),
        timeline([TimelineEvent("2017", HOSTILE, ((HOSTILE, "javascript:alert(1)"),))], title=HOSTILE),
        actor_graph([GraphNode("a", HOSTILE, "person", "javascript:alert(1)"), GraphNode("b", "B", "state")],
                    [GraphEdge("a", "b", "ally", HOSTILE)], title=HOSTILE),
        bar_chart([Bar("a", HOSTILE, 1.0, href="JaVaScRiPt:alert(1)"), Bar("b", "B", 2.0)], HOSTILE, title=HOSTILE),
    ]
    for markup in pictures:
        assert "<script" not in markup and "javascript:" not in markup.lower()
        figure, svg = parse(markup)
        assert svg.find(f"{NS}title").text == HOSTILE
        shown = [words(t) for t in svg.iter(f"{NS}text")]
        assert any(HOSTILE[:20] in s or s.startswith("<script>") for s in shown), shown
        assert not list(svg.iter(f"{NS}script"))


def test_only_site_links_and_http_links_survive():
    assert safe_href("../actors/hezbollah/") == "../actors/hezbollah/"
    assert safe_href("#place-raqqa") == "#place-raqqa"
    assert safe_href("https://example.org/") == "https://example.org/"
    for bad in ("javascript:alert(1)", " java\nscript:alert(1)", "data:text/html,x", "vbscript:x", ""):
        assert safe_href(bad) is None


def test_numbers_and_path_data_are_written_one_way():
    assert [num(v) for v in (0.04, -0.04, 2.0, 12.345, -3.06, 100)] == ["0", "0", "2", "12.3", "-3.1", "100"]
    assert path_data([[(0, 0), (1.2, -0.5), (1.3, 0.1), (1.3, 0.1)]]) == "M0 0l1.2-.5.1.6z"
    assert path_data([[(0, 0), (10, 0)]], closed=False) == "M0 0l10 0"


def test_everything_a_picture_paints_is_styled_in_explainer_css(pictures):
    css = (ROOT / "generator" / "assets" / "explainer.css").read_text(encoding="utf-8")
    section = css[css.index("/* --- pictures --- */"):]
    painted = {f"{NS}{name}" for name in ("path", "rect", "circle", "text")}
    used = set()
    for markup in pictures.values():
        _, svg = parse(markup)
        used |= {c for e in svg.iter() if e.tag in painted for c in (e.get("class") or "").split()}
    assert used and sorted(c for c in used if f".{c}" not in section) == []
    assert "var(--md-default-fg-color" in section and "var(--md-default-bg-color" in section
    assert "@media print" in section


# --- the locator map ----------------------------------------------------------------------------------

def test_map_marks_each_place_with_a_link_to_its_entry_and_its_name(pictures):
    _, svg = parse(pictures["map"])
    shown = links(svg)
    for place in seed()["places"]:
        assert shown[f"../../places/#{place['id']}"] == place["name"]
    assert len(list(svg.iter(f"{NS}circle"))) == len(seed()["places"])


def test_map_labels_do_not_overlap_each_other_or_the_marks_and_stay_in_the_frame(pictures):
    _, svg = parse(pictures["map"])
    labels = [label_box(t, LABEL_SIZE, True) for t in texts(svg, "explainer-map__label")]
    circles = [Box(float(c.get("cx")) - 4.5, float(c.get("cy")) - 4.5, 9, 9) for c in svg.iter(f"{NS}circle")]
    assert_no_overlaps(labels)
    frame = Box(0, 0, 400, 300)
    for label in labels:
        assert label.inside(frame)
        assert not any(label.overlaps(c) for c in circles)


def test_map_shows_countries_an_inset_and_a_scale(pictures):
    _, svg = parse(pictures["map"])
    classes = [e.get("class") or "" for e in svg.iter()]
    assert "explainer-map__land explainer-map__land--focus" in classes  # Syria and Lebanon hold marks
    assert "explainer-map__border" in classes and "explainer-map__coast" in classes
    assert "explainer-map__inset-area" in classes and "explainer-map__inset-land" in classes
    assert any(words(t).endswith(" km") for t in texts(svg, "explainer-map__scale-label"))
    assert {"Turkey", "Iraq"} <= {words(t) for t in texts(svg, "explainer-map__country")}


def test_a_place_without_coordinates_is_left_off_the_map_and_named_in_its_text():
    marks = [MapMark("a", "Aleppo", 36.2, 37.16, "#a"), MapMark("b", "Nowhere", None, None, "#b")]
    figure, svg = parse(locator_map(marks))
    assert list(links(svg)) == ["#a"]
    assert "Nowhere" in svg.find(f"{NS}desc").text
    assert "Nowhere: no coordinates given, not on the map." in locator_map_facts(marks)
    assert locator_map_facts(marks)[0] == "Aleppo, Syria: 36.20° N, 37.16° E."


def test_a_single_place_still_shows_at_least_300_km_of_its_region():
    projection = geo.fit([(35.5, 33.9)], 400, 300, 44, 300)
    (west, north), (east, south) = projection.invert(0, 0), projection.invert(400, 300)
    assert (north - south) * geo.KM_PER_DEGREE >= 300
    assert (east - west) * geo.KM_PER_DEGREE * projection.k >= 300
    _, svg = parse(locator_map([MapMark("beirut", "Beirut", 33.9, 35.5, "#beirut")]))
    assert words(texts(svg, "explainer-map__label")[0]) == "Beirut"


def test_crowded_labels_become_numbers_listed_in_the_caption():
    marks = [MapMark(f"p{i}", f"Very long place name {i}", 34.0 + (i % 4) * 0.02, 38.0 + (i // 4) * 0.02, f"#p{i}")
             for i in range(16)]
    figure, svg = parse(locator_map(marks))
    keys = [words(li) for li in figure.iter("li")]
    numbered = [words(t) for t in texts(svg, "explainer-map__label") if words(t).isdigit()]
    assert keys and len(keys) == len(numbered)
    assert keys[0] == "1: " + next(m.label for m in marks if f"{m.label}" not in
                                   [words(t) for t in texts(svg, "explainer-map__label")])
    named = [label_box(t, LABEL_SIZE, True) for t in texts(svg, "explainer-map__label") if not words(t).isdigit()]
    assert_no_overlaps(named)


def test_outlines_decode_to_the_right_places():
    atlas = geo.load_atlas()
    assert len(atlas.countries) > 200
    syria = next(c for c in atlas.countries if c.name == "Syria")
    west, south, east, north = syria.bounds
    assert 35 < west < 36.5 and 41.5 < east < 43 and 32 < south < 33 and 37 < north < 37.6
    assert set(atlas.arc_uses) <= {1, 2}  # a coast, or a border between two countries


# --- the timeline -------------------------------------------------------------------------------------

def test_partial_dates_are_shown_as_written_and_never_as_days():
    assert parse_date("2014").label == "2014" and parse_date("2014").precision == "year"
    assert parse_date("2014-08").label == "Aug 2014" and parse_date("2014-08").end.day == 31
    assert parse_date("2017-08-30").label == "30 Aug 2017"
    events = [TimelineEvent("2014", "A year"), TimelineEvent("2014-08", "A month"),
              TimelineEvent("2014-08-11", "A day")]
    _, svg = parse(timeline(events))
    assert [words(t) for t in texts(svg, "explainer-timeline__date")] == ["2014", "Aug 2014", "11 Aug 2014"]
    marks = [e.get("class") for e in svg.iter() if "explainer-timeline__mark" in (e.get("class") or "")
             and not any("explainer-timeline__key" in (p.get("class") or "") for p in [])]
    assert any("mark--year" in m for m in marks) and any("mark--month" in m for m in marks)


def test_seed_timeline_has_every_event_in_order_the_story_date_and_axis_breaks(pictures):
    _, svg = parse(pictures["timeline"])
    dates = [words(t) for t in texts(svg, "explainer-timeline__date")]
    assert dates[:3] == ["11 Aug 2006", "Aug 2014", "Sep 2014"]
    assert dates.count("30 Aug 2017") == 2  # the coalition's statement, and the story itself
    assert len(dates) == len(seed()["timeline"]) + 1
    assert [words(t) for t in texts(svg, "explainer-timeline__gap")] == ["8 years", "3 years"]
    assert any("mark--story" in (e.get("class") or "") for e in svg.iter())
    assert links(svg)["../../actors/un-security-council/"] == "UN Security Council"
    assert svg.get("viewBox").split()[2] == "400"  # one unit a CSS pixel on a 390 px phone


def test_timeline_labels_do_not_overlap(pictures):
    _, svg = parse(pictures["timeline"])
    boxes = [label_box(t, 12, True) for t in texts(svg, "explainer-timeline__date")]
    boxes += [label_box(t, 11, False) for t in texts(svg, "explainer-timeline__actors")]
    boxes += [label_box(t, 12, False) for t in texts(svg, "explainer-timeline__gap")]
    assert_no_overlaps(boxes)


def test_timeline_facts_give_each_event_in_full():
    facts = seed()
    lines = timeline_facts(seed_events(facts), story_date="2017-08-30")
    assert lines[0].startswith("11 Aug 2006: The UN Security Council adopts Resolution 1701")
    assert lines[0].endswith("(UN Security Council, Hezbollah)")
    assert "30 Aug 2017: This story is published" in lines
    longest = max((e["text"] for e in facts["timeline"]), key=len)
    assert any(longest in line for line in lines)  # what the picture cuts short, the text keeps


# --- the actor graph ----------------------------------------------------------------------------------

def test_graph_has_every_actor_as_a_link_and_each_relation_once(pictures):
    nodes, edges = seed_graph(seed())
    _, svg = parse(pictures["graph"])
    shown = links(svg)
    for node in nodes:
        assert node.label.split()[0] in shown[node.href]
    drawn = [p for p in svg.iter(f"{NS}path") if "explainer-graph__edge " in (p.get("class") or "") + " "
             and not (p.get("d") or "").endswith("h28")]
    pairs = {(e.source, e.target, e.type) for e in edges}
    assert ("iran", "syrian-government", "ally") in pairs and ("syrian-government", "iran", "ally") in pairs
    assert len(drawn) == len(pairs) - 1  # Iran and the Syrian government name each other as allies: one line
    directed = [p for p in drawn if p.get("marker-end")]
    assert len(directed) == sum(1 for e in edges if e.type in ("leads", "member-of", "part-of"))


def test_graph_kinds_differ_by_shape_and_the_legend_names_them(pictures):
    _, svg = parse(pictures["graph"])
    shapes = {}
    for element in svg.iter():
        cls = element.get("class") or ""
        found = re.search(r"explainer-graph__shape--([a-z-]+)", cls)
        if found and found.group(1) != "focus":
            outline = element.tag if element.tag != f"{NS}path" else element.get("d").count("L")
            shapes.setdefault(found.group(1), set()).add(outline)
    assert len(shapes) == 7
    assert all(len(s) == 1 for s in shapes.values())
    assert len({next(iter(s)) for s in shapes.values()}) == 7  # seven different outlines
    legend = {words(t) for t in texts(svg, "explainer-graph__legend")}
    assert {"person", "organisation", "state", "government", "armed group", "military", "alliance"} <= legend
    assert {"ally", "opponent", "leads", "member of", "part of", "other"} <= legend


def test_graph_labels_do_not_overlap(pictures):
    _, svg = parse(pictures["graph"])
    boxes = []
    for t in texts(svg, "explainer-graph__label"):
        spans = list(t.iter(f"{NS}tspan")) or [t]
        y = float(t.get("y"))
        for k, span in enumerate(spans):
            boxes.append(text_box(float(t.get("x")), y + 13.5 * k, words(span), 12, t.get("text-anchor") or "start",
                                  True))
    boxes += [label_box(t, 10, False) for t in texts(svg, "explainer-graph__edge-label")]
    assert len(texts(svg, "explainer-graph__edge-label")) >= 8
    assert_no_overlaps(boxes)


def test_an_actors_neighbourhood_is_the_actor_and_its_direct_relations():
    nodes, edges = seed_graph(seed())
    near, mine = neighbourhood(nodes, edges, "hezbollah")
    assert {n.id for n in near} == {"hezbollah", "iran", "syrian-government", "islamic-state", "hassan-nasrallah",
                                    "syrian-army", "michel-aoun", "lebanese-army", "united-states"}
    assert all("hezbollah" in (e.source, e.target) for e in mine)
    _, svg = parse(actor_graph(near, mine, focus="hezbollah"))
    assert len(links(svg)) == len(near)
    assert any("shape--focus" in (e.get("class") or "") for e in svg.iter())


def test_graph_facts_say_each_relation_in_words():
    nodes, edges = seed_graph(seed())
    lines = actor_graph_facts(nodes, edges)
    hezbollah = next(line for line in lines if line.startswith("Hezbollah (armed group): "))
    assert "ally of Iran" in hezbollah and "opponent of Islamic State" in hezbollah
    assert "led by Hassan Nasrallah" in hezbollah
    assert "UN Security Council (organisation): no relation given." in lines


def test_graph_layout_is_the_same_whatever_the_order_of_relations_inside_it():
    nodes, edges = seed_graph(seed())
    assert actor_graph(nodes, edges) == actor_graph(nodes, list(edges))


# --- figure bars --------------------------------------------------------------------------------------

def test_only_units_shared_by_two_or_more_figures_get_a_chart_and_conflicts_become_ranges():
    charts = bars_from_figures(seed_figures(seed()))
    assert list(charts) == ["people"]  # hours and USD have one figure each
    bars = {b.id: b for b in charts["people"]}
    assert (bars["militants-in-convoy"].low, bars["militants-in-convoy"].high) == (300, 308)
    assert (bars["civilians-in-convoy"].low, bars["civilians-in-convoy"].high) == (300, 331)
    assert "militants-earlier-count" not in bars and "relatives-earlier-count" not in bars
    assert len(bars) == 5


def test_bar_chart_draws_ranges_hatched_and_values_from_zero(pictures):
    _, svg = parse(pictures["bars0"])
    values = [words(t) for t in texts(svg, "explainer-bars__value")]
    assert values == ["300–331 (disputed)", "300–308 (disputed)", "11", "9", "7"]
    ranges = [r for r in svg.iter(f"{NS}rect") if r.get("class") == "explainer-bars__range"]
    assert len(ranges) == 2 and all(r.get("fill", "").startswith("url(#") for r in ranges)
    bars = [r for r in svg.iter(f"{NS}rect") if r.get("class") == "explainer-bars__bar"]
    assert {r.get("x") for r in bars} == {"4"}
    label = next(f["label"] for f in seed()["figures"] if f["id"] == "hezbollah-fighters-killed")
    shown = "".join(links(svg)["#figure-hezbollah-fighters-killed"].split())  # wrapped lines, spaces lost
    assert shown.startswith("".join(label.split())[:30])
    ticks = [words(t) for t in texts(svg, "explainer-bars__tick")]
    assert ticks[0] == "0" and ticks[-1] == "400"


def test_bar_facts_read_like_the_chart():
    bars = bars_from_figures(seed_figures(seed()))["people"]
    assert bar_chart_facts(bars, "people")[0] == ("Civilians in the convoy, according to senior Hezbollah officials: "
                                                  "300–331 (disputed) people")


def steps(d: str) -> list[tuple[float, float]]:
    """The relative steps of path data written by svg.path_data ("M x y l dx dy dx dy ... z")."""
    out = []
    for part in re.findall(r"l([^Mz]*)", d):
        numbers = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", part)]
        out += list(zip(numbers[::2], numbers[1::2]))
    return out


def test_a_map_across_the_180th_meridian_draws_no_line_across_the_world():
    marks = [MapMark("suva", "Suva", -18.14, 178.44, "#suva"), MapMark("apia", "Apia", -13.83, -171.76, "#apia")]
    _, svg = parse(locator_map(marks))
    drawn = [p for p in svg.iter(f"{NS}path") if (p.get("class") or "").startswith(("explainer-map__land",
                                                                                      "explainer-map__coast"))]
    assert drawn and all(abs(dx) < 150 for p in drawn for dx, _ in steps(p.get("d")))
    assert {"Suva", "Apia"} <= {words(t) for t in texts(svg, "explainer-map__label")}


def test_a_map_of_the_whole_world_needs_no_inset():
    marks = [MapMark("dc", "Washington", 38.9, -77.04), MapMark("teh", "Tehran", 35.69, 51.39),
             MapMark("suva", "Suva", -18.14, 178.44)]
    _, svg = parse(locator_map(marks))
    assert not [e for e in svg.iter() if e.get("class") == "explainer-map__inset"]
    assert "inset" not in svg.find(f"{NS}desc").text


@pytest.mark.parametrize("points", [
    [(40.1, 35.3), (35.9, 33.9), (38.0, 36.8)],  # Syria and Lebanon
    [(3.2, 56.1)],  # the North Sea
    [(178.0, -17.7), (-179.5, -16.5)],  # Fiji, across the 180th meridian
])
def test_arcs_far_outside_a_map_drawn_as_their_ends_change_no_land_and_no_line(points):
    """Far arcs are kept as two points to save work: every clipped ring's area and every visible line stay the same."""
    lm = importlib.import_module("generator.pictures.locator_map")  # the package's locator_map is the function

    proj = geo.fit(points, lm.WIDTH, lm.HEIGHT, padding=44.0, min_km=300.0)
    atlas, frame = geo.load_atlas(), (-2.0, -2.0, lm.WIDTH + 2, lm.HEIGHT + 2)
    far = lm._far_arcs(proj)
    assert far, "the test needs arcs to leave out"
    used = range(len(atlas.arcs))
    full, pruned = lm._projected_arcs(proj, used, lm.TOLERANCE), lm._projected_arcs(proj, used, lm.TOLERANCE, far)
    for country in atlas.countries:
        for polygon in country.polygons:
            for ring in polygon:
                areas = [abs(geo.ring_area(geo.clip_polygon(lm._ring(proj, ring, arcs), frame)))
                         for arcs in (full, pruned)]
                assert areas[0] == pytest.approx(areas[1], abs=0.01), country.name
    view = (0.0, 0.0, lm.WIDTH, lm.HEIGHT)
    assert lm._lines(proj, used, view) == lm._lines(proj, used, view, far)
