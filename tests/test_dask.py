"""The batch on a Dask cluster: a LocalCluster on loopback, same results as scan."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.batch.plan import discover, plan
from analyzer.batch.runner import BatchOptions, run_batch
from analyzer.batch.store import Store, StoreKey, config_hash
from analyzer.batch.workers import WorkLimits
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import SAMPLES
from tests.scanners import misbehaving_scan

distributed = pytest.importorskip("dask.distributed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp://",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


def test_dask_batch_equals_scan_and_fills_the_store(
    scheduler: str, tmp_path: Path, tables: Any
) -> None:
    apks = tmp_path / "apks"
    apks.mkdir()
    for apk in SAMPLES.glob("*.apk"):
        shutil.copy(apk, apks / apk.name)
    (apks / "junk.apk").write_bytes(b"junk")
    shutil.copy(SAMPLES / "plain_app.apk", apks / "slow.apk")
    (apks / "slow.apk").open("ab").write(b"x")
    units = plan(discover([str(apks)]))
    config = ScanConfig()
    key = StoreKey("test", "data", config_hash(config.cache_key()))
    options = BatchOptions(limits=WorkLimits(timeout=3), scheduler=scheduler, scan=misbehaving_scan)
    with Store.open(tmp_path / "d.sqlite") as store:
        done = list(run_batch(units, config, store, key, options))
        assert len(store.rows()) == len(units) == len(list(SAMPLES.glob("*.apk"))) + 2
    assert sorted(d.index for d in done) == list(range(len(units)))
    for d in done:
        path = units[d.index].path
        if path.endswith("slow.apk"):
            assert d.result.error is not None and d.result.error.kind == "timeout"
        else:
            assert d.result.to_dict() == scan_path(path, config, tables).to_dict()


def test_cli_batch_with_scheduler(scheduler: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from analyzer.cli import app

    db = tmp_path / "c.sqlite"
    args = ["batch", str(SAMPLES), "--db", str(db), "-q", "-f", "csv", "--csv-mode", "apps"]
    args += ["--scheduler", scheduler, "--fail-on", "none"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + len(list(SAMPLES.glob("*.apk")))
    with Store.open(db) as store:
        assert len(store.rows()) == len(list(SAMPLES.glob("*.apk")))
