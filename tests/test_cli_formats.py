"""``--format`` offers every format on every reporting command, and each output parses."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report import Format
from tests.conftest import SAMPLES

APKS = [str(p) for p in sorted(SAMPLES.glob("*.apk"))]


@pytest.mark.parametrize("fmt", list(Format))
def test_scan_writes_every_format(fmt: Format) -> None:
    result = CliRunner().invoke(app, ["scan", *APKS, "-f", fmt.value, "--fail-on", "none"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt in (Format.JSON, Format.SARIF):
        json.loads(out)
    elif fmt is Format.JSONL:
        assert len([json.loads(line) for line in out.splitlines()]) == len(APKS)
    elif fmt is Format.CSV:
        rows = list(csv.DictReader(io.StringIO(out)))
        # one row per APK × finding, and one row for an APK without findings
        assert {r["path"] for r in rows} == set(APKS)
        assert len(rows) >= len(APKS)
        assert any(r["rule"] == "jiangsu-combination" for r in rows)
    elif fmt is Format.HTML:
        assert out.startswith("<!DOCTYPE html>")
    else:
        assert "org.permaudit.sample.plain" in out


def test_csv_mode_apps_and_unknown_format() -> None:
    args = ["scan", *APKS, "-f", "csv", "--csv-mode", "apps", "--fail-on", "none"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1 + len(APKS)
    assert "max_severity" in result.stdout.splitlines()[0]
    assert CliRunner().invoke(app, ["scan", *APKS, "-f", "pdf"]).exit_code == 2
