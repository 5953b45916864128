"""The ``batch`` and ``report`` commands: part of the CLI layer (may print and exit).

Split from ``cli.py`` only to keep modules short; the shared options, ``exit_code`` and
``_emit`` stay there so all three commands behave the same (DESIGN §2.6, §2.7).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from analyzer import __version__
from analyzer.cli.commands import (
    EXIT_USAGE,
    BaselineOpt,
    CsvMode,
    CsvModeOpt,
    DebugOpt,
    DeclarationsOpt,
    DeepOpt,
    FailOn,
    FailOnOpt,
    FormatOpt,
    IgnoreOpt,
    LimitOpt,
    ManifestOnlyOpt,
    NoCodeOpt,
    OutputOpt,
    PolicyDirOpt,
    PolicyOpt,
    _emit,
    _fail_usage,
    _report_errors,
    _write_atomically,
    analysis_config,
    app,
    exit_code,
)
from analyzer.model import Result
from analyzer.report import Format, Report, ToolInfo
from analyzer.report.jsonl import render_line
from analyzer.report.safe import terminal
from analyzer.report.summary import summarize

EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT

DbOpt = Annotated[Path, typer.Option("--db", help="SQLite result store.")]
SummaryOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.10
    typer.Option("--summary", help="Also write the summary (counts) as JSON to FILE."),
]


class _RateColumn(ProgressColumn):
    """APKs per second (rich has a rate column only for bytes)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} APK/s" if speed else "- APK/s")


@app.command()
def batch(
    paths: Annotated[list[str], typer.Argument(help="Folders (walked for *.apk) and list files.")],
    fmt: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    db: DbOpt = Path("permaudit.sqlite"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = (
        os.cpu_count() or 1
    ),
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds allowed per APK.")
    ] = 300.0,
    max_memory: Annotated[
        int, typer.Option("--max-memory", min=64, help="Address-space cap per worker, in MB.")
    ] = 4096,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--scheduler", help="Run on the Dask cluster at ADDRESS (permaudit[dask])."),
    ] = None,
    summary: SummaryOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    manifest_only: ManifestOnlyOpt = False,
    policy: PolicyOpt = None,
    policy_dir: PolicyDirOpt = None,
    declarations: DeclarationsOpt = None,
    ignore: IgnoreOpt = None,
    baseline: BaselineOpt = None,
    no_code: NoCodeOpt = False,
    deep: DeepOpt = False,
    limit: LimitOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    debug: DebugOpt = False,
    scan_target: Annotated[
        str, typer.Option("--scan-target", hidden=True, help="module:function (tests only).")
    ] = "analyzer.scan:scan_path",
) -> None:
    """Analyse whole collections with resumable storage; report like ``scan``."""
    from analyzer.batch.runner import BatchOptions, discover, plan, run_batch
    from analyzer.batch.store import Store, StoreError, StoreKey, config_hash
    from analyzer.batch.workers import WorkLimits
    from analyzer.tables import load_tables

    if scheduler:
        _require_dask()
    tables = load_tables()
    config = analysis_config(
        manifest_only=manifest_only,
        limit=limit,
        policy=policy,
        policy_dir=policy_dir,
        declarations=declarations,
        ignore=ignore,
        baseline=baseline,
        no_code=no_code,
        deep=deep,
        debug=debug,
    )
    key = StoreKey(__version__, tables.data_version, config_hash(config.cache_key()))
    found = discover(paths)
    units = plan(found)
    options = BatchOptions(jobs, WorkLimits(timeout, max_memory), scheduler, scan_target)
    results: list[Result | None] = [None] * len(units)
    reused = 0
    try:
        store = Store.open(db)
    except StoreError as exc:
        _fail_usage(str(exc))
    stream = _JsonlStream(output) if fmt is Format.JSONL else None
    try:
        with store, _progress(quiet, len(units)) as progress:
            store.begin_run(key, config.cache_key())
            task = progress.add_task("analysing", total=len(units)) if progress else None
            for done in run_batch(units, config, store, key, options):
                results[done.index] = done.result
                reused += done.reused
                if stream is not None:
                    stream.write(render_line(done.result))
                if progress is not None and task is not None:
                    progress.advance(task)
    except KeyboardInterrupt:
        stored = sum(r is not None for r in results)
        typer.echo(
            f"permaudit: interrupted; {stored} of {len(units)} result(s) are in {db},"
            " run the same command again to resume",
            err=True,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    final = [r for r in results if r is not None]
    report = Report(ToolInfo("permaudit", __version__, tables.data_version), final)
    if stream is not None:
        stream.close()
    else:
        _emit(report, fmt, output, csv_mode)
    extra = {"paths": len(found), "from_store": reused, "analysed": len(final) - reused}
    _write_summary(final, extra, summary)
    _report_errors(final, debug)
    raise typer.Exit(exit_code(final, fail_on))


@app.command()
def report(
    db: DbOpt = Path("permaudit.sqlite"),
    fmt: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    summary: SummaryOpt = None,
    all_results: Annotated[
        bool, typer.Option("--all", help="Every stored result, not only the last batch's key.")
    ] = False,
) -> None:
    """Rebuild a report from the store without re-scanning (default: the last batch)."""
    from analyzer.batch.store import Store, StoreError
    from analyzer.tables import load_tables

    if not db.is_file():
        _fail_usage(f"no store at {db}")
    try:
        with Store.open(db) as store:
            key = None if all_results else store.last_key()
            results = store.results(key)
    except StoreError as exc:
        _fail_usage(str(exc))
    data_version = key.data_version if key else load_tables().data_version
    _emit(Report(ToolInfo("permaudit", __version__, data_version), results), fmt, output, csv_mode)
    _write_summary(results, {}, summary)
    raise typer.Exit(exit_code(results, fail_on))


def _require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        typer.echo("permaudit: --scheduler needs Dask: pip install 'permaudit[dask]'", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def _progress(quiet: bool, total: int) -> AbstractContextManager[Progress | None]:
    """A progress bar on stderr, only for people: none with --quiet or when piped."""
    if quiet or total == 0 or not sys.stderr.isatty():
        return nullcontext()
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )


class _JsonlStream:
    """JSON Lines written as results arrive: to stdout, or to FILE renamed into place at the end."""

    def __init__(self, output: Path | None) -> None:
        self.output = output
        self.lines: list[str] = []

    def write(self, line: str) -> None:
        if self.output is None:
            sys.stdout.write(line)
            sys.stdout.flush()
        else:
            self.lines.append(line)

    def close(self) -> None:
        if self.output is not None:
            _write_atomically(self.output, "".join(self.lines))


def _summary_lines(counts: dict[str, Any], extra: dict[str, int]) -> Iterator[str]:
    head = f"{counts['apks']} APK(s): {counts['ok']} analysed, {counts['errors']} error(s)"
    if extra:
        head += (
            f"; {extra['paths']} path(s) found, {extra['analysed']} analysed now,"
            f" {extra['from_store']} from the store"
        )
    yield head
    cats = ", ".join(
        f"{c} {v['requested']}/{v['disclosed']}" for c, v in counts["categories"].items()
    )
    yield f"categories (requested/disclosed): {cats}"
    yield "rules: " + (", ".join(f"{k} {v}" for k, v in counts["rules"].items()) or "none")
    yield "severities: " + ", ".join(f"{k} {v}" for k, v in counts["severities"].items())
    kinds = ", ".join(f"{k} {v}" for k, v in counts["error_kinds"].items())
    yield "error kinds: " + (kinds or "none")


def _write_summary(results: Sequence[Result], extra: dict[str, int], path: Path | None) -> None:
    counts = summarize(results)
    for line in _summary_lines(counts, extra):
        typer.echo(f"permaudit: {terminal(line)}", err=True)
    if path is not None:
        _write_atomically(path, json.dumps({**counts, **extra}, indent=2) + "\n")
