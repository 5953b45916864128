"""The ``permaudit`` command line: parse options, call the library, print, exit.

Each command lives in its own module; this one assembles them into one typer ``app``.
Only this package prints or exits.
"""

from __future__ import annotations

from typing import Annotated

import typer

from analyzer import __version__
from analyzer.cli.app_types import app_types
from analyzer.cli.batch_cmd import batch
from analyzer.cli.diff_cmd import diff
from analyzer.cli.output import guarded
from analyzer.cli.plain import PlainCommand, PlainGroup
from analyzer.cli.report_cmd import report
from analyzer.cli.rules_cmd import explain, rules
from analyzer.cli.scan_cmd import scan
from analyzer.errors import EXIT_OK

app = typer.Typer(
    name="permaudit",
    help=(
        "Audit Android APKs for sensitive permissions (calls, location, messages, contacts,"
        " settings) taken without disclosure."
    ),
    cls=PlainGroup,
    rich_markup_mode=None,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"permaudit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """permaudit: which sensitive access does an app take without telling its users?"""


app.command(cls=PlainCommand, short_help="Analyse APK files and folders.")(scan)
app.command(cls=PlainCommand, short_help="Analyse collections, resumably.")(batch)
app.command(cls=PlainCommand, short_help="Rebuild a report from the store.")(report)
app.command(cls=PlainCommand, short_help="What changed between two builds or batches.")(diff)
app.command("app-types", cls=PlainCommand, short_help="List the app types of the 2021 rules.")(
    guarded(app_types)
)
app.command(cls=PlainCommand, short_help="List the rules with their legal basis.")(rules)
app.command(cls=PlainCommand, short_help="Explain one rule in full.")(explain)

__all__ = ["app"]
