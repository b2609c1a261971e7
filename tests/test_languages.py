"""The site's language: complete word tables, dates through Babel, numbers in words, French and Arabic sites."""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest

from conftest import ROOT, build_tiny, tiny_project
from generator.i18n import TABLES, en, extra, missing, words_for
from generator.i18n.numbers import numbers_in_words
from generator.rules.provenance import value_in_excerpt
from language_samples import language_project

CSS = ROOT / "generator" / "assets" / "explainer.css"


@pytest.mark.parametrize("language", sorted(set(TABLES) - {"en"}))
def test_every_language_has_every_key(language):
    """A key a table lacks would print in English on that language's pages."""
    assert missing(language) == [], f"{language} lacks {missing(language)}"
    assert extra(language) == [], f"{language} has keys English lacks: {extra(language)}"


@pytest.mark.parametrize("language", sorted(set(TABLES) - {"en"}))
def test_every_translation_keeps_the_places_of_its_values(language):
    places = re.compile(r"\{\w+\}")
    for key, english in en.WORDS.items():
        assert sorted(places.findall(TABLES[language][key])) == sorted(places.findall(english)), key


def test_a_language_without_a_table_reads_english_and_says_so():
    words = words_for("de")
    assert words.fallback and words.language == "en" and words["heading.key_figures"] == "Key figures"
    assert not words_for("fr_CA").fallback and words_for("fr_CA")["heading.key_figures"] == "Chiffres clés"


@pytest.mark.parametrize("language, value, written", [
    ("en", dt.date(2017, 8, 30), "30 August 2017"),
    ("fr", dt.date(2017, 8, 30), "30 août 2017"),
    ("fr", dt.date(2017, 8, 1), "1er août 2017"),
    ("ar", dt.date(2017, 8, 30), "30 أغسطس 2017"),
    ("fr", "2014-08", "août 2014"),
    ("fr", "2014", "2014"),
    ("ar", "2014-08", "أغسطس 2014"),
    ("en", "2026-06", "June 2026"),
])
def test_dates_and_partial_dates_are_written_in_the_language(language, value, written):
    words = words_for(language)
    assert (words.partial_date(value) if isinstance(value, str) else words.date(value)) == written


@pytest.mark.parametrize("text, value, found", [
    ("onze combattants", 11, True),
    ("trois cents civils", 300, True),
    ("trois-cents civils", 300, True),
    ("sept bus", 7, True),
    ("dix-neuf ans", 19, True),
    ("soixante et onze", 71, True),
    ("septante et un", 71, True),
    ("quatre-vingts", 80, True),
    ("quatre-vingt-dix-sept", 97, True),
    ("vingt et une personnes", 21, True),
    ("deux cent un", 201, True),
    ("dix-sept bus", 7, False),  # "sept" inside "dix-sept" is not 7
    ("deux cent un", 100, False),
    ("trente-huit", 30, False),
])
def test_french_numbers_in_words(text, value, found):
    assert (value in numbers_in_words(text, "fr")) is found


def test_english_words_are_read_whole():
    assert numbers_in_words("seven hundred and eight men", "en") == {708}
    assert not value_in_excerpt("7", "seven hundred men")
    assert not value_in_excerpt("9", "twenty-nine buses")


@pytest.mark.parametrize("value, excerpt, scale, language, found", [
    ("11", "onze combattants", "", "fr", True),
    ("11", "onze combattants", "", "en", False),  # a site in English does not read French
    ("7", "seven buses", "", "fr", True),  # English words count on any site
    ("1.5", "1,5 milliard d’euros", "billion", "fr", True),
    ("308", "شمل ٣٠٨ مقاتلين", "", "ar", True),
])
def test_values_in_excerpts_by_language(value, excerpt, scale, language, found):
    assert value_in_excerpt(value, excerpt, scale, language) is found


def test_the_stylesheet_names_no_physical_side():
    """Right-to-left pages mirror only if no rule names left or right (SVG internals use none of these)."""
    rules = re.sub(r"/\*.*?\*/", "", CSS.read_text(encoding="utf-8"), flags=re.S)
    physical = re.findall(r"[\w-]*(?:left|right)[\w-]*\s*:[^;}]*|(?:text-align|float|clear)\s*:\s*(?:left|right)"
                          r"|\b(?:margin|padding)\s*:\s*[^\s;}]+(?:\s+[^\s;}]+){3}\s*[;}]", rules)
    assert physical == []


@pytest.fixture(scope="module")
def french_site(tmp_path_factory):
    site = build_tiny(language_project(tmp_path_factory.mktemp("fr"), "fr"))
    assert site.result.returncode == 0, site.result.stderr
    return site


@pytest.fixture(scope="module")
def arabic_site(tmp_path_factory):
    site = build_tiny(language_project(tmp_path_factory.mktemp("ar"), "ar"))
    assert site.result.returncode == 0, site.result.stderr
    return site


def test_a_french_story_page_speaks_french(french_site):
    """Built strictly: the figures' values, written in French words, were found in their excerpts."""
    soup = french_site.soup("stories/val-dore-mediatheque/")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in soup.select("article h2")]
    assert headings[:4] == ["Chiffres clés", "Carte", "Chronologie", "L’article"]  # the pictures before the article
    assert "Qui est qui" in headings and "Rectificatifs" in headings
    meta = soup.select_one(".explainer-meta").get_text(" ", strip=True)
    assert "Publié le 1er septembre 2026" in meta and "Faits de l’article à jour au 30 août 2026" in meta
    assert "Article d’exemple." in soup.select_one(".explainer-banner--sample").get_text()
    assert soup.select_one(".explainer-timeline-list time").get_text() == "juin 2026"
    assert soup.select_one("html")["lang"] == "fr"
    text = soup.select_one("article").get_text(" ")
    for english in ("Key figures", "Published", "Who's who", "Sample story", "In context", "Where the article"):
        assert english not in text


def test_french_list_pages_and_404(french_site):
    places = french_site.soup("places/").get_text(" ")
    assert "46,50° N, 1,90° O" in places and "Cité dans" in places
    actors = french_site.soup("actors/").select("article h2")
    assert {h.get_text(strip=True).rstrip("¶") for h in actors} == {"Gouvernement", "Personne", "Organisation"}
    assert "Dirige\u00a0: Mairie de Val-Doré" in french_site.soup("actors/claire-duval/").get_text()
    assert "Sous la direction de\u00a0: Claire Duval" in french_site.soup("actors/mairie-de-val-dore/").get_text()
    home = french_site.soup("").select_one(".explainer-story-list").get_text(" ")
    assert "1er septembre 2026" in home and "Exemple" in home
    assert "Tous les articles" in french_site.soup("stories/").select_one("article h1").get_text()
    not_found = french_site.soup("404.html")
    assert not_found.select_one("article h1").get_text() == "Page introuvable"
    assert "Tous les acteurs" in not_found.get_text()
    scrolls = not_found.select_one('meta[name="explainer:table-scrolls"]')["content"]
    assert scrolls == "Tableau, défile horizontalement"


def test_a_french_value_not_in_its_excerpt_is_still_an_error(tmp_path):
    from language_samples import FRENCH_ARTICLE, FRENCH_FACTS

    facts = FRENCH_FACTS.replace("value: 11", "value: 12")
    site = build_tiny(tiny_project(tmp_path, {"val-dore": (facts, FRENCH_ARTICLE)}))
    assert site.result.returncode == 1
    assert 'the value 12 is not written in its excerpt "Onze bénévoles"' in site.result.stderr


def test_the_preview_of_broken_french_content_says_so_in_french(tmp_path):
    from generator.build import build_site
    from language_samples import FRENCH_ARTICLE, FRENCH_FACTS

    tiny_project(tmp_path, {"val-dore": (FRENCH_FACTS.replace("value: 11", "value: 12"), FRENCH_ARTICLE)})
    result = build_site(tmp_path / "content", partial=True, language="fr")
    assert "Problèmes dans le contenu\u00a0: 1." in result.banner
    assert result.error_pages["stories/val-dore.md"].startswith('---\ntitle: "Erreurs dans le contenu"')


def test_an_arabic_story_page_reads_right_to_left(arabic_site):
    html = arabic_site.html("stories/wadi-al-zaytoun-library/")
    soup = arabic_site.soup("stories/wadi-al-zaytoun-library/")
    assert 'dir="rtl"' in html and soup.select_one("html")["lang"] == "ar"
    headings = [h.get_text(strip=True).rstrip("¶") for h in soup.select("article h2")]
    assert headings[:4] == ["أرقام رئيسية", "الخريطة", "التسلسل الزمني", "نص المقال"]  # the pictures before the article
    assert "من هو من" in headings
    assert "نُشر في 30 أغسطس 2026" in soup.select_one(".explainer-meta").get_text(" ", strip=True)
    assert "مقال تجريبي." in soup.select_one(".explainer-banner--sample").get_text()
    # Arabic has no capitals: a sentence still ends at a full stop before an Arabic letter.
    assert len(soup.select_one(".explainer-article p").select(".explainer-sentence")) == 2


def test_the_plugin_language_option_overrides_the_theme(tmp_path):
    project = language_project(tmp_path, "fr", theme_language="en", plugin_language="fr")
    site = build_tiny(project)
    assert site.result.returncode == 0, site.result.stderr  # French number words read: the site is French
    soup = site.soup("stories/val-dore-mediatheque/")
    assert soup.select_one("article h2").get_text(strip=True).rstrip("¶") == "Chiffres clés"
    assert soup.select_one("html")["lang"] == "en"  # Material's own words follow theme.language


def test_a_language_without_words_builds_in_english_with_an_info_line(tmp_path, caplog):
    from conftest import CONVOY_ARTICLE, CONVOY_FACTS

    caplog.set_level(logging.INFO, logger="mkdocs.plugins.explainer")
    project = tiny_project(tmp_path, {"convoy": (CONVOY_FACTS, CONVOY_ARTICLE)})
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("font: false}", "font: false, language: de}"), encoding="utf-8")
    site = build_tiny(project)
    assert site.result.returncode == 0, site.result.stderr
    assert "no explainer words for language 'de'" in caplog.text
    assert "Key figures" in site.soup("stories/convoy/").select_one("article h2").get_text()


def test_check_reads_the_sites_language_from_mkdocs_yml_as_the_plugin_does(tmp_path):
    """`explainer check` in a French site passes what `mkdocs build --strict` passes; told English, it cannot."""
    from test_cli import explainer

    project = language_project(tmp_path, "fr")
    assert explainer("check", "--strict", cwd=project).returncode == 0
    english = explainer("check", "--language", "en", cwd=project)
    assert english.returncode == 1 and "the value 11 is not written in its excerpt" in english.stdout


@pytest.mark.parametrize("config, language", [
    ("theme: {name: material, language: fr}\n", "fr"),
    ("theme: {name: material, language: fr}\nplugins: [search, {explainer: {language: ar}}]\n", "ar"),
    ("theme: material\nplugins: {explainer: {language: ar}}\n", "ar"),
    ("site_url: !ENV [SITE_URL, 'https://x.org/']\ntheme: {name: material}\n", "en"),
    ("- not a mapping\n", "en"),
])
def test_site_language_reads_mkdocs_yml_like_mkdocs(tmp_path, config, language):
    from generator.cli import site_language

    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    assert site_language(tmp_path / "mkdocs.yml") == language
    assert site_language(tmp_path / "missing.yml") == "en"


def test_a_story_in_another_language_says_so_and_is_read_in_it(tmp_path):
    """An English site, a French and an Arabic story: French words read, each article marked with its language."""
    from language_samples import ARABIC_ARTICLE, ARABIC_FACTS, FRENCH_ARTICLE, FRENCH_FACTS

    french = FRENCH_FACTS.replace("  sample: true\n", "  sample: true\n  language: fr\n")
    arabic = ARABIC_FACTS.replace("  sample: true\n", "  sample: true\n  language: ar\n")
    site = build_tiny(tiny_project(tmp_path, {"val-dore": (french, FRENCH_ARTICLE),
                                              "wadi": (arabic, ARABIC_ARTICLE)}))
    assert site.result.returncode == 0, site.result.stderr
    article = site.soup("stories/val-dore/").select_one(".explainer-article")
    assert article["lang"] == "fr" and not article.get("dir")
    article = site.soup("stories/wadi/").select_one(".explainer-article")
    assert article["lang"] == "ar" and article["dir"] == "rtl"
    assert site.soup("stories/wadi/").select_one("article h2").get_text(strip=True).rstrip("¶") == "Key figures"


def test_a_story_language_that_is_no_language_code_is_a_located_error(tmp_path):
    from language_samples import FRENCH_ARTICLE, FRENCH_FACTS

    facts = FRENCH_FACTS.replace("  sample: true\n", "  sample: true\n  language: French\n")
    site = build_tiny(tiny_project(tmp_path, {"val-dore": (facts, FRENCH_ARTICLE)}))
    assert site.result.returncode == 1
    assert ("content/val-dore/facts.yml:7:13: error: story.language: 'French' is not a language code "
            "(write a code such as en, fr or ar)") in site.result.stderr


def english_picture_words(language: str) -> list[re.Pattern]:
    """The English texts a picture may print, as whole-word patterns: every `picture.*` text split at its
    `{places}`, the kinds and relation types the graphs print, and the month abbreviations. A fragment the
    language's own texts also hold as a word ("Organisation", "km", the French verb "figure") is left out;
    a phrase of several words is always looked for, so a text left in English in the table is found."""
    keys = [k for k in en.WORDS if k.startswith(("picture.", "kind.", "relation.", "inverse."))]
    own = " ".join(TABLES[language][key] for key in keys).lower()
    pieces = [piece.strip(" .,:;()[]").lower() for key in keys for piece in re.split(r"\{\w+\}", en.WORDS[key])]
    pieces += ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "as of", "km"]
    whole = [re.compile(rf"(?<!\w){re.escape(piece)}(?!\w)", re.IGNORECASE) for piece in sorted(set(pieces))
             if len(piece) >= 2]
    return [pattern for pattern in whole if "\\ " in pattern.pattern or not pattern.search(own)]


def picture_texts(soup) -> dict[str, list[str]]:
    """What a page's pictures say, by part: SVG titles and descriptions, the words drawn, captions, text versions."""
    parts = {"title": "svg title", "desc": "svg desc", "drawn": "svg text", "caption": "figure.explainer-picture figcaption",
             "summary": ".explainer-picture__text summary", "text": ".explainer-picture__text li"}
    return {part: [el.get_text(" ", strip=True) for el in soup.select(f"article {selector}")]
            for part, selector in parts.items()}


def assert_no_english_picture_words(texts: dict[str, list[str]], language: str) -> None:
    patterns = english_picture_words(language)
    for part, said in texts.items():
        for line in said:
            found = [p.pattern for p in patterns if p.search(line)]
            assert not found, f"{part}: {line!r} has English words {found}"


def test_english_picture_words_are_found_where_they_are():
    """The check below could fail: it finds English picture words in an English page's texts."""
    sample = {"desc": ["Timeline of 2 events from Jun 2026 to 31 Aug 2026."], "drawn": ["month only", "leads"]}
    with pytest.raises(AssertionError, match="timeline"):
        assert_no_english_picture_words(sample, "fr")
    with pytest.raises(AssertionError, match="month only"):
        assert_no_english_picture_words({"drawn": sample["drawn"]}, "fr")
    assert_no_english_picture_words({"desc": ["Chronologie de 2 événements, de juin 2026 à 31 août 2026."],
                                     "drawn": ["Organisation", "Natural Earth", "mars 2026"]}, "fr")


def test_a_french_story_pages_pictures_speak_french(french_site):
    soup = french_site.soup("stories/val-dore-mediatheque/")
    texts = picture_texts(soup)
    assert [f["class"][1] for f in soup.select("article figure.explainer-picture")] == [
        "explainer-picture--bars", "explainer-picture--map", "explainer-picture--timeline", "explainer-picture--graph"]
    assert texts["title"] == ["Les chiffres en personnes, côte à côte", "Carte des lieux de cet article",
                              "Chronologie des événements de cet article",
                              "Qui est avec qui\u00a0: les acteurs de cet article et leurs liens"]
    assert texts["summary"] == ["Le graphique en texte", "La carte en texte", "La chronologie en texte",
                                "Le graphe en texte"]
    desc = " ".join(texts["desc"])
    assert "Carte de situation de 1 lieu\u00a0: Val-Doré." in desc
    assert "de juin 2026 à 31 août 2026\u00a0; l’article est daté du 1er sept. 2026." in desc
    assert "Graphe de 2 acteurs (gouvernement, personne) reliés par 1 lien." in desc
    assert {"Dates\u00a0:", "au jour près", "mois seul", "cet article", "dirige", "personne", "gouvernement",
            "France", "100\u00a0km", "2,5"} <= set(texts["drawn"])
    assert "Val-Doré\u00a0: 46,50° N, 1,90° O." in texts["text"]
    assert "Claire Duval (personne)\u00a0: dirige Mairie de Val-Doré." in texts["text"]
    assert "Bénévoles à l’accueil\u00a0: 11 personnes" in texts["text"]
    assert "1 autre, sans lien indiqué, figure dans «\u00a0Qui est qui\u00a0» ci-dessous." in texts["caption"][3]
    assert_no_english_picture_words(texts, "fr")


def test_the_french_places_map_and_an_actors_graph_speak_french(french_site):
    places = picture_texts(french_site.soup("places/"))
    assert places["title"] == ["Carte des lieux des articles"]
    assert places["caption"][0].startswith("Lieux des articles\u00a0: 1 lieu ayant des coordonnées.")
    assert "Espagne" in places["drawn"]  # a neighbour, named in French (Babel's territory names)
    actor = picture_texts(french_site.soup("actors/claire-duval/"))
    assert actor["title"] == ["Claire Duval et les acteurs qui lui sont liés"]
    assert actor["caption"][0].startswith("Claire Duval (en plus grand) et ses liens directs")
    for texts in (places, actor):
        assert_no_english_picture_words(texts, "fr")


def test_an_arabic_story_pages_pictures_speak_arabic(arabic_site):
    soup = arabic_site.soup("stories/wadi-al-zaytoun-library/")
    texts = picture_texts(soup)
    assert texts["title"] == ["الأرقام بوحدة مقعد جنبًا إلى جنب", "خريطة الأماكن الواردة في هذا المقال",
                              "التسلسل الزمني لأحداث هذا المقال",
                              "من مع من: الجهات الفاعلة في هذا المقال والعلاقات بينها"]
    assert texts["summary"] == ["الرسم البياني نصًا", "الخريطة نصًا", "التسلسل الزمني نصًا", "المخطط نصًا"]
    desc = " ".join(texts["desc"])
    assert "البلدان: لبنان." in desc and "من مارس 2026 إلى 30 أغسطس 2026؛ تاريخ المقال 30 أغسطس 2026." in desc
    assert {"التواريخ:", "بالشهر فقط", "يقود", "شخص", "حكومة", "سوريا", "100 كم"} <= set(texts["drawn"])
    assert "وادي الزيتون، لبنان: 33.85° شمالًا، 35.90° شرقًا." in texts["text"]
    assert "بلدية وادي الزيتون (حكومة): بقيادة سامي حداد." in texts["text"]
    assert_no_english_picture_words(texts, "ar")
    for page in ("places/", "actors/sami-haddad/"):
        assert_no_english_picture_words(picture_texts(arabic_site.soup(page)), "ar")
    assert picture_texts(arabic_site.soup("actors/sami-haddad/"))["title"] == ["سامي حداد والجهات المرتبطة به"]


def test_picture_words_take_babels_months_marks_and_country_names():
    from generator.pages.pictures import picture_words
    from generator.pictures.locator_map import country_at
    from generator.pictures.timeline import parse_date

    french, arabic, english = (picture_words(words_for(code)) for code in ("fr", "ar", "en"))
    assert [parse_date(d, french).label for d in ("2014-08", "2014-09-01", "2014-02-15", "2014")] == [
        "août 2014", "1er sept. 2014", "15 févr. 2014", "2014"]
    assert parse_date("2014-08-01", arabic).label == "1 أغسطس 2014"
    assert french.number(12500.5, 2) == "12\u202f500,5" and english.number(12500.5, 2) == "12,500.5"
    assert country_at(35.9, 33.85, french) == "Liban" and country_at(35.9, 33.85, arabic) == "لبنان"
    assert country_at(23.0, -3.0, english) == "Dem. Rep. Congo"  # an English site keeps Natural Earth's names
