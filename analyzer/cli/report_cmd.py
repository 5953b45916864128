"""``permaudit report``: rebuild a report from the store without re-scanning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from analyzer import __version__
from analyzer.batch.store import stored_results
from analyzer.cli.app_types import type_map
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
) -> None:
    """Rebuild a report from the store without re-scanning (default: the last batch)."""
    types = type_map(load_tables().app_types, app_types_file=app_types)
    stored, key, count = stored_results(db, every_run=all_results)

    def results() -> Iterator[Result]:
        return types.apply_all(stored())  # necessity is judged now, never stored

    data_version = key.data_version if key else load_tables().data_version
    tool = ToolInfo("permaudit", __version__, data_version)
    tally = deliver(fmt, tool, results, output, csv_mode, count, lang)
    write_summary(tally, {}, summary, lang)
    raise typer.Exit(tally.exit_code(fail_on))
