"""Plain help and one-line usage errors for every command.

Typer's own help shows internal type names (``<bool>``, ``<list[str]>``) and draws
boxes; its usage errors take four lines and carry a "Value error," prefix from its
coercion layer. People read ``--help`` at 80 columns and scripts read stderr, so help
is click's plain definition list with metavars we choose, and a usage error is one
line: ``permaudit: usage: …`` and exit 2.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer import _click
from typer.core import TyperCommand, TyperGroup

from analyzer.errors import EXIT_USAGE
from analyzer.report.safe import terminal

_NOISE = re.compile(r"\b(?:Value|Type|Assertion) error, ")


def usage_line(message: str) -> str:
    """The one line a usage error prints (no internal prefixes, no control characters)."""
    return f"permaudit: usage: {terminal(_NOISE.sub('', message))}"


class PlainCommand(TyperCommand):
    """A command whose help lists options with plain metavars (FILE, FORMAT…)."""

    def collect_usage_pieces(self, ctx: _click.Context) -> list[str]:
        pieces = ["[OPTIONS]"]
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = (param.metavar or param.name or "").upper()
                pieces.append(f"{name}..." if param.nargs != 1 else name)
        return pieces

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        args: list[tuple[str, str]] = []
        opts: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = _record(param, ctx)
            if record is not None:
                (args if param.param_type_name == "argument" else opts).append(record)
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _record(param: Any, ctx: _click.Context) -> tuple[str, str] | None:
    """``(name column, help column)`` for one parameter, without internal type names."""
    if getattr(param, "hidden", False):
        return None
    help_text = getattr(param, "help", None) or ""
    if param.param_type_name == "argument":
        name = (param.metavar or param.name or "").upper()
        return (f"{name}..." if param.nargs != 1 else name), help_text
    names = ", ".join(param.opts)
    if not (param.is_flag or param.count):
        names += f" {param.metavar or 'VALUE'}"
    default = param.default
    if param.show_default is not False and default not in (None, False, (), []):
        shown = getattr(default, "value", default)
        if not callable(shown):
            help_text = f"{help_text} [default: {shown}]".strip()
    return names, help_text


class PlainGroup(TyperGroup):
    """The ``permaudit`` group: plain help, and usage errors as one line (exit 2)."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except _click.exceptions.NoArgsIsHelpError as exc:  # bare ``permaudit``: the help
            typer.echo(exc.format_message(), err=True)
            code = EXIT_USAGE
        except _click.exceptions.UsageError as exc:
            typer.echo(usage_line(exc.format_message()), err=True)
            code = EXIT_USAGE
        except _click.exceptions.ClickException as exc:
            typer.echo(f"permaudit: {terminal(exc.format_message())}", err=True)
            code = exc.exit_code
        except typer.Abort:
            typer.echo("permaudit: aborted", err=True)
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)
