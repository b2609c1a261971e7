"""The linker's rules, as the content contract states them."""

from __future__ import annotations

import pytest

from generator.linking import LinkMentions, link_article, split_sentences
from generator.matcher import NameMatcher
from generator.model import Kind, Ref


def matcher(*names_and_ids):
    entries = []
    for name, ident in names_and_ids:
        kind, _, ident = ident.partition(":")
        entries.append((name, Ref(Kind(kind), ident), Ref(Kind(kind), ident)))
    return NameMatcher(entries)


def found(m: NameMatcher, text: str) -> list[tuple[str, str]]:
    return [(text[start:end], hit.link.id) for start, end, hit in m.finditer(text)]


HEZBOLLAH = matcher(("Hezbollah", "actor:hezbollah"), ("Hizballah", "actor:hezbollah"))


def test_any_alias_matches_the_same_actor():
    assert found(HEZBOLLAH, "Hizballah and Hezbollah") == [("Hizballah", "hezbollah"), ("Hezbollah", "hezbollah")]


def test_only_whole_words_match():
    assert found(matcher(("Iran", "actor:iran")), "Iranian officials in Iran") == [("Iran", "iran")]


def test_all_caps_short_names_never_match_lowercase_words():
    m = matcher(("IS", "actor:islamic-state"), ("US", "actor:united-states"))
    assert found(m, "it is up to us, the US and IS") == [("US", "united-states"), ("IS", "islamic-state")]


def test_only_the_first_letters_case_may_change():
    m = matcher(("Siege", "term:siege"))
    assert found(m, "the siege; Siege; SIEGE; sIEGE") == [("siege", "siege"), ("Siege", "siege")]


def test_longest_name_wins():
    m = matcher(("UN Security Council", "actor:unsc"), ("UN Security Council Resolution 1701", "term:resolution-1701"))
    assert found(m, "violate UN Security Council Resolution 1701 by") == [("UN Security Council Resolution 1701", "resolution-1701")]


def test_a_name_inside_a_longer_name_is_still_a_mention():
    m = matcher(("UN Security Council", "actor:unsc"), ("UN Security Council Resolution 1701", "term:resolution-1701"))
    (_, _, hit), = list(m.finditer("UN Security Council Resolution 1701"))
    assert Ref(Kind.ACTOR, "unsc") in hit.mentions


def test_straight_and_typographic_apostrophes_match_alike():
    m = matcher(("Sana'a", "place:sanaa"))
    assert found(m, "in Sana’a and Sana'a") == [("Sana’a", "sanaa"), ("Sana'a", "sanaa")]


def test_a_possessive_does_not_stop_a_match():
    assert found(HEZBOLLAH, "Hezbollah's fighters and Hezbollah’s") == [("Hezbollah", "hezbollah"), ("Hezbollah", "hezbollah")]


def test_names_match_across_line_breaks_and_double_spaces():
    m = matcher(("Michel Aoun", "actor:michel-aoun"))
    assert found(m, "President Michel\nAoun and Michel  Aoun") == [("Michel\nAoun", "michel-aoun"), ("Michel  Aoun", "michel-aoun")]


def test_names_with_dots_and_hyphens_match_as_written():
    m = matcher(("U.S. -led coalition", "actor:coalition"), ("U.S.", "actor:us"), ("IS", "actor:is"))
    assert found(m, "The U.S. -led coalition and the U.S. hit IS-held areas") == [
        ("U.S. -led coalition", "coalition"), ("U.S.", "us"), ("IS", "is")]


def test_diacritics_match_and_are_word_characters():
    m = matcher(("Zoë Ferrández", "actor:zoe"), ("Ferrández", "actor:zoe"))
    assert found(m, "Zoë Ferrández said. Ferrández added; Ferrándezes no.") == [("Zoë Ferrández", "zoe"), ("Ferrández", "zoe")]


def link(source: str, m: NameMatcher = HEZBOLLAH):
    return link_article(source, m, lambda hit: f"about {hit.link.id}", lambda ref: f"/{ref.kind.value}s/{ref.id}/")


def test_the_first_mention_in_the_article_is_linked_and_only_that_one():
    article = link("Hezbollah said. Hizballah too.\n\nHezbollah again.")
    assert article.html.count('href="/actors/hezbollah/"') == 1
    assert len(article.mentions[Ref(Kind.ACTOR, "hezbollah")]) == 3  # later mentions are still recorded


def test_per_paragraph_linking_links_the_first_mention_in_each_paragraph():
    source = "Hezbollah said. Hizballah too.\n\nHezbollah again.\n\nNobody."
    article = link_article(source, HEZBOLLAH, lambda hit: "", lambda ref: f"/{ref.id}/", mode=LinkMentions.PARAGRAPH)
    assert article.html.count('href="/hezbollah/"') == 2
    assert [s.id for s in article.sentences] == [s.id for s in link(source).sentences]


def test_names_are_never_linked_inside_links_headings_or_code():
    html = link("# Hezbollah\n\nSee [Hezbollah](https://example.org) and `Hezbollah` and\n\n    Hezbollah code block\n").html
    assert "/actors/" not in html


def test_names_inside_emphasis_are_linked():
    assert 'href="/actors/hezbollah/"' in link("*Hezbollah* fighters").html


def test_every_sentence_gets_a_stable_anchor_from_its_own_words():
    first = link("Hezbollah fought. Iran watched.")
    second = link("A new first paragraph.\n\nHezbollah fought. Iran watched.")
    assert {s.id for s in first.sentences} <= {s.id for s in second.sentences}
    assert len(first.sentences) == 2


def test_repeated_sentences_get_distinct_anchors():
    ids = [s.id for s in link("It rained. It rained.").sentences]
    assert len(ids) == len(set(ids)) == 2


@pytest.mark.parametrize("text, count", [
    ("Mr. Smith went to Washington. He stayed.", 2),
    ("The U.S. -led coalition struck. It said so.", 2),
    ('"We will win." He said it.', 2),
    ("It cost $1.5 billion. Then more.", 2),
    ("J. R. Smith arrived. Then left!", 2),
])
def test_sentences_split_at_ends_not_at_abbreviations(text, count):
    assert len(split_sentences(text)) + 1 == count


def test_mentions_record_every_sentence_naming_the_actor():
    article = link("Hezbollah fought. Nobody else. Hizballah won.\n\nHezbollah left.")
    assert len(article.mentions[Ref(Kind.ACTOR, "hezbollah")]) == 3


def test_markup_in_the_article_is_shown_as_text():
    html = link('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))').html
    assert "<script" not in html and "<img" not in html and "javascript:" not in html


def test_an_excerpt_is_located_in_its_sentence_across_quote_styles():
    article = link("He said “no way” today. Then left.")
    assert article.sentence_of('said "no way"').text.startswith("He said")


def test_a_loose_list_links_each_paragraph_once():
    html = link("- Hezbollah came. Hezbollah left.\n\n- Then nothing.\n").html
    assert html.count('href="/actors/hezbollah/"') == 1


def test_the_readable_text_drops_markdown_markers():
    assert "included 308 militants" in link("The convoy included **308** militants.").text
