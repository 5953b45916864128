"""Issue 13: every hostile case runs in a capped child (1 GiB, 120 s) and gets a typed answer.

No assertion is timed: a hang trips the wall-clock guard, a blow-up the address-space
cap, and either fails the test (see ``sandbox.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.hostile import limit_builders as lb
from tests.hostile.sandbox import scan_capped


def _scan(tmp_path: Path, data: bytes, **config: Any) -> dict[str, Any]:
    path = tmp_path / "h.apk"
    path.write_bytes(data)
    return scan_capped(path, **config)


def _kind(doc: dict[str, Any]) -> str | None:
    return doc["error"]["kind"] if doc["error"] else None


def _warnings(doc: dict[str, Any], kind: str) -> list[str]:
    return [w["message"] for w in doc["warnings"] if w["kind"] == kind]


def _used(doc: dict[str, Any], category: str) -> str:
    return str(doc["categories"][category]["used"])


@pytest.mark.parametrize("manifest_only", [False, True])
def test_declared_size_zero_is_not_no_limit(tmp_path: Path, manifest_only: bool) -> None:
    doc = _scan(tmp_path, lb.zero_size_bomb(), manifest_only=manifest_only)
    assert _kind(doc) == "zip-bomb"
    assert "inflates past" in doc["error"]["message"]


def test_zero_size_bomb_in_a_dex_is_a_warning(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.zero_size_bomb("classes.dex"))
    assert doc["status"] == "ok"
    assert any("inflates past" in m for m in _warnings(doc, "bad-dex"))
    assert _used(doc, "messages") == "unknown"


def test_entry_limit_holds_while_inflating(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.zero_size_bomb(), limits=["max_manifest_bytes=4096"])
    assert _kind(doc) == "too-large"
    assert "inflates past 4096" in doc["error"]["message"]


def test_one_long_repeated_uri_is_linear(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.repeated_uri_dex())
    assert doc["status"] == "ok", doc["error"]
    assert _used(doc, "messages") == "yes"
    values = [e["value"] for e in doc["categories"]["messages"]["code_evidence"]]
    assert ("content://sms/" * 15)[:200] in values
    assert all(len(v) <= 200 for v in values)
    assert len(values) <= 200 // len("content://sms/") + 1  # distinct tails at the end only


def test_shared_complex_entry_table_is_bounded(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.shared_entry_arsc())
    assert doc["status"] == "ok"
    assert any("200200000 entries" in m for m in _warnings(doc, "bad-resources"))


def test_string_pool_offsets_count_against_the_table_budget() -> None:
    from analyzer.apk.resources import parse_strings
    from tests.hostile.arscbuilder import huge_string_pool

    table = parse_strings(huge_string_pool())  # 4M offsets: 150 MB of Python ints
    assert [w.kind for w in table.warnings] == ["bad-resources"]
    assert "limit 250000" in table.warnings[0].message
    assert parse_strings(huge_string_pool(size=64 * 1024)).strings == ()


@pytest.mark.parametrize("declared", [None, 1000])
def test_dex_over_its_cap_is_skipped(tmp_path: Path, declared: int | None) -> None:
    path = tmp_path / "big.apk"
    lb.big_dexes(path, count=3 if declared is None else 1, declared=declared)
    doc = scan_capped(path)
    assert doc["status"] == "ok", doc["error"]
    skipped = _warnings(doc, "dex-too-large")
    assert len(skipped) == (3 if declared is None else 1)
    assert _used(doc, "messages") == "unknown"  # evidence incomplete, not "no-evidence"


def test_seventy_thousand_entries_are_not_zip64_over_4gib(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.many_entries())
    assert doc["status"] == "ok", doc["error"]
    over = _scan(tmp_path, lb.many_entries(), limits=["max_entries=65536"])
    assert _kind(over) == "too-large"
    assert "70000 entries" in over["error"]["message"]
    assert "zip64" not in over["error"]["message"]


def test_zip64_extra_fields_give_the_real_sizes(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.zip64_extra_sizes())
    assert doc["status"] == "ok", doc["error"]
    assert doc["permissions"][0]["name"] == "android.permission.READ_SMS"


def test_duplicate_names_give_one_warning(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.duplicate_names())
    assert doc["status"] == "ok"
    anomalies = [m for m in _warnings(doc, "zip-anomaly") if "duplicate" in m]
    assert len(anomalies) == 1
    assert anomalies[0].startswith("65532 duplicate entries")


def test_bzip2_manifest_is_unsupported_compression(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.bzip2_entry("AndroidManifest.xml"))
    assert _kind(doc) == "unsupported-compression"
    assert "bzip2" in doc["error"]["message"]


def test_bzip2_dex_is_a_warning(tmp_path: Path) -> None:
    doc = _scan(tmp_path, lb.bzip2_entry("classes.dex"))
    assert doc["status"] == "ok"
    assert len(_warnings(doc, "unsupported-compression")) == 1
    assert _used(doc, "messages") == "unknown"


def test_entries_sharing_one_stream_stop_at_the_read_budget(tmp_path: Path) -> None:
    path = tmp_path / "overlap.apk"
    lb.overlapping_dexes(path, count=40, size_mib=16)
    doc = scan_capped(path, limits=["max_read_bytes=268435456"])
    assert doc["status"] == "ok", doc["error"]
    over = [m for m in _warnings(doc, "dex-too-large") if "max_read_bytes" in m]
    assert len(over) >= 40 - 256 // 16
    assert _used(doc, "messages") == "unknown"
