"""A French and an Arabic sample story, written for the language tests: invented local news, marked `sample: true`.

Val-Doré and Wadi al-Zaytoun, their people and their library are made up (their coordinates
are indicative: a place in France, a place in Lebanon, so that the map has a country to show);
the figures are written as the language writes them (French number words,
Arabic-Indic digits), so the provenance check has to read them.
"""

from __future__ import annotations

from pathlib import Path

from conftest import tiny_project

FRENCH_ARTICLE = (
    "La médiathèque de Val-Doré ouvrira aussi le dimanche à partir du 6 septembre, a annoncé la mairie lundi. "
    "Onze bénévoles de l’association Lire ensemble assureront l’accueil avec trois salariés.\n\n"
    "La commune compte trois cents lecteurs inscrits de moins de dix-neuf ans.\n\n"
    "« Nous voulons que les familles puissent venir le week-end », a déclaré la maire, Claire Duval.\n"
)
FRENCH_FACTS = """\
story:
  title: La médiathèque de Val-Doré ouvrira le dimanche
  date: 2026-09-01
  as_of: 2026-08-30
  summary: La médiathèque de cette commune fictive ouvrira aussi le dimanche, avec des bénévoles.
  sample: true
  corrections:
    - date: 2026-09-02
      text: La date d’ouverture est le 6 septembre, et non le 5.

actors:
  - id: mairie-de-val-dore
    name: Mairie de Val-Doré
    aliases: [mairie]
    kind: government
    summary: La municipalité de Val-Doré, une commune fictive.
  - id: claire-duval
    name: Claire Duval
    kind: person
    summary: Maire de Val-Doré (personnage fictif).
    relations:
      - to: mairie-de-val-dore
        type: leads
  - id: lire-ensemble
    name: Lire ensemble
    kind: organisation
    summary: Association de lecteurs bénévoles (fictive).

figures:
  - id: benevoles
    value: 11
    unit: personnes
    label: Bénévoles à l’accueil
    excerpt: "Onze bénévoles"
  - id: salaries
    value: 3
    unit: personnes
    label: Salariés à l’accueil
    excerpt: "trois salariés"
  - id: lecteurs
    value: 300
    label: Jeunes lecteurs inscrits
    excerpt: "trois cents lecteurs inscrits"
  - id: age
    value: 19
    unit: ans
    label: Âge en dessous duquel un lecteur est compté jeune
    excerpt: "de moins de dix-neuf ans"

quotes:
  - speaker: claire-duval
    text: "Nous voulons que les familles puissent venir le week-end"
    attribution: article

places:
  - id: val-dore
    name: Val-Doré
    coordinates: [46.5, -1.9]
    summary: Commune fictive ; ses coordonnées sont indicatives.

timeline:
  - date: 2026-06
    text: Le conseil municipal vote l’ouverture le dimanche.
    actors: [mairie-de-val-dore]
  - date: 2026-08-31
    text: La mairie annonce l’ouverture le dimanche à partir du 6 septembre.
    actors: [mairie-de-val-dore, claire-duval]
"""

ARABIC_ARTICLE = (
    "افتتحت بلدية وادي الزيتون مكتبة عامة جديدة في وسط البلدة يوم الاثنين. "
    "وتضم المكتبة نحو ٣٠٠٠ كتاب، وفيها ٤٠ مقعدًا للقراءة.\n\n"
    "وقال رئيس البلدية سامي حداد إن المكتبة ستنظم ورشات قراءة للأطفال، وإن في قاعة الأطفال ١٥ مقعدًا.\n\n"
    "\"نريد أن تكون المكتبة مفتوحة للجميع\"، قال سامي حداد.\n"
)
ARABIC_FACTS = """\
story:
  title: بلدية وادي الزيتون تفتتح مكتبة عامة
  date: 2026-08-30
  summary: افتتحت بلدية هذه البلدة المتخيلة مكتبة عامة جديدة تضم نحو ثلاثة آلاف كتاب.
  sample: true

actors:
  - id: baladiyat-wadi-al-zaytoun
    name: بلدية وادي الزيتون
    kind: government
    summary: المجلس البلدي لبلدة وادي الزيتون، وهي بلدة متخيلة.
  - id: sami-haddad
    name: سامي حداد
    kind: person
    summary: رئيس بلدية وادي الزيتون (شخصية متخيلة).
    relations:
      - to: baladiyat-wadi-al-zaytoun
        type: leads

figures:
  - id: kutub
    value: 3000
    label: عدد الكتب في المكتبة
    excerpt: "نحو ٣٠٠٠ كتاب"
  - id: maqaid
    value: 40
    unit: مقعد
    label: مقاعد القراءة
    excerpt: "٤٠ مقعدًا للقراءة"
  - id: maqaid-al-atfal
    value: 15
    unit: مقعد
    label: مقاعد قاعة الأطفال
    excerpt: "١٥ مقعدًا"

quotes:
  - speaker: sami-haddad
    text: "نريد أن تكون المكتبة مفتوحة للجميع"
    attribution: article

places:
  - id: wadi-al-zaytoun
    name: وادي الزيتون
    coordinates: [33.85, 35.9]
    summary: بلدة متخيلة؛ إحداثياتها تقريبية.

timeline:
  - date: 2026-03
    text: المجلس البلدي يقرر إنشاء المكتبة.
    actors: [baladiyat-wadi-al-zaytoun]
  - date: 2026-08-30
    text: افتتاح المكتبة.
    actors: [baladiyat-wadi-al-zaytoun, sami-haddad]
"""


def language_project(root: Path, language: str, theme_language: str | None = None,
                     plugin_language: str | None = None) -> Path:
    """A tiny site with the sample story in `language`, and that language as its theme.language (or another)."""
    story = {"fr": ("val-dore-mediatheque", FRENCH_FACTS, FRENCH_ARTICLE),
             "ar": ("wadi-al-zaytoun-library", ARABIC_FACTS, ARABIC_ARTICLE)}[language]
    tiny_project(root, {story[0]: story[1:]})
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("theme: {name: material, font: false}",
                            f"theme: {{name: material, font: false, language: {theme_language or language}, "
                            "palette: {scheme: default}}")  # palette.css, so a test can switch to the dark scheme
    if plugin_language:
        config = config.replace("{explainer: {content: content}}",
                                f"{{explainer: {{content: content, language: {plugin_language}}}}}")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root
