"""String resources: every locale, label resolution, and no crash on broken tables."""

from __future__ import annotations

import pytest

from analyzer.apk.archive import ApkFile
from analyzer.apk.resources import (
    StringResource,
    StringTable,
    parse_reference,
    parse_strings,
    read_strings,
    resolve_label,
)
from tests.conftest import CORPUS, SAMPLES, require_corpus


def test_sample_strings_and_label() -> None:
    with ApkFile.open(str(SAMPLES / "baidu_like.apk")) as apk:
        table = read_strings(apk)
    values = {s.name: s.value for s in table.strings}
    assert values["app_name"] == "搜索助手示例"
    assert table.warnings == ()
    assert resolve_label("@0x7f020000", table) == "搜索助手示例"


def test_label_resolution_prefers_default_locale() -> None:
    table = StringTable(
        (
            StringResource("app_name", "Suche", "de", 0x7F010001),
            StringResource("app_name", "Search", None, 0x7F010001),
        )
    )
    assert resolve_label("@0x7f010001", table) == "Search"
    assert resolve_label("@7F010001", table) == "Search"
    assert resolve_label("Literal", table) == "Literal"
    assert resolve_label("@0x7f999999", table) is None
    assert parse_reference("@string/app") is None


@pytest.mark.parametrize("blob", [b"", b"\x02\x00\x0c\x00" + b"\xff" * 40, b"garbage" * 100])
def test_garbage_tables_give_a_warning_not_a_crash(blob: bytes) -> None:
    table = parse_strings(blob)
    assert table.strings == ()
    assert [w.kind for w in table.warnings] == ["bad-resources"]


def test_truncated_real_table_warns_or_reads_a_subset() -> None:
    """A cut table gives a typed warning, or only strings the whole table also has."""
    with ApkFile.open(str(SAMPLES / "baidu_like.apk")) as apk:
        data = apk.read("resources.arsc")
    whole = set(parse_strings(data).strings)
    assert whole
    warned = 0
    for cut in range(8, len(data), max(1, len(data) // 40)):
        table = parse_strings(data[:cut])
        assert {w.kind for w in table.warnings} <= {"bad-resources"}
        assert set(table.strings) <= whole
        warned += bool(table.warnings)
    assert warned > 0


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("apk", "label"),
    [("Apktool/issue3366.apk", "Issue3366"), ("androguard/compact-entry.apk", None)],
)
def test_corpus_odd_tables(apk: str, label: str | None) -> None:
    require_corpus()
    with ApkFile.open(str(CORPUS / "apks" / apk)) as handle:
        table = read_strings(handle)
    assert table.strings or table.warnings
    if label is not None:
        assert label in {s.value for s in table.strings}


@pytest.mark.corpus
def test_corpus_many_locales() -> None:
    require_corpus()
    with ApkFile.open(str(CORPUS / "apks/android-app-vulnerability-benchmarks/Mms.apk")) as apk:
        table = read_strings(apk)
    locales = {s.locale for s in table.strings}
    assert None in locales and len(locales) > 20
    assert any(loc and loc.startswith("zh") for loc in locales)
