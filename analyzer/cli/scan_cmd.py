"""``permaudit scan``: analyse APK files and folders, one result per distinct file.

A folder expands to the APKs under it in sorted path order, exactly as ``batch`` finds
them (``batch.plan.discover``); identical files (same sha256) are analysed once and the
other paths listed under ``apk.duplicates``. There is no store: that is ``batch``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from analyzer import __version__
from analyzer.batch.limited import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, scan_limited
from analyzer.batch.plan import Unit, discover, plan
from analyzer.batch.workers import WorkLimits
from analyzer.cli.app_types import type_map
from analyzer.cli.baselines import exit_code, finish_waivers, stale_source
from analyzer.cli.config import scan_config, waivers_of
from analyzer.cli.options import (
    DEFAULT_LANG,
    AnalysisOptions,
    AppTypeOpt,
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
from analyzer.errors import UsageError
from analyzer.i18n import N_
from analyzer.report import Format, ToolInfo
from analyzer.tables import load_tables


@guarded
@analysis_options
def scan(
    ctx: typer.Context,
    apks: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="APK files, and folders walked for *.apk.",
            show_default=False,
        ),
    ],
    fmt: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
    max_memory: MaxMemoryOpt = DEFAULT_MAX_MEMORY_MB,
    app_type: AppTypeOpt = None,
    lang: LangOpt = DEFAULT_LANG,
    *,
    analysis: AnalysisOptions,
) -> None:
    """Analyse APKs (files or folders) and report, in argument order, one result per file."""
    tables = load_tables()
    config = scan_config(analysis, injected(ctx).resolver)
    waivers = waivers_of(analysis)
    types = type_map(
        tables.app_types, app_type, analysis.app_types, analysis.declarations, waivers=waivers
    )
    scan_fn = injected(ctx).scan
    units = expand(apks, config.limits.max_file_bytes)
    limits = WorkLimits(timeout, max_memory)
    analysed = scan_limited([u.path for u in units], config, limits, scan=scan_fn)
    results = [
        types.apply(r.with_duplicates(u.duplicates)) for u, r in zip(units, analysed, strict=True)
    ]
    tool = ToolInfo("permaudit", __version__, tables.data_version)
    stale = stale_source(waivers)
    tally = deliver(fmt, tool, lambda: results, output, csv_mode, lang=lang, stale=stale)
    report_errors(tally, analysis.debug, lang)
    fails = finish_waivers(
        waivers, lambda: results, analysis.write_baseline, analysis.fail_on_stale, lang
    )
    raise typer.Exit(exit_code(tally.exit_code(fail_on), fails))


def expand(args: Sequence[str], max_bytes: int) -> list[Unit]:
    """Folders → their APKs (sorted, as ``batch``); other paths as given; one unit per content.

    Only folders are expanded: a file argument is always an APK to analyse, never a list
    file as in ``batch``. A folder without any APK is a usage error, not an empty report.
    """
    paths: list[str] = []
    for arg in args:
        if Path(arg).is_dir():
            found = discover([arg])
            if not found:
                raise UsageError(N_("{folder}: no *.apk file under this folder"), folder=arg)
            paths.extend(found)
        else:
            paths.append(arg)
    return plan(paths, max_bytes)
