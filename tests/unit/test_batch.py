"""Batch: discovery, de-duplication, store resume, limits, and equality with ``scan``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from analyzer.batch.plan import discover, plan
from analyzer.batch.runner import BatchOptions, Done, run_batch
from analyzer.batch.store import Store, StoreKey, config_hash
from analyzer.batch.workers import WorkLimits
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import CORPUS, SAMPLES, corpus_records, require_corpus
from tests.scanners import misbehaving_scan


def _key(config: ScanConfig) -> StoreKey:
    return StoreKey("test", "data", config_hash(config.cache_key()))


def _run(paths: list[str], db: Path, **kw: Any) -> list[Done]:
    config = ScanConfig()
    with Store.open(db) as store:
        return list(run_batch(plan(paths), config, store, _key(config), BatchOptions(**kw)))


def test_discover_walks_folders_sorted_and_reads_list_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    for rel in ("b/deep/z.apk", "b/a.apk", "b/notes.txt", "a.APK"):
        (tmp_path / rel).write_bytes(b"PK")
    listing = tmp_path / "list.txt"
    listing.write_text("# comment\n\nb/a.apk\n/abs/x.apk\n")
    folder = str(tmp_path) + "/b"
    assert discover([folder]) == [f"{folder}/a.apk", f"{folder}/deep/z.apk"]
    assert discover([str(listing)]) == [f"{tmp_path}/b/a.apk", "/abs/x.apk"]
    assert discover(["missing.apk"]) == ["missing.apk"]


def test_plan_keeps_one_unit_per_content(tmp_path: Path) -> None:
    a, b, c = (str(tmp_path / n) for n in ("a.apk", "b.apk", "c.apk"))
    Path(a).write_bytes(b"same")
    Path(b).write_bytes(b"same")
    Path(c).write_bytes(b"other")
    units = plan([a, b, a, c, "missing.apk"])
    assert [(u.path, u.duplicates) for u in units] == [
        (a, (b,)),
        (c, ()),
        ("missing.apk", ()),
    ]
    assert units[2].key == "path:missing.apk"


def _same_as_scan(paths: list[str], db: Path, tables: Any) -> int:
    """Batch and scan agree on every unique APK; returns how many were compared."""
    done = _run(paths, db, jobs=2)
    units = plan(paths)
    assert sorted(d.index for d in done) == list(range(len(units)))
    for d in done:
        expected = scan_path(units[d.index].path, ScanConfig(), tables)
        assert d.result.to_dict() == expected.with_duplicates(units[d.index].duplicates).to_dict()
    return len(done)


def test_batch_equals_scan_on_samples(tmp_path: Path, tables: Any) -> None:
    apks = tmp_path / "apks"
    shutil.copytree(SAMPLES, apks, ignore=shutil.ignore_patterns("src", "keystore", "*.py"))
    shutil.copy(SAMPLES / "plain_app.apk", apks / "zz_copy.apk")
    (apks / "junk.apk").write_bytes(b"junk")
    paths = discover([str(apks)])
    _same_as_scan(paths, tmp_path / "s.sqlite", tables)
    done = _run(paths, tmp_path / "s.sqlite", jobs=2)
    assert all(d.reused for d in done)
    dup = [d.result for d in done if d.result.apk.duplicates]
    assert [r.apk.duplicates for r in dup] == [(str(apks / "zz_copy.apk"),)]


@pytest.mark.corpus
@pytest.mark.slow
def test_batch_equals_scan_on_corpus(tmp_path: Path, tables: Any) -> None:
    require_corpus()
    records = corpus_records()
    paths = [str(CORPUS / rec["file"]) for rec in records]
    assert _same_as_scan(paths, tmp_path / "c.sqlite", tables) == len(
        {r["sha256"] for r in records}
    )


def test_timeout_memory_and_crash_do_not_stop_the_batch(tmp_path: Path) -> None:
    for name in ("slow.apk", "greedy.apk", "crash.apk"):
        shutil.copy(SAMPLES / "plain_app.apk", tmp_path / name)
        with (tmp_path / name).open("ab") as fh:  # distinct content, so no de-duplication
            fh.write(name.encode())
    shutil.copy(SAMPLES / "baidu_like.apk", tmp_path / "fine.apk")
    paths = discover([str(tmp_path)])
    limits = WorkLimits(timeout=2, max_memory_mb=1024)
    done = _run(paths, tmp_path / "l.sqlite", jobs=2, limits=limits, scan=misbehaving_scan)
    by_name = {Path(d.result.apk.path).name: d.result for d in done}
    assert by_name["fine.apk"].ok
    kinds = {n: r.error.kind for n, r in by_name.items() if r.error}
    assert kinds == {"slow.apk": "timeout", "greedy.apk": "memory", "crash.apk": "internal"}
    with Store.open(tmp_path / "l.sqlite") as store:
        assert len(store.rows()) == 4


def test_store_upserts_one_row_per_key(tmp_path: Path, tables: Any) -> None:
    path = str(SAMPLES / "plain_app.apk")
    result = scan_path(path, ScanConfig(), tables)
    key = _key(ScanConfig())
    with Store.open(tmp_path / "u.sqlite") as store:
        store.put(key, "k", result)
        store.put(key, "k", result)
        store.put(StoreKey("other", "data", key.config_hash), "k", result)
        rows = store.rows()
        assert [r["writes"] for r in rows] == [2, 1]
        assert store.get(key, "k") == result
        assert store.results(key) == [result]


def test_rerun_with_moved_files_updates_paths_without_recomputing(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    shutil.copy(SAMPLES / "plain_app.apk", first / "a.apk")
    db = tmp_path / "m.sqlite"
    _run(discover([str(first)]), db)
    shutil.copytree(first, second)
    shutil.copy(first / "a.apk", second / "b.apk")
    done = _run(discover([str(second)]), db)
    assert [(d.reused, d.result.apk.path, d.result.apk.duplicates) for d in done] == [
        (True, str(second / "a.apk"), (str(second / "b.apk"),))
    ]
    with Store.open(db) as store:
        rows = store.rows()
        assert [(r["path"], r["writes"]) for r in rows] == [(str(second / "a.apk"), 1)]
        assert store.results()[0].apk.duplicates == (str(second / "b.apk"),)


def test_store_round_trips_the_full_model(tmp_path: Path) -> None:
    from analyzer.rules.waivers import with_fingerprints
    from tests.builders import HOSTILE, error_result, full_result

    key = _key(ScanConfig())
    results = [full_result(text=t) for t in ("", *HOSTILE)] + [error_result()]
    with Store.open(tmp_path / "r.sqlite") as store:
        for i, result in enumerate(results):
            store.put(key, f"k{i}", result)
        for i, result in enumerate(results):
            # stored as reported: every finding with its fingerprint
            assert store.get(key, f"k{i}") == with_fingerprints(result)
