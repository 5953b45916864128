"""Baselines the tool writes, stale entries and fingerprints, through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.axmlbuilder import build_apk, build_axml, manifest, uses_permission, uses_sdk

ROOT = Path(__file__).resolve().parents[1]
P = "android.permission."


def _apk(path: Path, *permissions: str) -> Path:
    perms = [uses_permission(P + p) for p in permissions]
    path.write_bytes(build_apk(build_axml(manifest("org.example.cam", *perms, uses_sdk(21, 30)))))
    return path


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analyzer", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300, stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def _findings(out: str) -> list[dict[str, object]]:
    return [f for r in json.loads(out)["results"] for f in r["findings"]]


def test_write_baseline_then_baseline_waives_everything(tmp_path: Path) -> None:
    apk = _apk(tmp_path / "a.apk", "READ_SMS", "ACCESS_FINE_LOCATION")
    base = tmp_path / "baseline.json"
    first = _run("scan", str(apk), "-f", "json", "--fail-on", "low", "--write-baseline", str(base))
    assert first.returncode == 1 and _findings(first.stdout)
    entries = json.loads(base.read_text())
    assert {e["reason"] for e in entries} == {"TODO"}
    assert {e["fingerprint"] for e in entries} == {
        f["fingerprint"] for f in _findings(first.stdout)
    }
    again = _run("scan", str(apk), "-f", "json", "--fail-on", "low", "--baseline", str(base))
    assert again.returncode == 0, again.stderr
    assert all(f["waived"] == "TODO" for f in _findings(again.stdout))
    assert json.loads(again.stdout)["stale_baseline"] == []


def test_adding_a_permission_leaves_exactly_the_new_findings(tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    old = _apk(tmp_path / "old.apk", "READ_SMS")
    _run("scan", str(old), "-f", "json", "--fail-on", "none", "--write-baseline", str(base))
    new = _apk(tmp_path / "new.apk", "READ_SMS", "READ_CONTACTS")
    out = _run("scan", str(new), "-f", "json", "--fail-on", "low", "--baseline", str(base))
    active = [f for f in _findings(out.stdout) if f["waived"] is None]
    assert out.returncode == 1
    assert {(f["rule"], f["category"]) for f in active} == {
        ("undisclosed-contacts", "contacts"),
        ("jiangsu-combination", None),
    }


def test_stale_entries_are_listed_and_can_fail_the_run(tmp_path: Path) -> None:
    apk = _apk(tmp_path / "a.apk", "READ_SMS")
    base = tmp_path / "baseline.json"
    stale = {"package": "org.gone", "rule": "undisclosed-calls", "reason": "old app"}
    base.write_text(json.dumps([stale]))
    out = _run("scan", str(apk), "-f", "json", "--fail-on", "none", "--baseline", str(base))
    assert out.returncode == 0
    assert json.loads(out.stdout)["stale_baseline"] == [{**stale, "fingerprint": None}]
    assert "org.gone undisclosed-calls" in out.stderr
    failing = _run(
        "scan", str(apk), "-f", "json", "--fail-on", "none", "--baseline", str(base),
        "--fail-on-stale",
    )  # fmt: skip
    assert failing.returncode == 1


def test_fingerprints_do_not_depend_on_path_language_or_hash_seed(tmp_path: Path) -> None:
    apk = _apk(tmp_path / "a.apk", "READ_SMS", "READ_CONTACTS")
    copy = tmp_path / "elsewhere" / "b.apk"
    copy.parent.mkdir()
    copy.write_bytes(apk.read_bytes())
    runs = [
        _run("scan", str(apk), "-f", "json", "--fail-on", "none", env={"PYTHONHASHSEED": "1"}),
        _run("scan", str(copy), "-f", "json", "--fail-on", "none", env={"PYTHONHASHSEED": "2"}),
        _run("scan", str(apk), "-f", "json", "--fail-on", "none", "--lang", "zh-CN"),
    ]
    prints = [sorted(str(f["fingerprint"]) for f in _findings(r.stdout)) for r in runs]
    assert prints[0] and prints[0] == prints[1] == prints[2]
    messages = [{str(f["message"]) for f in _findings(r.stdout)} for r in (runs[0], runs[2])]
    assert messages[0] != messages[1]  # the wording changed, the fingerprints did not


def test_a_new_baseline_rejudges_a_store_without_analysing_it(tmp_path: Path) -> None:
    folder = tmp_path / "apks"
    folder.mkdir()
    _apk(folder / "a.apk", "READ_SMS", "READ_CONTACTS")
    db = tmp_path / "store.sqlite"
    base = tmp_path / "baseline.json"
    first = _run(
        "batch", str(folder), "--db", str(db), "-f", "json", "--fail-on", "low",
        "--write-baseline", str(base), "--quiet",
    )  # fmt: skip
    assert first.returncode == 1, first.stderr
    assert json.loads(base.read_text())
    (folder / "a.apk").unlink()  # the APK is gone: only the store can answer
    again = _run(
        "report", "--db", str(db), "-f", "json", "--fail-on", "low", "--baseline", str(base)
    )
    assert again.returncode == 0, again.stderr
    assert all(f["waived"] == "TODO" for f in _findings(again.stdout))
