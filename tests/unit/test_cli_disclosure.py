"""CLI: --policy, --policy-dir, --declarations, --ignore, --baseline and their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app
from tests.conftest import SAMPLES

BAIDU = str(SAMPLES / "baidu_like.apk")
PKG = "org.permaudit.sample.baidulike"
runner = CliRunner()


def _scan(*args: str) -> tuple[int, dict[str, object]]:
    res = runner.invoke(app, ["scan", BAIDU, "--format", "json", *args])
    doc = json.loads(res.stdout) if res.stdout.strip().startswith("{") else {}
    return res.exit_code, doc


def _result(doc: dict[str, object]) -> dict[str, object]:
    return doc["results"][0]  # type: ignore[index,no-any-return]


def test_policy_file_discloses(tmp_path: Path) -> None:
    pol = tmp_path / "policy.md"
    pol.write_text("# 隐私政策\n\n我们会收集您的位置信息，用于向您推荐附近的服务。\n", "utf-8")
    code, doc = _scan("--policy", str(pol))
    cats = _result(doc)["categories"]
    assert cats["location"]["disclosure"] == "disclosed"  # type: ignore[index]
    assert cats["location"]["disclosure_evidence"][0]["source_type"] == "policy-file"  # type: ignore[index]
    assert cats["messages"]["disclosure"] == "policy_only"  # type: ignore[index]
    rules = {f["rule"] for f in _result(doc)["findings"]}  # type: ignore[attr-defined]
    assert "no-privacy-policy" not in rules and "undisclosed-location" not in rules
    assert code == 1


def test_policy_dir_and_declarations(tmp_path: Path) -> None:
    (tmp_path / f"{PKG}.txt").write_text("Privacy policy. We use GPS location to show maps.")
    decl = tmp_path / "decl.json"
    decl.write_text(json.dumps({PKG: {"calls": "pause audio on incoming calls"}}))
    _, doc = _scan("--policy-dir", str(tmp_path), "--declarations", str(decl))
    cats = _result(doc)["categories"]
    assert cats["location"]["disclosure"] == "disclosed"  # type: ignore[index]
    ev = cats["calls"]["disclosure_evidence"][0]  # type: ignore[index]
    assert ev["source_type"] == "declaration" and ev["sentence"].startswith("pause")


def test_baseline_and_ignore_waive(tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    rules = [
        "jiangsu-combination", "undisclosed-calls", "undisclosed-location",
        "undisclosed-messages", "undisclosed-contacts",
    ]  # fmt: skip
    base.write_text(json.dumps([{"package": PKG, "rule": r, "reason": "legacy"} for r in rules]))
    code, doc = _scan("--baseline", str(base), "--ignore", "no-privacy-policy")
    findings = _result(doc)["findings"]
    waived = {f["rule"]: f["waived"] for f in findings}  # type: ignore[attr-defined]
    assert waived["jiangsu-combination"] == "legacy"
    assert waived["no-privacy-policy"] == "ignored with --ignore"
    assert waived["install-time-grant"] is None
    assert code == 0  # only medium findings remain active, --fail-on high


def test_unreadable_inputs_are_usage_errors(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope")
    for option in ("--policy", "--declarations", "--baseline", "--policy-dir"):
        res = runner.invoke(app, ["scan", BAIDU, option, missing])
        assert res.exit_code == 2, option
    bad = tmp_path / "b.json"
    bad.write_text('{"not": "a list"}')
    assert runner.invoke(app, ["scan", BAIDU, "--baseline", str(bad)]).exit_code == 2
    assert runner.invoke(app, ["scan", BAIDU, "--ignore", "no-such-rule"]).exit_code == 2


def test_manifest_only_skips_categories() -> None:
    code, doc = _scan("--manifest-only")
    result = _result(doc)
    assert "categories" not in result and result["findings"] == []
    assert code == 0


def test_a_policy_in_a_document_format_is_refused_with_its_name(tmp_path: Path) -> None:
    """GB18030 decodes nearly any bytes: a PDF or Word file would pass as garbage text."""
    formats = {
        "policy.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        "policy.docx": (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        "policy.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office"),
        "policy.rtf": (b"{\\rtf1\\ansi \\u38544?}", "RTF"),
    }
    for name, (data, what) in formats.items():
        path = tmp_path / name
        path.write_bytes(data)
        res = runner.invoke(app, ["scan", BAIDU, "--policy", str(path)])
        assert res.exit_code == 2, name
        assert what in res.output and "Traceback" not in res.output, name
