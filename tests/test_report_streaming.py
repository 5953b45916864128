"""Reports that stream: byte-identical to in-memory rendering, read from the store lazily."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from analyzer.i18n import translator
from analyzer.report import FORMATTERS, STREAMED, Format, Report, stream
from analyzer.report.sarif import to_sarif
from analyzer.rules import REGISTRY
from analyzer.rules.messages import message_fn
from analyzer.scan import ScanConfig, scan_path
from tests.builders import TOOL, hostile_report, mixed_report
from tests.conftest import ROOT, SAMPLES
from tests.storebuilder import build_store


@pytest.fixture(scope="module")
def sample_results(tables: Any) -> list[Any]:
    return [scan_path(str(p), ScanConfig(), tables) for p in sorted(SAMPLES.glob("*.apk"))]


def _reports(sample_results: list[Any]) -> list[Report]:
    return [Report(TOOL, sample_results), mixed_report(), hostile_report(), Report(TOOL, [])]


def test_streamed_json_and_sarif_equal_whole_document_dumps(sample_results: list[Any]) -> None:
    for report in _reports(sample_results):
        message = message_fn(translator())
        whole = json.dumps(report.to_dict(message), indent=2, ensure_ascii=False) + "\n"
        assert "".join(stream(Format.JSON, report.tool, lambda r=report: r.results)) == whole
        sarif = json.dumps(to_sarif(report, REGISTRY), indent=2, ensure_ascii=False) + "\n"
        assert "".join(stream(Format.SARIF, report.tool, lambda r=report: r.results)) == sarif


def test_every_streamed_format_equals_its_formatter(sample_results: list[Any]) -> None:
    for report in _reports(sample_results):
        for fmt in STREAMED:
            streamed = "".join(stream(fmt, report.tool, lambda r=report: r.results))
            assert streamed == FORMATTERS[fmt].render(report), fmt


def test_report_from_a_store_of_clones(
    tmp_path: Path, sample_results: list[Any], tables: Any
) -> None:
    db = tmp_path / "big.sqlite"
    build_store(db, sample_results, 3000, tables.data_version)
    out = tmp_path / "r.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "report", "--db", str(db), "-f", "csv",
         "--csv-mode", "apps", "-o", str(out), "--fail-on", "none"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 3000
    assert [r["path"] for r in rows] == sorted(r["path"] for r in rows)  # store order: path
    assert "3000 APK(s)" in proc.stderr  # the summary was counted while streaming


def test_large_html_is_a_folder_of_pages(
    tmp_path: Path, sample_results: list[Any], tables: Any
) -> None:
    from lxml import html as lxml_html

    from analyzer.report.html_pages import PAGE_SIZE, SINGLE_FILE_MAX_APKS

    count = SINGLE_FILE_MAX_APKS + 200
    db = tmp_path / "big.sqlite"
    build_store(db, sample_results, count, tables.data_version)
    out = tmp_path / "report"
    cmd = [sys.executable, "-m", "analyzer", "report", "--db", str(db), "-f", "html",
           "--fail-on", "none"]  # fmt: skip
    proc = subprocess.run([*cmd, "-o", str(out)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    pages = sorted(p.name for p in out.glob("apps-*.html"))
    assert len(pages) == -(-count // PAGE_SIZE)
    index = lxml_html.fromstring((out / "index.html").read_text("utf-8"))
    assert [a.get("href") for a in index.findall(".//ul[@class='pages']//a")] == pages
    worst = index.findall(".//table[@id='worst']/tbody/tr")
    assert len(worst) == 100
    assert worst[0].findtext(".//span") == "critical"  # the worst app heads the list
    first = lxml_html.fromstring((out / pages[0]).read_text("utf-8"))
    assert len(first.findall(".//table[@id='apps']/tbody/tr")) == PAGE_SIZE
    assert not list(tmp_path.glob(".report.*"))  # no temporary folder left behind
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert again.returncode == 2 and "give -o FOLDER" in again.stderr
    assert again.stdout == ""
