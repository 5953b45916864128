"""Necessity by app type (2021 必要个人信息范围规定): access beyond what the type needs.

The user says what kind of app it is (``--app-type``, ``--app-types FILE``, or
``app_type`` in ``--declarations``); permaudit never guesses. Necessity is a step after
the analysis (``apply_necessity``), so a stored analysis can be judged against a new type
map at report time without being analysed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from analyzer.model import (
    JIANGSU_FOUR,
    Category,
    CategoryUse,
    Necessity,
    Result,
    Severity,
)
from analyzer.rules.context import RuleContext, mark_incomplete_inventory, member_params
from analyzer.rules.registry import Hit, Rule, rule
from analyzer.rules.waivers import with_fingerprints
from analyzer.tables import AppType

INSTALL_TIME_MAX = 22
_REGULATION = "常见类型移动互联网应用程序必要个人信息范围规定（2021）"

# The legal basis of these rules is in data/legal.toml, with the others'.

_DOC = """What it fires on
: An app type is given (`--app-type`, `--app-types`, or `app_type` in `--declarations`),
  the app requests {what}, and the necessary personal information that the 2021 规定
  lists for the type does not need it from the device. See docs/app-types.md.

Why it matters
: The 2021 《常见类型移动互联网应用程序必要个人信息范围规定》 names, for 39 common app
  types, the personal information the basic function needs ({more}). Access beyond it is
  non-necessary: the app may ask, but must not make the basic function depend on it.
  High when the category is also undisclosed.

How to clear it
: Drop the permission, or make it optional for a feature beyond the basic function and
  disclose it with its purpose; or check that the app type given is right.

Reference
: 常见类型移动互联网应用程序必要个人信息范围规定 (2021) 第三条–第五条; 网络安全法 第四十一条;
  个人信息保护法 第六条. Jiangsu Consumer Council v. Beijing Baidu Netcom (2017): search and
  browser apps took calls, location, messages and contacts, which such apps do not need.
"""


def type_params(app_type: AppType) -> dict[str, object]:
    """The app type as a finding's message needs it, in both languages."""
    return {
        "app_type": app_type.id,
        "type_en": app_type.name_en,
        "type_zh": app_type.name_zh,
        "needs_nothing": not app_type.necessary_information,
    }


def _beyond(category: Category) -> Rule:
    def check(ctx: RuleContext) -> Iterable[Hit]:
        app_type = ctx.app_type
        if app_type is None or not ctx.requested_in(category) or app_type.needs(category):
            return []
        perms = ctx.grantable_members(category)
        undisclosed = ctx.undisclosed(category)
        params = {"permissions": member_params(perms), **type_params(app_type)}
        evidence = {
            "app_type": app_type.id,
            "permissions": [p.name for p in perms],
            "necessary_information": list(app_type.necessary_information),
            "needs_from_device": sorted(c.value for c in app_type.device),
            "disclosure": ctx.categories[category].disclosure.value,
        }
        return [Hit(params, category, evidence, "undisclosed" if undisclosed else None)]

    check.__doc__ = _DOC.format(
        what=f"the {category.value} category", more="settings are not personal information"
    )
    return rule(
        f"beyond-necessary-{category.value}",
        title=f"{category.value.capitalize()} access beyond what the app type needs",
        severity=Severity.MEDIUM,
        graded={"undisclosed": Severity.HIGH},
    )(check)


BEYOND_RULES: tuple[Rule, ...] = tuple(_beyond(c) for c in JIANGSU_FOUR)


def beyond_need(ctx: RuleContext) -> list[Category]:
    """The requested categories of the four that the given type does not need."""
    if ctx.app_type is None:
        return []
    return [c for c in JIANGSU_FOUR if ctx.requested_in(c) and not ctx.app_type.needs(c)]


@rule("forced-at-install", title="Non-necessary access forced at install", severity=Severity.HIGH)
def forced_at_install(ctx: RuleContext) -> Iterable[Hit]:
    """What it fires on
    : An app type is given, the effective target SDK is 22 or lower, and at least one
      requested category (calls, location, messages, contacts) goes beyond what the type
      needs.

    Why it matters
    : Targeting 22 or lower, every permission is granted at install: a user who declines
      the non-necessary access cannot install and use the app at all. That is the 2017
      Jiangsu pattern, which 第四条 of the 2021 规定 forbids: an app may not refuse its
      basic function to a user who declines non-necessary personal information.

    How to clear it
    : Target API 23 or higher and ask for non-necessary permissions at runtime, only when
      the feature that needs them is used; keep the basic function working without them.

    Reference
    : 常见类型移动互联网应用程序必要个人信息范围规定 (2021) 第四条; 个人信息保护法 第十六条;
      Jiangsu Consumer Council v. Beijing Baidu Netcom (2017).
    """
    target = ctx.app.effective_target_sdk
    beyond = beyond_need(ctx)
    if target > INSTALL_TIME_MAX or not beyond or ctx.app_type is None:
        return []
    names = [c.value for c in beyond]
    params = {"target": target, "categories": names, **type_params(ctx.app_type)}
    evidence = {
        "app_type": ctx.app_type.id,
        "effective_target_sdk": target,
        "beyond_necessary": names,
        "necessary_information": list(ctx.app_type.necessary_information),
    }
    return [Hit(params, None, evidence)]


RULES: tuple[Rule, ...] = (*BEYOND_RULES, forced_at_install)
RULE_IDS: frozenset[str] = frozenset(r.id for r in RULES)


def necessity_of(use: CategoryUse, app_type: AppType | None) -> CategoryUse:
    """``use`` with ``necessary`` and its evidence for ``app_type`` (settings: unknown)."""
    if app_type is None or use.category is Category.SETTINGS:
        return replace(use, necessary=Necessity.UNKNOWN, necessity_evidence=None)
    evidence: dict[str, Any] = {
        "app_type": app_type.id,
        "name_zh": app_type.name_zh,
        "name_en": app_type.name_en,
        "basic_function": app_type.basic_function,
        "necessary_information": list(app_type.necessary_information),
    }
    needed = Necessity.YES if app_type.needs(use.category) else Necessity.NO
    return replace(use, necessary=needed, necessity_evidence=evidence)


def apply_necessity(result: Result, app_type: AppType | None) -> Result:
    """``result`` judged against ``app_type``: per-category necessity and these rules' findings.

    Findings of other rules and disclosure levels are kept as they are; earlier findings of
    these rules (from another type) are replaced.
    """
    if not result.ok or result.categories is None or result.app is None:
        return result
    categories = {c: necessity_of(u, app_type) for c, u in result.categories.items()}
    complete = result.manifest_status().complete
    ctx = RuleContext(
        result.app,
        result.permissions,
        categories,
        (),
        manifest_complete=complete,
        app_type=app_type,
    )
    new = mark_incomplete_inventory([f for entry in RULES for f in entry.findings(ctx)], complete)
    kept = tuple(f for f in result.findings if f.rule not in RULE_IDS)
    return with_fingerprints(replace(result, categories=categories, findings=(*kept, *new)))
