"""A story with attack payloads in every text field of its sheet and in its article."""

from __future__ import annotations

PAYLOADS = [
    '<script>alert("p1")</script>',
    "<img src=x onerror=alert('p2')>",
    '<iframe src="javascript:alert(\'p3\')"></iframe>',
    '"><svg onload=alert("p4")>',
    "</title><script>alert('p5')</script>",
    "&lt;/title&gt;&lt;script&gt;alert('p6')&lt;/script&gt;",
    "' onmouseover='alert(\"p7\")' x='",
    "{{ config }} {% raw %}",
]
ALL = " ".join(PAYLOADS)

ARTICLE = f"""Evil Corp said {ALL} on Monday.

A [titled link](https://example.org/a "<img src=x onerror=window.__pwned=13>") and [another](https://example.org/b "&lt;img src=x onerror=window.__pwned=14&gt;").

A [safe link](https://example.org/"onmouseover="alert('p8')) and <https://example.org/?"><script>alert('p9')</script>>.

Evil Corp counted 42 items {PAYLOADS[0]} today.

"Quote with {PAYLOADS[1]} inside", someone said.
"""


def q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


FACTS = f"""story:
  title: {q("Headline " + ALL)}
  date: 2026-01-01
  summary: {q("Summary " + ALL)}
  source: {{name: {q("Source " + ALL)}, url: "https://example.org/a"}}
  sample: true
  tags: [{q(PAYLOADS[0])}]
  corrections:
    - date: 2026-01-02
      text: {q("Correction " + ALL)}
actors:
  - id: evil-corp
    name: Evil Corp
    aliases: [{q("Evil " + PAYLOADS[0])}]
    kind: organisation
    summary: {q("Summary " + ALL)}
    background: {q("Background " + ALL + " [b](https://example.org/c " + chr(34) + "<img src=x onerror=window.__pwned=15>" + chr(34) + ")")}
    role: {q("Role " + ALL)}
    relations:
      - to: other
        type: other
        note: {q("Note " + ALL)}
    sources:
      - title: {q("Source " + ALL)}
        url: "https://example.org/?q=%3Cb%3E"
  - id: other
    name: {q("Other " + PAYLOADS[3])}
    kind: person
    summary: {q(ALL)}
    unmentioned: {q("Unmentioned " + ALL)}
figures:
  - id: items
    value: 42
    label: {q("Label " + ALL)}
    display: {q("42 " + PAYLOADS[1])}
    unit: {q(PAYLOADS[2])}
    excerpt: {q("counted 42 items " + PAYLOADS[0])}
    note: {q("Note " + ALL)}
quotes:
  - text: {q("Quote with " + PAYLOADS[1] + " inside")}
    attribution: unknown
    note: {q("Note " + ALL)}
glossary:
  - term: {q("term " + PAYLOADS[3])}
    definition: {q("Definition " + ALL)}
places:
  - id: somewhere
    name: {q("Place " + PAYLOADS[0])}
    coordinates: [1, 2]
    summary: {q("Summary " + ALL)}
timeline:
  - date: 2026-01
    text: {q("Event " + ALL)}
    actors: [evil-corp]
"""
