"""Property: the app type changes necessity and its rules only, never anything else."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.catalog import categorize, with_protection
from analyzer.model import ApkInfo, AppInfo, Category, DisclosureLevel, Permission, Result
from analyzer.rules import RuleContext, evaluate
from analyzer.rules.necessity import RULE_IDS, apply_necessity
from analyzer.rules.waivers import with_fingerprints
from analyzer.tables import Tables, load_tables

TABLES: Tables = load_tables()
TYPE_IDS = [None, *TABLES.app_types.types]
SENSITIVE = sorted(
    {n for members in TABLES.categories.values() for n in (*members.strong, *members.weak)}
)
PROPS = settings(
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _result(names: list[str], target: int, levels: dict[Category, DisclosureLevel]) -> Result:
    perms = with_protection([Permission(n, "uses-permission") for n in names], target, TABLES)
    cats = {c: replace(u, disclosure=levels[c]) for c, u in categorize(perms, TABLES).items()}
    app = AppInfo("org.x", "1", "1", None, None, str(target), target)
    findings = tuple(evaluate(RuleContext(app, perms, cats, ())))
    info = ApkInfo("x.apk", "0" * 64, 1)
    return Result(info, "ok", app=app, permissions=perms, categories=cats, findings=findings)


@PROPS
@given(
    names=st.lists(st.sampled_from(SENSITIVE), unique=True, max_size=8),
    target=st.sampled_from([1, 15, 22, 23, 30, 34]),
    levels=st.fixed_dictionaries({c: st.sampled_from(list(DisclosureLevel)) for c in Category}),
    first=st.sampled_from(TYPE_IDS),
    second=st.sampled_from(TYPE_IDS),
)
def test_type_never_changes_disclosure_or_other_rules(
    names: list[str],
    target: int,
    levels: dict[Category, DisclosureLevel],
    first: str | None,
    second: str | None,
) -> None:
    base = with_fingerprints(_result(names, target, levels))
    types = TABLES.app_types.types
    one = apply_necessity(base, types[first] if first else None)
    two = apply_necessity(one, types[second] if second else None)
    fresh = apply_necessity(base, types[second] if second else None)
    assert two == fresh  # judging again replaces the earlier type's findings entirely
    for judged in (one, two):
        assert judged.categories is not None and base.categories is not None
        assert {c: u.disclosure for c, u in judged.categories.items()} == levels
        others = [f for f in judged.findings if f.rule not in RULE_IDS]
        assert others == list(base.findings)
        assert judged.permissions == base.permissions and judged.app == base.app
