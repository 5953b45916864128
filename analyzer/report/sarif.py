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

from analyzer.i18n import Translator, translator
from analyzer.i18n.labels import error_text
from analyzer.model import Finding, Result, Severity
from analyzer.report.base import Report
from analyzer.rules.explain import explain_markdown, explain_text, legal_tags
from analyzer.rules.messages import render_message
from analyzer.rules.registry import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/permaudit/permaudit"
RULES_URI = f"{INFORMATION_URI}/blob/main/docs/rules.md"

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


def _rule(rule: Rule, tr: Translator) -> dict[str, Any]:
    text = explain_text(rule, tr)
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": tr.gettext(rule.title)},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": explain_markdown(rule, tr)},
        "helpUri": f"{RULES_URI}#{rule.id}",
        "defaultConfiguration": {"level": LEVEL[rule.default_severity]},
        "properties": {
            "status": rule.status.value,
            "severity": rule.default_severity.label,
            "tags": legal_tags(rule),
        },
    }


def _result(
    result: Result, finding: Finding, index: Mapping[str, int], tr: Translator
) -> dict[str, Any]:
    app = result.app
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": render_message(finding, tr)},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.apk.path)}}}
        ],
        "properties": {
            "severity": finding.severity.label,
            "category": finding.category.value if finding.category else None,
            "package": app.package if app else None,
            "sha256": result.apk.sha256,
            "params": dict(finding.params),
            "evidence": dict(finding.evidence),
        },
    }
    if finding.rule in index:
        out["ruleIndex"] = index[finding.rule]
    if finding.waived is not None:
        out["suppressions"] = [{"kind": "external", "justification": finding.waived}]
    return out


def _notification(result: Result, tr: Translator) -> dict[str, Any]:
    kind = result.error_kind or ""
    return {
        "level": "error",
        "message": {"text": f"{kind}: {error_text(tr, kind, result.error_message)}"},
        "locations": [
            {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.apk.path)}}}
        ],
        "descriptor": {"id": result.error_kind},
    }


def to_sarif(
    report: Report, rules: Mapping[str, Rule], tr: Translator | None = None
) -> dict[str, Any]:
    """The SARIF log as plain dicts; ``rules`` is normally ``REGISTRY``."""
    tr = tr or translator()
    ordered = sorted(rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(ordered)}
    results = [_result(r, f, index, tr) for r in report.results for f in r.findings]
    notifications = [_notification(r, tr) for r in report.results if not r.ok]
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
                        "rules": [_rule(r, tr) for r in ordered],
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

    def __init__(
        self, rules: Mapping[str, Rule] | None = None, tr: Translator | None = None
    ) -> None:
        self.rules = rules
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        from analyzer.rules import REGISTRY

        rules = REGISTRY if self.rules is None else self.rules
        return json.dumps(to_sarif(report, rules, self.tr), indent=2, ensure_ascii=False) + "\n"
