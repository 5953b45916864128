"""Every sample APK against the hand-written table in tests/samples_expected.toml."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from analyzer.i18n import translator
from analyzer.rules.messages import render_message
from analyzer.rules.necessity import apply_necessity
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import SAMPLES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

EXPECTED: dict[str, Any] = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "samples_expected.toml").read_text("utf-8")
)


def _short(name: str) -> str:
    return name.removeprefix("android.permission.")


def test_every_sample_has_expectations() -> None:
    built = {p.stem for p in SAMPLES.glob("*.apk")}
    assert built == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample(name: str, tables: Tables) -> None:
    want = EXPECTED[name]
    result = scan_path(str(SAMPLES / f"{name}.apk"), ScanConfig(), tables)
    assert result.ok, result.error
    assert result.app is not None and result.app.package == want["package"]
    assert [_short(p.name) for p in result.permissions] == want["permissions"]
    cats = result.to_dict()["categories"]
    assert list(cats) == ["calls", "location", "messages", "contacts", "settings"]
    assert [c for c, u in cats.items() if u["requested"]] == want["requested"]
    assert {c: u["disclosure"] for c, u in cats.items()} == want["disclosure"]
    assert {f.rule: f.severity.label for f in result.findings} == want["rules"]
    for rule_id, text in want.get("message_contains", {}).items():
        (finding,) = [f for f in result.findings if f.rule == rule_id]
        assert text in render_message(finding, translator("en"))
    for category, ref in want.get("evidence_source", {}).items():
        assert [e["source_ref"] for e in cats[category]["disclosure_evidence"]] == [ref]
    assert {c: u["used"] for c, u in cats.items()} == want["used"]
    assert {c: u["necessary"] for c, u in cats.items()} == dict.fromkeys(cats, "unknown")
    assert result.code is not None and result.code.checked


TYPED = [(n, t) for n in sorted(EXPECTED) for t in sorted(EXPECTED[n].get("as_type", {}))]


@pytest.mark.parametrize(("name", "type_id"), TYPED)
def test_sample_as_type(name: str, type_id: str, tables: Tables) -> None:
    want = EXPECTED[name]["as_type"][type_id]
    scanned = scan_path(str(SAMPLES / f"{name}.apk"), ScanConfig(), tables)
    result = apply_necessity(scanned, tables.app_types.types[type_id])
    assert {f.rule: f.severity.label for f in result.findings} == want["rules"]
    cats = result.to_dict()["categories"]
    assert {c: u["necessary"] for c, u in cats.items()} == want["necessary"]
    for rule_id, text in want.get("message_contains", {}).items():
        (finding,) = [f for f in result.findings if f.rule == rule_id]
        assert text in render_message(finding, translator("en"))


def test_every_sample_type_is_checked() -> None:
    assert {"browser", "map-navigation"} <= {t for _, t in TYPED}
