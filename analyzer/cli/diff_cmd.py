"""``permaudit diff OLD NEW``: what changed between two builds of an app (or two batches)."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from analyzer import __version__
from analyzer.apk.signing import signer_digests
from analyzer.batch.store import stored_results
from analyzer.cli.options import DEFAULT_LANG, FailOn, FailOnOpt, LangOpt, OutputOpt
from analyzer.cli.output import guarded, write_atomically, write_stdout_chunks
from analyzer.errors import UsageError
from analyzer.i18n import N_, Translator, translator
from analyzer.model import Result, Severity
from analyzer.report.base import ToolInfo
from analyzer.report.diff import AppDiff, diff_results
from analyzer.report.diff_render import diff_html, diff_json, diff_text, diff_to_dict
from analyzer.rules.waivers import with_fingerprints
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import load_tables
from analyzer.userfile import load_data_file


class DiffFormat(str, enum.Enum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class Pick(str, enum.Enum):
    """Which result of a package a store holds several times is compared (same version)."""

    LATEST = "latest"
    FIRST = "first"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a diff: its analysis, where it came from and who signed it."""

    result: Result
    label: str
    signers: list[str] | None = None


def load_side(path: str, tables: object) -> Side:
    """An APK (analysed now) or a saved JSON report of exactly one APK."""
    if path.lower().endswith(".json"):
        doc = load_data_file(path, "diff")
        results = doc.get("results") if isinstance(doc, dict) else None
        if not isinstance(results, list) or len(results) != 1:
            raise UsageError(N_("{path}: a JSON report of exactly one APK is needed"), path=path)
        try:
            result = Result.from_dict(results[0])
        except (KeyError, TypeError, ValueError) as exc:
            raise UsageError(
                N_("{path}: not a permaudit JSON report ({detail})"), path=path, detail=exc
            ) from None
        return Side(with_fingerprints(result), path)
    result = scan_path(path, ScanConfig(), tables)  # type: ignore[arg-type]
    return Side(with_fingerprints(result), path, signer_digests(path) if result.ok else None)


def _check(old: Side, new: Side, any_package: bool, tr: Translator) -> None:
    for name, side in (("OLD", old), ("NEW", new)):
        if not side.result.ok:
            line = tr.gettext("permaudit: {side} ({path}) could not be analysed: {kind}: {msg}")
            typer.echo(
                line.format(
                    side=name, path=side.label, kind=side.result.error_kind,
                    msg=side.result.error_message,
                ),
                err=True,
            )  # fmt: skip
            raise typer.Exit(3)
    a = old.result.app.package if old.result.app else None
    b = new.result.app.package if new.result.app else None
    if a != b and not any_package:
        raise UsageError(
            N_("OLD is {old} and NEW is {new}: different packages (use --any-package)"),
            old=a,
            new=b,
        )


def render(fmt: DiffFormat, diffs: list[tuple[AppDiff, tuple[str, str]]], tr: Translator) -> str:
    tool = ToolInfo("permaudit", __version__, load_tables().data_version)
    if fmt is DiffFormat.JSON:
        if len(diffs) == 1:
            return diff_json(diffs[0][0], tool, diffs[0][1], tr)
        import json

        docs = [diff_to_dict(d, tool, s, tr) for d, s in diffs]
        return json.dumps({"schema_version": "1", "diffs": docs}, indent=2, ensure_ascii=False)
    if fmt is DiffFormat.HTML:
        return "".join(diff_html(d, s, tr) for d, s in diffs)
    return "\n".join(diff_text(d, s, tr, markdown=fmt is DiffFormat.MARKDOWN) for d, s in diffs)


def _store_sides(db: Path, pick: Pick) -> dict[str, Result]:
    """One result per package: the highest version code; ``pick`` on a tie."""
    results, _key, _count = stored_results(db, every_run=False)
    chosen: dict[str, tuple[int, Result]] = {}
    for result in results():
        if not result.ok or result.app is None or not result.app.package:
            continue
        code = _version(result.app.version_code)
        held = chosen.get(result.app.package)
        if held is None or code > held[0] or (code == held[0] and pick is Pick.LATEST):
            chosen[result.app.package] = (code, with_fingerprints(result))
    return {p: r for p, (_c, r) in chosen.items()}


def _version(text: str | None) -> int:
    try:
        return int(str(text), 0)
    except (TypeError, ValueError):
        return -1


def _store_diffs(dbs: list[Path], pick: Pick) -> Iterator[tuple[AppDiff, tuple[str, str]]]:
    before, after = _store_sides(dbs[0], pick), _store_sides(dbs[1], pick)
    for package in sorted(before.keys() & after.keys()):
        yield diff_results(before[package], after[package]), (str(dbs[0]), str(dbs[1]))


@guarded
def diff(
    old: Annotated[Optional[str], typer.Argument(help="The old APK or JSON report.")] = None,  # noqa: UP045
    new: Annotated[Optional[str], typer.Argument(help="The new APK or JSON report.")] = None,  # noqa: UP045
    db: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Option("--db", help="Two batch stores to compare, package by package."),
    ] = None,
    pick: Annotated[
        Pick, typer.Option("--pick", help="On a version tie in a store.")
    ] = Pick.LATEST,
    any_package: Annotated[
        bool, typer.Option("--any-package", help="Compare different packages (rule + category).")
    ] = False,
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.TABLE,
    output: OutputOpt = None,
    fail_on: FailOnOpt = FailOn.HIGH,
    lang: LangOpt = DEFAULT_LANG,
) -> None:
    """What changed between OLD and NEW: permissions, disclosure, findings, signer."""
    tr = translator(lang)
    tables = load_tables()
    if db:
        if len(db) != 2 or old or new:
            raise UsageError(N_("diff --db needs exactly two stores and no OLD/NEW"))
        diffs = list(_store_diffs(db, pick))
    else:
        if not old or not new:
            raise UsageError(N_("diff needs OLD and NEW (an APK or a JSON report each)"))
        sides = load_side(old, tables), load_side(new, tables)
        _check(sides[0], sides[1], any_package, tr)
        signers = (sides[0].signers, sides[1].signers)
        found = diff_results(
            sides[0].result, sides[1].result, signers, by_fingerprint=not any_package
        )
        diffs = [(found, (old, new))]
    text = render(fmt, diffs, tr)
    if output is None:
        write_stdout_chunks([text])
    else:
        write_atomically(output, [text])
    threshold = None if fail_on is FailOn.NONE else Severity.parse(fail_on.value)
    failing = threshold is not None and any(d.new_at_or_above(threshold) for d, _ in diffs)
    raise typer.Exit(1 if failing else 0)
