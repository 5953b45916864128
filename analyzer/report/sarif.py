"""SARIF 2.1.0 for code-scanning dashboards: one run, one result per finding.

``tool.driver.rules`` lists every registered rule (not only those that fired), so rule
indices are stable between reports. An APK that could not be analysed becomes a tool
execution notification rather than a result: it is a failure of the tool on that input,
not a finding about the app.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from analyzer.model import Finding, Result, Severity
from analyzer.report.base import Report
from analyzer.rules.registry import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/permaudit/permaudit"

LEVEL: Mapping[Severity, str] = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}


def artifact_uri(path: str) -> str:
    """A URI reference for an APK path: percent-encode all but path separators."""
    return quote(path.replace("\\", "/"), safe="/:")


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.doc or rule.title},
        "help": {"text": rule.doc or rule.title},
        "defaultConfiguration": {"level": LEVEL[rule.default_severity]},
        "properties": {"status": rule.status.value, "severity": rule.default_severity.label},
    }


def _result(result: Result, finding: Finding, index: Mapping[str, int]) -> dict[str, Any]:
    app = result.app
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.apk.path)}}}
        ],
        "properties": {
            "severity": finding.severity.label,
            "category": finding.category.value if finding.category else None,
            "package": app.package if app else None,
            "sha256": result.apk.sha256,
            "evidence": dict(finding.evidence),
            "necessary": _necessary(result, finding),
        },
    }
    if finding.rule in index:
        out["ruleIndex"] = index[finding.rule]
    if finding.waived is not None:
        out["suppressions"] = [{"kind": "external", "justification": finding.waived}]
    return out


def _notification(result: Result) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": f"{result.error_kind}: {result.error_message}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.apk.path)}}}
        ],
        "descriptor": {"id": result.error_kind},
    }


def to_sarif(report: Report, rules: Mapping[str, Rule]) -> dict[str, Any]:
    """The SARIF log as plain dicts; ``rules`` is normally ``REGISTRY``."""
    ordered = sorted(rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(ordered)}
    results = [_result(r, f, index) for r in report.results for f in r.findings]
    notifications = [_notification(r) for r in report.results if not r.ok]
    artifacts = [
        {
            "location": {"uri": artifact_uri(r.apk.path)},
            **({"hashes": {"sha-256": r.apk.sha256}} if r.apk.sha256 else {}),
            **({"length": r.apk.size_bytes} if r.apk.size_bytes is not None else {}),
        }
        for r in report.results
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": report.tool.name,
                        "version": report.tool.version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(r) for r in ordered],
                        "properties": {"data_version": report.tool.data_version},
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "artifacts": artifacts,
                "results": results,
            }
        ],
    }


class SarifFormatter:
    """SARIF 2.1.0 JSON; rule metadata from the registry given (default: ``REGISTRY``)."""

    media_type = "application/sarif+json"

    def __init__(self, rules: Mapping[str, Rule] | None = None) -> None:
        self.rules = rules

    def render(self, report: Report) -> str:
        from analyzer.rules import REGISTRY

        rules = REGISTRY if self.rules is None else self.rules
        return json.dumps(to_sarif(report, rules), indent=2, ensure_ascii=False) + "\n"


def _necessary(result: Result, finding: Finding) -> str | None:
    """The finding's category's necessity for the given app type (None without a category)."""
    if finding.category is None or not result.categories:
        return None
    use = result.categories.get(finding.category)
    return use.necessary.value if use else None
