"""``permaudit batch``: whole collections, resumable through the SQLite store."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional

import typer

from analyzer import __version__
from analyzer.batch.collection import BatchOutcome, BatchRun, Progress, run_collection
from analyzer.batch.runner import BatchOptions
from analyzer.batch.workers import WorkLimits
from analyzer.cli.app_types import TypeMap, type_map
from analyzer.cli.baselines import exit_code, finish_waivers, stale_source
from analyzer.cli.config import scan_config, waivers_of
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
    MaxMemoryOpt,
    OutputOpt,
    SummaryOpt,
    TimeoutOpt,
    analysis_options,
    injected,
)
from analyzer.cli.output import deliver, guarded, report_errors, write_stdout, write_summary
from analyzer.cli.tally import Tally
from analyzer.errors import ERROR_KINDS, UsageError
from analyzer.i18n import N_, Translator, translator
from analyzer.model import Result
from analyzer.report import Format, ToolInfo
from analyzer.report.jsonl import render_line
from analyzer.tables import load_tables

JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes.")]
SchedulerOpt = Annotated[
    Optional[str],  # noqa: UP045 - typer needs Optional at runtime on 3.10
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Run on the Dask cluster at ADDRESS (permaudit[dask]).",
    ),
]
DEFAULT_JOBS = os.cpu_count() or 1
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")]
RetryOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--retry",
        metavar="KIND,...",
        help="Analyse again stored results that failed with these error kinds,"
        " e.g. timeout,memory,internal.",
    ),
]


@guarded
@analysis_options
def batch(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH", help="Folders (walked for *.apk) and list files."),
    ],
    fmt: FormatOpt = Format.BRIEF,
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
    retry: RetryOpt = None,
    *,
    analysis: AnalysisOptions,
) -> None:
    """Analyse whole collections with resumable storage: one line per APK by default."""
    if scheduler:
        _require_dask()
    tables = load_tables()
    limits = WorkLimits(timeout, max_memory)
    options = BatchOptions(jobs, limits, scheduler, injected(ctx).scan, _retry_kinds(retry))
    live = fmt is Format.JSONL and output is None  # lines on stdout as APKs finish
    tally = Tally()
    progress = _progress(quiet, lang)
    config = scan_config(analysis, injected(ctx).resolver)
    waivers = waivers_of(analysis)
    types = type_map(
        tables.app_types,
        app_types_file=analysis.app_types,
        declarations=analysis.declarations,
        waivers=waivers,
    )
    run = BatchRun(
        paths=paths,
        config=config,
        db=db,
        data_version=tables.data_version,
        options=options,
        progress=progress,
        on_result=_live_lines(tally, types, translator(lang))
        if live
        else (lambda r: tally.add(types.apply(r))),
    )
    outcome = _run(run)
    judged = lambda: types.apply_all(outcome.results())  # noqa: E731 - a re-iterable source
    if not live:  # every other report is read back from the store, in discovery order
        tool = ToolInfo("permaudit", __version__, tables.data_version)
        stale = stale_source(waivers)
        deliver(fmt, tool, judged, output, csv_mode, len(outcome.units), lang, stale=stale)
    write_summary(tally, outcome.counts(), summary, lang)
    report_errors(tally, analysis.debug, lang)
    fails = finish_waivers(waivers, judged, analysis.write_baseline, analysis.fail_on_stale, lang)
    raise typer.Exit(exit_code(tally.exit_code(fail_on), fails))


def _progress(quiet: bool, lang: str) -> Progress:
    """The progress display; rich is imported only when a batch runs."""
    from analyzer.cli.progress import progress_for

    return progress_for(quiet, translator(lang))


def _run(run: BatchRun) -> BatchOutcome:
    """Run the batch; the progress bar is closed whatever happens."""
    from analyzer.cli.progress import ProgressBar

    try:
        return run_collection(run)
    finally:
        if isinstance(run.progress, ProgressBar):
            run.progress.close()


def _live_lines(tally: Tally, types: TypeMap, tr: Translator) -> Callable[[Result], None]:
    """JSON Lines on stdout as results arrive (a consumer can follow a long run)."""

    def on_result(result: Result) -> None:
        judged = tally.add(types.apply(result))
        write_stdout(render_line(judged, tr))

    return on_result


def _retry_kinds(text: str | None) -> frozenset[str]:
    kinds = frozenset(k.strip() for k in (text or "").split(",") if k.strip())
    unknown = sorted(kinds - set(ERROR_KINDS))
    if unknown:
        template = N_("--retry: unknown error kind {unknown}; kinds are {kinds}")
        raise UsageError(template, unknown=", ".join(unknown), kinds=", ".join(ERROR_KINDS))
    return kinds


def _require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise UsageError(N_("--scheduler needs Dask: pip install 'permaudit[dask]'")) from None
