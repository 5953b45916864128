"""JSON Lines: one result per line, each carrying ``schema_version`` (DESIGN §2.6).

The one streaming format: the batch writes ``render_lines`` output as results arrive, so
a consumer can follow a long run and a killed run still leaves whole lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from analyzer.model import SCHEMA_VERSION, Result
from analyzer.report.base import Report


def render_line(result: Result) -> str:
    """One result as one line (newline included); ``ensure_ascii`` keeps U+2028 out."""
    doc = {"schema_version": SCHEMA_VERSION, **result.to_dict()}
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")) + "\n"


def render_lines(results: Iterable[Result]) -> Iterator[str]:
    """Lazily render results, one line each, in the order they come."""
    for result in results:
        yield render_line(result)


class JsonlFormatter:
    """The whole report as JSON Lines (no tool header: each line stands alone)."""

    media_type = "application/jsonl"

    def render(self, report: Report) -> str:
        return "".join(render_lines(report.results))
