"""Necessity rules on synthetic results: grades, the SDK threshold, waivers, failed results."""

from __future__ import annotations

from dataclasses import replace

from analyzer.catalog import categorize, with_protection
from analyzer.errors import NotAZip
from analyzer.i18n import translator
from analyzer.model import (
    ApkInfo,
    AppInfo,
    Category,
    DisclosureLevel,
    Necessity,
    Permission,
    Result,
    Severity,
)
from analyzer.rules import REGISTRY
from analyzer.rules.messages import render_message
from analyzer.rules.necessity import RULE_IDS, apply_necessity
from analyzer.rules.waivers import BaselineEntry, Waivers
from analyzer.tables import Tables

P = "android.permission."


def _result(tables: Tables, names: list[str], target: int = 30, disclosed: bool = False) -> Result:
    perms = with_protection([Permission(P + n, "uses-permission") for n in names], target, tables)
    level = DisclosureLevel.DISCLOSED if disclosed else DisclosureLevel.NONE
    cats = {c: replace(u, disclosure=level) for c, u in categorize(perms, tables).items()}
    app = AppInfo("org.x", "1", "1", None, None, str(target), target)
    return Result(ApkInfo("x.apk", "0" * 64, 1), "ok", app=app, permissions=perms, categories=cats)


def _by_rule(result: Result) -> dict[str, Severity]:
    return {f.rule: f.severity for f in result.findings}


def test_rules_are_registered_with_stable_ids_and_legal_basis() -> None:
    assert set(REGISTRY) >= RULE_IDS
    assert "beyond-necessary-settings" not in REGISTRY
    for rule_id in RULE_IDS:
        basis = REGISTRY[rule_id].legal_basis
        assert basis and all(b.document and b.provision and b.summary_zh for b in basis)
        assert any("必要个人信息范围规定" in b.document for b in basis)
    assert REGISTRY["forced-at-install"].default_severity is Severity.HIGH
    assert REGISTRY["beyond-necessary-contacts"].default_severity is Severity.MEDIUM


def test_medium_when_disclosed_high_when_not(tables: Tables) -> None:
    browser = tables.app_types.types["browser"]
    disclosed = apply_necessity(_result(tables, ["READ_CONTACTS"], disclosed=True), browser)
    assert _by_rule(disclosed) == {"beyond-necessary-contacts": Severity.MEDIUM}
    hidden = apply_necessity(_result(tables, ["READ_CONTACTS"]), browser)
    assert _by_rule(hidden) == {"beyond-necessary-contacts": Severity.HIGH}
    (finding,) = hidden.findings
    assert finding.category is Category.CONTACTS
    zh, en = render_message(finding, translator("zh-CN")), render_message(finding, translator("en"))
    assert "浏览器" in zh and "READ_CONTACTS" in zh
    assert "browser" in en.lower() and "READ_CONTACTS" in en
    assert finding.evidence["necessary_information"] == []


def test_forced_at_install_needs_target_22_or_lower(tables: Tables) -> None:
    utility = tables.app_types.types["utility"]
    for target, fires in ((22, True), (23, False), (1, True)):
        judged = apply_necessity(_result(tables, ["READ_SMS"], target=target), utility)
        assert ("forced-at-install" in _by_rule(judged)) is fires, target


def test_needed_category_is_neither_beyond_nor_forced(tables: Tables) -> None:
    ride = tables.app_types.types["ride-hailing"]
    judged = apply_necessity(_result(tables, ["ACCESS_FINE_LOCATION"], target=22), ride)
    assert judged.findings == ()
    assert judged.categories is not None
    assert judged.categories[Category.LOCATION].necessary is Necessity.YES
    assert judged.categories[Category.SETTINGS].necessary is Necessity.UNKNOWN


def test_settings_alone_never_fires(tables: Tables) -> None:
    browser = tables.app_types.types["browser"]
    judged = apply_necessity(_result(tables, ["WRITE_SETTINGS"], target=22), browser)
    assert judged.findings == ()


def test_waivers_apply_to_necessity_findings(tables: Tables) -> None:
    browser = tables.app_types.types["browser"]
    base = _result(tables, ["READ_CONTACTS"], target=22)
    waivers = Waivers(
        ("forced-at-install",), (BaselineEntry("org.x", "beyond-necessary-contacts", "accepted"),)
    )
    judged = waivers.apply(apply_necessity(base, browser))
    assert {f.rule: f.waived for f in judged.findings} == {
        "beyond-necessary-contacts": "accepted",
        "forced-at-install": "ignored with --ignore",
    }


def test_failed_and_manifest_only_results_are_unchanged(tables: Tables) -> None:
    browser = tables.app_types.types["browser"]
    failed = Result.failed(ApkInfo("x.apk", None, None), NotAZip("x.apk: not a zip"))
    assert apply_necessity(failed, browser) is failed
    inventory = replace(_result(tables, ["READ_SMS"]), categories=None)
    assert apply_necessity(inventory, browser) is inventory


def test_necessity_round_trips_through_the_store_shape(tables: Tables) -> None:
    judged = apply_necessity(_result(tables, ["READ_SMS"]), tables.app_types.types["news"])
    again = Result.from_dict(judged.to_dict())
    assert again == judged
    old = judged.to_dict()
    for use in old["categories"].values():  # a store written before necessity existed
        del use["necessary"], use["necessity_evidence"]
    assert all(
        u.necessary is Necessity.UNKNOWN for u in (Result.from_dict(old).categories or {}).values()
    )
