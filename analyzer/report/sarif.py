"""SARIF 2.1.0 for code-scanning dashboards: one run, one result per finding.

``tool.driver.rules`` lists every registered rule (not only those that fired), so rule
indices are stable between reports. An APK that could not be analysed becomes a tool
execution notification rather than a result: it is a failure of the tool on that input,
not a finding about the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import quote

from analyzer.i18n import Translator, translator
from analyzer.i18n.labels import error_text
from analyzer.model import Finding, Result, Severity
from analyzer.model.result import finding_fingerprint
from analyzer.report.base import Report, ToolInfo
from analyzer.report.jsonstream import ResultSource, dump_streaming, marker
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
    # the file name's own bytes (a non-UTF-8 name is kept with surrogateescape)
    return quote(path.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/:")


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


FINGERPRINT_KEY = "permauditFinding/v1"  # package + rule + category (analyzer.rules.waivers)


def _result(
    result: Result, finding: Finding, index: Mapping[str, int], tr: Translator
) -> dict[str, Any]:
    app = result.app
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": render_message(finding, tr)},
        "locations": [_location(result, finding)],
        "properties": {
            "severity": finding.severity.label,
            "category": finding.category.value if finding.category else None,
            "package": app.package if app else None,
            "sha256": result.apk.sha256,
            "params": dict(finding.params),
            "evidence": dict(finding.evidence),
            "necessary": _necessary(result, finding),
        },
    }
    package = app.package if app else None
    fp = finding.fingerprint or finding_fingerprint(package, finding)
    out["partialFingerprints"] = {FINGERPRINT_KEY: fp}
    if finding.rule in index:
        out["ruleIndex"] = index[finding.rule]
    if finding.waived is not None:
        out["suppressions"] = [{"kind": "external", "justification": finding.waived}]
    return out


def _location(result: Result, finding: Finding) -> dict[str, Any]:
    """The APK as the artifact; the manifest's ``uses-permission`` element as a logical
    location when the finding names a permission (no line: the manifest is binary XML)."""
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": artifact_uri(result.apk.path)}}
    }
    permissions = finding.evidence.get("permissions") or []
    if permissions:
        name = str(permissions[0])
        location["logicalLocations"] = [
            {
                "name": name,
                "kind": "element",
                "fullyQualifiedName": f"AndroidManifest.xml/uses-permission[@name='{name}']",
            }
        ]
    return location


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


def _artifact(r: Result) -> dict[str, Any]:
    return {
        "location": {"uri": artifact_uri(r.apk.path)},
        **({"hashes": {"sha-256": r.apk.sha256}} if r.apk.sha256 else {}),
        **({"length": r.apk.size_bytes} if r.apk.size_bytes is not None else {}),
    }


def _skeleton(
    tool: ToolInfo, ordered: list[Rule], lists: Mapping[str, Any], tr: Translator
) -> dict[str, Any]:
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": tool.name,
                        "version": tool.version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(r, tr) for r in ordered],
                        "properties": {"data_version": tool.data_version},
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": True,
                        "toolExecutionNotifications": lists["notifications"],
                    }
                ],
                "artifacts": lists["artifacts"],
                "results": lists["results"],
            }
        ],
    }


def _lists(
    source: ResultSource, index: Mapping[str, int], tr: Translator
) -> dict[str, Callable[[], Iterable[dict[str, Any]]]]:
    return {
        "notifications": lambda: (_notification(r, tr) for r in source() if not r.ok),
        "artifacts": lambda: (_artifact(r) for r in source()),
        "results": lambda: (_result(r, f, index, tr) for r in source() for f in r.findings),
    }


def to_sarif(
    report: Report, rules: Mapping[str, Rule], tr: Translator | None = None
) -> dict[str, Any]:
    """The SARIF log as plain dicts; ``rules`` is normally ``REGISTRY``."""
    tr = tr or translator()
    ordered = sorted(rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(ordered)}
    made = _lists(lambda: report.results, index, tr)
    built = {name: list(make()) for name, make in made.items()}
    return _skeleton(report.tool, ordered, built, tr)


def chunks(
    tool: ToolInfo, source: ResultSource, rules: Mapping[str, Rule], tr: Translator | None = None
) -> Iterator[str]:
    """The SARIF log in pieces; ``source()`` is read three times (errors, artifacts, results),
    one result at a time."""
    tr = tr or translator()
    ordered = sorted(rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(ordered)}
    lists = _lists(source, index, tr)
    skeleton = _skeleton(tool, ordered, {name: marker(name) for name in lists}, tr)
    return dump_streaming(skeleton, lists, ensure_ascii=False)


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
        return "".join(chunks(report.tool, lambda: report.results, rules, self.tr))


def _necessary(result: Result, finding: Finding) -> str | None:
    """The finding's category's necessity for the given app type (None without a category)."""
    if finding.category is None or not result.categories:
        return None
    use = result.categories.get(finding.category)
    return use.necessary.value if use else None
