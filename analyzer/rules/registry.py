"""The rule table: stable IDs, titles, default severities and docs, in one registry.

Rule IDs are a contract: they appear in SARIF, CSV, baselines and ``--fail-on`` /
``--ignore`` filters, so an ID is never renamed or reused. Rules register themselves
with ``@rule`` when their module is imported by ``analyzer.rules``.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from analyzer.model import Finding, Severity


class RuleStatus(str, enum.Enum):
    """Whether a rule's behaviour is settled."""

    STABLE = "stable"
    PREVIEW = "preview"
    DEPRECATED = "deprecated"


CheckFn = Callable[[Any], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its ID, metadata and the pure function that checks it."""

    id: str
    title: str
    default_severity: Severity
    status: RuleStatus
    check: CheckFn
    doc: str


REGISTRY: dict[str, Rule] = {}


def register(
    rule_id: str,
    check: CheckFn,
    *,
    title: str,
    severity: Severity,
    doc: str,
    status: RuleStatus = RuleStatus.STABLE,
) -> None:
    """Add one rule; a duplicate ID is a programming error."""
    if rule_id in REGISTRY:
        raise ValueError(f"duplicate rule id {rule_id!r}")
    REGISTRY[rule_id] = Rule(rule_id, title, severity, status, check, doc)


def rule(
    rule_id: str, *, title: str, severity: Severity, status: RuleStatus = RuleStatus.STABLE
) -> Callable[[CheckFn], CheckFn]:
    """Decorator form of ``register``; the function's docstring is the rule's doc."""

    def wrap(fn: CheckFn) -> CheckFn:
        register(
            rule_id, fn, title=title, severity=severity, doc=inspect.getdoc(fn) or "", status=status
        )
        return fn

    return wrap
