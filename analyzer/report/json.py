"""The JSON report (DESIGN §2.6): one document, ``schema_version`` first."""

from __future__ import annotations

import json

from analyzer.report.base import Report


class JsonFormatter:
    """One JSON document; the schema is ``docs/report.schema.json``."""

    media_type = "application/json"

    def render(self, report: Report) -> str:
        return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
