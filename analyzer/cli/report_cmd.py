"""``permaudit report``: rebuild a report from the store without re-scanning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from analyzer import __version__
from analyzer.batch.store import stored_results
from analyzer.cli.app_types import type_map
from analyzer.cli.baselines import exit_code, finish_waivers, stale_source
from analyzer.cli.config import waivers_for
from analyzer.cli.options import (
    DEFAULT_LANG,
    AppTypesOpt,
    CsvMode,
    CsvModeOpt,
    DbOpt,
    FailOn,
    FailOnOpt,
    FormatOpt,
    LangOpt,
    OutputOpt,
    SummaryOpt,
)
from analyzer.cli.output import deliver, guarded, write_summary
from analyzer.model import Result
from analyzer.report import Format, ToolInfo
from analyzer.tables import load_tables


@guarded
def report(
    db: DbOpt = Path("permaudit.sqlite"),
    fmt: FormatOpt = Format.BRIEF,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    lang: LangOpt = DEFAULT_LANG,
    summary: SummaryOpt = None,
    all_results: Annotated[
        bool, typer.Option("--all", help="Every stored result, not only the last batch's key.")
    ] = False,
    app_types: AppTypesOpt = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--ignore", metavar="RULE", help="Waive a rule (repeatable)."),
    ] = None,
    baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--baseline", metavar="FILE", help="Waive the findings this baseline lists."),
    ] = None,
    write_baseline: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--write-baseline", metavar="FILE", help="Write the findings as a baseline."),
    ] = None,
    fail_on_stale: Annotated[
        bool, typer.Option("--fail-on-stale", help="Exit 1 when a baseline entry is stale.")
    ] = False,
) -> None:
    """Rebuild a report from the store without re-scanning (default: the last batch).

    App types and waivers are applied now, never stored: a new type map or baseline
    judges the stored analyses again without analysing any APK.
    """
    waivers = waivers_for(tuple(ignore or ()), baseline)
    types = type_map(load_tables().app_types, app_types_file=app_types, waivers=waivers)
    stored, key, count = stored_results(db, every_run=all_results)

    def results() -> Iterator[Result]:
        return types.apply_all(stored())  # necessity and waivers are judged now

    data_version = key.data_version if key else load_tables().data_version
    tool = ToolInfo("permaudit", __version__, data_version)
    stale = stale_source(waivers)
    tally = deliver(fmt, tool, results, output, csv_mode, count, lang, stale=stale)
    write_summary(tally, {}, summary, lang)
    fails = finish_waivers(waivers, results, write_baseline, fail_on_stale, lang)
    raise typer.Exit(exit_code(tally.exit_code(fail_on), fails))
