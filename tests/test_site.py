"""The built site, read as HTML: what a reader gets from `mkdocs build --strict`."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlparse

import yaml

from conftest import ROOT

SEED = "stories/isis-convoy-2017/"
SAMPLE = "stories/harbour-library-2026/"


def facts(slug: str) -> dict:
    return yaml.safe_load((ROOT / "content" / slug / "facts.yml").read_text(encoding="utf-8"))


def actor_entry(actor_id: str, slug: str = "isis-convoy-2017") -> dict | None:
    return next((a for a in facts(slug)["actors"] if a["id"] == actor_id), None)


def article(site, url=SEED):
    return site.soup(url).select_one(".explainer-article")


def test_every_actor_of_every_story_has_a_page(site):
    for slug in ("isis-convoy-2017", "harbour-library-2026"):
        for actor in facts(slug)["actors"]:
            page = site.soup(f"actors/{actor['id']}/")
            assert page.h1.get_text(strip=True).rstrip("¶") == actor["name"]


def test_the_first_hezbollah_links_and_the_later_hizballah_stays_text_in_its_sentence(site):
    links = article(site).select('a.explainer-actor[href="../../actors/hezbollah/"]')
    assert len(links) == 1 and links[0].get_text() == "Hezbollah"
    assert site.path("actors/hezbollah/").is_file()
    later = next(s for s in article(site).select(".explainer-sentence") if "Hizballah" in s.get_text())
    assert not later.select('a[href="../../actors/hezbollah/"]')
    mentions = [a["href"].split("#")[1] for a in site.soup("actors/hezbollah/").select(".explainer-mentions a")]
    assert later["id"] in mentions


def test_only_the_first_mention_in_the_article_is_linked(site):
    for url in (SEED, SAMPLE):
        targets = [a["href"] for a in article(site, url).select("a.explainer-actor, a.explainer-term, a.explainer-place")]
        assert targets and len(targets) == len(set(targets)), url


def test_each_key_figure_links_to_a_sentence_that_exists_in_the_article(site):
    page = site.soup(SEED)
    figures = page.select(".explainer-figures [id^=figure-]")
    assert len(figures) == len(facts("isis-convoy-2017")["figures"])
    sentence_ids = {s["id"] for s in page.select(".explainer-article .explainer-sentence")}
    for figure in figures:
        jump = figure.select_one("a.explainer-jump")
        assert jump is not None, figure.get_text()
        anchor = jump["href"].split("#", 1)[1]
        assert anchor in sentence_ids


def test_the_308_figure_points_at_the_sentence_that_says_308(site):
    page = site.soup(SEED)
    jump = page.select_one("#figure-militants-in-convoy a.explainer-jump")
    sentence = page.find(id=jump["href"].split("#")[1])
    assert "308 militants" in sentence.get_text()


def test_glossary_terms_in_the_article_carry_their_definition_as_a_tooltip(site):
    terms = article(site).select("a.explainer-term")
    assert terms
    glossary = {t["term"]: t["definition"] for t in facts("isis-convoy-2017")["glossary"]}
    by_text = {a.get_text(): a for a in terms}
    assert by_text["law of armed conflict"]["title"] == glossary["law of armed conflict"]
    assert by_text["law of armed conflict"]["href"].startswith("../../glossary/#law-of-armed-conflict")


def test_no_actor_link_lands_inside_a_heading_or_another_link(site):
    for path in site.pages():
        soup = site.soup(str(path.relative_to(site.root)))
        for link in soup.select("a.explainer-actor, a.explainer-term, a.explainer-place"):
            assert not link.find_parent("a"), path
            assert not link.find_parent(re.compile(r"^h[1-6]$")), path


def test_a_name_inside_a_longer_name_counts_as_a_mention(site):
    # "UN Security Council" only occurs inside "UN Security Council Resolution 1701".
    page = site.soup("actors/un-security-council/")
    mentions = page.select(".explainer-mentions a")
    assert any("Resolution 1701" in a.get_text() for a in mentions)


def test_actor_pages_link_each_mention_back_to_its_sentence(site):
    page = site.soup("actors/hezbollah/")
    story = site.soup(SEED)
    mentions = page.select(".explainer-mentions a")
    names = [a["name"], *a.get("aliases", [])] if (a := actor_entry("hezbollah")) else []
    naming = [sp for sp in story.select(".explainer-article .explainer-sentence") if any(n in sp.get_text() for n in names)]
    assert len(mentions) == len(naming) > 0
    for link in mentions:
        url, anchor = link["href"].split("#")
        assert url == "../../stories/isis-convoy-2017/"
        assert story.find(id=anchor) is not None


def test_contradicting_figures_share_one_card_with_the_comparison_behind_a_disclosure(site):
    page = site.soup(SEED)
    cards = page.select(".explainer-figure--disputed")
    heads = [c.select_one(".explainer-figure__value").get_text() for c in cards]
    assert heads == ["300 or 308", "nearly 300 or 331"]
    for card in cards:
        comparison = card.select_one("details.explainer-figure__more")
        assert comparison.summary.get_text() == "Why two figures"
        assert len(comparison.select(".explainer-figure__excerpt")) == 2
        assert "The article gives both; we show both." in comparison.get_text()
    assert page.find(id="figures-that-disagree") is None


def test_quotes_the_article_leaves_unattributed_are_marked(site):
    sheet = facts("isis-convoy-2017")["quotes"]
    quotes = site.soup(SEED).select(".explainer-quote")
    assert len(quotes) == len(sheet)
    for quote, entry in zip(quotes, sheet):
        caption = quote.figcaption.get_text()
        assert ("explainer-quote--unattributed" in quote["class"]) is (entry["attribution"] != "article")
        if entry["attribution"] == "editor":
            assert "The article does not name the speaker; the editors attribute the quote." in caption
        if entry["attribution"] == "unknown":
            assert "Speaker not named in the article." in caption
    assert {"editor", "unknown"} & {entry["attribution"] for entry in sheet}, "the seed story shows unattributed quotes"


def test_home_lists_the_stories_newest_first_with_their_standfirst(site):
    sheets = [facts(p.parent.name)["story"] for p in (ROOT / "content").glob("*/facts.yml")]
    newest_first = sorted(sheets, key=lambda story: story["date"], reverse=True)
    items = site.soup("").select(".explainer-story-list > li")
    assert [li.h2.a.get_text() for li in items] == [story["title"] for story in newest_first]
    for item, story in zip(items, newest_first):
        assert " ".join(story["summary"].split()) in " ".join(item.get_text().split())


def test_a_sample_story_says_it_is_not_news_and_a_real_one_does_not(site):
    assert site.soup(SAMPLE).select_one(".explainer-banner--sample")
    assert "not news" in site.soup(SAMPLE).select_one(".explainer-banner--sample").get_text()
    assert site.soup(SEED).select_one(".explainer-banner--sample") is None
    assert site.soup("").select_one(".explainer-label--sample")


def test_the_second_story_links_a_name_with_diacritics_and_its_surname_alias(site):
    links = {a.get_text(): a["href"] for a in article(site, SAMPLE).select("a.explainer-actor")}
    assert links.get("Zoë Ferrández") == "../../actors/zoe-ferrandez/"


def test_glossary_is_alphabetical_with_one_anchor_per_term(site):
    terms = site.soup("glossary/").select("dl.explainer-glossary dt")
    names = [t.get_text() for t in terms]
    assert names == sorted(names, key=str.lower)
    ids = [t["id"] for t in terms]
    assert len(ids) == len(set(ids)) and "law-of-armed-conflict" in ids


def test_every_internal_link_and_anchor_resolves(site):
    checked = 0
    for path in site.pages():
        page_url = "/" + path.relative_to(site.root).as_posix()
        soup = site.soup(path.relative_to(site.root).as_posix())
        for link in soup.select("a[href]"):
            href = link["href"]
            if urlparse(href).scheme or href.startswith("//"):
                continue
            target = urljoin(page_url, href)
            target_path, _, anchor = target.partition("#")
            file = site.path(target_path) if target_path else path
            assert file.is_file(), f"{page_url}: {href}"
            if anchor:
                target_soup = soup if file == path else site.soup(str(file.relative_to(site.root)))
                assert target_soup.find(id=anchor) is not None, f"{page_url}: {href}"
            checked += 1
    assert checked > len(site.pages()) * 5  # every page has its navigation links, at least


def test_mention_lists_stay_out_of_the_search_index(site):
    index = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    hezbollah_docs = [d for d in index["docs"] if d["location"].startswith("actors/hezbollah/")]
    assert hezbollah_docs
    assert not any(d["location"].endswith("#mentioned-in") for d in index["docs"])
    text = " ".join(d["text"] for d in hezbollah_docs)
    assert "makes no secret that it sends militias" not in text


def test_a_build_writes_nothing_into_docs(site):
    """Generated pages live in memory: after a build, docs/ holds exactly what the project gave it."""
    written = sorted(p.relative_to(site.project / "docs").as_posix() for p in (site.project / "docs").rglob("*"))
    given = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*"))
    assert written == given
    assert site.path(SEED).is_file() and not (site.project / "docs" / "stories").exists()


def test_properdocs_builds_the_same_site_strictly(project):
    """ProperDocs, MkDocs' maintained fork, runs our plugin unchanged."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml"], cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / "stories" / "isis-convoy-2017" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/hezbollah/" title="' in page and ">Hezbollah</a>" in page


def test_the_edit_button_of_a_generated_page_opens_the_fact_sheet_it_came_from(site):
    edit = site.soup(SEED).select_one('a[title="Edit this page"]')["href"]
    assert edit.endswith("/edit/main/content/isis-convoy-2017/facts.yml")
    assert site.soup("actors/hezbollah/").select_one('a[title="Edit this page"]')["href"] == edit
    assert site.soup("about/").select_one('a[title="Edit this page"]')["href"].endswith("/edit/main/docs/about.md")
    assert site.soup("glossary/").select_one('a[title="Edit this page"]') is None


def test_pages_carry_a_description_and_opengraph_metadata_from_their_summary(site):
    page = site.soup("actors/hezbollah/")
    summary = next(a for a in facts("isis-convoy-2017")["actors"] if a["id"] == "hezbollah")["summary"]
    assert page.find("meta", attrs={"name": "description"})["content"] == summary
    assert page.find("meta", property="og:description")["content"] == summary
    assert page.find("meta", property="og:title")["content"] == "Hezbollah"
    assert site.soup(SEED).find("meta", property="og:type")["content"] == "article"


def test_no_page_asks_a_third_party_host_for_anything(site):
    for path in site.pages():
        soup = site.soup(str(path.relative_to(site.root)))
        for element in soup.select("script[src], link[href], img[src], iframe[src]"):
            url = element.get("src") or element.get("href")
            assert not re.match(r"^(https?:)?//", url) or element.name == "link" and element.get("rel") in (["canonical"], ["alternate"]), f"{path}: {url}"
        assert not soup.select('[data-md-component="source"]'), "the repository badge would call api.github.com"
    assert "fonts.googleapis.com" not in site.html("")


def test_the_404_page_points_readers_somewhere_useful(site):
    links = [a["href"] for a in site.soup("404.html").select("article a, .md-content a")]
    assert "/actors/" in links and "/glossary/" in links


def test_the_site_has_a_sitemap_listing_every_story(site):
    sitemap = (site.root / "sitemap.xml").read_text(encoding="utf-8")
    assert "stories/isis-convoy-2017/" in sitemap and "stories/harbour-library-2026/" in sitemap


def test_story_lists_that_repeat_other_pages_stay_out_of_the_search_index(site):
    index = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    story_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("stories/isis-convoy-2017/"))
    assert "cratered the road heading east" in story_text  # the article is searchable
    hezbollah_summary = next(a for a in facts("isis-convoy-2017")["actors"] if a["id"] == "hezbollah")["summary"]
    assert hezbollah_summary not in story_text  # the who's who repeats the actor page


def test_entries_named_only_by_sample_stories_say_so_wherever_they_are_listed(site):
    assert "not news" in site.soup("actors/zoe-ferrandez/").select_one(".explainer-banner--sample").get_text()
    assert site.soup("actors/hezbollah/").select_one(".explainer-banner--sample") is None
    index = site.soup("actors/")
    zoe = next(li for li in index.select(".explainer-actor-index li") if "Zoë Ferrández" in li.get_text())
    hezbollah = next(li for li in index.select(".explainer-actor-index li") if li.a.get_text() == "Hezbollah")
    assert zoe.select_one(".explainer-label--sample") and not hezbollah.select_one(".explainer-label--sample")
    assert site.soup("glossary/").find(id="lighter").select_one(".explainer-label--sample")
    assert not site.soup("glossary/").find(id="enclave").select_one(".explainer-label--sample")


def test_the_field_reference_page_lists_every_field_the_validator_accepts(site):
    from generator import spec
    from generator.pages.reference import SECTIONS

    page = site.soup("reference/")
    for name, record, _ in SECTIONS:
        for field in record.fields:
            assert page.find(id=f"{name}-{field.name}") is not None, f"{name}.{field.name}"
    documented = {record for _, record, _ in SECTIONS}
    assert documented >= {f.item for r in spec.RECORDS for f in r.fields if isinstance(f.item, spec.Record)}


def test_the_home_page_shows_the_newest_stories_and_links_to_the_archive(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import write_desk

    from generator.build import build_site
    from generator.pages.home import HOME_STORIES, story_list

    write_desk(tmp_path / "content", stories=HOME_STORIES + 3, actors=10)
    result = build_site(tmp_path / "content")
    home = story_list(result.site.stories, result.layout, "index.md")
    assert home.count('class="explainer-story-item"') == HOME_STORIES
    assert f">All {HOME_STORIES + 3} stories</a>" in home
    assert result.pages["stories/index.md"].count("<li>") == HOME_STORIES + 3


def test_no_page_shows_a_python_none(site):
    for path in site.pages():
        soup = site.soup(str(path.relative_to(site.root)))
        article = soup.select_one("article") or soup
        assert not re.search(r"\bNone\b", article.get_text()), path
