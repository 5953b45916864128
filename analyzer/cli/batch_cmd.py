"""``permaudit batch``: whole collections, resumable through the SQLite store."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from analyzer import __version__
from analyzer.batch.collection import BatchRun, run_collection
from analyzer.batch.runner import BatchOptions
from analyzer.batch.workers import WorkLimits
from analyzer.cli.config import scan_config
from analyzer.cli.options import (
    DEFAULT_LANG,
    AnalysisOptions,
    CsvMode,
    CsvModeOpt,
    DbOpt,
    FailOn,
    FailOnOpt,
    FormatOpt,
    LangOpt,
    OutputOpt,
    SummaryOpt,
    analysis_options,
    injected,
)
from analyzer.cli.output import (
    emit,
    exit_code,
    guarded,
    report_errors,
    write_atomically,
    write_stdout,
    write_summary,
)
from analyzer.cli.progress import ProgressBar, progress_for
from analyzer.errors import UsageError
from analyzer.i18n import Translator, translator
from analyzer.model import Result
from analyzer.report import Format, Report, ToolInfo
from analyzer.report.jsonl import render_line
from analyzer.tables import load_tables

JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds allowed per APK.")]
MaxMemoryOpt = Annotated[
    int, typer.Option("--max-memory", min=64, help="Address-space cap per worker, in MB.")
]
SchedulerOpt = Annotated[
    Optional[str],  # noqa: UP045 - typer needs Optional at runtime on 3.10
    typer.Option("--scheduler", help="Run on the Dask cluster at ADDRESS (permaudit[dask])."),
]
DEFAULT_JOBS = os.cpu_count() or 1
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


@guarded
@analysis_options
def batch(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Folders (walked for *.apk) and list files.")],
    fmt: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    lang: LangOpt = DEFAULT_LANG,
    db: DbOpt = Path("permaudit.sqlite"),
    jobs: JobsOpt = DEFAULT_JOBS,
    timeout: TimeoutOpt = 300.0,
    max_memory: MaxMemoryOpt = 4096,
    scheduler: SchedulerOpt = None,
    summary: SummaryOpt = None,
    quiet: QuietOpt = False,
    *,
    analysis: AnalysisOptions,
) -> None:
    """Analyse whole collections with resumable storage; report like ``scan``."""
    if scheduler:
        _require_dask()
    tables = load_tables()
    options = BatchOptions(jobs, WorkLimits(timeout, max_memory), scheduler, injected(ctx).scan)
    lines: list[str] = []
    stream = fmt is Format.JSONL
    progress = progress_for(quiet, translator(lang))
    run = BatchRun(
        paths=paths,
        config=scan_config(analysis),
        db=db,
        data_version=tables.data_version,
        options=options,
        progress=progress,
        on_result=_streamer(output, lines, translator(lang)) if stream else None,
    )
    try:
        outcome = run_collection(run)
    finally:
        if isinstance(progress, ProgressBar):
            progress.close()
    if stream and output is not None:
        write_atomically(output, "".join(lines))
    elif not stream:
        report = Report(ToolInfo("permaudit", __version__, tables.data_version), outcome.results)
        emit(report, fmt, output, csv_mode, lang)
    write_summary(outcome.results, outcome.counts(), summary, lang)
    report_errors(outcome.results, analysis.debug, lang)
    raise typer.Exit(exit_code(outcome.results, fail_on))


def _streamer(output: Path | None, lines: list[str], tr: Translator) -> Callable[[Result], None]:
    """JSON Lines as results arrive: to stdout, or kept for FILE (renamed in at the end)."""

    def on_result(result: Result) -> None:
        line = render_line(result, tr)
        if output is None:
            write_stdout(line)
        else:
            lines.append(line)

    return on_result


def _require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'permaudit[dask]'") from None
