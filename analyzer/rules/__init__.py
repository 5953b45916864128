"""Rules → findings. Importing this package registers every rule in ``REGISTRY``."""

from __future__ import annotations

from analyzer.model import Finding
from analyzer.rules import combination, disclosure, platform, usage
from analyzer.rules.context import RuleContext
from analyzer.rules.registry import REGISTRY, Rule

__all__ = ["REGISTRY", "Rule", "RuleContext", "evaluate", "rule_modules"]

rule_modules = (disclosure, combination, platform, usage)


def evaluate(ctx: RuleContext) -> list[Finding]:
    """Every rule's findings for one app, in registry order."""
    findings: list[Finding] = []
    for entry in REGISTRY.values():
        findings.extend(entry.check(ctx))
    return findings
