"""Every JSON the tool writes validates against docs/report.schema.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from analyzer.errors import NotAZip
from analyzer.model import Result
from analyzer.report import FORMATTERS, Format, Report
from analyzer.scan import ScanConfig, scan_path
from tests.builders import TOOL, hostile_report, mixed_report
from tests.conftest import CORPUS, ROOT, SAMPLES, corpus_records, require_corpus

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _check(report: Report) -> None:
    _validator(SCHEMA).validate(json.loads(FORMATTERS[Format.JSON].render(report)))
    line_schema = {**SCHEMA, "$ref": "#/$defs/jsonlLine"}
    line_schema.pop("required")
    line_schema.pop("properties")
    validator = _validator(line_schema)
    for line in FORMATTERS[Format.JSONL].render(report).splitlines():
        validator.validate(json.loads(line))


def test_hand_built_results_validate() -> None:
    _check(mixed_report())
    _check(hostile_report())


def test_samples_and_error_results_validate(tables: Any, tmp_path: Path) -> None:
    junk = tmp_path / "junk.apk"
    junk.write_bytes(b"not a zip")
    paths = [*map(str, sorted(SAMPLES.glob("*.apk"))), str(junk), str(tmp_path / "missing.apk")]
    results = [scan_path(p, ScanConfig(), tables) for p in paths]
    assert [r.status for r in results][-2:] == ["error", "error"]
    _check(Report(TOOL, results))


@pytest.mark.corpus
def test_corpus_results_validate(tables: Any) -> None:
    require_corpus()
    paths = [str(CORPUS / rec["file"]) for rec in corpus_records()]
    results = [scan_path(p, ScanConfig(), tables) for p in paths]
    assert results
    _check(Report(TOOL, results))


def test_schema_rejects_a_malformed_error_result() -> None:
    bad = Result.failed(mixed_report().results[2].apk, NotAZip("x")).to_dict()
    bad["app"] = {"package": "x"}
    with pytest.raises(jsonschema.ValidationError):
        _validator(SCHEMA).validate(
            {"schema_version": "1", "tool": TOOL.to_dict(), "results": [bad]}
        )
