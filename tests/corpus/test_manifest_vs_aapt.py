"""The manifest reader equals aapt on every corpus APK where aapt succeeded (DESIGN §2.1).

Where aapt failed, we must give a typed error or a result, never a traceback. One known,
documented difference: aapt counts an SDK codename as target 0 and so lists the
"targetSdkVersion < 4" implied permissions; the platform counts a codename as 10000
(CUR_DEVELOPMENT) and grants nothing, and so do we (docs/usage.md, "SDK codenames").
"""

from __future__ import annotations

from typing import Any

import pytest

from analyzer.apk.manifest import sdk_number
from analyzer.errors import ERROR_KINDS
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import CORPUS, corpus_records, require_corpus

RECORDS = corpus_records() or [None]


def _ids(rec: dict[str, Any] | None) -> str:
    return rec["file"] if rec else "corpus-missing"


def _dedup(entries: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    seen: list[tuple[str, str | None]] = []
    for entry in entries:
        if entry["name"] not in [s[0] for s in seen]:
            max_sdk = entry["max_sdk"]
            seen.append((entry["name"], None if max_sdk is None else str(max_sdk)))
    return seen


@pytest.mark.corpus
@pytest.mark.parametrize("rec", RECORDS, ids=_ids)
def test_reader_equals_aapt(rec: dict[str, Any] | None, tables) -> None:  # type: ignore[no-untyped-def]
    if rec is None:
        require_corpus()
        return
    result = scan_path(str(CORPUS / rec["file"]), ScanConfig(manifest_only=True), tables)
    if rec["aapt"] == "failed":
        assert result.status in ("ok", "error")
        if result.error:
            assert result.error.kind in ERROR_KINDS and result.error.kind != "internal"
        return
    assert result.ok, result.error
    assert result.app is not None
    assert result.apk.sha256 == rec["sha256"]
    assert result.app.package == rec["package"]
    assert result.app.min_sdk == rec["min_sdk"]
    assert result.app.target_sdk == rec["target_sdk"]
    declared = [p for p in result.permissions if not p.implied]
    plain = [(p.name, p.max_sdk_version) for p in declared if p.element == "uses-permission"]
    sdk23 = [(p.name, p.max_sdk_version) for p in declared if p.element != "uses-permission"]
    assert plain == _dedup(rec["uses_permission"])
    assert sdk23 == _dedup(rec["uses_permission_sdk23"])
    implied = {p.name for p in result.permissions if p.implied}
    aapt_implied = set(rec["implied_permission"] or [])
    if sdk_number(rec["target_sdk"] or rec["min_sdk"]) == 10000:
        assert not implied & {"android.permission.READ_PHONE_STATE"}
        return
    assert aapt_implied <= implied


@pytest.mark.corpus
def test_corpus_has_enough_successes() -> None:
    """Guard: the parametrised test really compared many APKs, not none."""
    require_corpus()
    ok = [r for r in corpus_records() if r["aapt"] != "failed"]
    assert len(ok) >= 40
