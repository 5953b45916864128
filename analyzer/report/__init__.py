"""Report formats: a ``Format`` enum and one pure formatter per format."""

from __future__ import annotations

import enum

from analyzer.report.base import Formatter, Report, ToolInfo
from analyzer.report.json import JsonFormatter
from analyzer.report.table import TableFormatter


class Format(str, enum.Enum):
    """The values of ``--format``."""

    TABLE = "table"
    JSON = "json"


def formatter_for(fmt: Format, *, color: bool = False, width: int = 110) -> Formatter:
    """The formatter for ``fmt`` (terminal options apply to ``table`` only)."""
    if fmt is Format.TABLE:
        return TableFormatter(color=color, width=width)
    return FORMATTERS[fmt]


FORMATTERS: dict[Format, Formatter] = {
    Format.TABLE: TableFormatter(),
    Format.JSON: JsonFormatter(),
}

__all__ = ["FORMATTERS", "Format", "Formatter", "Report", "ToolInfo", "formatter_for"]
