"""Command-line options shared by several commands, each defined once.

The analysis options (policy files, code evidence, limits…) are the same for ``scan``
and ``batch``; ``analysis_options`` adds them to a command's signature so typer sees
them, and hands them to the command as one ``AnalysisOptions`` value.
"""

from __future__ import annotations

import enum
import functools
import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer

from analyzer.batch.workers import ScanFn
from analyzer.i18n import DEFAULT_LANG, parse_lang
from analyzer.remote.addresses import Resolver, system_resolver
from analyzer.report import Format
from analyzer.scan import scan_path

__all__ = ["DEFAULT_LANG", "LangOpt"]


class FailOn(str, enum.Enum):
    """Threshold for exit code 1; ``none`` never fails on findings."""

    NONE = "none"
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class CsvMode(str, enum.Enum):
    """``findings``: one row per APK × finding; ``apps``: one row per APK."""

    FINDINGS = "findings"
    APPS = "apps"


FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="Output format: table, brief, json, jsonl, csv, markdown, html or sarif.",
    ),
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional at runtime on 3.10
    typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report to FILE instead of stdout."
    ),
]
FailOnOpt = Annotated[
    FailOn,
    typer.Option(
        "--fail-on",
        metavar="SEVERITY",
        help="Exit 1 when a finding is at or above SEVERITY:"
        " none, info, low, medium, high or critical.",
    ),
]
CsvModeOpt = Annotated[
    CsvMode,
    typer.Option("--csv-mode", metavar="MODE", help="Rows of the csv format: findings or apps."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show traces of internal errors.")]
DbOpt = Annotated[Path, typer.Option("--db", metavar="FILE", help="SQLite result store.")]
TimeoutOpt = Annotated[
    float, typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Seconds allowed per APK.")
]
MaxMemoryOpt = Annotated[
    int,
    typer.Option("--max-memory", min=64, metavar="MB", help="Address-space cap per worker, in MB."),
]
AppTypeOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--app-type",
        metavar="TYPE",
        help="App type of every APK (see permaudit app-types): judges necessity.",
    ),
]
AppTypesOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--app-types",
        metavar="FILE",
        help="CSV, JSON or TOML map: package → app type (see permaudit app-types).",
    ),
]


def _check_lang(value: str) -> str:
    try:
        return parse_lang(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


LangOpt = Annotated[
    str,
    typer.Option(
        "--lang",
        envvar="PERMAUDIT_LANG",
        callback=_check_lang,
        help="Language of text for people: en or zh-CN (env PERMAUDIT_LANG).",
    ),
]
SummaryOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--summary", metavar="FILE", help="Also write the summary (counts) as JSON to FILE."
    ),
]


PolicyOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--policy",
        metavar="FILE",
        help="A privacy policy (text, HTML, Markdown, JSON or Android strings.xml) for every APK.",
    ),
]
PolicyDirOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--policy-dir",
        metavar="DIR",
        help="Folder of policies named after the package (.txt/.html/.md).",
    ),
]
DeclarationsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--declarations",
        metavar="FILE",
        help="JSON/TOML map: package → category → purpose (and app_type).",
    ),
]


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """The options that change what an analysis does (``scan`` and ``batch``)."""

    manifest_only: bool = False
    policy: str | None = None
    policy_dir: str | None = None
    declarations: str | None = None
    ignore: tuple[str, ...] = ()
    baseline: str | None = None
    no_code: bool = False
    deep: bool = False
    limit: tuple[str, ...] = ()
    debug: bool = False
    app_types: str | None = None
    write_baseline: str | None = None
    fail_on_stale: bool = False
    fetch_policies: bool = False
    offline: bool = False
    refresh_policies: bool = False
    policy_cache: str | None = None
    allow_host: tuple[str, ...] = ()


ManifestOnlyOpt = Annotated[
    bool,
    typer.Option(
        "--manifest-only",
        help="Read only the manifest and hash the file: a fast permission inventory.",
    ),
]
IgnoreOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--ignore",
        metavar="RULE",
        help="Waive a rule (repeatable); waived findings stay marked.",
    ),
]
BaselineOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--baseline",
        metavar="FILE",
        help="JSON list of accepted findings {package, rule, fingerprint, reason};"
        " applied when the report is built.",
    ),
]
WriteBaselineOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--write-baseline",
        metavar="FILE",
        help="Write this run's findings as a baseline (reason TODO) for --baseline.",
    ),
]
FailOnStaleOpt = Annotated[
    bool,
    typer.Option("--fail-on-stale", help="Exit 1 when a --baseline entry matches no finding."),
]
FetchPoliciesOpt = Annotated[
    bool,
    typer.Option(
        "--fetch-policies",
        help="Fetch the privacy policies the APK links to (public addresses only; cached).",
    ),
]
OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Judge linked policies from the cache only.")
]
RefreshPoliciesOpt = Annotated[
    bool, typer.Option("--refresh-policies", help="Fetch linked policies again.")
]
PolicyCacheOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--policy-cache", metavar="DIR", help="Where fetched policies are kept."),
]
AllowHostOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--allow-host",
        metavar="HOST[:PORT]",
        help="Allow fetching from this exact host even at a private address (tests).",
    ),
]
NoCodeOpt = Annotated[
    bool, typer.Option("--no-code", help="Do not read the dex; every category is not-checked.")
]
DeepOpt = Annotated[
    bool, typer.Option("--deep", help="Name the classes calling each API (androguard; slower).")
]
LimitOpt = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--limit",
        metavar="NAME=VALUE",
        help="Override a safety limit, e.g. max_manifest_bytes=1048576 (docs/security.md).",
    ),
]


def _analysis_template(
    manifest_only: ManifestOnlyOpt = False,
    policy: PolicyOpt = None,
    policy_dir: PolicyDirOpt = None,
    declarations: DeclarationsOpt = None,
    ignore: IgnoreOpt = None,
    baseline: BaselineOpt = None,
    write_baseline: WriteBaselineOpt = None,
    fail_on_stale: FailOnStaleOpt = False,
    fetch_policies: FetchPoliciesOpt = False,
    offline: OfflineOpt = False,
    refresh_policies: RefreshPoliciesOpt = False,
    policy_cache: PolicyCacheOpt = None,
    allow_host: AllowHostOpt = None,
    no_code: NoCodeOpt = False,
    deep: DeepOpt = False,
    limit: LimitOpt = None,
    debug: DebugOpt = False,
    app_types: AppTypesOpt = None,
) -> None:
    """Signature template: these parameters are added to every analysing command."""


F = TypeVar("F", bound=Callable[..., Any])


def analysis_options(command: F) -> F:
    """Give ``command`` the shared analysis options, delivered as ``analysis=AnalysisOptions``."""
    shared = inspect.signature(_analysis_template, eval_str=True).parameters
    own = inspect.signature(command, eval_str=True)
    hints = typing.get_type_hints(command, include_extras=True)
    hints.pop("analysis", None)
    hints.update(typing.get_type_hints(_analysis_template, include_extras=True))
    params = [p for p in own.parameters.values() if p.name != "analysis"]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in shared}
        values["ignore"] = tuple(values["ignore"] or ())
        values["limit"] = tuple(values["limit"] or ())
        values["allow_host"] = tuple(values["allow_host"] or ())
        return command(*args, analysis=AnalysisOptions(**values), **kwargs)

    wrapper.__signature__ = own.replace(parameters=[*params, *shared.values()])  # type: ignore[attr-defined]
    wrapper.__annotations__ = hints
    return typing.cast(F, wrapper)


@dataclass(frozen=True, slots=True)
class Injected:
    """Collaborators a caller may replace: ``app(obj=Injected(scan=...))``.

    Tests run the real CLI with scan functions that misbehave on purpose (slow, greedy,
    crashing); production always uses ``scan_path``.
    """

    scan: ScanFn = scan_path
    resolver: Resolver = system_resolver  # name resolution for --fetch-policies


def injected(ctx: typer.Context) -> Injected:
    return ctx.obj if isinstance(ctx.obj, Injected) else Injected()
