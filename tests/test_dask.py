"""The batch on a real Dask cluster: `dask scheduler` and two `dask worker` processes
(nanny on, daemonic worker processes), started here on free loopback ports, as Dask users
start them. Results must equal the local executor's, one by one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from analyzer.batch.plan import discover, plan
from analyzer.batch.runner import BatchOptions, run_batch
from analyzer.batch.store import Store, StoreKey, config_hash
from analyzer.batch.workers import WorkLimits
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import CORPUS, SAMPLES, require_corpus
from tests.scanners import misbehaving_scan, worker_killing_scan

distributed = pytest.importorskip("dask.distributed")

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
DASK = Path(sys.executable).parent / "dask"
WORKER_ARGS = ["worker", "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
               "--host", "127.0.0.1", "--memory-limit", "0"]  # fmt: skip


@dataclass
class Cluster:
    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]]


def _start(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),  # test scanners must import on workers
        # the scheduler gives up on a task at its first lost worker; permaudit then
        # requeues it once itself (docs/batch.md)
        "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0",
    }
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(DASK), *args], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the process group we started, and only that."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    if not DASK.is_file():
        pytest.fail(f"{DASK} is missing: install the test extras (dask[distributed])")
    tmp = tmp_path_factory.mktemp("dask")
    info = tmp / "scheduler.json"
    scheduler = _start(
        ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
         "--scheduler-file", str(info)], tmp / "scheduler.log",
    )  # fmt: skip
    workers: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(600):  # bounded wait for the scheduler file
            if info.is_file() and info.stat().st_size:
                break
            assert scheduler.poll() is None, (tmp / "scheduler.log").read_text()
            time.sleep(0.05)
        address = json.loads(info.read_text())["address"]
        workers.extend(_start([*WORKER_ARGS, address], tmp / f"w{i}.log") for i in range(2))
        with distributed.Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
        yield Cluster(address, scheduler, workers)
    finally:
        for proc in [*workers, scheduler]:
            _stop(proc)


def _replace_worker(cluster: Cluster, victim: subprocess.Popen[bytes], tmp: Path) -> None:
    """Start a new worker in place of one a test stopped, and wait until it is there."""
    index = cluster.workers.index(victim)
    cluster.workers[index] = _start([*WORKER_ARGS, cluster.address], tmp / "worker-new.log")
    with distributed.Client(cluster.address, timeout="30s") as client:
        client.wait_for_workers(2, timeout=120)


def _units_and_key(paths: list[str]) -> tuple[list[Any], StoreKey, ScanConfig]:
    config = ScanConfig()
    return plan(discover(paths)), StoreKey("t", "d", config_hash(config.cache_key())), config


def test_cluster_results_equal_local_results_on_the_corpus(
    cluster: Cluster, tmp_path: Path
) -> None:
    require_corpus()
    units, key, config = _units_and_key([str(CORPUS / "apks")])
    assert len(units) >= 40
    by_executor = {}
    for name, options in (
        ("local", BatchOptions(jobs=2, limits=WorkLimits(timeout=300))),
        ("dask", BatchOptions(limits=WorkLimits(timeout=300), scheduler=cluster.address)),
    ):
        with Store.open(tmp_path / f"{name}.sqlite") as store:
            done = list(run_batch(units, config, store, key, options))
        by_executor[name] = {d.index: d.result.to_dict() for d in done}
    assert sorted(by_executor["dask"]) == list(range(len(units)))
    for index, unit in enumerate(units):
        assert by_executor["dask"][index] == by_executor["local"][index], unit.path


def test_limits_hold_on_daemonic_workers(cluster: Cluster, tmp_path: Path, tables: Any) -> None:
    """A slow APK times out and a vanished path names the worker's host; others match scan."""
    apks = tmp_path / "apks"
    apks.mkdir()
    for apk in SAMPLES.glob("*.apk"):
        shutil.copy(apk, apks / apk.name)
    shutil.copy(SAMPLES / "plain_app.apk", apks / "slow.apk")
    with (apks / "slow.apk").open("ab") as fh:
        fh.write(b"x")
    units, key, config = _units_and_key([str(apks), str(tmp_path / "gone.apk")])
    options = BatchOptions(
        limits=WorkLimits(timeout=5, max_memory_mb=2048), scheduler=cluster.address,
        scan=misbehaving_scan,
    )  # fmt: skip
    with Store.open(tmp_path / "d.sqlite") as store:
        done = list(run_batch(units, config, store, key, options))
        assert len(store.rows()) == len(units)
    for d in done:
        path = units[d.index].path
        if path.endswith("slow.apk"):
            assert d.result.error_kind == "timeout"
        elif path.endswith("gone.apk"):
            assert d.result.error_kind == "not-found"
            assert "on worker" in d.result.error_message
        else:
            assert d.result.to_dict() == scan_path(path, config, tables).to_dict()


def _rows(db: Path) -> list[tuple[str, int]]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    try:
        return list(conn.execute("SELECT apk_key, writes FROM results"))
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def test_a_worker_killed_mid_batch_loses_nothing(cluster: Cluster, tmp_path: Path) -> None:
    apks = tmp_path / "apks"
    apks.mkdir()
    for i in range(3):
        for apk in SAMPLES.glob("*.apk"):
            data = apk.read_bytes() + bytes([i])  # distinct bytes: each copy is its own APK
            (apks / f"{i}-{apk.name}").write_bytes(data)
    total = len(list(apks.iterdir()))
    db = tmp_path / "k.sqlite"
    cmd = [sys.executable, "-m", "tests.cli_injected", "paced_scan", "batch", str(apks),
           "--db", str(db), "-q", "--fail-on", "none", "-f", "jsonl",
           "--scheduler", cluster.address]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    victim = cluster.workers[1]
    try:
        for _ in range(2400):  # bounded: until some, not all, results are stored
            if len(_rows(db)) >= 3 or proc.poll() is not None:
                break
            time.sleep(0.05)
        _stop(victim)
        _, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        _replace_worker(cluster, victim, tmp_path)
    assert proc.returncode in (0, 3), err.decode(errors="replace")
    rows = _rows(db)
    assert len(rows) == total and len({k for k, _ in rows}) == total
    assert all(writes == 1 for _, writes in rows)


def test_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port with nobody listening
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = subprocess.run(
        [sys.executable, "-m", "analyzer", "batch", str(SAMPLES / "plain_app.apk"),
         "--db", str(tmp_path / "u.sqlite"), "-q", "--scheduler", f"tcp://127.0.0.1:{port}"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert out.returncode == 2, out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot reach the Dask scheduler" in lines[0], out.stderr
    assert "Traceback" not in out.stderr


def test_an_apk_that_kills_workers_twice_is_worker_lost(cluster: Cluster, tmp_path: Path) -> None:
    apks = tmp_path / "apks"
    apks.mkdir()
    shutil.copy(SAMPLES / "baidu_like.apk", apks / "killer.apk")
    shutil.copy(SAMPLES / "plain_app.apk", apks / "plain_app.apk")
    options = BatchOptions(
        limits=WorkLimits(timeout=120), scheduler=cluster.address, scan=worker_killing_scan
    )
    for name, expected in (("killer.apk", "worker-lost"), ("plain_app.apk", None)):
        units, key, config = _units_and_key([str(apks / name)])
        with Store.open(tmp_path / "w.sqlite") as store:
            (done,) = run_batch(units, config, store, key, options)
            assert len(store.rows()) == 1 + (expected is None)
        assert done.result.error_kind == expected  # the nannies restart what was killed
