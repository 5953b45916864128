"""A real APK whose second dex is garbage: the scan succeeds with a bad-dex warning."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.model import Category
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "code_evidence_app.apk"


def _with_bad_dex(tmp_path: Path) -> Path:
    out = tmp_path / "bad.apk"
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "classes2.dex":
                data = data[:40] + b"\xff" * (len(data) - 40)
            dst.writestr(info, data)
    return out


def test_corrupt_second_dex_is_a_warning(tmp_path: Path, tables: Tables) -> None:
    result = scan_path(str(_with_bad_dex(tmp_path)), ScanConfig(), tables)
    assert result.ok
    assert [w.kind for w in result.warnings] == ["bad-dex"]
    assert "classes2.dex" in result.warnings[0].message
    assert result.code is not None and result.code.checked
    only = scan_path(str(_with_bad_dex(tmp_path)), ScanConfig(manifest_only=True), tables)
    assert only.ok and only.warnings == () and only.code is None  # the dex was never read


def test_cli_no_code_and_deep_options(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["scan", str(SAMPLE), "--format", "json", "--fail-on", "none"]
    default = json.loads(runner.invoke(app, args).stdout)["results"][0]
    assert default["code"] == {"checked": True, "packer": None}
    off = json.loads(runner.invoke(app, [*args, "--no-code"]).stdout)["results"][0]
    assert off["code"] == {"checked": False, "packer": None}
    only = json.loads(runner.invoke(app, [*args, "--manifest-only"]).stdout)["results"][0]
    assert only.get("code") is None
    assert runner.invoke(app, [*args, "--deep"]).exit_code == 0
    assert Category.CALLS.value == "calls"
