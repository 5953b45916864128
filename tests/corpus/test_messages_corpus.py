"""Messages over the shared corpus: short in both languages, and never raise."""

from __future__ import annotations

import pytest

from analyzer.i18n import LANGUAGES, translator
from analyzer.rules.messages import max_length, render_message
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import CORPUS, require_corpus

pytestmark = pytest.mark.corpus


def test_corpus_messages_fit_in_both_languages(tables: Tables) -> None:
    require_corpus()
    too_long = []
    count = 0
    for path in sorted((CORPUS / "apks").rglob("*.apk")):
        result = scan_path(str(path), ScanConfig(), tables)
        for finding in result.findings:
            for lang in LANGUAGES:
                tr = translator(lang)
                count += 1
                message = render_message(finding, tr)
                if not 0 < len(message) <= max_length(tr):
                    too_long.append((path.name, lang, message))
    assert count > 0
    assert too_long == []
