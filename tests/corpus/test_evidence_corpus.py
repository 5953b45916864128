"""collect_evidence over the whole corpus: no crash, no packer in these open-source apps."""

from __future__ import annotations

import pytest

from analyzer.model import Usage
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import CORPUS, require_corpus


@pytest.mark.corpus
def test_every_corpus_apk_gets_code_info(tables: Tables) -> None:
    require_corpus()
    checked = 0
    for path in sorted((CORPUS / "apks").rglob("*.apk")):
        result = scan_path(str(path), ScanConfig(), tables)
        assert result.error is None or result.error.kind != "internal", result.error
        if result.ok:
            assert result.code is not None and result.code.checked
            assert result.code.packer is None, f"{path.name}: {result.code.packer}"
            checked += 1
    assert checked >= 40
    assert Usage.YES.value == "yes"
