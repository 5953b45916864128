"""Report formats: a ``Format`` enum and one pure formatter per format."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from analyzer.i18n import DEFAULT_LANG, Translator, translator
from analyzer.report.base import Formatter, Report, ToolInfo
from analyzer.report.brief import BriefFormatter
from analyzer.report.csv import CsvFormatter
from analyzer.report.facts import Gettext
from analyzer.report.json import JsonFormatter
from analyzer.report.json import chunks as json_chunks
from analyzer.report.jsonl import JsonlFormatter, render_lines
from analyzer.report.jsonstream import ResultSource
from analyzer.report.markdown import MarkdownFormatter
from analyzer.report.sarif import SarifFormatter
from analyzer.report.sarif import chunks as sarif_chunks


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
    lang: str = DEFAULT_LANG,
    color: bool = False,
    width: int | None = 110,
    csv_mode: str = "findings",
    gettext: Gettext | None = None,
) -> Formatter:
    """The formatter for ``fmt`` writing for people in ``lang`` (en or zh-CN).

    Terminal options apply to ``table`` and ``brief`` (a ``None`` width: whole brief
    lines, a 110-column table), ``csv_mode`` to csv. ``gettext`` overrides the
    catalog's lookup for headings (tests use a stand-in); messages follow ``lang``.
    """
    tr = translator(lang)
    g: Gettext = gettext or tr
    if fmt is Format.TABLE:
        from analyzer.report.table import TableFormatter

        return TableFormatter(color=color, width=width or 110, gettext=g, tr=tr)
    if fmt is Format.BRIEF:
        return BriefFormatter(width=width, gettext=g, tr=tr)
    if fmt is Format.CSV:
        return CsvFormatter(mode=csv_mode, tr=tr)
    if fmt is Format.MARKDOWN:
        return MarkdownFormatter(gettext=g, lang=lang, tr=tr)
    if fmt is Format.HTML:
        from analyzer.report.html import HtmlFormatter

        return HtmlFormatter(gettext=g, lang=lang, tr=tr)
    simple: dict[Format, Callable[[Translator], Formatter]] = {
        Format.JSON: JsonFormatter,
        Format.JSONL: JsonlFormatter,
        Format.SARIF: lambda t: SarifFormatter(tr=t),
    }
    return simple[fmt](tr)


class _DefaultFormatters(Mapping[Format, Formatter]):
    """Each format's formatter with default settings (``formatter_for`` with whole brief
    lines), made when first asked for: a JSON scan does not load rich or jinja2."""

    def __init__(self) -> None:
        self._made: dict[Format, Formatter] = {}

    def __getitem__(self, fmt: Format) -> Formatter:
        if fmt not in self._made:
            self._made[fmt] = formatter_for(Format(fmt), width=None)
        return self._made[fmt]

    def __iter__(self) -> Iterator[Format]:
        return iter(Format)

    def __len__(self) -> int:
        return len(Format)


FORMATTERS: Mapping[Format, Formatter] = _DefaultFormatters()

STREAMED: frozenset[Format] = frozenset({Format.JSON, Format.JSONL, Format.CSV, Format.SARIF})
"""Formats written as a stream: memory for one result at a time, whatever the count."""


def stream(
    fmt: Format,
    tool: ToolInfo,
    source: ResultSource,
    *,
    csv_mode: str = "findings",
    lang: str = DEFAULT_LANG,
    stale: Callable[[], Iterable[Mapping[str, Any]]] | None = None,
) -> Iterator[str]:
    """The report in pieces, reading ``source()`` (each call a fresh pass) as it goes."""
    tr = translator(lang)
    if fmt is Format.JSON:
        return json_chunks(tool, source, tr, stale)
    if fmt is Format.JSONL:
        return render_lines(source(), tr)
    if fmt is Format.CSV:
        return CsvFormatter(mode=csv_mode, tr=tr).chunks(source())
    if fmt is Format.SARIF:
        from analyzer.rules import REGISTRY

        return sarif_chunks(tool, source, REGISTRY, tr)
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
