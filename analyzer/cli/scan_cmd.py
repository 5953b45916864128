"""``permaudit scan``: analyse APK files and report one result per file, in argument order."""

from __future__ import annotations

from typing import Annotated

import typer

from analyzer import __version__
from analyzer.batch.limited import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, scan_limited
from analyzer.batch.workers import WorkLimits
from analyzer.cli.config import scan_config
from analyzer.cli.options import (
    DEFAULT_LANG,
    AnalysisOptions,
    CsvMode,
    CsvModeOpt,
    FailOn,
    FailOnOpt,
    FormatOpt,
    LangOpt,
    MaxMemoryOpt,
    OutputOpt,
    TimeoutOpt,
    analysis_options,
    injected,
)
from analyzer.cli.output import deliver, guarded, report_errors
from analyzer.report import Format, ToolInfo
from analyzer.tables import load_tables


@guarded
@analysis_options
def scan(
    ctx: typer.Context,
    apks: Annotated[list[str], typer.Argument(help="APK files to analyse.", show_default=False)],
    fmt: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    max_memory: MaxMemoryOpt = DEFAULT_MAX_MEMORY_MB,
    lang: LangOpt = DEFAULT_LANG,
    *,
    analysis: AnalysisOptions,
) -> None:
    """Analyse APK files and report, in argument order, one result per file."""
    tables = load_tables()
    config = scan_config(analysis)
    scan_fn = injected(ctx).scan
    limits = WorkLimits(timeout, max_memory)
    results = list(scan_limited(apks, config, limits, scan=scan_fn))
    tool = ToolInfo("permaudit", __version__, tables.data_version)
    tally = deliver(fmt, tool, lambda: results, output, csv_mode, lang)
    report_errors(tally, analysis.debug, lang)
    raise typer.Exit(tally.exit_code(fail_on))
