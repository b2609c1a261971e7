"""The pictures as `mkdocs build --strict` writes them into the pages: read back from the built HTML.

What a reader gets: each picture where the sheet has its data (and none where it has not),
its nodes, edges, labels and marks, links that reach real pages and anchors, a text version
printed with it, nothing asked of another host, and the seed story's pictures small.
Expected contents come from the fact sheets themselves (read with yaml.safe_load), not from
the generator's model.
"""

from __future__ import annotations

import gzip
import posixpath
import re
import xml.etree.ElementTree as ET

import pytest
import yaml

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, ROOT, build_tiny, tiny_project

SEED, OTHER = "stories/isis-convoy-2017/", "stories/harbour-library-2026/"
NS = "{http://www.w3.org/2000/svg}"
FIGURE = re.compile(r'<figure class="explainer-picture explainer-picture--(\w+)">.*?</figure>', re.DOTALL)
DIRECTED = {"leads", "member-of", "part-of"}


def sheet(url: str) -> dict:
    return yaml.safe_load((ROOT / "content" / url.split("/")[1] / "facts.yml").read_text(encoding="utf-8"))


def pictures(site, url: str) -> dict[str, tuple[str, ET.Element]]:
    """kind -> (the figure's HTML as built, its <svg> parsed as XML: the markup must be well-formed)."""
    found = {}
    for match in FIGURE.finditer(site.html(url)):
        figure = ET.fromstring(match.group(0))
        found.setdefault(match.group(1), (match.group(0), figure.find(f"{NS}svg")))
    return found


def words(element: ET.Element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def links(svg: ET.Element) -> dict[str, str]:
    """href -> the words inside the <a>."""
    return {a.get("href"): words(a) for a in svg.iter(f"{NS}a")}


def classed(svg: ET.Element, cls: str) -> list[ET.Element]:
    return [e for e in svg.iter() if cls in (e.get("class") or "").split()]


def assert_reaches(site, page_url: str, href: str) -> None:
    """The link leads to a built page, and to an element with its anchor's id when it has one."""
    path, _, anchor = href.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_url.rstrip("/") + "/x"), path)) + "/" \
        if path else page_url
    target = "" if target in ("./", "/") else target.lstrip("./")
    assert site.path(target).is_file(), f"{page_url}: {href} leads to no page ({target})"
    if anchor:
        assert site.soup(target).find(id=anchor), f"{page_url}: {href}: no #{anchor} on {target}"


def cast_relations(facts: dict) -> set[tuple]:
    """The relations between actors of the sheet, a symmetric one given from both sides counted once."""
    ids = {a["id"] for a in facts["actors"]}
    out = set()
    for actor in facts["actors"]:
        for relation in actor.get("relations", ()):
            if relation["to"] in ids and relation["to"] != actor["id"]:
                ends = (actor["id"], relation["to"])
                out.add((ends if relation["type"] in DIRECTED else tuple(sorted(ends)), relation["type"]))
    return out


@pytest.mark.parametrize("url", [SEED, OTHER])
def test_each_story_shows_its_map_timeline_and_graph_with_a_text_version(site, url):
    page = site.soup(url)
    kinds = [f["class"][1].split("--")[1] for f in page.select("figure.explainer-picture")]
    assert {"map", "timeline", "graph"} <= set(kinds), kinds
    for figure in page.select("figure.explainer-picture"):
        svg = figure.find("svg")
        title, desc = svg.find("title"), svg.find("desc")
        assert title.get_text(strip=True) and desc.get_text(strip=True)
        assert svg["aria-labelledby"] == f"{title['id']} {desc['id']}"
        assert figure.find("figcaption").get_text(strip=True)
        text = figure.find_next_sibling()
        assert text.name == "details" and "explainer-picture__text" in text["class"], figure["class"]
        assert text.summary.get_text(strip=True).endswith("as text")
        assert len(text.find_all("li")) >= 2


def test_the_seed_story_puts_its_pictures_in_reading_order(site):
    """Key figures and their bars, then the map and the timeline, then the article; the graph before who's who."""
    html = site.html(SEED)
    order = [html.index(marker) for marker in (
        'id="key-figures"', "explainer-picture--bars", 'id="map"', "explainer-picture--map", 'id="timeline"',
        "explainer-picture--timeline", 'id="article"', "explainer-picture--graph", 'id="whos-who"')]
    assert order == sorted(order), order


@pytest.mark.parametrize("url", [SEED, OTHER])
def test_map_marks_every_place_with_coordinates_each_linking_to_its_entry(site, url):
    facts = sheet(url)
    _, svg = pictures(site, url)["map"]
    marks = links(svg)
    located = [p for p in facts["places"] if p.get("coordinates")]
    assert len(classed(svg, "explainer-map__mark")) == len(located)
    for place in located:
        href = next(h for h, text in marks.items() if h.endswith(f"#{place['id']}"))
        assert marks[href] == place["name"] or marks[href].isdigit()
        assert_reaches(site, url, href)
    assert classed(svg, "explainer-map__land") and classed(svg, "explainer-map__inset")
    assert classed(svg, "explainer-map__scale-label")


def test_a_place_at_sea_still_shows_the_nearest_coasts(site):
    _, svg = pictures(site, OTHER)["map"]
    names = {words(t) for t in classed(svg, "explainer-map__country")}
    assert names & {"United Kingdom", "Norway", "Denmark"}, names


@pytest.mark.parametrize("url", [SEED, OTHER])
def test_graph_has_each_related_actor_as_a_link_to_its_page_and_each_relation_once(site, url):
    facts = sheet(url)
    relations = cast_relations(facts)
    _, svg = pictures(site, url)["graph"]
    names = {a["id"]: a["name"] for a in facts["actors"]}
    related = {end for ends, _ in relations for end in ends}
    nodes = links(svg)
    assert len(nodes) == len(related)
    for actor_id in related:
        href = next(h for h in nodes if h.rstrip("/").endswith(f"actors/{actor_id}"))
        assert nodes[href] == names[actor_id]
        assert_reaches(site, url, href)
    (lines,) = classed(svg, "explainer-graph__edges")
    drawn = sorted(e.get("class").split("--")[-1] for e in lines)
    assert drawn == sorted(kind for _, kind in relations)
    labels = {words(t) for t in classed(svg, "explainer-graph__edge-label")}
    assert labels and labels <= {"ally", "opponent", "member of", "leads", "part of", "other"}
    assert {kind for kind in (e.get("class").split("--")[-1] for e in classed(svg, "explainer-graph__shape"))} >= \
        {a["kind"] for a in facts["actors"] if a["id"] in related}


def test_the_timeline_shows_partial_dates_as_written_and_marks_the_story_date(site):
    facts = sheet(SEED)
    _, svg = pictures(site, SEED)["timeline"]
    dates = [words(t) for t in classed(svg, "explainer-timeline__date")]
    assert len(dates) == len(facts["timeline"]) + 1
    assert "Aug 2014" in dates and "Sep 2014" in dates and "30 Aug 2017" in dates
    assert len(classed(svg, "explainer-timeline__mark--month")) == 3  # two events and the legend
    assert len(classed(svg, "explainer-timeline__mark--story")) == 2  # the mark and its legend
    actor_links = links(svg)
    assert actor_links and all(text for text in actor_links.values())
    for href in actor_links:
        assert_reaches(site, SEED, href)
    text = site.soup(SEED).select_one("details.explainer-picture__text ol.explainer-timeline-list")
    assert len(text.find_all("li", recursive=False)) == len(facts["timeline"])
    assert text.find("time", attrs={"datetime": "2014-08"}).get_text() == "August 2014"


def test_the_year_only_date_of_the_other_story_is_a_year_bar(site):
    _, svg = pictures(site, OTHER)["timeline"]
    assert "2024" in [words(t) for t in classed(svg, "explainer-timeline__date")]
    assert len(classed(svg, "explainer-timeline__mark--year")) == 2  # the event and its legend


def test_figure_bars_show_the_figures_that_share_a_unit_with_disputes_as_ranges(site):
    facts = sheet(SEED)
    html, svg = pictures(site, SEED)["bars"]
    people = [f for f in facts["figures"] if f.get("unit") == "people"]
    paired = {f["id"] for f in people if f.get("conflicts_with")}
    assert len(classed(svg, "explainer-bars__bar")) == len(people) - len(paired) // 2
    assert len(classed(svg, "explainer-bars__range")) == len(paired) // 2
    values = [words(t) for t in classed(svg, "explainer-bars__value")]
    assert "300–308 (disputed)" in values and "11" in values
    for href in links(svg):
        assert_reaches(site, SEED, href)
    assert "explainer-picture--bars" not in site.html(OTHER)  # its one unit holds one (disputed) quantity


@pytest.mark.parametrize("url", [SEED, OTHER, "actors/hezbollah/", "places/"])
def test_no_picture_asks_anything_of_another_host(site, url):
    for html, svg in pictures(site, url).values():
        assert "<image" not in html and "@import" not in html and "url(http" not in html
        for element in svg.iter():
            for name, value in element.attrib.items():
                if name.endswith("href"):
                    assert not re.match(r"^[a-z]+:", value), f"{url}: {value}"


def test_each_picture_on_the_seed_story_is_at_most_30_kb_gzipped(site):
    found = pictures(site, SEED)
    assert set(found) == {"bars", "map", "timeline", "graph"}
    for kind, (html, _) in found.items():
        assert len(gzip.compress(html.encode("utf-8"), 9)) <= 30_000, kind


def test_an_actor_page_shows_its_neighbourhood_with_the_actor_in_focus(site):
    facts = sheet(SEED)
    hezbollah = next(a for a in facts["actors"] if a["id"] == "hezbollah")
    inbound = {a["id"] for a in facts["actors"] for r in a.get("relations", ()) if r["to"] == "hezbollah"}
    expected = {r["to"] for r in hezbollah.get("relations", ())} | inbound | {"hezbollah"}
    page = site.soup("actors/hezbollah/")
    figure = page.select_one("#related-actors ~ figure.explainer-picture--graph")
    assert figure is not None and figure.find_next_sibling("ul", class_="explainer-related")
    _, svg = pictures(site, "actors/hezbollah/")["graph"]
    nodes = links(svg)
    assert {h.rstrip("/").split("/")[-1] for h in nodes} == expected - {"hezbollah"}  # no link to itself
    for href in nodes:
        assert_reaches(site, "actors/hezbollah/", href)
    assert len(classed(svg, "explainer-graph__shape--focus")) == 1


def test_the_places_page_maps_every_place_with_coordinates_linking_to_its_entry(site):
    located = [p for url in (SEED, OTHER) for p in sheet(url)["places"] if p.get("coordinates")]
    _, svg = pictures(site, "places/")["map"]
    marks = links(svg)
    assert len(marks) == len(located)
    for href in marks:
        assert href.startswith(("#", "./#"))
        assert_reaches(site, "places/", href)


def test_a_story_without_coordinates_dates_or_relations_shows_no_picture(tmp_path):
    built = build_tiny(tiny_project(tmp_path, {"convoy": (CONVOY_FACTS, CONVOY_ARTICLE)}))
    assert built.result.returncode == 0, built.result.stderr
    html = built.html("stories/convoy/")
    assert "explainer-picture" not in html and 'id="map"' not in html and 'id="timeline"' not in html
    assert "explainer-picture" not in built.html("places/")


def test_a_single_event_is_listed_without_a_picture(tmp_path):
    facts = CONVOY_FACTS + 'timeline:\n  - date: "2017-08"\n    text: The convoy leaves.\n    actors: [hezbollah]\n'
    built = build_tiny(tiny_project(tmp_path, {"convoy": (facts, CONVOY_ARTICLE)}))
    assert built.result.returncode == 0, built.result.stderr
    page = built.soup("stories/convoy/")
    assert page.select_one("figure.explainer-picture--timeline") is None
    item = page.select_one("#timeline + ol.explainer-timeline-list li")
    assert item.time.get_text() == "August 2017" and item.a.get_text() == "Hezbollah"


def test_the_places_map_is_capped_at_the_places_most_stories_name(tmp_path):
    """A desk of many places: the map keeps the 40 named by the most stories and says so; the list keeps all."""
    from generator.build import build_site
    from generator.pages.pictures import PLACES_MAP_LIMIT
    from conftest import write_story

    names = [f"Town {chr(65 + i // 26)}{chr(97 + i % 26)}" for i in range(PLACES_MAP_LIMIT + 5)]
    places = "".join(f"  - id: town-{i}\n    name: {name}\n    coordinates: [{30 + i % 9}.5, {20 + i // 9}.5]\n"
                     for i, name in enumerate(names))
    for n, slug in enumerate(("one", "two")):
        facts = CONVOY_FACTS.replace("title: Convoy leaves the border", f"title: Convoy {slug}")
        named = names if n == 0 else names[-3:]  # the last three (alphabetically) are named by both stories
        article = CONVOY_ARTICLE + "\n" + " ".join(f"It passed {name}." for name in named) + "\n"
        write_story(tmp_path / "content", slug, facts + ("places:\n" + places if n == 0 else ""), article)
    result = build_site(tmp_path / "content")
    assert result.ok, result.errors
    page = result.pages["places.md"]
    figure = FIGURE.search(page).group(0)
    svg = ET.fromstring(figure).find(f"{NS}svg")
    assert len(classed(svg, "explainer-map__mark")) == PLACES_MAP_LIMIT
    shown = {href.split("#")[1] for href in links(svg)}
    assert {f"town-{i}" for i in range(len(names) - 3, len(names))} <= shown
    assert f"the {PLACES_MAP_LIMIT} named in the most stories, of {len(names)} with coordinates" in words(
        ET.fromstring(figure))
    assert all(f'id="town-{i}"' in page for i in range(len(names)))
