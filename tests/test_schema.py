"""The JSON Schema an editor checks against and `explainer check` agree, case by case (issue 12, item 7).

Each variation changes one line of a sheet that passes both. The schema side
reads the YAML as the contract says fact sheets are read, YAML 1.1 (PyYAML;
an editor set to `yaml.yamlVersion: "1.1"`, docs/editing.md), dates as the ISO
text they were written as; the check side is the real `build_site`.
"""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from conftest import write_story
from generator.build import build_site
from generator.cli import SCHEMA_DIR, schema_texts

ARTICLE = ("Hezbollah fighters escorted the convoy out of the Qalamoun mountains on Monday. "
           "The convoy included 308 militants and 4,000 civilians.\n")
SHEET = """\
story:
  title: Convoy leaves the border
  date: 2017-08-30
  summary: A convoy of militants left the Lebanon-Syria border.
  sample: true
  source:
    url: https://example.org/convoy
    title: The agency's report
actors:
  - id: hezbollah
    name: Hezbollah
    kind: armed-group
    summary: A Lebanese Shia party and militia.
figures:
  - id: civilians
    value: 4000
    label: Civilians in the convoy
    excerpt: "4,000 civilians"
places:
  - id: qalamoun
    name: Qalamoun
    coordinates: [34.1, 36.6]
timeline:
  - date: 2017-08-28
    text: The convoy sets off.
"""

# name -> (the line as in SHEET, what replaces it, whether both must accept it)
VARIATIONS = {
    "the sheet as it is": ("", "", True),
    "title: NO (YAML 1.1 false)": ("  title: Convoy leaves the border", "  title: NO", False),
    'title: "NO" (quoted)': ("  title: Convoy leaves the border", '  title: "NO"', True),
    'summary: ""': ("  summary: A convoy of militants left the Lebanon-Syria border.", '  summary: ""', False),
    "summary: blank": ("  summary: A convoy of militants left the Lebanon-Syria border.", '  summary: "   "', False),
    "value: 4e3 (a string in YAML 1.1)": ("    value: 4000", "    value: 4e3", False),
    "value: 0xFA0 (4000)": ("    value: 4000", "    value: 0xFA0", True),
    'value: "4000" (quoted)': ("    value: 4000", '    value: "4000"', False),
    "value: 4,000": ("    value: 4000", "    value: 4,000", False),
    "timeline date 2026-13": ("  - date: 2017-08-28", "  - date: 2026-13", False),
    "timeline date 99999": ("  - date: 2017-08-28", "  - date: 99999", False),
    "timeline date 2017 (a year)": ("  - date: 2017-08-28", "  - date: 2017", True),
    "timeline date 2017-08": ("  - date: 2017-08-28", '  - date: "2017-08"', True),
    "coordinates [91, 3.2]": ("    coordinates: [34.1, 36.6]", "    coordinates: [91, 3.2]", False),
    "coordinates [34.1]": ("    coordinates: [34.1, 36.6]", "    coordinates: [34.1]", False),
    'url: "https://"': ("    url: https://example.org/convoy", '    url: "https://"', False),
    "url with a space": ("    url: https://example.org/convoy", "    url: https://example.org/the convoy", False),
    "url HTTPS://": ("    url: https://example.org/convoy", "    url: HTTPS://EXAMPLE.ORG/convoy", True),
    "url javascript:": ("    url: https://example.org/convoy", '    url: "javascript:alert(1)"', False),
    "sample: yes (YAML 1.1 true)": ("  sample: true", "  sample: yes", True),
    'date: "20261120"': ("  date: 2017-08-30", '  date: "20261120"', False),
    'date: "2026-W47-5"': ("  date: 2017-08-30", '  date: "2026-W47-5"', False),
    "date: 2017-02-30": ("  date: 2017-08-30", '  date: "2017-02-30"', False),
    "kind: persn": ("    kind: armed-group", "    kind: persn", False),
    "an unknown key": ("  sample: true", "  sample: true\n  colour: red", False),
    "no title": ("  title: Convoy leaves the border\n", "", False),
}


def _as_json(value):
    """What an editor's schema check sees: YAML's values, dates as the text they were written as."""
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def _schema_accepts(sheet: str, name: str = "facts.schema.json") -> bool:
    schema = json.loads(schema_texts()[name])
    return not list(jsonschema.Draft202012Validator(schema).iter_errors(_as_json(yaml.safe_load(sheet))))


@pytest.mark.parametrize("case", VARIATIONS)
def test_the_schema_and_check_agree(tmp_path, case):
    old, new, valid = VARIATIONS[case]
    assert old in SHEET
    sheet = SHEET.replace(old, new, 1) if old else SHEET
    errors = build_site(write_story(tmp_path / "content", "convoy", sheet, ARTICLE)).errors
    assert (_schema_accepts(sheet), not errors) == (valid, valid), [p.format() for p in errors]


def test_a_hex_value_is_the_number_yaml_reads(tmp_path):
    result = build_site(write_story(tmp_path / "content", "convoy", SHEET.replace("value: 4000", "value: 0xFA0"),
                                    ARTICLE))
    assert result.site.stories[0].figures[0].value == "4000"


@pytest.mark.parametrize("written, hint", [("4e3", "4000"), ('"4,000"', "4000"), ('"€4.5m"', "4.5")])
def test_the_fix_for_a_value_that_is_no_number_suggests_the_number_meant(tmp_path, written, hint):
    sheet = SHEET.replace("    value: 4000", f"    value: {written}")
    [error] = build_site(write_story(tmp_path / "content", "convoy", sheet, ARTICLE)).errors
    assert error.fix.endswith(f": {hint}"), error.fix


SHARED = {
    "actors.yml": ("- id: un\n  name: United Nations\n  kind: organisation\n  summary: A body of states.\n",
                   "- id: un\n  name: United Nations\n"),
    "glossary.yml": ("glossary:\n  - term: Convoy\n    definition: Vehicles travelling together.\n",
                     "glossary:\n  - term: Convoy\n"),
    "places.yml": ("- id: arsal\n  name: Arsal\n  coordinates: [34.18, 36.42]\n",
                   "- id: arsal\n  name: Arsal\n  coordinates: [134.18, 36.42]\n"),
}


@pytest.mark.parametrize("name", SHARED)
def test_the_shared_schemas_and_check_agree(tmp_path, name):
    good, bad = SHARED[name]
    schema = name.removesuffix(".yml") + ".schema.json"
    for text, valid in ((good, True), (bad, False)):
        content = write_story(tmp_path / str(valid) / "content", "convoy", SHEET, ARTICLE)
        (content / "_shared").mkdir()
        (content / "_shared" / name).write_text(text, encoding="utf-8")
        errors = build_site(content).errors
        assert (_schema_accepts(text, schema), not errors) == (valid, valid), [p.format() for p in errors]


def test_every_schema_is_shipped_as_generated():
    for name, text in schema_texts().items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, f"run: explainer schema --out {SCHEMA_DIR}/"
