"""``permaudit diff`` through the real command, on the sample pair of issue 18."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OLD = str(SAMPLES / "baidu_like.apk")
NEW = str(SAMPLES / "baidu_like_rectified.apk")
EXPECTED = tomllib.loads((ROOT / "tests" / "data" / "diff_expected.toml").read_text("utf-8"))
SCHEMA = json.loads((ROOT / "docs" / "diff.schema.json").read_text("utf-8"))


def _diff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", "diff", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _doc(*args: str) -> dict[str, object]:
    out = _diff(*args, "-f", "json", "--fail-on", "none")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    return doc  # type: ignore[no-any-return]


def _rules(doc: dict[str, object], kind: str) -> list[str]:
    return [f["rule"] for f in doc["findings"][kind]]  # type: ignore[index]


def test_the_rectified_build_fixes_exactly_the_expected_findings() -> None:
    want = EXPECTED["baidu_like_to_rectified"]
    doc = _doc(OLD, NEW)
    assert sorted(_rules(doc, "fixed")) == sorted(want["fixed"])
    assert _rules(doc, "new") == want["new"]
    assert [p["name"] for p in doc["permissions"]["removed"]] == want["permissions_removed"]  # type: ignore[index]
    assert [doc["target_sdk"]["old"], doc["target_sdk"]["new"]] == want["target_sdk"]  # type: ignore[index]
    assert sorted(c for c, d in doc["disclosure"].items() if d["new"] == "disclosed") == sorted(  # type: ignore[attr-defined]
        want["disclosed"]
    )
    assert doc["signing_certificate"]["same"] is True  # type: ignore[index]
    assert _diff(OLD, NEW, "--fail-on", "low").returncode == 0  # nothing new


def test_swapping_old_and_new_swaps_new_and_fixed() -> None:
    forward, backward = _doc(OLD, NEW), _doc(NEW, OLD)
    assert sorted(_rules(backward, "new")) == sorted(_rules(forward, "fixed"))
    assert _rules(backward, "fixed") == _rules(forward, "new") == []
    assert _diff(NEW, OLD, "--fail-on", "high").returncode == 1  # new high findings


def test_diff_of_an_apk_with_itself_is_empty() -> None:
    doc = _doc(OLD, OLD)
    assert doc["empty"] is True and not _rules(doc, "new") and not _rules(doc, "fixed")
    text = _diff(OLD, OLD)
    assert text.returncode == 0 and "No differences." in text.stdout


def test_a_saved_json_report_is_a_side(tmp_path: Path) -> None:
    report = tmp_path / "old.json"
    scan = subprocess.run(
        [sys.executable, "-m", "analyzer", "scan", OLD, "-f", "json", "-o", str(report),
         "--fail-on", "none"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert scan.returncode == 0, scan.stderr
    doc = _doc(str(report), NEW)
    assert sorted(_rules(doc, "fixed")) == sorted(EXPECTED["baidu_like_to_rectified"]["fixed"])
    assert doc["signing_certificate"]["same"] is None  # type: ignore[index]  # unknown from JSON


def test_different_packages_need_any_package() -> None:
    other = str(SAMPLES / "map_navigation.apk")
    refused = _diff(OLD, other)
    assert refused.returncode == 2 and "different packages" in refused.stderr
    assert "Traceback" not in refused.stderr
    allowed = _diff(OLD, other, "--any-package", "-f", "json", "--fail-on", "none")
    assert allowed.returncode == 0


def test_a_side_that_cannot_be_analysed_exits_3(tmp_path: Path) -> None:
    broken = tmp_path / "broken.apk"
    broken.write_bytes(b"not a zip")
    out = _diff(str(broken), NEW)
    assert out.returncode == 3
    assert "OLD" in out.stderr and "broken.apk" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html_name_the_fixed_findings(fmt: str) -> None:
    out = _diff(OLD, NEW, "-f", fmt)
    assert out.returncode == 0
    assert "undisclosed-contacts" in out.stdout.replace("\\", "")


def test_chinese_output() -> None:
    out = _diff(OLD, NEW, "--lang", "zh-CN")
    assert out.returncode == 0 and "已修复的发现" in out.stdout


def test_two_stores_are_compared_package_by_package(tmp_path: Path) -> None:
    from analyzer.scan import ScanConfig, scan_path
    from analyzer.tables import load_tables
    from tests.storebuilder import build_store

    tables = load_tables()
    old = scan_path(OLD, ScanConfig(), tables)
    new = scan_path(NEW, ScanConfig(), tables)
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_store(a, [old], 3, tables.data_version)
    build_store(b, [new], 3, tables.data_version)
    out = _diff("--db", str(a), "--db", str(b), "-f", "json", "--fail-on", "high")
    assert out.returncode == 0, out.stderr  # only fixed findings: nothing new
    doc = json.loads(out.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(doc)
    assert [d["package"]["new"] for d in doc["diffs"]] == [
        f"org.permaudit.sample.baidulike.c{i}" for i in range(3)
    ]
    assert all(sorted(_rules(d, "fixed")) == sorted(EXPECTED["baidu_like_to_rectified"]["fixed"])
               for d in doc["diffs"])  # fmt: skip
    backward = _diff("--db", str(b), "--db", str(a), "--fail-on", "high")
    assert backward.returncode == 1  # new high findings in every package
