"""Rules on synthetic contexts: severities, thresholds, implied members, waivers, docs."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from analyzer.catalog import categorize, with_protection
from analyzer.i18n import translator
from analyzer.model import (
    ApkInfo,
    AppInfo,
    Category,
    DisclosureLevel,
    Finding,
    Permission,
    PolicySource,
    Result,
    Severity,
)
from analyzer.rules import REGISTRY, RuleContext, evaluate
from analyzer.rules.docs import render_docs
from analyzer.rules.messages import render_message
from analyzer.rules.waivers import Waivers, baseline_entries, baseline_of, parse_baseline
from analyzer.tables import Tables

P = "android.permission."
ROOT = Path(__file__).resolve().parents[3]


def _ctx(
    tables: Tables,
    names: list[str],
    target: int = 30,
    level: DisclosureLevel = DisclosureLevel.NONE,
    artefacts: tuple[str, ...] = (),
    implied: tuple[str, ...] = (),
) -> RuleContext:
    perms = [Permission(P + n, "uses-permission") for n in names]
    perms += [
        Permission(P + n, "uses-permission", implied=True, implied_by="targetSdkVersion < 4")
        for n in implied
    ]
    full = with_protection(perms, target, tables)
    cats = {c: replace(u, disclosure=level) for c, u in categorize(full, tables).items()}
    app = AppInfo("org.x", "1", "1", None, None, str(target), target)
    return RuleContext(app, full, cats, artefacts)


def _by_rule(findings: list[Finding]) -> dict[str, Finding]:
    return {f.rule: f for f in findings}


def test_all_four_is_critical(tables: Tables) -> None:
    ctx = _ctx(tables, ["READ_PHONE_STATE", "ACCESS_FINE_LOCATION", "READ_SMS", "READ_CONTACTS"])
    found = _by_rule(evaluate(ctx))
    assert found["jiangsu-combination"].severity is Severity.CRITICAL
    assert found["no-privacy-policy"].severity is Severity.MEDIUM
    assert "install-time-grant" not in found


def test_two_is_high_one_is_nothing(tables: Tables) -> None:
    two = _by_rule(evaluate(_ctx(tables, ["ACCESS_FINE_LOCATION", "READ_SMS"])))
    assert two["jiangsu-combination"].severity is Severity.HIGH
    one = _by_rule(evaluate(_ctx(tables, ["ACCESS_FINE_LOCATION", "WRITE_SETTINGS"])))
    assert "jiangsu-combination" not in one
    assert one["undisclosed-settings"].severity is Severity.MEDIUM


def test_weak_only_is_medium(tables: Tables) -> None:
    found = _by_rule(evaluate(_ctx(tables, ["GET_ACCOUNTS"])))
    assert found["undisclosed-contacts"].severity is Severity.MEDIUM
    strong = _by_rule(evaluate(_ctx(tables, ["GET_ACCOUNTS", "READ_CONTACTS"])))
    assert strong["undisclosed-contacts"].severity is Severity.HIGH


def test_disclosed_clears_and_policy_only_does_not(tables: Tables) -> None:
    names = ["ACCESS_FINE_LOCATION", "READ_SMS"]
    done = evaluate(_ctx(tables, names, level=DisclosureLevel.DISCLOSED, artefacts=("a",)))
    assert done == []
    partial = _by_rule(
        evaluate(_ctx(tables, names, level=DisclosureLevel.POLICY_ONLY, artefacts=("a",)))
    )
    assert "no-privacy-policy" not in partial
    en = render_message(partial["undisclosed-location"], translator("en"))
    assert "privacy policy never states why" in en
    zh = render_message(partial["undisclosed-location"], translator("zh-CN"))
    assert "隐私政策未告知收集使用目的" in zh
    assert partial["undisclosed-location"].evidence["disclosure"] == "policy_only"


def test_install_time_grant_boundary(tables: Tables) -> None:
    assert "install-time-grant" in _by_rule(evaluate(_ctx(tables, ["READ_SMS"], target=22)))
    assert "install-time-grant" not in _by_rule(evaluate(_ctx(tables, ["READ_SMS"], target=23)))
    assert "install-time-grant" not in _by_rule(evaluate(_ctx(tables, ["INTERNET"], target=15)))


def test_implied_member_said_in_message(tables: Tables) -> None:
    found = _by_rule(evaluate(_ctx(tables, [], target=1, implied=("READ_PHONE_STATE",))))
    calls = found["undisclosed-calls"]
    assert calls.params["permissions"] == [
        {"name": "READ_PHONE_STATE", "implied_by": "targetSdkVersion < 4"}
    ]
    assert "READ_PHONE_STATE (implied)" in render_message(calls, translator("en"))
    assert "READ_PHONE_STATE（隐含）" in render_message(calls, translator("zh-CN"))
    assert calls.evidence["implied"] == [P + "READ_PHONE_STATE"]


def test_not_grantable_member_is_not_access(tables: Tables) -> None:
    perm = Permission(P + "READ_SMS", "uses-permission", protection_level="signature",
                      protection_flags=("privileged",), grantable=False)  # fmt: skip
    cats = categorize([perm], tables)
    app = AppInfo("org.x", None, None, None, None, "30", 30)
    assert evaluate(RuleContext(app, (perm,), cats)) == []


def _result_of(tables: Tables, package: str) -> Result:
    ctx = _ctx(tables, ["ACCESS_FINE_LOCATION", "READ_SMS"])
    app = replace(ctx.app, package=package)
    return Result(ApkInfo("a.apk", None, None), "ok", app=app, findings=tuple(evaluate(ctx)))


def test_waivers(tables: Tables) -> None:
    entries = parse_baseline('[{"package": "org.x", "rule": "no-privacy-policy", "reason": "ok"}]')
    waivers = Waivers(("undisclosed-messages",), entries)
    reasons = {f.rule: f.waived for f in waivers.apply(_result_of(tables, "org.x")).findings}
    assert reasons["no-privacy-policy"] == "ok"
    assert reasons["undisclosed-messages"] == "ignored with --ignore"
    assert reasons["undisclosed-location"] is None
    assert waivers.stale() == []
    other = Waivers((), entries)
    assert all(f.waived is None for f in other.apply(_result_of(tables, "org.other")).findings)
    assert other.stale() == list(entries)  # it matched nothing
    with pytest.raises(ValueError):
        parse_baseline('{"package": "org.x"}')


def test_fingerprints_match_exactly_and_write_back(tables: Tables) -> None:
    result = Waivers().apply(_result_of(tables, "org.x"))
    written = baseline_of([result])
    assert {e["reason"] for e in written} == {"TODO"}
    assert all(len(e["fingerprint"]) == 64 for e in written)
    # a baseline written from a run waives every finding of the same run
    again = Waivers((), baseline_entries(written)).apply(_result_of(tables, "org.x"))
    assert all(f.waived == "TODO" for f in again.findings)
    # an entry with a fingerprint matches that finding only, not its rule in another app
    other = Waivers((), baseline_entries(written)).apply(_result_of(tables, "org.other"))
    assert all(f.waived is None for f in other.findings)


def test_registry_ids_and_doc_headings() -> None:
    expected = {f"undisclosed-{c.value}" for c in Category} | {
        "jiangsu-combination", "install-time-grant", "no-privacy-policy",
        "unused-sensitive-permission", "forced-at-install",
    } | {f"beyond-necessary-{c.value}" for c in Category if c is not Category.SETTINGS}  # fmt: skip
    assert set(REGISTRY) == expected
    for r in REGISTRY.values():
        for heading in ("What it fires on", "Why it matters", "How to clear it", "Reference"):
            assert heading in r.doc, (r.id, heading)
        assert "Jiangsu" in r.doc


def test_docs_rules_md_is_current() -> None:
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == render_docs(), (
        "docs/rules.md is stale: run python -m analyzer.rules > docs/rules.md"
    )
    out = subprocess.run(
        [sys.executable, "-m", "analyzer.rules"], capture_output=True, text=True, check=True,
        cwd=ROOT,
    )  # fmt: skip
    assert out.stdout == render_docs()


def test_registry_stamps_id_and_severity_and_keeps_order() -> None:
    """A rule cannot file a finding under another ID or an undeclared severity."""
    from analyzer.rules.registry import Hit, build_registry, rule

    @rule("made-up", title="t", severity=Severity.LOW, graded={"bad": Severity.HIGH})
    def made_up(ctx: object) -> list[Hit]:
        return [Hit({}), Hit({}, grade="bad")]

    found = made_up.findings(None)
    assert [(f.rule, f.severity) for f in found] == [
        ("made-up", Severity.LOW),
        ("made-up", Severity.HIGH),
    ]

    @rule("made-up-2", title="t", severity=Severity.LOW)
    def undeclared(ctx: object) -> list[Hit]:
        return [Hit({}, grade="strong")]

    with pytest.raises(KeyError):
        undeclared.findings(None)
    with pytest.raises(ValueError, match="duplicate"):
        build_registry([made_up, made_up])
    assert list(build_registry([undeclared, made_up])) == ["made-up-2", "made-up"]
    assert list(REGISTRY)[:6] == [
        "jiangsu-combination",
        *(f"undisclosed-{c.value}" for c in Category),
    ]


@pytest.mark.parametrize(
    ("source", "english", "chinese"),
    [
        (
            PolicySource("remote", "https://example.com/legal/privacy", read=False),
            "privacy policy (on example.com) was not read",
            "未被读取",
        ),
        (
            PolicySource("policy-file", "datenschutz.md", 900, "other", None, True),
            "in a language permaudit does not read",
            "需人工核查",
        ),
    ],
)
def test_the_combination_says_what_was_not_read(
    tables: Tables, source: PolicySource, english: str, chinese: str
) -> None:
    """When the policy was not read (a remote link, a language permaudit does not judge),
    the combination says so, like the undisclosed-* findings: not "without stating why"."""
    ctx = _ctx(tables, ["ACCESS_FINE_LOCATION", "READ_SMS"], level=DisclosureLevel.POLICY_ONLY)
    ctx = replace(ctx, policy_artefacts=(source.ref,), policy_sources=(source,))
    finding = _by_rule(evaluate(ctx))["jiangsu-combination"]
    message = render_message(finding, translator("en"))
    assert english in message and "without stating why" not in message
    assert chinese in render_message(finding, translator("zh-CN"))
    read = replace(ctx, policy_sources=(PolicySource("asset", "a.html", 900, "en", None, True),))
    assert "without stating why" in render_message(
        _by_rule(evaluate(read))["jiangsu-combination"], translator("en")
    )


def test_the_combination_names_a_few_unread_hosts(tables: Tables) -> None:
    """Many unread links: two hosts and a count, so the message keeps to its length."""
    sources = tuple(
        PolicySource("remote", f"https://policy-{i}.example-host-name.com/p", read=False)
        for i in range(6)
    )
    ctx = _ctx(tables, ["ACCESS_FINE_LOCATION", "READ_SMS"], level=DisclosureLevel.POLICY_ONLY)
    ctx = replace(ctx, policy_artefacts=(sources[0].ref,), policy_sources=sources)
    message = render_message(_by_rule(evaluate(ctx))["jiangsu-combination"], translator("en"))
    assert "+4 more" in message and len(message) <= 240
