"""Report formats: a ``Format`` enum and one pure formatter per format."""

from __future__ import annotations

import enum

from analyzer.report.base import Formatter, Report, ToolInfo
from analyzer.report.brief import BriefFormatter
from analyzer.report.csv import CsvFormatter
from analyzer.report.facts import Gettext, identity
from analyzer.report.html import HtmlFormatter
from analyzer.report.json import JsonFormatter
from analyzer.report.jsonl import JsonlFormatter
from analyzer.report.markdown import MarkdownFormatter
from analyzer.report.sarif import SarifFormatter
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

__all__ = ["FORMATTERS", "Format", "Formatter", "Report", "ToolInfo", "formatter_for"]
