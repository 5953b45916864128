"""The odd corpus APKs: a typed error or the platform's answer, never a traceback.

apkInspector's ``minimal_def_mod.apk`` (bogus compression method on the manifest) and
``minimal_SIZE_ExtraField.apk`` (an extra-field length that lies, shifting the next
central-directory record) are tricks the Android installer tolerates, so they must give
a result: the same app as the untampered ``minimal_orig.apk``, which aapt reads.
"""

from __future__ import annotations

import pytest

from analyzer.scan import ScanConfig, scan_path
from tests.conftest import CORPUS, corpus_records, require_corpus

TAMPERED = ["minimal_def_mod.apk", "minimal_SIZE_ExtraField.apk"]
ODD = [r["file"] for r in corpus_records() if r["aapt"] != "ok"] or ["corpus-missing"]


@pytest.mark.corpus
@pytest.mark.parametrize("name", TAMPERED)
def test_installer_tolerated_tricks_give_the_real_app(name: str, tables) -> None:  # type: ignore[no-untyped-def]
    require_corpus()
    base = CORPUS / "apks" / "apkInspector"
    orig = scan_path(str(base / "minimal_orig.apk"), ScanConfig(), tables)
    tampered = scan_path(str(base / name), ScanConfig(), tables)
    assert orig.ok and tampered.ok, tampered.error
    assert tampered.app == orig.app
    assert tampered.permissions == orig.permissions
    assert orig.app is not None and orig.app.package


@pytest.mark.corpus
@pytest.mark.parametrize("file", ODD)
@pytest.mark.parametrize("manifest_only", [True, False])
def test_odd_apks_never_internal(file: str, manifest_only: bool, tables) -> None:  # type: ignore[no-untyped-def]
    require_corpus()
    result = scan_path(str(CORPUS / file), ScanConfig(manifest_only=manifest_only), tables)
    if result.error is not None:
        assert result.error.kind != "internal", result.error.message
        assert file.rsplit("/", 1)[-1] in result.error.message
    else:
        assert result.app is not None


@pytest.mark.corpus
def test_every_corpus_apk_full_scan_never_internal(tables) -> None:  # type: ignore[no-untyped-def]
    require_corpus()
    kinds = {}
    for rec in corpus_records():
        result = scan_path(str(CORPUS / rec["file"]), ScanConfig(), tables)
        kinds[rec["file"]] = result.error.kind if result.error else "ok"
    assert "internal" not in kinds.values(), kinds
    assert list(kinds.values()).count("ok") >= 40
