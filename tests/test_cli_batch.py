"""The ``batch`` and ``report`` commands end to end: exit codes, resume after SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app
from tests.conftest import ROOT, SAMPLES

N_SAMPLES = len(list(SAMPLES.glob("*.apk")))


def _collection(folder: Path, junk: int = 0) -> Path:
    folder.mkdir()
    for apk in sorted(SAMPLES.glob("*.apk")):
        shutil.copy(apk, folder / apk.name)
    for i in range(junk):
        (folder / f"junk{i:02}.apk").write_bytes(f"junk {i}".encode())
    return folder


def _batch(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "analyzer", "batch", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def test_batch_json_report_and_rebuild_from_store(tmp_path: Path) -> None:
    apks = _collection(tmp_path / "apks", junk=1)
    db, out, summary = tmp_path / "s.sqlite", tmp_path / "r.json", tmp_path / "sum.json"
    proc = _batch(str(apks), "--db", str(db), "-f", "json", "-o", str(out),
                  "--summary", str(summary), "-j", "2", "--fail-on", "none")  # fmt: skip
    assert proc.returncode == 3, proc.stderr  # one input could not be analysed
    doc = json.loads(out.read_text())
    assert [r["apk"]["path"] for r in doc["results"]] == sorted(str(p) for p in apks.glob("*.apk"))
    counts = json.loads(summary.read_text())
    assert counts["error_kinds"] == {"not-a-zip": 1} and counts["analysed"] == N_SAMPLES + 1
    assert "error kinds: not-a-zip 1" in proc.stderr
    result = CliRunner().invoke(app, ["report", "--db", str(db), "-f", "json"])
    assert result.exit_code == 1  # the samples include the Jiangsu-shaped app: critical
    none = CliRunner().invoke(app, ["report", "--db", str(db), "-f", "json", "--fail-on", "none"])
    assert none.exit_code == 3
    rebuilt = json.loads(result.stdout)
    assert rebuilt["results"] == doc["results"]


def test_batch_fail_on_none_and_usage_errors(tmp_path: Path) -> None:
    apks = _collection(tmp_path / "apks")
    proc = _batch(str(apks), "--db", str(tmp_path / "s.sqlite"), "-q", "--fail-on", "none")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stderr  # no progress bar when stderr is not a terminal
    assert _batch(str(apks), "--jobs", "0").returncode == 2
    assert _batch(str(apks), "--db", str(tmp_path / "no" / "dir" / "s.db")).returncode == 2
    missing = CliRunner().invoke(app, ["report", "--db", str(tmp_path / "nothing.sqlite")])
    assert missing.exit_code == 2


def test_jsonl_batch_streams_one_line_per_apk(tmp_path: Path) -> None:
    apks = _collection(tmp_path / "apks", junk=2)
    proc = _batch(str(apks), "--db", str(tmp_path / "s.sqlite"), "-f", "jsonl")
    lines = proc.stdout.splitlines()
    assert len(lines) == N_SAMPLES + 2
    assert all(json.loads(line)["schema_version"] == "1" for line in lines)


def _rows(db: Path, wait: float = 30) -> list[tuple[int, str, float, int]]:
    """The stored results; ``wait`` is how long to wait for a writer's lock (a poll
    should not block while the batch it watches runs on)."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=wait)
    try:
        query = "SELECT id, apk_key, stored_at, writes FROM results ORDER BY id"
        return list(conn.execute(query))
    except sqlite3.OperationalError:  # tables not created yet, or locked by the writer
        return []
    finally:
        conn.close()


def test_killed_batch_resumes_without_recomputing(tmp_path: Path) -> None:
    apks = _collection(tmp_path / "apks", junk=10)
    db = tmp_path / "s.sqlite"
    cmd = [sys.executable, "-m", "tests.cli_injected", "paced_scan",
           "batch", str(apks), "--db", str(db), "-j", "1", "-q"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(1200):  # wait (bounded) until some, not all, results are stored
            if len(_rows(db, wait=0.05)) >= 3 or proc.poll() is not None:
                break
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    before = _rows(db)
    assert 3 <= len(before) < N_SAMPLES + 10, "the batch should have been killed midway"
    summary = tmp_path / "sum.json"
    again = _batch(str(apks), "--db", str(db), "-q", "--summary", str(summary), "--fail-on", "none")
    assert again.returncode == 3, again.stderr
    after = _rows(db)
    assert len(after) == N_SAMPLES + 10  # samples + 10 junk files: exactly one result each
    assert len({r[1] for r in after}) == N_SAMPLES + 10
    assert after[: len(before)] == before  # same rows, same timestamps: nothing recomputed
    assert all(r[3] == 1 for r in after)  # every result written exactly once
    assert json.loads(summary.read_text())["from_store"] == len(before)


def test_ctrl_c_stops_cleanly_and_keeps_results(tmp_path: Path) -> None:
    apks = _collection(tmp_path / "apks", junk=10)
    db = tmp_path / "s.sqlite"
    cmd = [sys.executable, "-m", "tests.cli_injected", "paced_scan",
           "batch", str(apks), "--db", str(db), "-j", "1", "-q"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    for _ in range(1200):
        if len(_rows(db, wait=0.05)) >= 2 or proc.poll() is not None:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    rows = _rows(db)
    assert len(rows) >= 2 and len({r[1] for r in rows}) == len(rows)


def test_store_holds_params_and_report_renders_it_in_either_language(tmp_path: Path) -> None:
    """A store written with --lang en reports in zh-CN: it holds data, not English prose."""
    apks = _collection(tmp_path / "apks")
    db = tmp_path / "s.sqlite"
    proc = _batch(str(apks), "--db", str(db), "-f", "json", "--lang", "en", "--fail-on", "none")
    assert proc.returncode == 0, proc.stderr
    en = json.loads(proc.stdout)
    en_messages = [f["message"] for r in en["results"] for f in r["findings"]]
    assert any("privacy policy" in m for m in en_messages)
    with sqlite3.connect(db) as conn:
        stored = [json.loads(row[0]) for row in conn.execute("SELECT result FROM results")]
    findings = [f for r in stored for f in r["findings"]]
    assert findings and all("message" not in f and "params" in f for f in findings)
    result = CliRunner().invoke(
        app,
        ["report", "--db", str(db), "-f", "json", "--fail-on", "none"],
        env={"PERMAUDIT_LANG": "zh-CN"},
    )
    assert result.exit_code == 0, result.output
    zh = json.loads(result.stdout)
    zh_messages = [f["message"] for r in zh["results"] for f in r["findings"]]
    assert len(zh_messages) == len(en_messages)
    assert any("未告知收集使用目的" in m for m in zh_messages)
    assert not any("privacy policy" in m for m in zh_messages)
    assert (
        "检测结果"
        in CliRunner()
        .invoke(
            app, ["report", "--db", str(db), "-f", "table", "--lang", "zh-CN", "--fail-on", "none"]
        )
        .stdout
    )
