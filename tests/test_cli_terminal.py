"""The terminal as a new user meets it: folders to ``scan``, widths, brief, help, usage errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report import Report
from analyzer.report.brief import BriefFormatter
from analyzer.report.table import TableFormatter
from tests.builders import TOOL, error_result, full_result, with_sources
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
SAMPLE_APKS = sorted(str(p) for p in SAMPLES.glob("*.apk"))


def test_scan_expands_a_folder_in_sorted_order() -> None:
    res = runner.invoke(app, ["scan", str(SAMPLES), "-f", "json", "--fail-on", "none"])
    assert res.exit_code == 0, res.output
    paths = [r["apk"]["path"] for r in json.loads(res.stdout)["results"]]
    assert paths == SAMPLE_APKS


def test_scan_analyses_identical_files_once(tmp_path: Path) -> None:
    folder = tmp_path / "apps"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLES / "plain_app.apk", folder / "a.apk")
    shutil.copy(SAMPLES / "plain_app.apk", folder / "sub" / "b.apk")
    shutil.copy(SAMPLES / "baidu_like.apk", folder / "c.apk")
    res = runner.invoke(app, ["scan", str(folder), "-f", "json", "--fail-on", "none"])
    results = json.loads(res.stdout)["results"]
    assert [(r["apk"]["path"], r["apk"]["duplicates"]) for r in results] == [
        (str(folder / "a.apk"), [str(folder / "sub" / "b.apk")]),
        (str(folder / "c.apk"), []),
    ]


def test_scan_of_a_folder_without_apks_is_a_usage_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["scan", str(tmp_path)])
    assert res.exit_code == 2
    assert res.stderr.startswith("permaudit: usage: ") and res.stderr.count("\n") == 1


@pytest.mark.parametrize("columns", [40, 60, 80, 99, 100, 120])
def test_no_line_wider_than_columns_when_piped(columns: int) -> None:
    """English and Chinese text (disclosed_zh, baidu_like labels) fit, CJK counting 2."""
    res = runner.invoke(
        app, ["scan", str(SAMPLES), "--fail-on", "none"], env={"COLUMNS": str(columns)}
    )
    lines = res.stdout.splitlines()
    assert any("附近好友" in line for line in lines)  # Chinese really went through
    assert max(cell_len(line) for line in lines) <= columns
    stacked = columns < 100
    assert any("┃" in line for line in lines) is not stacked


@pytest.mark.parametrize("columns", [80, 120])
def test_chinese_messages_are_shown_whole(columns: int) -> None:
    """A Chinese message has no space to wrap at: it folds onto more lines, never cut."""
    argv = ["scan", str(SAMPLES / "baidu_like.apk"), "--lang", "zh-CN", "--fail-on", "none"]
    doc = json.loads(runner.invoke(app, [*argv, "-f", "json"]).stdout)
    messages = [f["message"] for f in doc["results"][0]["findings"]]
    out = runner.invoke(app, argv, env={"COLUMNS": str(columns)}).stdout
    squashed = "".join(ch for ch in out if not ch.isspace() and not 0x2500 <= ord(ch) <= 0x257F)
    assert "…" not in out
    assert all("".join(m.split()) in squashed for m in messages)
    assert len(messages) >= 5


def test_what_implied_a_permission_is_said_in_chinese() -> None:
    """aapt's "X and targetSdkVersion < 29" gets the reader's "and" (terminal and HTML)."""
    argv = ["scan", str(SAMPLES / "partial_policy.apk"), "--lang", "zh-CN", "--fail-on", "none"]
    for out in (
        runner.invoke(app, argv, env={"COLUMNS": "200"}).stdout,
        runner.invoke(app, [*argv, "-f", "html"]).stdout,
    ):
        assert "，且 targetSdkVersion" in out and " and targetSdkVersion" not in out


def test_real_pipe_honours_columns() -> None:
    env = {"COLUMNS": "80", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-m", "analyzer", "scan", str(SAMPLES / "disclosed_zh.apk")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    ).stdout
    assert "附近好友" in out
    assert max(cell_len(line) for line in out.splitlines()) <= 80


def test_brief_is_one_line_per_apk() -> None:
    res = runner.invoke(app, ["scan", str(SAMPLES), "-f", "brief", "--fail-on", "none"])
    lines = res.stdout.splitlines()
    assert len(lines) == len(SAMPLE_APKS)
    baidu = next(line for line in lines if "baidulike" in line)
    assert "critical" in baidu and "calls,location,messages,contacts" in baidu
    assert "jiangsu-combination" in baidu


def test_brief_fits_columns_and_one_line_per_error() -> None:
    report = Report(TOOL, [full_result(), error_result(text="\nsecond line")])
    text = BriefFormatter(width=40).render(report)
    assert len(text.splitlines()) == 2
    assert all(cell_len(line) <= 40 for line in text.splitlines())


def test_batch_prints_brief_by_default(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    args = ["batch", str(SAMPLES), "--db", str(db), "-j", "1", "-q", "--fail-on", "none"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == len(SAMPLE_APKS)
    table = runner.invoke(app, [*args, "--format", "table"])
    assert len(table.stdout.splitlines()) > 5 * len(SAMPLE_APKS)


@pytest.mark.parametrize("cmd", [[], ["scan"], ["batch"], ["report"]])
def test_help_is_plain_and_fits_80_columns(cmd: list[str]) -> None:
    res = runner.invoke(app, [*cmd, "--help"], env={"COLUMNS": "80"})
    text = res.stdout
    assert res.exit_code == 0 and text.startswith("Usage: ")
    for leak in ("<bool>", "<str>", "list[", "``", "╭", "│", "…"):
        assert leak not in text, leak
    assert max(cell_len(line) for line in text.splitlines()) <= 80
    if cmd == ["scan"]:
        assert "max_manifest_bytes=1048576" in text
        assert "markdown, html or sarif" in " ".join(text.split())


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "--format", "nope", "x.apk"],
        ["scan", "--bogus", "x.apk"],
        ["scan"],
        ["scan", "--limit", "nonsense", str(SAMPLES / "plain_app.apk")],
        ["nope"],
    ],
)
def test_usage_errors_are_one_line(args: list[str]) -> None:
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr.startswith("permaudit: usage: ")
    assert res.stderr.count("\n") == 1
    assert "Value error" not in res.stderr and "Usage:" not in res.stderr


def test_terminal_shows_deciding_sentences_and_policy_sources() -> None:
    result = with_sources(full_result(text=" " + "long " * 40))
    for width in (80, 120):
        text = TableFormatter(width=width).render(Report(TOOL, [result]))
        assert "assets/privacy.html" in text and "We use location" in text
        assert "asset assets/privacy.html (zh, read)" in text
        assert max(cell_len(line) for line in text.splitlines()) <= width


def _zh(text: str) -> str:
    """A stand-in Chinese translator (issue 15 brings the real one): every label grows CJK."""
    return "中文" + text + "（译文）"


@pytest.mark.parametrize("width", [60, 80, 99, 100, 120])
def test_translated_labels_still_fit(width: int, tables: object) -> None:
    from analyzer.scan import ScanConfig, scan_path

    results = [
        scan_path(str(SAMPLES / f"{name}.apk"), ScanConfig(), tables)  # type: ignore[arg-type]
        for name in ("disclosed_zh", "baidu_like", "hostile_rich")
    ]
    report = Report(TOOL, results)
    text = TableFormatter(width=width, gettext=_zh).render(report)
    assert "中文" in text
    assert max(cell_len(line) for line in text.splitlines()) <= width
    brief = BriefFormatter(width=width, gettext=_zh).render(report)
    assert len(brief.splitlines()) == 3
    assert max(cell_len(line) for line in brief.splitlines()) <= width
