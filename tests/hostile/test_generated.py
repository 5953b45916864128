"""Generated hostile files: each gives one clear typed result, quickly and in bounded memory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from analyzer.apk.archive import Limits
from analyzer.model import Result
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import SAMPLES
from tests.hostile import builders

SAMPLE_APKS = sorted(SAMPLES.glob("*.apk"))


def scan_bytes(tmp_path: Path, tables, data: bytes, name: str = "h.apk", **cfg) -> Result:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data)
    return scan_path(str(path), ScanConfig(**cfg), tables)


def kind(result: Result) -> str | None:
    return result.error.kind if result.error else None


def test_single_entry_zip_bomb(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.single_entry_bomb(12 * builders.MIB))
    assert kind(r) == "zip-bomb"
    assert str(tmp_path / "h.apk") in r.error.message  # type: ignore[union-attr]


def test_nested_zip_bomb_is_not_an_apk(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.nested_bomb())
    assert kind(r) in ("no-manifest", "unsupported-bundle")


def test_hundred_megabyte_manifest_claim(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.lying_size_manifest())
    assert kind(r) == "too-large"


def test_deep_binary_xml(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.deep_binary_manifest())
    assert kind(r) == "too-large"
    assert "deeper" in r.error.message  # type: ignore[union-attr]


def test_deep_text_xml(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.deep_text_manifest())
    assert kind(r) == "too-large"


def test_billion_laughs_is_refused_not_expanded(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.billion_laughs())
    assert kind(r) == "bad-manifest"
    assert "DTD" in r.error.message  # type: ignore[union-attr]


def test_entry_count_limit(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, builders.many_entries(50), limits=Limits(max_entries=10))
    assert kind(r) == "too-large"


@pytest.mark.parametrize("size", [0, 1, 21, 4096])
def test_random_bytes_named_apk(tmp_path, tables, size: int) -> None:  # type: ignore[no-untyped-def]
    r = scan_bytes(tmp_path, tables, os.urandom(size) if size else b"")
    assert kind(r) == "not-a-zip"


def test_text_file_named_apk(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    assert kind(scan_bytes(tmp_path, tables, b"hello\n" * 100)) == "not-a-zip"


def test_directory_and_missing_path(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    assert kind(scan_path(str(tmp_path), ScanConfig(), tables)) == "not-found"
    assert kind(scan_path(str(tmp_path / "nope.apk"), ScanConfig(), tables)) == "not-found"


@pytest.mark.parametrize("suffix", [".apks", ".xapk", ".apkm", ".aab"])
def test_bundles_are_unsupported(tmp_path, tables, suffix: str) -> None:  # type: ignore[no-untyped-def]
    from tests.axmlbuilder import build_apk

    data = build_apk(None, {"base.apk": b"PK", "toc.pb": b""})
    r = scan_bytes(tmp_path, tables, data, name="app" + suffix)
    assert kind(r) == "unsupported-bundle"


@pytest.mark.parametrize("apk", SAMPLE_APKS, ids=lambda p: p.name)
@pytest.mark.parametrize("fraction", [0.0, 0.1, 0.5, 0.9, 0.99])
def test_truncated_samples(tmp_path, tables, apk: Path, fraction: float) -> None:  # type: ignore[no-untyped-def]
    data = apk.read_bytes()
    cut = max(1, int(len(data) * fraction))
    r = scan_bytes(tmp_path, tables, data[:cut])
    assert kind(r) in ("truncated", "not-a-zip")


@pytest.mark.parametrize("apk", SAMPLE_APKS, ids=lambda p: p.name)
def test_trailing_garbage_is_tolerated(tmp_path, tables, apk: Path) -> None:  # type: ignore[no-untyped-def]
    """Bytes after the end record (as signing tools sometimes leave) do not hide the APK."""
    r = scan_bytes(tmp_path, tables, apk.read_bytes() + b"\0" * 100)
    assert r.ok, r.error
