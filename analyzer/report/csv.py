"""CSV for spreadsheets: one row per APK × finding, or one row per APK (``apps`` mode).

Field names are a fixed tuple and the writer raises on any other key, so a renamed field
fails a test instead of silently shifting columns. Every cell goes through ``csv_cell``
because spreadsheets run cells starting with ``=`` as formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from analyzer.i18n import Translator, translator
from analyzer.model import Category, Finding, Result
from analyzer.model.result import with_fingerprints
from analyzer.report.base import Report
from analyzer.report.safe import csv_cell
from analyzer.rules.messages import render_message

APP_FIELDS: tuple[str, ...] = (
    "path",
    "sha256",
    "status",
    "error_kind",
    "package",
    "label",
    "version_name",
    "version_code",
    "min_sdk",
    "target_sdk",
    "permissions",
    *(f"{c.value}_requested" for c in Category),
    *(f"{c.value}_disclosure" for c in Category),
    *(f"{c.value}_necessary" for c in Category),
    "findings",
    "max_severity",
)
FINDING_FIELDS: tuple[str, ...] = (
    "rule", "severity", "category", "message", "waived", "fingerprint",
)  # fmt: skip
FIELDNAMES: tuple[str, ...] = APP_FIELDS[:-2] + FINDING_FIELDS
APPS_FIELDNAMES: tuple[str, ...] = APP_FIELDS


def _app_row(result: Result) -> dict[str, Any]:
    app = result.app
    cats = result.categories or {}
    row: dict[str, Any] = {
        "path": result.apk.path,
        "sha256": result.apk.sha256,
        "status": result.status,
        "error_kind": result.error.kind if result.error else "",
        "package": app.package if app else "",
        "label": app.label if app else "",
        "version_name": app.version_name if app else "",
        "version_code": app.version_code if app else "",
        "min_sdk": app.min_sdk if app else "",
        "target_sdk": app.target_sdk if app else "",
        "permissions": " ".join(p.name for p in result.permissions),
    }
    for c in Category:
        use = cats.get(c)
        row[f"{c.value}_requested"] = "" if use is None else ("yes" if use.requested else "no")
        row[f"{c.value}_disclosure"] = "" if use is None else use.disclosure.value
        row[f"{c.value}_necessary"] = "" if use is None else use.necessary.value
    return row


def _finding_cells(finding: Finding | None, tr: Translator) -> dict[str, Any]:
    if finding is None:
        return dict.fromkeys(FINDING_FIELDS, "")
    return {
        "rule": finding.rule,
        "severity": finding.severity.label,
        "category": finding.category.value if finding.category else "",
        "message": render_message(finding, tr),
        "waived": finding.waived or "",
        "fingerprint": finding.fingerprint or "",
    }


def _rows(results: Iterable[Result], apps: bool, tr: Translator) -> Iterator[dict[str, Any]]:
    for result in results:
        base = _app_row(result)
        if apps:
            active = result.active_findings()
            base["findings"] = len(active)
            base["max_severity"] = max(f.severity for f in active).label if active else ""
            yield base
            continue
        for finding in with_fingerprints(result).findings or (None,):
            yield {**base, **_finding_cells(finding, tr)}


class CsvFormatter:
    """``mode="findings"`` (default): APK × finding rows; ``mode="apps"``: one row per APK."""

    media_type = "text/csv"

    def __init__(self, mode: str = "findings", tr: Translator | None = None) -> None:
        if mode not in ("findings", "apps"):
            raise ValueError(f"unknown CSV mode {mode!r}")
        self.mode = mode
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        return "".join(self.chunks(report.results))

    def chunks(self, results: Iterable[Result]) -> Iterator[str]:
        """The header, then one piece per row, as the results come."""
        apps = self.mode == "apps"
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf,
            fieldnames=APPS_FIELDNAMES if apps else FIELDNAMES,
            extrasaction="raise",
            lineterminator="\n",
        )
        writer.writeheader()
        for row in _rows(results, apps, self.tr):
            writer.writerow({k: csv_cell(v) for k, v in row.items()})
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()
