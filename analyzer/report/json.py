"""The JSON report (DESIGN §2.6): one document, ``schema_version`` first."""

from __future__ import annotations

import json

from analyzer.i18n import Translator, translator
from analyzer.report.base import Report
from analyzer.rules.messages import message_fn


class JsonFormatter:
    """One JSON document; the schema is ``docs/report.schema.json``."""

    media_type = "application/json"

    def __init__(self, tr: Translator | None = None) -> None:
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        doc = report.to_dict(message_fn(self.tr))
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
