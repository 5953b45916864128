"""Writing what commands produce: reports to stdout or a file, errors to stderr, exit codes.

Exit codes (DESIGN §2.6): 0 nothing at or above ``--fail-on``; 1 a finding at or above
it; 2 usage error; 3 some input could not be analysed and no finding reached the
threshold; a crash of permaudit itself is one line and 3, never 1.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click
import typer

from analyzer.cli.options import CsvMode, FailOn
from analyzer.cli.tally import CountedOnce, Tally, tally_of
from analyzer.errors import (
    EXIT_INPUT_ERROR,
    PermauditError,
    TranslatedError,
    UsageError,
)
from analyzer.i18n import DEFAULT_LANG, N_, Translator, translator
from analyzer.i18n.labels import error_text
from analyzer.model import Result
from analyzer.report import STREAMED, Format, Report, ToolInfo, formatter_for, stream
from analyzer.report.safe import terminal
from analyzer.report.summary import summary_lines

F = TypeVar("F", bound=Callable[..., Any])


def exit_code(results: Iterable[Result], fail_on: FailOn) -> int:
    """1 if an active finding reaches ``fail_on``; else 3 if any input failed; else 0."""
    return tally_of(results).exit_code(fail_on)


def say(message: str) -> None:
    """One line for people on stderr, prefixed with the program's name."""
    typer.echo(f"permaudit: {message}", err=True)


def guarded(command: F) -> F:
    """Turn permaudit's errors into one line and their exit code; a bug into exit 3."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, click.exceptions.Exit, click.ClickException):
            raise
        except UsageError as exc:
            tr = _tr(kwargs)
            say(tr.gettext("usage: {message}").format(message=told(exc, tr)))
            raise typer.Exit(exc.exit_code) from None
        except TranslatedError as exc:
            say(told(exc, _tr(kwargs)))
            raise typer.Exit(exc.exit_code) from None
        except PermauditError as exc:
            say(terminal(str(exc)))
            raise typer.Exit(exc.exit_code) from None
        except Exception as exc:  # a bug: one line, exit 3, the trace only with --debug
            text = _tr(kwargs).gettext("internal error: {error}")
            say(text.format(error=terminal(repr(exc))))
            if _debug_requested(kwargs):
                typer.echo(traceback.format_exc(), err=True)
            raise typer.Exit(EXIT_INPUT_ERROR) from None

    return wrapper  # type: ignore[return-value]


def told(exc: TranslatedError, tr: Translator) -> str:
    """The error's message in ``tr``'s language, each field escaped for the terminal."""
    fields = {name: terminal(str(value)) for name, value in exc.fields.items()}
    return tr.gettext(exc.template).format(**fields)


def _tr(kwargs: dict[str, Any]) -> Translator:
    """The command's ``--lang`` (already checked by its option), else English."""
    lang = kwargs.get("lang")
    return translator(lang if isinstance(lang, str) else DEFAULT_LANG)


def _debug_requested(kwargs: dict[str, Any]) -> bool:
    analysis = kwargs.get("analysis")
    return bool(kwargs.get("debug") or getattr(analysis, "debug", False))


def deliver(
    fmt: Format,
    tool: ToolInfo,
    source: Callable[[], Iterable[Result]],
    output: Path | None,
    csv_mode: CsvMode = CsvMode.FINDINGS,
    count: int | None = None,
    lang: str = DEFAULT_LANG,
    stale: Callable[[], Iterable[Mapping[str, Any]]] | None = None,
) -> Tally:
    """Write the report in ``lang`` to stdout or, atomically, to ``output``; tally results.

    JSON, JSONL, CSV and SARIF are written as they are read (memory for one result);
    the table, Markdown and a single-file HTML need every result at once. HTML of more
    than ``SINGLE_FILE_MAX_APKS`` results is a folder of pages, written page by page.
    """
    tally = Tally()
    counted = CountedOnce(source, tally)
    if fmt is Format.HTML:
        from analyzer.report.html_pages import SINGLE_FILE_MAX_APKS, html_pages  # jinja2

        total = count if count is not None else sum(1 for _ in counted())
        if total > SINGLE_FILE_MAX_APKS:
            if output is None:
                template = N_(
                    "an HTML report of {total} APKs is a folder of pages (above {most}):"
                    " give -o FOLDER"
                )
                raise UsageError(template, total=total, most=SINGLE_FILE_MAX_APKS)
            write_folder(output, html_pages(tool, counted, lang=lang))
            counted.finish()
            return tally
    if fmt in STREAMED:
        chunks: Iterable[str] = stream(
            fmt, tool, counted, csv_mode=csv_mode.value, lang=lang, stale=stale
        )
    else:
        to_terminal = output is None and sys.stdout.isatty()
        color = fmt is Format.TABLE and to_terminal
        width = terminal_width(to_terminal) if output is None else None
        formatter = formatter_for(fmt, lang=lang, color=color, width=width, csv_mode=csv_mode.value)
        chunks = [formatter.render(Report(tool, list(counted())))]
    if output is None:
        write_stdout_chunks(chunks)
    else:
        write_atomically(output, chunks)
    counted.finish()
    return tally


def write_folder(path: Path, files: Iterable[tuple[str, str]]) -> None:
    """Write files into a temporary folder beside ``path``, then rename it into place.

    No partial folder is ever left: on any failure the temporary folder is removed. An
    existing ``path`` must be an empty folder (it is replaced), never a file or a folder
    with content.
    """
    import shutil

    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        template = N_("cannot write the HTML folder {path}: it exists and is not empty")
        raise UsageError(template, path=path)
    parent = path.parent if str(path.parent) else Path()
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=parent))
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    try:
        tmp.chmod(0o777 & ~_umask())
        for name, text in files:
            (tmp / name).write_text(text, encoding="utf-8")
        tmp.replace(path)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _unwritable(path, exc) from exc
        raise


def terminal_width(is_terminal: bool) -> int | None:
    """``COLUMNS`` when set (also when piped), else the terminal's width, else None."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if is_terminal:
        try:
            return os.get_terminal_size().columns
        except OSError:
            return None
    return None


def write_stdout(text: str) -> None:
    write_stdout_chunks([text])


def write_stdout_chunks(chunks: Iterable[str]) -> None:
    """The report on stdout as UTF-8; text that cannot be encoded is escaped, not fatal."""
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="backslashreplace")
    for chunk in chunks:
        out.write(chunk)
    out.flush()


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write a report to ``path`` so that no partial or wrong file is ever left behind.

    A regular file (or a new one) is written to a temporary file beside it and renamed
    into place. Anything else that exists is never replaced: a FIFO, a terminal or
    ``/dev/stdout`` gets a plain write (renaming over them would destroy them), a folder
    is refused. Text that cannot be encoded is escaped, never fatal.
    """
    chunks = [text] if isinstance(text, str) else text
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except (OSError, ValueError) as exc:
        raise _unwritable(path, exc) from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(N_("cannot write {path}: it is a folder"), path=path)
    if mode is not None and not stat.S_ISREG(mode):
        _write_plain(path, chunks)
        return
    directory = path.parent if str(path.parent) else Path()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except (OSError, ValueError) as exc:
        raise _unwritable(path, exc) from exc
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a report is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as fh:
            fh.writelines(chunks)
        Path(tmp).replace(path)
    except BaseException as exc:  # whatever stops the write, the temporary file goes
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _unwritable(path, exc) from exc
        raise


def _write_plain(path: Path, chunks: Iterable[str]) -> None:
    try:
        with path.open("w", encoding="utf-8", errors="backslashreplace", newline="") as fh:
            fh.writelines(chunks)
    except OSError as exc:
        raise _unwritable(path, exc) from exc


def _unwritable(path: Path | str, exc: BaseException) -> UsageError:
    why = str(getattr(exc, "strerror", None) or exc)
    return UsageError(N_("cannot write {path}: {why}"), path=path, why=why)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def report_errors(tally: Tally, debug: bool, lang: str = DEFAULT_LANG) -> None:
    """One stderr line per APK that could not be analysed (its trace with --debug)."""
    tr = translator(lang)
    for failed in tally.failed:
        text = error_text(tr, failed.kind, failed.message)
        if tr.chinese:  # the English detail names the file; the Chinese text does not
            text = f"{failed.path}: {text}"
        say(f"{terminal(failed.kind)}: {terminal(text)}")
        if debug and failed.trace:
            typer.echo(failed.trace, err=True)
    more = tally.counter.total - tally.counter.ok - len(tally.failed)
    if more > 0:
        say(
            tr.gettext(
                "... and {n} more APK(s) that could not be analysed (listed in the report)"
            ).format(n=more)
        )


def write_summary(
    tally: Tally, extra: dict[str, int], path: Path | None, lang: str = DEFAULT_LANG
) -> None:
    """The counts on stderr (in ``lang``), and as JSON in ``path`` when asked."""
    import json

    counts = tally.counter.counts()
    for line in summary_lines(counts, extra, translator(lang)):
        say(terminal(line))
    if path is not None:
        write_atomically(path, json.dumps({**counts, **extra}, indent=2) + "\n")
