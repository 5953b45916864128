"""Rules → findings. ``REGISTRY`` lists every rule, in the order findings are reported."""

from __future__ import annotations

from analyzer.model import Finding
from analyzer.rules import combination, disclosure, necessity, platform, usage
from analyzer.rules.context import RuleContext
from analyzer.rules.legal import load_legal
from analyzer.rules.registry import Rule, build_registry

__all__ = ["REGISTRY", "Rule", "RuleContext", "evaluate"]

REGISTRY = build_registry(
    (
        combination.jiangsu_combination,  # the case's headline first
        *disclosure.RULES,  # undisclosed-calls … undisclosed-settings, in category order
        platform.install_time_grant,
        platform.no_privacy_policy,
        usage.unused_sensitive_permission,
        *necessity.RULES,  # beyond-necessary-*, forced-at-install: only with an app type
    ),
    load_legal(),
)


def evaluate(ctx: RuleContext) -> list[Finding]:
    """Every rule's findings for one app, in registry order."""
    findings: list[Finding] = []
    for entry in REGISTRY.values():
        findings.extend(entry.findings(ctx))
    return findings
