"""The story page as a reader meets it (issue 14), on the seed story and on the sample story, read from real builds.

Links a reader can bear (one a thing, every sentence anchor and mention kept, the
per-paragraph option), a figures box read at a glance (a disputed value once, as a
pair), a reader's order, topics by name with a page each, two dates told apart, and
actors the article never names flagged wherever they are listed.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT, build_tiny, copy_project
from generator.build import build_site

STORIES = {"isis-convoy-2017": "stories/isis-convoy-2017/", "harbour-library-2026": "stories/harbour-library-2026/"}
NAME_LINKS = "a.explainer-actor, a.explainer-term, a.explainer-place"
UNNAMED = ".explainer-label--unnamed"


def sheet(slug: str) -> dict:
    return yaml.safe_load((ROOT / "content" / slug / "facts.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def per_paragraph(tmp_path_factory):
    """The same project built with `link_mentions: paragraph`: today's linking, kept as an option."""
    project = copy_project(tmp_path_factory.mktemp("per-paragraph"))
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      content: content\n" in config
    config = config.replace("      content: content\n", "      content: content\n      link_mentions: paragraph\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    built = build_tiny(project)
    assert built.result.returncode == 0, built.result.stderr
    return built


def article(site, url):
    return site.soup(url).select_one("div.explainer-article")


def mentioned_in(site, actor_id: str, slug: str) -> list[str]:
    """The sentence anchors an actor page's "Mentioned in" lists for one story."""
    links = site.soup(f"actors/{actor_id}/").select(".explainer-mentions a")
    return [a["href"].split("#")[1] for a in links if a["href"].startswith(f"../../stories/{slug}/")]


@pytest.mark.parametrize("slug", list(STORIES))
def test_each_thing_links_once_and_every_thing_the_paragraphs_linked_still_links(site, per_paragraph, slug):
    first = [a["href"] for a in article(site, STORIES[slug]).select(NAME_LINKS)]
    each_paragraph = [a["href"] for a in article(per_paragraph, STORIES[slug]).select(NAME_LINKS)]
    assert len(first) == len(set(first)) > 3
    assert set(first) == set(each_paragraph)  # the same things link, just once each
    assert len(each_paragraph) > len(first)


@pytest.mark.parametrize("slug", list(STORIES))
def test_every_sentence_keeps_its_anchor_whichever_mentions_link(site, per_paragraph, slug):
    ids = [s["id"] for s in article(site, STORIES[slug]).select(".explainer-sentence")]
    assert ids and len(ids) == len(set(ids))
    assert ids == [s["id"] for s in article(per_paragraph, STORIES[slug]).select(".explainer-sentence")]


@pytest.mark.parametrize("slug", list(STORIES))
def test_mentioned_in_lists_every_sentence_naming_the_actor_linked_or_not(site, per_paragraph, slug):
    sentences = {s["id"] for s in article(site, STORIES[slug]).select(".explainer-sentence")}
    listed = 0
    for actor in sheet(slug)["actors"]:
        anchors = mentioned_in(site, actor["id"], slug)
        assert anchors == mentioned_in(per_paragraph, actor["id"], slug), actor["id"]
        assert set(anchors) <= sentences, actor["id"]
        links = article(site, STORIES[slug]).select(f'a.explainer-actor[href="../../actors/{actor["id"]}/"]')
        assert len(links) <= 1
        listed += len(anchors)
    assert listed > len(sheet(slug)["actors"])  # some actors are named more than once, and all are listed


def test_the_per_paragraph_option_links_the_first_mention_in_each_paragraph(per_paragraph):
    body = article(per_paragraph, STORIES["isis-convoy-2017"])
    for paragraph in body.find_all("p"):
        targets = [a["href"] for a in paragraph.select(NAME_LINKS)]
        assert len(targets) == len(set(targets))
    naming = [p for p in body.find_all("p") if p.select('a[href="../../actors/hezbollah/"]')]
    assert len(naming) > 3  # Hezbollah is linked again in each paragraph that names it


def test_an_unknown_link_mentions_value_is_a_clear_config_error(tmp_path):
    project = copy_project(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("      content: content\n",
                                                       "      content: content\n      link_mentions: every\n"))
    built = build_tiny(project)
    assert built.result.returncode == 1
    assert "link_mentions" in built.result.stderr and "paragraph" in built.result.stderr


@pytest.mark.parametrize("slug, pair", [("isis-convoy-2017", "300 or 308"), ("harbour-library-2026", "4,000 or 4,500")])
def test_a_disputed_value_is_printed_once_as_a_pair(site, slug, pair):
    page = site.soup(STORIES[slug])
    box = page.select_one("ul.explainer-figures")
    heads = [v.get_text() for v in box.select(".explainer-figure__value")]
    assert heads.count(pair) == 1
    low, high = pair.split(" or ")
    assert low not in heads and high not in heads  # no card of its own for either value
    for figure in sheet(slug)["figures"]:
        assert box.find(id=f"figure-{figure['id']}") is not None  # each figure keeps its anchor
    card = next(c for c in box.select(".explainer-figure--disputed") if pair in c.get_text())
    assert card.select_one("details.explainer-figure__more .explainer-figure__excerpt")
    assert page.find(id="figures-that-disagree") is None


def test_a_card_shows_value_label_and_jump_with_its_notes_behind_a_disclosure(site):
    card = site.soup(STORIES["isis-convoy-2017"]).find(id="figure-hezbollah-fighters-killed")
    visible = [child for child in card.children if getattr(child, "name", None) != "details"]
    text = " ".join(c.get_text() for c in visible)
    assert "11" in text and "Hezbollah fighters killed" in text and "Where the article says it" in text
    assert "Concerns" not in card.get_text() and "people" not in text
    more = card.select_one("details.explainer-figure__more")
    assert "Hezbollah's own count" in more.get_text() and more.select("a.explainer-actor")


@pytest.mark.parametrize("slug", list(STORIES))
def test_the_page_reads_in_a_readers_order(site, slug):
    ids = [h["id"] for h in site.soup(STORIES[slug]).select("article h2[id]")]
    wanted = ["key-figures", "article", "whos-who", "quotes", "places", "terms"]
    assert [i for i in ids if i in wanted] == [w for w in wanted if w in ids]
    assert len([w for w in wanted if w in ids]) >= 5


def test_who_is_who_is_grouped_by_kind_each_group_in_the_order_the_article_names_them(site):
    page = site.soup(STORIES["isis-convoy-2017"])
    groups = [p.get_text() for p in page.select("p.explainer-cast__kind")]
    assert groups[0] == "People" and "Armed groups" in groups and len(groups) == len(set(groups))
    first_group = page.select("p.explainer-cast__kind + ul.explainer-cast")[0]
    people = [li.a.get_text() for li in first_group.select(":scope > li")]
    assert people.index("Hassan Nasrallah") < people.index("Michel Aoun")  # named in that order
    assert people[-2:] == ["Brett McGurk", "Nowruz Ahmed"]  # never named: last


@pytest.mark.parametrize("slug", list(STORIES))
def test_topics_show_by_name_and_each_has_a_page_listing_its_stories(site, slug):
    page = site.soup(STORIES[slug])
    topics = page.select(".explainer-dateline a.explainer-topic")
    assert len(topics) == len(sheet(slug)["story"]["tags"])
    for link in topics:
        assert "-" not in link.get_text() or link.get_text() == "US-led coalition"
        target = link["href"].replace("../../", "")
        assert site.soup(target).select_one(f'a[href="../../{STORIES[slug]}"]'), target
        assert site.soup(target).h1.get_text(strip=True).rstrip("¶") == link.get_text()
    index = site.soup("topics/")
    assert {a.get_text() for a in index.select(".explainer-topics a")} >= {t.get_text() for t in topics}
    assert site.soup("").select_one('nav a[href="topics/"]')  # in the short nav


def test_the_seed_story_names_its_topics_by_the_entries_they_are(site):
    names = [a.get_text() for a in site.soup(STORIES["isis-convoy-2017"]).select("a.explainer-topic")]
    assert names == ["Syria", "Lebanon", "Iraq", "Islamic State", "Hezbollah", "US-led coalition"]


def test_a_topic_that_would_land_on_the_topic_list_is_an_error(tmp_path):
    from conftest import CONVOY_FACTS, write_story

    facts = CONVOY_FACTS.replace("  summary: A convoy", "  tags: [index]\n  summary: A convoy")
    errors = build_site(write_story(tmp_path / "content", "s", facts)).errors
    assert any("the page that lists every topic" in e.message and e.field == "story.tags" for e in errors), errors


def test_the_storys_facts_and_each_background_carry_their_own_dates(site):
    page = site.soup(STORIES["isis-convoy-2017"])
    dateline = page.select_one(".explainer-dateline").get_text(" ", strip=True)
    assert "Story facts as of 13 September 2017" in dateline and "up to 31 January 2025" in dateline
    entry = next(li for li in page.select("ul.explainer-cast > li") if li.a.get_text() == "Hezbollah")
    assert entry.select_one(".explainer-as-of time")["datetime"] == "2025-01-31"
    background = site.soup("actors/hezbollah/").find(id="background").find_next_sibling()
    assert background.select_one("time")["datetime"] == "2025-01-31"


@pytest.mark.parametrize("slug, actor_id", [("isis-convoy-2017", "brett-mcgurk"), ("isis-convoy-2017", "nowruz-ahmed"),
                                            ("harbour-library-2026", "saltings-residents-association")])
def test_an_actor_the_article_never_names_says_so_wherever_it_is_listed(site, slug, actor_id):
    page = site.soup(STORIES[slug])
    name = next(a["name"] for a in sheet(slug)["actors"] if a["id"] == actor_id)
    entry = next(li for li in page.select("ul.explainer-cast > li") if li.a.get_text() == name)
    assert entry.select_one(UNNAMED)
    roles = site.soup(f"actors/{actor_id}/").select_one(".explainer-roles")
    assert roles.select_one(UNNAMED) and "Not named in the article" in roles.get_text()
    listed = next(li for li in site.soup("actors/").select(".explainer-actor-index li") if li.a.get_text() == name)
    assert listed.select_one(UNNAMED)
    for quote in page.select("figure.explainer-quote"):
        speaker = quote.select_one("figcaption a.explainer-actor")
        if speaker and speaker.get_text() == name:
            assert quote.select_one(UNNAMED)
    index = site.soup("actors/").select(".explainer-actor-index li")
    named = next(li for li in index if li.a.get_text() == "Hezbollah")
    assert not named.select_one(UNNAMED)


def test_the_unnamed_speakers_quote_is_flagged_and_a_named_speakers_is_not(site):
    quotes = site.soup(STORIES["isis-convoy-2017"]).select("figure.explainer-quote")
    by_speaker = {q.select_one("figcaption a.explainer-actor").get_text(): q
                  for q in quotes if q.select_one("figcaption a.explainer-actor")}
    assert by_speaker["Brett McGurk"].select_one(UNNAMED)
    assert not by_speaker["Hassan Nasrallah"].select_one(UNNAMED)


def test_render_takes_the_same_choice_of_linked_mentions(tmp_path, capsys):
    from generator.cli import main

    counts = {}
    for mode in ("first", "paragraph"):
        assert main(["render", str(ROOT / "content"), "--out", str(tmp_path / mode), "--link-mentions", mode]) == 0
        page = (tmp_path / mode / "docs" / "stories" / "isis-convoy-2017.md").read_text(encoding="utf-8")
        counts[mode] = page.count('class="explainer-actor" href="../actors/hezbollah.html"')
    assert counts == {"first": 1, "paragraph": counts["paragraph"]} and counts["paragraph"] > 3


def test_one_topic_spelled_two_ways_has_one_name_and_one_page(tmp_path):
    from conftest import CONVOY_FACTS, write_story

    content = tmp_path / "content"
    worded = CONVOY_FACTS.replace("  summary: A convoy", "  tags: [Border Crossings]\n  summary: A convoy")
    write_story(content, "a", worded)
    later = CONVOY_FACTS.replace("2017-08-30", "2017-09-01").replace("  summary: A convoy",
                                                                    "  tags: [border-crossings]\n  summary: A convoy")
    write_story(content, "b", later)
    result = build_site(content)
    assert result.ok, [p.format() for p in result.errors]
    link = '<a href="../../topics/border-crossings/" class="explainer-topic">Border Crossings</a>'
    assert link in result.pages["stories/a.md"] and link in result.pages["stories/b.md"]
    topic = result.pages["topics/border-crossings.md"]
    assert "# Border Crossings" in topic and topic.count("<li>") == 2


@pytest.mark.parametrize("unit, label, display, shown", [
    ("people", "Civilians in the convoy", "", False),
    ("books", "Books on board", "", False),
    ("hours", "Time since the buses left", "more than 48", True),
    ("USD", "US assistance", "$1.5 billion", False),
    ("m", "Length of the hull, from bow to stern", "", True),  # "m" is not a word of the label
    ("km", "Distance in km", "", False),
])
def test_a_unit_is_printed_only_when_neither_value_nor_label_says_it(unit, label, display, shown):
    from generator.model import Figure
    from generator.pages.figures import unit_needed

    assert unit_needed(Figure(id="f", value="48", label=label, unit=unit, display=display)) is shown
