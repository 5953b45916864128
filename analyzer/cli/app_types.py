"""App types from the user: ``--app-type``, ``--app-types FILE``, ``app_type`` in declarations.

Precedence: ``--app-type`` (every APK of the run) > the file > declarations. Without any,
necessity stays ``unknown``: permaudit never guesses a type. Every id is checked against
the table before any APK is read; an unknown id or a malformed file is a usage error.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import typer

from analyzer.errors import UsageError
from analyzer.i18n import N_
from analyzer.model import Result
from analyzer.rules.necessity import apply_necessity
from analyzer.rules.waivers import Waivers
from analyzer.tables import AppType, AppTypes, load_tables
from analyzer.userfile import decode_strict, load_data_file, parse_data, read_user_file

if sys.version_info >= (3, 11):
    pass
else:  # pragma: no cover - Python 3.10
    pass

MAX_MAP_BYTES = 16 * 1024 * 1024  # a type map of a few hundred thousand packages


def read_bounded(path: str, option: str) -> str:
    """The text of a regular file of at most 16 MiB (``analyzer.userfile``), else usage error."""
    return decode_strict(read_user_file(path, option, MAX_MAP_BYTES), option, path)


def parse_type_map(text: str, name: str) -> dict[str, str]:
    """package → type id from CSV (``package,app_type``), JSON or TOML, chosen by suffix."""
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".csv":
            rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
            if rows and [c.strip().lower() for c in rows[0]] == ["package", "app_type"]:
                rows = rows[1:]
            if any(len(r) != 2 for r in rows):
                template = N_("--app-types {path}: each row must be: package,app_type")
                raise UsageError(template, path=name)
            doc: object = {r[0].strip(): r[1].strip() for r in rows}
        elif suffix in (".json", ".toml"):
            doc = parse_data(text, "--app-types", name)
        else:
            raise UsageError(N_("--app-types {path}: use a .csv, .json or .toml file"), path=name)
    except (ValueError, csv.Error) as exc:  # JSONDecodeError and TOMLDecodeError are ValueErrors
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(N_("--app-types {path}: {detail}"), path=name, detail=detail) from exc
    if not isinstance(doc, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in doc.items()
    ):
        template = N_("--app-types {path}: expected a map of package → app type id")
        raise UsageError(template, path=name)
    return dict(doc)


def declared_types(path: str) -> dict[str, str]:
    """The ``app_type`` key of each package in ``--declarations`` (JSON or TOML)."""
    doc = load_data_file(path, "--declarations")
    if not isinstance(doc, dict):
        return {}  # load_declarations reports the shape error
    out = {}
    for package, entry in doc.items():
        if isinstance(entry, dict) and "app_type" in entry:
            if not isinstance(entry["app_type"], str):
                template = N_("--declarations {path}: {package}: app_type must be an id")
                raise UsageError(template, path=path, package=repr(package))
            out[str(package)] = entry["app_type"]
    return out


def _lookup(table: AppTypes, type_id: str, where: str) -> AppType:
    found = table.types.get(type_id)
    if found is None:
        template = N_("{where}: unknown app type {type} (see: permaudit app-types)")
        raise UsageError(template, where=where, type=repr(type_id))
    return found


@dataclass(frozen=True, slots=True)
class TypeMap:
    """Which app type applies to which package, precedence already resolved."""

    fixed: AppType | None = None
    by_package: Mapping[str, AppType] = field(default_factory=dict)
    waivers: Waivers = field(default_factory=Waivers)

    def type_for(self, package: str | None) -> AppType | None:
        if self.fixed is not None:
            return self.fixed
        return self.by_package.get(package) if package else None

    def apply(self, result: Result) -> Result:
        """The result judged against its package's type (``unknown`` when none is given),
        then waived by this run's ``--ignore`` and ``--baseline``."""
        package = result.app.package if result.app else None
        return self.waivers.apply(apply_necessity(result, self.type_for(package)))

    def apply_all(self, results: Iterable[Result]) -> Iterator[Result]:
        """Judge each result as it comes (reports stream: nothing is kept)."""
        for result in results:
            yield self.apply(result)


def type_map(
    table: AppTypes,
    app_type: str | None = None,
    app_types_file: str | None = None,
    declarations: str | None = None,
    *,
    waivers: Waivers | None = None,
) -> TypeMap:
    """Resolve the three sources into one ``TypeMap``; every id is checked here."""
    fixed = _lookup(table, app_type, "--app-type") if app_type is not None else None
    merged: dict[str, AppType] = {}
    if declarations:
        for package, type_id in declared_types(declarations).items():
            merged[package] = _lookup(table, type_id, f"--declarations {package}")
    if app_types_file:
        text = read_bounded(app_types_file, "--app-types")
        for package, type_id in parse_type_map(text, app_types_file).items():
            merged[package] = _lookup(table, type_id, f"--app-types {package}")
    return TypeMap(fixed, merged, waivers or Waivers())


def app_types() -> None:
    """List the app types of the 2021 必要个人信息范围规定: id, Chinese and English name."""
    table = load_tables().app_types
    width = max(len(t.id) for t in table.types.values())
    for entry in table.types.values():
        typer.echo(f"{entry.id:<{width}}  {entry.name_zh}  {entry.name_en}")
