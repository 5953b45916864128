"""The ``permaudit`` command: parse options, run, render, write, exit. Nothing else.

This is the only module that prints or exits. Exit codes (DESIGN §2.6):
0 nothing at or above ``--fail-on``; 1 a finding at or above it; 2 usage error;
3 some input could not be analysed and no finding reached the threshold.
"""

from __future__ import annotations

import enum
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from analyzer import __version__
from analyzer.apk.archive import Limits
from analyzer.model import Result, Severity
from analyzer.report import Format, Report, ToolInfo, formatter_for
from analyzer.report.safe import terminal

if TYPE_CHECKING:
    from analyzer.scan import ScanConfig

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT_ERROR = 3

app = typer.Typer(
    name="permaudit",
    help=(
        "Audit Android APKs for sensitive permissions (calls, location, messages, contacts,"
        " settings) taken without disclosure."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class FailOn(str, enum.Enum):
    """Threshold for exit code 1; ``none`` never fails on findings."""

    NONE = "none"
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


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


FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.10
    typer.Option("--output", "-o", help="Write the report to FILE instead of stdout."),
]
FailOnOpt = Annotated[
    FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show traces of internal errors.")]
LimitOpt = Annotated[
    list[str],
    typer.Option(
        "--limit",
        metavar="NAME=VALUE",
        help="Override a safety limit, e.g. max_manifest_bytes=1048576 (docs/security.md).",
    ),
]


class CsvMode(str, enum.Enum):
    """``findings``: one row per APK × finding; ``apps``: one row per APK."""

    FINDINGS = "findings"
    APPS = "apps"


CsvModeOpt = Annotated[CsvMode, typer.Option("--csv-mode", help="Rows of the csv format.")]


ManifestOnlyOpt = Annotated[
    bool,
    typer.Option(
        "--manifest-only",
        help="Read only the manifest and hash the file: a fast permission inventory.",
    ),
]
PolicyOpt = Annotated[
    Optional[str],  # noqa: UP045 - typer needs Optional at runtime on 3.10
    typer.Option("--policy", help="A privacy policy (text, HTML or Markdown) for every APK."),
]
PolicyDirOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--policy-dir", help="Folder of policies named after the package (.txt/.html/.md)."
    ),
]
DeclarationsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--declarations", help="JSON/TOML map: package → category → purpose of the access."
    ),
]
IgnoreOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--ignore", help="Waive a rule (repeatable); waived findings stay marked."),
]
BaselineOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--baseline", help="JSON list of accepted findings {package, rule, reason}."),
]
NoCodeOpt = Annotated[
    bool, typer.Option("--no-code", help="Do not read the dex; every category is not-checked.")
]
DeepOpt = Annotated[
    bool, typer.Option("--deep", help="Name the classes calling each API (androguard; slower).")
]


def analysis_config(
    *,
    manifest_only: bool,
    limit: list[str],
    policy: str | None,
    policy_dir: str | None,
    declarations: str | None,
    ignore: list[str] | None,
    baseline: str | None,
    no_code: bool,
    deep: bool,
    debug: bool,
) -> ScanConfig:
    """The ScanConfig for the analysis options that ``scan`` and ``batch`` share."""
    from analyzer.scan import ScanConfig

    return _scan_config(
        ScanConfig(
            limits=_limits(limit),
            manifest_only=manifest_only,
            debug=debug,
            code_evidence=not no_code,
            deep=deep,
        ),
        policy=policy,
        policy_dir=policy_dir,
        declarations=declarations,
        ignore=ignore or [],
        baseline=baseline,
    )


@app.command()
def scan(
    apks: Annotated[list[str], typer.Argument(help="APK files to analyse.", show_default=False)],
    fmt: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    manifest_only: ManifestOnlyOpt = False,
    policy: PolicyOpt = None,
    policy_dir: PolicyDirOpt = None,
    declarations: DeclarationsOpt = None,
    ignore: IgnoreOpt = None,
    baseline: BaselineOpt = None,
    no_code: NoCodeOpt = False,
    deep: DeepOpt = False,
    limit: LimitOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    csv_mode: CsvModeOpt = CsvMode.FINDINGS,
    debug: DebugOpt = False,
) -> None:
    """Analyse APK files and report, in argument order, one result per file."""
    from analyzer.scan import scan_path
    from analyzer.tables import load_tables

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
    results = [scan_path(path, config, tables) for path in apks]
    report = Report(ToolInfo("permaudit", __version__, tables.data_version), results)
    _emit(report, fmt, output, csv_mode)
    _report_errors(results, debug)
    raise typer.Exit(exit_code(results, fail_on))


def _scan_config(
    base: ScanConfig,
    *,
    policy: str | None,
    policy_dir: str | None,
    declarations: str | None,
    ignore: list[str],
    baseline: str | None,
) -> ScanConfig:
    """Read the user's policy, declaration and baseline files; unreadable → exit 2."""
    from analyzer.disclosure.sources import load_declarations, load_policy
    from analyzer.errors import UsageError
    from analyzer.rules import REGISTRY
    from analyzer.rules.waivers import parse_baseline

    unknown = [r for r in ignore if r not in REGISTRY]
    if unknown:
        _fail_usage(f"--ignore: unknown rule {', '.join(unknown)} (see docs/rules.md)")
    if policy_dir is not None and not Path(policy_dir).is_dir():
        _fail_usage(f"--policy-dir {policy_dir}: not a directory")
    try:
        loaded_policy = load_policy(policy) if policy else None
        decl = load_declarations(declarations) if declarations else {}
        entries = parse_baseline(Path(baseline).read_text("utf-8")) if baseline else ()
    except UsageError as exc:
        _fail_usage(str(exc))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        _fail_usage(f"cannot read --baseline {baseline}: {exc}")
    return replace(
        base,
        policy=loaded_policy,
        policy_dir=policy_dir,
        declarations=decl,
        declarations_ref=declarations or "",
        ignore=tuple(ignore),
        baseline=entries,
    )


def exit_code(results: Sequence[Result], fail_on: FailOn) -> int:
    """1 if an active finding reaches ``fail_on``; else 3 if any input failed; else 0."""
    if fail_on is not FailOn.NONE:
        threshold = Severity.parse(fail_on.value)
        if any(f.severity >= threshold for r in results for f in r.active_findings()):
            return EXIT_FINDINGS
    if any(not r.ok for r in results):
        return EXIT_INPUT_ERROR
    return EXIT_OK


def _emit(
    report: Report, fmt: Format, output: Path | None, csv_mode: CsvMode = CsvMode.FINDINGS
) -> None:
    color = fmt is Format.TABLE and output is None and sys.stdout.isatty()
    width = os.get_terminal_size().columns if color else 110
    text = formatter_for(fmt, color=color, width=width, csv_mode=csv_mode.value).render(report)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    _write_atomically(output, text)


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so no partial report is ever left behind."""
    directory = path.parent if str(path.parent) else Path()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:
        _fail_usage(f"cannot write {path}: {exc.strerror or exc}")
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a report is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        _fail_usage(f"cannot write {path}: {exc.strerror or exc}")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _report_errors(results: Sequence[Result], debug: bool) -> None:
    for result in results:
        if result.error is None:
            continue
        typer.echo(
            f"permaudit: {terminal(result.error.kind)}: {terminal(result.error.message)}",
            err=True,
        )
        if debug and result.error.trace:
            typer.echo(result.error.trace, err=True)


def _limits(pairs: list[str]) -> Limits:
    try:
        return Limits().with_overrides(pairs)
    except ValueError as exc:
        _fail_usage(str(exc))
        raise  # unreachable: _fail_usage exits


def _fail_usage(message: str) -> NoReturn:
    typer.echo(f"permaudit: usage error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


# The batch and report commands live in their own module (part of this CLI layer) to keep
# both files short; importing it registers them on ``app``.
import analyzer.cli.batch_cmd  # noqa: E402, F401
