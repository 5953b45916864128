"""Hostile app text (script tags, formulas, rich markup, ANSI, bidi) comes out inert.

Tested on hand-built results that put the strings in every app-controlled field, so the
check does not depend on which fields the scan pipeline fills today.
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import re
from typing import Any

from analyzer.report import FORMATTERS, Format, Report, formatter_for
from tests.builders import CLOSE_SCRIPT, FORMULA, HOSTILE, SCRIPT, TOOL, hostile_report


class _Tags(html.parser.HTMLParser):
    """Collects the tags of a page, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_script = tag == "script"
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler attribute {name}={value}"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def check_html(page: str) -> None:
    """Exactly our two scripts; no app text was parsed as markup."""
    parser = _Tags()
    parser.feed(page)
    assert parser.tags.count("script") == 2
    assert "alert(" not in "".join(parser.scripts)
    assert "\u2028" not in page.split('id="summary">', 1)[1].split("</script>", 1)[0]
    assert SCRIPT not in page and "</script><script>alert(2)" not in page
    assert "\u202e" not in page and "\x1b" not in page


def check_csv(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "'" + FORMULA in text or "'" + FORMULA.replace('"', '""') in text


def check_markdown(text: str) -> None:
    assert "<script" not in text and "</script" not in text
    assert "[link=http://x]" not in text  # brackets escaped: no link syntax
    assert "\x1b" not in text and "\u202e" not in text


def check_terminal(text: str) -> None:
    assert "\x1b" not in text and "\u202e" not in text and "\u2028" not in text
    assert "[link=http://x]x[/link]" in text  # shown literally, not interpreted


def test_html_is_inert() -> None:
    check_html(FORMATTERS[Format.HTML].render(hostile_report()))


def test_csv_cells_cannot_be_formulas() -> None:
    for mode in ("findings", "apps"):
        check_csv(formatter_for(Format.CSV, csv_mode=mode).render(hostile_report()))


def test_markdown_is_inert() -> None:
    check_markdown(FORMATTERS[Format.MARKDOWN].render(hostile_report()))


def test_terminal_table_is_inert_with_and_without_colour() -> None:
    check_terminal(formatter_for(Format.TABLE, color=False, width=400).render(hostile_report()))
    coloured = formatter_for(Format.TABLE, color=True, width=400).render(hostile_report())
    # our own styling uses SGR codes; app text adds none and no OSC hyperlink
    assert "\x1b]8;" not in coloured and "\u202e" not in coloured
    assert not re.search(r"\x1b\[31mRED", coloured)


def test_json_formats_round_trip_hostile_text_exactly() -> None:
    report = hostile_report()
    doc = json.loads(FORMATTERS[Format.JSON].render(report))
    assert {r["app"]["label"] for r in doc["results"] if r["app"]} == set(HOSTILE)
    for line in FORMATTERS[Format.JSONL].render(report).splitlines():
        assert "\u2028" not in line
        json.loads(line)
    sarif = FORMATTERS[Format.SARIF].render(report)
    assert CLOSE_SCRIPT.replace("/", "%2F") not in sarif  # paths are URI-encoded
    json.loads(sarif)


def test_hostile_samples_come_out_inert(tables: Any) -> None:
    """The samples built from samples/src/hostile_* carry the strings in the manifest."""
    from analyzer.scan import ScanConfig, scan_path
    from tests.conftest import SAMPLES

    paths = sorted(SAMPLES.glob("hostile_*.apk"))
    assert len(paths) == 4
    results = [scan_path(str(p), ScanConfig(), tables) for p in paths]
    texts = {r.app.version_name for r in results if r.app} | {
        r.app.label for r in results if r.app and r.app.label
    }
    assert any(SCRIPT in t for t in texts if t) and any(t.startswith("=") for t in texts if t)
    report = Report(TOOL, results)
    check_html(FORMATTERS[Format.HTML].render(report))
    for mode in ("findings", "apps"):
        for row in csv.reader(io.StringIO(formatter_for(Format.CSV, csv_mode=mode).render(report))):
            assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row)
    check_markdown(FORMATTERS[Format.MARKDOWN].render(report))
    table = formatter_for(Format.TABLE, color=False, width=400).render(report)
    assert "\x1b" not in table and "[link=http://x]x[/link][bold red]" in table


def test_narrow_table_and_brief_are_inert() -> None:
    check_terminal(formatter_for(Format.TABLE, width=80).render(hostile_report()))
    brief = formatter_for(Format.BRIEF, width=None).render(hostile_report())
    assert "\x1b" not in brief and "\u202e" not in brief and "\u2028" not in brief
    assert len(brief.splitlines()) == len(hostile_report().results)


def test_policy_sources_are_inert_in_every_medium() -> None:
    from tests.builders import full_result, with_sources

    results = [with_sources(full_result(text=t), text=t) for t in HOSTILE]
    report = Report(TOOL, results)
    check_html(FORMATTERS[Format.HTML].render(report))
    check_markdown(FORMATTERS[Format.MARKDOWN].render(report))
    check_terminal(formatter_for(Format.TABLE, width=80).render(report))
    check_terminal(formatter_for(Format.TABLE, width=120).render(report))
