"""A corpus of faulty fact sheets and articles, and what an editor is told about each.

Every case is a tiny content folder under tests/corpus/<case>/content/ (or,
for files that cannot live in a repository comfortably -- binary, not UTF-8,
3 MB, 10 000 levels deep -- one built here from bytes). Each test builds it
with `build_site` and states the file, line and words of the problem an
editor must see: the contract (shared/factsheet-contract.md) says every
error names the file, line and column, the field's path, what was expected
and, where possible, the fix.

Line numbers below are those of the corpus files; open the file next to the
test to see the mistake.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CONVOY_ARTICLE, CONVOY_FACTS, ROOT, write_story
from generator.build import BuildResult, build_site
from generator.problems import ERROR, INFO, WARNING, Problem

CORPUS = Path(__file__).resolve().parent / "corpus"

ACTOR_KINDS = ("person", "organisation", "armed-group", "state", "government", "military", "alliance")

ARTICLE, VALID_FACTS = CONVOY_ARTICLE, CONVOY_FACTS


# -- helpers -------------------------------------------------------------------


def build(case: str) -> BuildResult:
    """Build the corpus case tests/corpus/<case>/content."""
    return build_site(CORPUS / case / "content")


def facts(case: str) -> str:
    """The path of a one-story case's fact sheet, as the tool prints it."""
    return f"content/{case}/facts.yml"


def article(case: str) -> str:
    return f"content/{case}/article.md"


def listing(result: BuildResult) -> str:
    return "\n".join("    " + p.format() for p in result.problems) or "    (no problems at all)"


def expect(result: BuildResult, file: str, line: int, *words: str, severity: str = ERROR,
           field: str | None = None, column: int | None = None) -> Problem:
    """The problem at file:line whose printed form contains every one of `words` (case-insensitive)."""
    def fits(p: Problem) -> bool:
        text = p.format().lower()
        return (p.file == file and p.line == line and p.severity == severity
                and (field is None or p.field == field)
                and (column is None or p.column == column)
                and all(w.lower() in text for w in words))

    found = [p for p in result.problems if fits(p)]
    wanted = f"{file}:{line}" + (f":{column}" if column else "") + f": {severity}: " + (f"{field}: " if field else "") + " ... ".join(words)
    assert found, f"expected a problem like\n    {wanted}\nbut the build reported:\n{listing(result)}"
    return found[0]


def assert_no_errors_or_warnings(result: BuildResult) -> None:
    loud = [p for p in result.problems if p.severity in (ERROR, WARNING)]
    assert not loud, f"expected a clean build, got:\n{listing(result)}"


def run_check(content: Path) -> subprocess.CompletedProcess:
    """The real command line: python -m generator check <content>."""
    return subprocess.run([sys.executable, "-m", "generator", "check", "--format", "text", str(content)],
                          cwd=content.parent, capture_output=True, text=True, timeout=120)


def test_the_corpus_base_story_is_valid(tmp_path):
    """The story every case breaks in one place builds cleanly, so each error below is the case's own."""
    result = build_site(write_story(tmp_path / "content", "convoy", VALID_FACTS))
    assert_no_errors_or_warnings(result)
    assert "stories/convoy.md" in result.pages


# -- YAML itself -----------------------------------------------------------------


def test_a_yaml_syntax_error_is_reported_at_the_offending_line_and_column():
    # line 2: "  title: Convoy leaves the border: a timeline" -- a second ": " in a plain value
    result = build("yaml-syntax-error")
    expect(result, facts("yaml-syntax-error"), 2, "YAML syntax error", column=34)
    assert not result.pages


def test_a_colon_inside_an_unquoted_value_gets_advice_to_put_it_in_quotes():
    # The commonest YAML mistake an editor makes: a headline with a colon. PyYAML's
    # "mapping values are not allowed here" does not say what to do.
    problem = expect(build("yaml-syntax-error"), facts("yaml-syntax-error"), 2, "YAML syntax error")
    assert "quote" in f"{problem.message} {problem.fix}".lower(), problem.format()


def test_a_duplicate_key_is_an_error_at_the_second_key():
    result = build("duplicate-key")
    expect(result, facts("duplicate-key"), 5, "duplicate key 'title'", "first written at line 2", column=3)
    assert not result.pages


def test_a_duplicate_key_error_names_the_field_path():
    expect(build("duplicate-key"), facts("duplicate-key"), 5, "duplicate key", field="story.title")


def test_an_empty_fact_sheet_is_an_error_at_line_1():
    expect(build("empty-facts"), facts("empty-facts"), 1, "empty")


def test_a_binary_fact_sheet_is_an_error_not_a_crash(tmp_path):
    content = write_story(tmp_path / "content", "binary-facts", b"story:\n  title: Convoy\x00\x01\x02\xff\n")
    result = build_site(content)
    expect(result, facts("binary-facts"), 1, "binary", "NUL")


def test_a_fact_sheet_that_is_not_utf8_is_an_error_at_the_first_bad_byte(tmp_path):
    latin1 = "story:\n  title: Convoy leaves the border\n  summary: Zoë said so.\n".encode("latin-1")
    result = build_site(write_story(tmp_path / "content", "latin1-facts", latin1))
    expect(result, facts("latin1-facts"), 3, "not valid UTF-8", "save it as UTF-8", column=14)


def test_a_3_mb_fact_sheet_is_refused_with_its_size():
    with tempfile.TemporaryDirectory() as tmp:
        huge = VALID_FACTS + "  # " + "padding " * 375_000 + "\n"
        assert len(huge) > 3_000_000
        result = build_site(write_story(Path(tmp) / "content", "huge-facts", huge))
        expect(result, facts("huge-facts"), 0, "bytes", "limited to 2,000,000")  # any message with both


def test_an_alias_bomb_is_refused_quickly_instead_of_expanded():
    # nine levels of anchors, each repeating the one before nine times: 9**9 "lol"s
    started = time.monotonic()
    result = build("alias-bomb")
    assert time.monotonic() - started < 10
    problem = expect(result, facts("alias-bomb"), 6, "too many values", "aliases")
    assert 1 <= problem.column


def test_ten_thousand_nested_lists_are_refused_not_a_recursion_crash(tmp_path):
    deep = b"[" * 10_000 + b"]" * 10_000 + b"\n"
    result = build_site(write_story(tmp_path / "content", "deep-facts", deep))
    expect(result, facts("deep-facts"), 1, "nests deeper than")


def test_nesting_too_deep_inside_a_field_is_reported_on_that_fields_line(tmp_path):
    deep = "story:\n  title: " + "[" * 100 + "]" * 100 + "\n  date: 2017-08-30\n"
    result = build_site(write_story(tmp_path / "content", "deep-title", deep))
    expect(result, facts("deep-title"), 2, "nests deeper than")


# -- fields and their types ------------------------------------------------------


def test_an_unknown_key_is_an_error_with_did_you_mean():
    result = build("unknown-key")
    expect(result, facts("unknown-key"), 4, "unknown key 'sumary'", "did you mean 'summary'?",
           field="story.sumary", column=3)


def test_an_unknown_key_in_a_shared_file_is_reported_in_that_file():
    result = build("shared-file-unknown-key")
    expect(result, "content/_shared/actors.yml", 9, "unknown key 'summery'", "did you mean 'summary'?",
           field="actors[1].summery")


def test_a_missing_required_field_is_an_error_at_its_entry():
    result = build("missing-required-field")
    expect(result, facts("missing-required-field"), 7, "missing required field 'label'", field="figures[0].label")


def test_an_empty_required_value_is_an_error_at_its_key():
    result = build("empty-required-value")
    expect(result, facts("empty-required-value"), 2, "'title' is empty", field="story.title")


def test_a_single_word_where_a_list_belongs_is_an_error():
    result = build("scalar-instead-of-list")
    expect(result, facts("scalar-instead-of-list"), 5, "expected a list", "tags: [", field="story.tags")


def test_a_list_where_a_single_value_belongs_is_an_error():
    result = build("list-instead-of-scalar")
    expect(result, facts("list-instead-of-scalar"), 2, "expected a single value", "not a list", field="story.title")


def test_yaml_booleans_in_text_fields_are_errors_asking_for_quotes():
    # note: yes (line 15), aliases: [NO] (line 20), term: on (line 23): never a silent False
    result = build("boolean-in-text-field")
    case = facts("boolean-in-text-field")
    expect(result, case, 15, 'put it in quotes: "yes"', field="quotes[0].note")
    expect(result, case, 20, 'put it in quotes: "NO"', field="places[0].aliases[0]")
    expect(result, case, 23, 'put it in quotes: "on"', field="glossary[0].term")
    assert not result.pages


def test_a_number_in_a_text_field_is_kept_as_written():
    # display: 1.10 and tags: [1.10, 2017], unquoted: YAML 1.1 would read 1.1 and 2017
    result = build("number-kept-as-written")
    assert_no_errors_or_warnings(result)
    story = result.site.stories[0]
    assert story.tags == ("1.10", "2017")
    figure = story.figures[0]
    assert (figure.value, figure.display) == ("1.10", "1.10")
    page = result.pages["stories/number-kept-as-written.md"]
    assert '<span class="explainer-figure__value">1.10</span>' in page


def test_an_impossible_date_is_an_error():
    result = build("invalid-date")
    expect(result, facts("invalid-date"), 3, "'2017-02-30' is not a real date", "YYYY-MM-DD", field="story.date")


def test_an_impossible_partial_date_in_the_timeline_is_an_error():
    result = build("invalid-partial-date")
    case = facts("invalid-partial-date")
    expect(result, case, 9, "'2017-13' is not a real date", "YYYY, YYYY-MM or YYYY-MM-DD", field="timeline[1].date")
    assert not [p for p in result.errors if p.line == 7], listing(result)  # 2017-08 is fine


def test_an_id_with_capitals_and_spaces_is_an_error_suggesting_the_fixed_id():
    result = build("invalid-id")
    expect(result, facts("invalid-id"), 7, "'Islamic State' is not a valid id", "did you mean 'islamic-state'?",
           field="actors[0].id")


def test_an_id_of_punctuation_only_gets_no_made_up_suggestion(tmp_path):
    sheet = VALID_FACTS.replace("  - id: militants-in-convoy", '  - id: "!!!"')
    result = build_site(write_story(tmp_path / "content", "punctuation-id", sheet))
    problem = expect(result, "content/punctuation-id/facts.yml", 13, "'!!!' is not a valid id", field="figures[0].id")
    assert problem.fix == "use lowercase letters, digits and hyphens"


def test_an_unknown_enum_value_lists_the_allowed_values():
    result = build("unknown-actor-kind")
    problem = expect(result, facts("unknown-actor-kind"), 9, "'terrorist' is not one of", field="actors[0].kind")
    for kind in ACTOR_KINDS:
        assert kind in problem.message


def test_coordinates_out_of_range_are_an_error_suggesting_a_swap():
    result = build("coordinates-out-of-range")
    case = facts("coordinates-out-of-range")
    expect(result, case, 18, "out of range", "did you swap latitude and longitude?", field="places[1].coordinates")
    assert not [p for p in result.errors if p.line == 14], listing(result)  # [34.05, 36.55] is fine


def test_an_unsafe_url_in_a_source_is_an_error():
    result = build("unsafe-source-url")
    expect(result, facts("unsafe-source-url"), 7, "javascript:alert(document.cookie)", "not an http, https or mailto URL",
           field="story.source.url")
    assert not result.pages


# One mistake, one message: an editor who wrote a value that is wrong must
# not also be told the field is missing (or, for an actor, that it is not
# defined anywhere), which sends them looking for the wrong mistake.
ONE_MISTAKE_ONE_ERROR = {
    "empty-required-value": 1,    # title: (empty)
    "list-instead-of-scalar": 1,  # title: [..., ...]
    "invalid-date": 1,            # date: 2017-02-30
    "invalid-partial-date": 1,    # date: 2017-13
    "invalid-id": 1,              # id: Islamic State
    "unknown-actor-kind": 1,      # kind: terrorist
    "boolean-in-text-field": 3,   # note: yes, aliases: [NO], term: on
}


@pytest.mark.parametrize("case", sorted(ONE_MISTAKE_ONE_ERROR))
def test_a_wrong_value_is_reported_once_and_not_also_as_missing(case):
    result = build(case)
    assert len(result.errors) == ONE_MISTAKE_ONE_ERROR[case], listing(result)


# -- ids and references ----------------------------------------------------------


def test_a_duplicate_figure_id_is_an_error_at_the_second_entry():
    result = build("duplicate-figure-ids")
    expect(result, facts("duplicate-figure-ids"), 11, "id 'militants-in-convoy' is used twice", "first at line 7",
           field="figures[1]")


def test_an_unknown_relation_target_is_an_error_at_that_relation_with_did_you_mean():
    # relations of iran: line 20 "to: syrian-army" is fine, line 22 "to: hizbollah" is not
    result = build("unknown-relation-target")
    expect(result, facts("unknown-relation-target"), 22, "no actor has the id 'hizbollah'", "did you mean 'hezbollah'?")


def test_an_unknown_actor_in_a_figure_is_an_error_with_did_you_mean():
    result = build("unknown-figure-actor")
    expect(result, facts("unknown-figure-actor"), 17, "no actor has the id 'hezbolah'", "did you mean 'hezbollah'?",
           field="figures[0].actors")


def test_an_unknown_quote_speaker_is_an_error_with_did_you_mean():
    result = build("unknown-quote-speaker")
    expect(result, facts("unknown-quote-speaker"), 13, "no actor has the id 'hezbolah'", "did you mean 'hezbollah'?",
           field="quotes[0].speaker")


def test_an_unknown_conflicting_figure_is_an_error_with_did_you_mean():
    result = build("unknown-conflicting-figure")
    expect(result, facts("unknown-conflicting-figure"), 21, "no figure has the id 'militants-in-convoi'",
           "did you mean 'militants-in-convoy'?", field="figures[1].conflicts_with")


def test_an_unknown_glossary_actor_is_an_error_with_did_you_mean():
    result = build("unknown-glossary-actor")
    expect(result, facts("unknown-glossary-actor"), 15, "no actor has the id 'hizbollah'", "did you mean 'hezbollah'?")


def test_an_unknown_timeline_actor_is_an_error_at_its_line_with_did_you_mean():
    result = build("unknown-timeline-actor")
    expect(result, facts("unknown-timeline-actor"), 15, "no actor has the id 'hezbolah'", "did you mean 'hezbollah'?",
           field="timeline[0].actors")


def test_an_actor_cited_by_id_alone_that_exists_nowhere_is_an_error_with_did_you_mean():
    result = build("undefined-cast-actor")
    expect(result, facts("undefined-cast-actor"), 11, "'hezbolah'", "did you mean 'hezbollah'?", field="actors[1]")


# -- one name, one thing; one actor, one definition ------------------------------


def test_the_same_name_on_two_actors_is_an_error_naming_both():
    # Reported at both names, each error naming the other place: either editor may be the one to change.
    result = build("same-name-on-two-actors")
    expect(result, facts("same-name-on-two-actors"), 14, "'Islamic State'", "actor 'isis'", "actor 'islamic-state'",
           "content/same-name-on-two-actors/facts.yml:8")
    expect(result, facts("same-name-on-two-actors"), 8, "'Islamic State'", "actor 'isis'", "actor 'islamic-state'",
           "content/same-name-on-two-actors/facts.yml:14")


def test_a_name_on_an_actor_and_on_a_term_without_actor_is_an_error_naming_both():
    result = build("same-name-on-actor-and-term")
    expect(result, facts("same-name-on-actor-and-term"), 13, "'Hezbollah'", "term 'hezbollah'", "actor 'hezbollah'",
           "content/same-name-on-actor-and-term/facts.yml:8", "actor:")
    expect(result, facts("same-name-on-actor-and-term"), 8, "'Hezbollah'", "term 'hezbollah'", "content/same-name-on-actor-and-term/facts.yml:13")


def test_an_actor_defined_differently_in_two_stories_is_an_error_naming_both_places():
    result = build("actor-defined-twice-in-two-stories")
    expect(result, "content/convoy-b/facts.yml", 7, "actor 'hezbollah'", "defined differently",
           "content/convoy-a/facts.yml:7", "kind")


def test_an_actor_defined_differently_in_shared_and_in_a_story_is_an_error_naming_both_places():
    result = build("actor-defined-in-shared-and-story")
    expect(result, facts("actor-defined-in-shared-and-story"), 7, "actor 'hezbollah'", "defined differently",
           "content/_shared/actors.yml:2", "aliases")


# -- provenance: the sheet against the article -----------------------------------


def test_an_excerpt_that_is_not_in_the_article_is_an_error():
    result = build("excerpt-not-in-article")
    expect(result, facts("excerpt-not-in-article"), 16, "excerpt is not in the article", field="figures[0].excerpt")
    assert not result.pages


def test_a_value_that_is_not_in_its_excerpt_is_an_error():
    result = build("value-not-in-excerpt")
    expect(result, facts("value-not-in-excerpt"), 14, "value 380 is not written in its excerpt", "derived:",
           field="figures[0].value")


def test_a_value_written_in_words_in_its_excerpt_is_accepted():
    # value: 7, excerpt: "seven buses of civilians"
    result = build("value-in-words")
    assert_no_errors_or_warnings(result)
    assert result.pages


def test_30_is_not_found_inside_308():
    result = build("value-inside-a-longer-number")
    expect(result, facts("value-inside-a-longer-number"), 14, "value 30 is not written in its excerpt",
           field="figures[0].value")


def test_a_figure_value_with_thousands_of_digits_is_an_error_not_a_crash(tmp_path):
    # Python refuses int() of more than 4300 digits; the build must still answer with a problem.
    sheet = VALID_FACTS.replace("value: 308", "value: " + "1" * 5000)
    result = build_site(write_story(tmp_path / "content", "huge-value", sheet))
    expect(result, facts("huge-value"), 14, field="figures[0].value")


def test_a_figure_with_neither_excerpt_nor_source_is_an_error():
    result = build("figure-without-provenance")
    case = facts("figure-without-provenance")
    expect(result, case, 13, "figure 'militants-in-convoy'", "neither an excerpt", "source", field="figures[0]")
    expect(result, case, 16, "figure 'fighters-killed'", "neither an excerpt", "source", field="figures[1]")


def test_a_quote_that_is_not_in_the_article_is_an_error():
    result = build("quote-not-in-article")
    expect(result, facts("quote-not-in-article"), 14, "quotation is not in the article", field="quotes[0].text")


def test_an_editor_attribution_without_a_speaker_is_an_error():
    result = build("editor-attribution-without-speaker")
    expect(result, facts("editor-attribution-without-speaker"), 13, "attribution 'editor' needs a speaker",
           field="quotes[0].speaker")


def test_an_unknown_attribution_with_a_speaker_is_an_error():
    result = build("unknown-attribution-with-speaker")
    expect(result, facts("unknown-attribution-with-speaker"), 13, "attribution 'unknown' cannot have a speaker",
           "attribution: editor", field="quotes[0].attribution")


def test_an_actor_the_article_never_names_is_a_warning():
    result = build("actor-never-mentioned")
    expect(result, facts("actor-never-mentioned"), 11, "'brett-mcgurk' is never named", "Brett McGurk", "unmentioned:",
           severity=WARNING, field="actors[1]")
    assert result.ok, listing(result)


def test_an_unmentioned_actor_with_a_reason_is_not_a_warning():
    result = build("unmentioned-actor-with-reason")
    assert_no_errors_or_warnings(result)


def test_a_draft_story_builds_with_a_draft_label_and_a_warning_at_its_status():
    result = build("draft-story")
    assert result.ok, listing(result)
    assert "explainer-banner--draft" in result.pages["stories/draft-story.md"]
    assert "explainer-label--draft" in result.pages["stories/index.md"]
    drafts = [p for p in result.problems if p.severity == WARNING and "draft" in p.message.lower()]
    assert drafts, listing(result)
    # status: draft is on line 5
    expect(result, facts("draft-story"), 5, "draft", severity=WARNING, field="story.status")


def test_a_javascript_link_in_the_article_is_an_error_at_its_line_and_column():
    result = build("javascript-link-in-article")
    source_line = (CORPUS / "javascript-link-in-article/content/javascript-link-in-article/article.md").read_text().splitlines()[2]
    link = re.search(r"\[the ministry\]\(javascript:alert\(1\)\)", source_line)
    problem = expect(result, article("javascript-link-in-article"), 3, "javascript:", "only http, https and mailto")
    assert link.start() + 1 <= problem.column <= link.end(), f"column {problem.column} is outside the link {link.span()}"
    assert not result.pages


def test_a_javascript_reference_style_link_in_the_article_is_an_error_at_its_definition():
    # line 1: "... according to [the ministry][ministry]."   line 3: "[ministry]: javascript:alert(document.cookie)"
    result = build("javascript-reference-link-in-article")
    expect(result, article("javascript-reference-link-in-article"), 3, "javascript:", "only http, https and mailto")


def test_an_empty_article_is_an_error():
    expect(build("empty-article"), article("empty-article"), 1, "article is empty")


# -- story folders -----------------------------------------------------------------


def test_a_story_folder_without_facts_yml_is_an_error():
    expect(build("story-without-facts"), "content/story-without-facts", 0, "lacks facts.yml")


def test_a_story_folder_whose_name_is_not_a_slug_is_an_error():
    expect(build("folder-name-not-a-slug"), "content/Convoy_2017", 0, "'Convoy_2017' is not a valid slug",
           "lowercase letters, digits and hyphens")


# -- every mistake at once -----------------------------------------------------------


def test_several_errors_in_one_file_are_all_reported_together():
    result = build("several-errors-in-one-file")
    case = facts("several-errors-in-one-file")
    expect(result, case, 4, "'2017-09-31' is not a real date", field="story.as_of")
    expect(result, case, 6, "unknown key 'staus'", "did you mean 'status'?")
    expect(result, case, 11, "'milita' is not one of", "did you mean 'military'?", field="actors[0].kind")
    expect(result, case, 13, "'Hassan Nasrallah' is not a valid id", "did you mean 'hassan-nasrallah'?")
    expect(result, case, 18, "unknown key 'figure'", "did you mean 'figures'?")
    expect(result, case, 22, "no actor has the id 'hezbolah'", field="quotes[0].speaker")


def test_a_schema_error_does_not_hide_an_excerpt_missing_from_the_article():
    # as_of: 2017-09-31 (line 4) and excerpt: "included 380 militants" (line 17), in one file:
    # one build must tell the editor about both.
    result = build("schema-error-and-missing-excerpt")
    case = facts("schema-error-and-missing-excerpt")
    expect(result, case, 4, "'2017-09-31' is not a real date")
    expect(result, case, 17, "excerpt is not in the article")


# -- the command line -------------------------------------------------------------------


def assert_check_fails_with(content: Path, line_start: str) -> subprocess.CompletedProcess:
    run = run_check(content)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == 1, (run.returncode, run.stdout, run.stderr)
    assert any(out.startswith(line_start) for out in run.stdout.splitlines()), f"no line starting {line_start!r} in:\n{run.stdout}"
    return run


def test_check_prints_a_duplicate_key_as_file_line_column_and_exits_1():
    assert_check_fails_with(CORPUS / "duplicate-key" / "content", "content/duplicate-key/facts.yml:5:3: error: ")


def test_check_prints_a_yaml_syntax_error_as_file_line_column_and_exits_1():
    assert_check_fails_with(CORPUS / "yaml-syntax-error" / "content", "content/yaml-syntax-error/facts.yml:2:34: error: YAML syntax error")


def test_check_prints_an_unknown_reference_with_its_fix_and_exits_1():
    run = assert_check_fails_with(CORPUS / "unknown-quote-speaker" / "content", "content/unknown-quote-speaker/facts.yml:13:14: error: quotes[0].speaker: ")
    assert "(did you mean 'hezbollah'?)" in run.stdout


def test_check_survives_an_alias_bomb_and_exits_1():
    assert_check_fails_with(CORPUS / "alias-bomb" / "content", "content/alias-bomb/facts.yml:6:")


def test_check_survives_a_binary_fact_sheet_and_exits_1(tmp_path):
    content = write_story(tmp_path / "content", "binary-facts", b"\x00\x01\x02\x03" * 64)
    assert_check_fails_with(content, "content/binary-facts/facts.yml:1:1: error: ")


def test_check_survives_ten_thousand_nested_lists_and_exits_1(tmp_path):
    content = write_story(tmp_path / "content", "deep-facts", b"[" * 10_000 + b"]" * 10_000)
    assert_check_fails_with(content, "content/deep-facts/facts.yml:1:")


# -- nothing an editor writes crashes the build ------------------------------------------

YAML_TOKENS = [
    "story:", "actors:", "figures:", "quotes:", "glossary:", "places:", "timeline:", "\n", "\n  ", "\n    ", "  ", "- ",
    "title: ", "date: ", "summary: ", "id: ", "name: ", "kind: ", "value: ", "excerpt: ", "to: ", "speaker: ",
    "attribution: ", "coordinates: ", "aliases: ", "actor: ", "conflicts_with: ", "unmentioned: ", "status: ",
    "2017-08-30", "2017-02-30", "2017-13", "hezbollah", "Hezbollah", "armed-group", "draft", "editor", "unknown",
    "308", "1.10", "0x1F", "1e400", "-.inf", ".nan", "NO", "on", "~", "null", "true", "[", "]", "{", "}", ", ", ": ",
    "'", '"', "#", "|", ">-", "&a ", "*a", "&b [*a, *a]", "<<: *a", "!!str ", "!!binary ", "!!python/object:os.system ",
    "!!set ", "? ", "---\n", "...\n", "%YAML 1.1\n", "\t", "\ufeff", "é", "\u2028", "\x85", "javascript:alert(1)",
    "https://example.org/", "[34.0, 36.5]", "[140, 35]",
]
ARTICLE_TOKENS = [
    "Hezbollah", "Hizballah's", "Islamic State", "IS", "is", "US", "us", "308", "seven", " ", " ", "\n", "\n\n", ". ",
    ", ", '"', "“", "”", "’", "[link](https://example.org)", "[x](javascript:alert(1))", "<script>alert(1)</script>",
    "<b>", "# ", "## Heading ", "`code`", "```\n", "> ", "* ", "1. ", "|", "---", "\\", "*", "_", "&amp;", "&#0;",
    "The convoy included 308 militants", "The road is open", "\t", "\u200b", "\x0c",
]

yamlish_text = st.one_of(
    st.lists(st.sampled_from(YAML_TOKENS), max_size=60).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
)
article_text = st.one_of(
    st.lists(st.sampled_from(ARTICLE_TOKENS), max_size=80).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
)
words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(str.strip)
wrong_value = st.one_of(
    st.text(max_size=20, alphabet=st.characters(blacklist_categories=("Cs",))), st.integers(-10**6, 10**6),
    st.floats(allow_nan=False), st.booleans(), st.none(), st.lists(st.sampled_from(["hezbollah", "Bad Id", ""]), max_size=3),
    st.dictionaries(st.sampled_from(["title", "url", "x"]), st.sampled_from(["javascript:alert(1)", "https://example.org", ""]), max_size=2),
)


def mostly(valid, wrong=wrong_value):
    """Usually a valid value, so that the build gets as far as rendering; sometimes anything at all."""
    return st.one_of(valid, valid, valid, wrong)


ids = mostly(st.sampled_from(["hezbollah", "iran", "isis", "convoy", "buses"]), st.sampled_from(["Bad Id", "", "a--b", "hezbolah"]))
id_lists = mostly(st.lists(ids, max_size=3))
text = mostly(st.one_of(words, st.sampled_from(["Hezbollah", "Iran", "IS", "Islamic State", "NO", "1.10", "yes"])))
structured_sheet = st.fixed_dictionaries(
    {
        "story": st.fixed_dictionaries(
            {"title": text, "date": mostly(st.sampled_from(["2017-08-30", "2017-02-30", "2017"])), "summary": text},
            optional={"status": st.sampled_from(["draft", "published", "NO"]), "tags": mostly(st.lists(text, max_size=3)),
                      "source": mostly(st.fixed_dictionaries({"name": text}, optional={"url": st.sampled_from(["https://example.org/a", "javascript:x", "mailto:a@b.c"])})),
                      "sample": mostly(st.booleans())},
        ),
        "actors": st.lists(st.fixed_dictionaries(
            {"id": ids},
            optional={"name": st.sampled_from(["Hezbollah", "Iran", "IS", "Islamic State", "ISIS", ""]), "kind": mostly(st.sampled_from(ACTOR_KINDS)),
                      "summary": text, "aliases": mostly(st.lists(text, max_size=2)), "background": text,
                      "relations": st.lists(st.fixed_dictionaries({"to": ids, "type": mostly(st.sampled_from(["ally", "opponent"]))}), max_size=2),
                      "unmentioned": text, "role": text, "draft": mostly(st.booleans())}), max_size=4),
    },
    optional={
        "figures": st.lists(st.fixed_dictionaries(
            {"id": ids, "value": mostly(st.sampled_from([308, 7, 30, 1.5])), "label": text},
            optional={"excerpt": st.sampled_from(["included 308 militants", "seven buses of civilians", "nowhere"]), "derived": text,
                      "display": text, "conflicts_with": id_lists, "actors": id_lists, "note": text,
                      "source": mostly(st.fixed_dictionaries({"title": text}))}), max_size=3),
        "quotes": st.lists(st.fixed_dictionaries(
            {"text": st.sampled_from(["The road is open", "missing"]), "attribution": mostly(st.sampled_from(["article", "editor", "unknown"]))},
            optional={"speaker": ids, "note": text}), max_size=2),
        "glossary": st.lists(st.fixed_dictionaries({"term": text, "definition": text}, optional={"actor": ids, "aliases": mostly(st.lists(text, max_size=2))}), max_size=2),
        "places": st.lists(st.fixed_dictionaries({"id": ids, "name": text}, optional={"coordinates": mostly(st.lists(st.floats(-200, 200), min_size=2, max_size=2))}), max_size=2),
        "timeline": st.lists(st.fixed_dictionaries({"date": mostly(st.sampled_from(["2017", "2017-08", "2017-08-30", "2017-13"])), "text": text},
                                                   optional={"actors": id_lists}), max_size=2),
    },
)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def build_never_raises(facts_data: bytes | str, article_data: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = build_site(write_story(Path(tmp) / "content", "fuzzed", facts_data, article_data))
    for problem in result.problems:
        assert problem.severity in (ERROR, WARNING, INFO)
        assert problem.file.startswith("content/"), problem.format()
        problem.format()
    if result.errors:
        assert not result.pages


@FUZZ
@given(facts_text=yamlish_text, article_data=article_text)
def test_no_yamlish_fact_sheet_or_article_crashes_the_build(facts_text, article_data):
    build_never_raises(facts_text, article_data)


@FUZZ
@given(facts_bytes=st.binary(max_size=1000))
def test_no_random_bytes_as_a_fact_sheet_crash_the_build(facts_bytes):
    build_never_raises(facts_bytes, ARTICLE)


@FUZZ
@given(sheet=structured_sheet, article_data=article_text)
def test_no_well_formed_but_wrong_fact_sheet_crashes_the_build(sheet, article_data):
    sheet_text = yaml.safe_dump(sheet, allow_unicode=True, sort_keys=False)
    build_never_raises(sheet_text, ARTICLE + article_data)


def test_an_excerpt_with_one_word_changed_names_the_word_the_article_has():
    problem = expect(build("excerpt-not-in-article"), facts("excerpt-not-in-article"), 16, "not in the article")
    assert "the article has '308' where this has '380'" in problem.fix


def test_a_key_indented_into_the_wrong_entry_gets_advice_about_indentation(tmp_path):
    sheet = "story:\n  title: T\n  date: 2017-08-30\n  summary: S\n"
    content = write_story(tmp_path / "content", "indent", sheet + "actors:\n  - id: acme\n    name: Acme\n    kind: organisation\n    summary: A firm.\n    relations:\n      - to: acme\n        type: other\n    note: said twice\n")
    problem = next(p for p in build_site(content).errors if "unknown key 'note'" in p.message)
    assert "belongs in a relation" in problem.fix and "indentation" in problem.fix
