"""JSON Lines: one result per line, each carrying ``schema_version`` (DESIGN §2.6).

The one streaming format: the batch writes ``render_lines`` output as results arrive, so
a consumer can follow a long run and a killed run still leaves whole lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from analyzer.i18n import Translator, translator
from analyzer.model import SCHEMA_VERSION, Result
from analyzer.report.base import Report
from analyzer.rules.messages import message_fn


def render_line(result: Result, tr: Translator | None = None) -> str:
    """One result as one line (newline included); ``ensure_ascii`` keeps U+2028 out."""
    doc = {"schema_version": SCHEMA_VERSION, **result.to_dict(message_fn(tr or translator()))}
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")) + "\n"


def render_lines(results: Iterable[Result], tr: Translator | None = None) -> Iterator[str]:
    """Lazily render results, one line each, in the order they come."""
    for result in results:
        yield render_line(result, tr)


class JsonlFormatter:
    """The whole report as JSON Lines (no tool header: each line stands alone)."""

    media_type = "application/jsonl"

    def __init__(self, tr: Translator | None = None) -> None:
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        return "".join(render_lines(report.results, self.tr))
