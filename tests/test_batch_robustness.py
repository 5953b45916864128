"""Batch robustness (issue: store scale): retries, one batch per store, damaged or foreign
stores, workers that die with their parent, NUL bytes in list files, progress lines."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from analyzer.batch.runner import Done
from analyzer.cli.progress import ProgressLines
from analyzer.errors import NotAZip
from analyzer.model import ApkInfo, Result
from tests.conftest import ROOT, SAMPLES

GUARD = 600  # seconds: a hang guard, far above the expected time, never a timing claim


def _run(*args: str, scanner: str | None = None) -> subprocess.CompletedProcess[str]:
    head = ["-m", "tests.cli_injected", scanner] if scanner else ["-m", "analyzer"]
    return subprocess.run([sys.executable, *head, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=GUARD, check=False)  # fmt: skip


def _rows(db: Path) -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(db)
    try:
        query = "SELECT apk_key, json_extract(result, '$.error.kind'), writes FROM results"
        return list(conn.execute(query))
    finally:
        conn.close()


def _apks(folder: Path, *extra: str) -> Path:
    folder.mkdir()
    for apk in sorted(SAMPLES.glob("*.apk"))[:3]:
        shutil.copy(apk, folder / apk.name)
    for i, name in enumerate(extra):
        (folder / name).write_bytes((SAMPLES / "plain_app.apk").read_bytes() + bytes([i]))
    return folder


def test_retry_reruns_stored_timeouts_and_only_those(tmp_path: Path) -> None:
    apks = _apks(tmp_path / "apks", "sleepy1.apk", "sleepy2.apk")
    db = tmp_path / "s.sqlite"
    common = ["batch", str(apks), "--db", str(db), "-q", "-j", "2", "--fail-on", "none"]
    first = _run(*common, "--timeout", "1", scanner="sleepy_scan")
    assert first.returncode == 3, first.stderr
    kinds = sorted(k or "" for _, k, _ in _rows(db))
    assert kinds == ["", "", "", "timeout", "timeout"]
    again = _run(*common, "--retry", "timeout", scanner="sleepy_scan")  # default timeout
    assert again.returncode == 0, again.stderr
    rows = _rows(db)
    assert [k for _, k, _ in rows if k] == []
    writes = sorted(w for _, _, w in rows)
    assert writes == [1, 1, 1, 2, 2]  # only the two timeouts were analysed again


def test_retry_rejects_unknown_kinds(tmp_path: Path) -> None:
    out = _run("batch", str(SAMPLES), "--db", str(tmp_path / "x.sqlite"), "--retry", "slow")
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "unknown error kind slow" in out.stderr


def test_a_second_batch_on_the_same_store_refuses(tmp_path: Path) -> None:
    apks = _apks(tmp_path / "apks", *(f"p{i}.apk" for i in range(12)))
    db = tmp_path / "s.sqlite"
    cmd = [sys.executable, "-m", "tests.cli_injected", "paced_scan", "batch", str(apks),
           "--db", str(db), "-q", "-j", "1", "--fail-on", "none"]  # fmt: skip
    first = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(2400):  # bounded wait until the first batch has stored something
            if (db.exists() and _safe_rows(db)) or first.poll() is not None:
                break
            time.sleep(0.05)
        second = _run("batch", str(apks), "--db", str(db), "-q", "--fail-on", "none")
        assert second.returncode == 2, second.stderr
        assert "in use by another batch" in second.stderr and "Traceback" not in second.stderr
        _, err = first.communicate(timeout=GUARD)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 0, err
    rows = _rows(db)
    assert len(rows) == 15 and len({k for k, _, _ in rows}) == 15
    assert all(w == 1 for _, _, w in rows)
    third = _run("batch", str(apks), "--db", str(db), "-q", "--fail-on", "none")
    assert third.returncode == 0, third.stderr  # the lock went with the first batch


def _safe_rows(db: Path) -> int:
    try:
        return len(_rows(db))
    except sqlite3.Error:
        return 0


def test_damaged_or_foreign_stores_are_one_line_usage_errors(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE results (x INTEGER)")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.sqlite"
    assert (
        _run("batch", str(SAMPLES), "--db", str(damaged), "-q", "--fail-on", "none").returncode == 0
    )
    data = bytearray(damaged.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)  # every page after the first is noise
    damaged.write_bytes(bytes(data))
    for db in (garbage, foreign, damaged):
        for args in (["report", "--db", str(db)], ["batch", str(SAMPLES), "--db", str(db), "-q"]):
            out = _run(*args)
            assert out.returncode == 2, (db.name, args[0], out.stderr)
            lines = out.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("permaudit: usage: "), out.stderr


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    apks = _apks(tmp_path / "apks", "slow1.apk", "slow2.apk")
    cmd = [sys.executable, "-m", "tests.cli_injected", "misbehaving_scan", "batch", str(apks),
           "--db", str(tmp_path / "s.sqlite"), "-q", "-j", "2", "--timeout", "900"]  # fmt: skip
    parent = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        for _ in range(2400):  # bounded: until both workers run
            workers = [p for p in _children(parent.pid) if b"spawn_main" in _cmdline(p)]
            if len(workers) == 2:
                break
            time.sleep(0.05)
        assert len(workers) == 2
        time.sleep(1)  # let them pick up the slow APKs
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        for _ in range(1200):  # bounded wait for the orphans to go
            if not any(_alive(p) for p in workers):
                break
            time.sleep(0.05)
        assert not any(_alive(p) for p in workers)
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_nul_bytes_in_a_list_file_give_typed_results(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"missing.apk\nbad\x00name.apk\n" + str(SAMPLES / "plain_app.apk").encode())
    out = _run("batch", str(listing), "--db", str(tmp_path / "n.sqlite"), "-q", "-f", "jsonl")
    assert out.returncode == 3 and "Traceback" not in out.stderr
    assert out.stdout.count("\n") == 3 and '"not-found"' in out.stdout


def _done(ok: bool) -> Done:
    info = ApkInfo("a.apk", None, None)
    result = Result(apk=info, status="ok") if ok else Result.failed(info, NotAZip("x"))
    return Done(0, result, False)


def test_progress_lines_every_ten_seconds_or_thousand_apks() -> None:
    now = [0.0]
    lines: list[str] = []
    progress = ProgressLines(clock=lambda: now[0], write=lines.append)
    progress.start(2500)
    for i in range(2500):
        now[0] += 0.001 if i < 1500 else 0.02  # fast, then slower: 10 s pass in the tail
        progress.advance(_done(ok=i % 100 != 0))
    assert len(lines) == 4  # at 1000, at 2000, one 10-s tick in between, and the end
    assert lines[-1].startswith("permaudit: progress 2500/2500 APKs")
    assert "25 error(s)" in lines[-1] and "ETA 0m00s" in lines[-1]
