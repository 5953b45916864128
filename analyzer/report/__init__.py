"""Report formats: a ``Format`` enum and one pure formatter per format."""

from __future__ import annotations

import enum
from collections.abc import Iterator

from analyzer.report.base import Formatter, Report, ToolInfo
from analyzer.report.brief import BriefFormatter
from analyzer.report.csv import CsvFormatter
from analyzer.report.facts import Gettext, identity
from analyzer.report.html import HtmlFormatter
from analyzer.report.json import JsonFormatter
from analyzer.report.json import chunks as json_chunks
from analyzer.report.jsonl import JsonlFormatter, render_lines
from analyzer.report.jsonstream import ResultSource
from analyzer.report.markdown import MarkdownFormatter
from analyzer.report.sarif import SarifFormatter
from analyzer.report.sarif import chunks as sarif_chunks
from analyzer.report.table import TableFormatter


class Format(str, enum.Enum):
    """The values of ``--format``."""

    TABLE = "table"
    BRIEF = "brief"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"
    SARIF = "sarif"


def formatter_for(
    fmt: Format,
    *,
    color: bool = False,
    width: int | None = 110,
    csv_mode: str = "findings",
    gettext: Gettext = identity,
    lang: str = "en",
) -> Formatter:
    """The formatter for ``fmt``: terminal options apply to ``table`` and ``brief`` (a
    ``None`` width: whole brief lines, a 110-column table), ``csv_mode`` to csv;
    ``gettext`` translates the human-readable formats, ``lang`` tags the HTML page."""
    if fmt is Format.TABLE:
        return TableFormatter(color=color, width=width or 110, gettext=gettext)
    if fmt is Format.BRIEF:
        return BriefFormatter(width=width, gettext=gettext)
    if fmt is Format.CSV:
        return CsvFormatter(mode=csv_mode)
    if fmt is Format.MARKDOWN:
        return MarkdownFormatter(gettext=gettext, lang=lang)
    if fmt is Format.HTML:
        return HtmlFormatter(gettext=gettext, lang=lang)
    return FORMATTERS[fmt]


FORMATTERS: dict[Format, Formatter] = {
    Format.TABLE: TableFormatter(),
    Format.BRIEF: BriefFormatter(),
    Format.JSON: JsonFormatter(),
    Format.JSONL: JsonlFormatter(),
    Format.CSV: CsvFormatter(),
    Format.MARKDOWN: MarkdownFormatter(),
    Format.HTML: HtmlFormatter(),
    Format.SARIF: SarifFormatter(),
}

STREAMED: frozenset[Format] = frozenset({Format.JSON, Format.JSONL, Format.CSV, Format.SARIF})
"""Formats written as a stream: memory for one result at a time, whatever the count."""


def stream(
    fmt: Format, tool: ToolInfo, source: ResultSource, *, csv_mode: str = "findings"
) -> Iterator[str]:
    """The report in pieces, reading ``source()`` (each call a fresh pass) as it goes."""
    if fmt is Format.JSON:
        return json_chunks(tool, source)
    if fmt is Format.JSONL:
        return render_lines(source())
    if fmt is Format.CSV:
        return CsvFormatter(mode=csv_mode).chunks(source())
    if fmt is Format.SARIF:
        from analyzer.rules import REGISTRY

        return sarif_chunks(tool, source, REGISTRY)
    raise ValueError(f"{fmt.value} is not a streamed format")


__all__ = [
    "FORMATTERS",
    "STREAMED",
    "Format",
    "Formatter",
    "Report",
    "ResultSource",
    "ToolInfo",
    "formatter_for",
    "stream",
]
