"""Full scans (resources, disclosure, rules) over the shared corpus: never an internal error."""

from __future__ import annotations

import pytest

from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import CORPUS, corpus_records, require_corpus

pytestmark = pytest.mark.corpus


def test_every_corpus_apk_scans_without_internal_error(tables: Tables) -> None:
    require_corpus()
    paths = sorted((CORPUS / "apks").rglob("*.apk"))
    assert len(paths) >= len(corpus_records()) > 0
    for path in paths:
        result = scan_path(str(path), ScanConfig(), tables)
        assert result.error is None or result.error.kind != "internal", (path, result.error)
        if result.ok:
            cats = result.to_dict()["categories"]
            assert list(cats) == ["calls", "location", "messages", "contacts", "settings"]


def test_odd_resource_tables_still_give_findings(tables: Tables) -> None:
    require_corpus()
    expected = {r["file"].removeprefix("apks/"): r for r in corpus_records()}
    for name in ("Apktool/issue3366.apk", "androguard/compact-entry.apk"):
        result = scan_path(str(CORPUS / "apks" / name), ScanConfig(), tables)
        assert result.ok and result.categories is not None, (name, result.error)
        assert result.app is not None and result.app.package == expected[name]["package"]
        declared = {p.name for p in result.permissions if not p.implied}
        assert declared == {p["name"] for p in expected[name]["uses_permission"]}, name
