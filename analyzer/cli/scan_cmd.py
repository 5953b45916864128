"""``permaudit scan``: analyse APK files and report one result per file, in argument order."""

from __future__ import annotations

from typing import Annotated

import typer

from analyzer import __version__
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
    OutputOpt,
    analysis_options,
    injected,
)
from analyzer.cli.output import emit, exit_code, guarded, report_errors
from analyzer.report import Format, Report, ToolInfo
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
    lang: LangOpt = DEFAULT_LANG,
    *,
    analysis: AnalysisOptions,
) -> None:
    """Analyse APK files and report, in argument order, one result per file."""
    tables = load_tables()
    config = scan_config(analysis)
    scan_fn = injected(ctx).scan
    results = [scan_fn(path, config, tables) for path in apks]
    report = Report(ToolInfo("permaudit", __version__, tables.data_version), results)
    emit(report, fmt, output, csv_mode, lang)
    report_errors(results, analysis.debug, lang)
    raise typer.Exit(exit_code(results, fail_on))
