"""String resources of every locale, read from ``resources.arsc`` (androguard's ARSCParser).

Resource tables in the wild are often malformed (obfuscators, compact entries, tables
that only the platform's tolerant reader accepts). Nothing here raises: whatever cannot be
read becomes a ``bad-resources`` warning and the analysis carries on with what was read.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.apk.archive import ApkFile
from analyzer.apk.arsc_budget import arsc_items
from analyzer.apk.axml import silence_androguard
from analyzer.apk.limits import Limits
from analyzer.apk.public_xml import preload as preload_public_ids
from analyzer.model import ResultWarning

ARSC = "resources.arsc"
DEFAULT_LOCALE = "\x00\x00"
DEFAULT_ITEMS = Limits().max_arsc_items


@dataclass(frozen=True, slots=True)
class StringResource:
    """One ``<string>`` value; ``locale`` is None for the default configuration."""

    name: str
    value: str
    locale: str | None
    res_id: int | None = None


@dataclass(frozen=True, slots=True)
class StringTable:
    """Every string resource of the APK, and the warnings met reading them."""

    strings: tuple[StringResource, ...] = ()
    warnings: tuple[ResultWarning, ...] = ()

    def default(self, res_id: int) -> str | None:
        """The default-locale value of ``res_id`` (else any locale's), or None."""
        matches = [s for s in self.strings if s.res_id == res_id]
        for s in matches:
            if s.locale is None:
                return s.value
        return matches[0].value if matches else None


def read_strings(apk: ApkFile) -> StringTable:
    """All string resources of ``apk``; never raises (problems become warnings)."""
    if not apk.has(ARSC):
        return StringTable()
    try:
        data = apk.read(ARSC)
        return parse_strings(data, apk.limits.max_arsc_items)
    except Exception as exc:  # hostile input: any failure is a warning, not a crash
        return StringTable(warnings=(_warning(exc),))


def _warning(exc: BaseException) -> ResultWarning:
    text = str(exc)[:200] or type(exc).__name__
    return ResultWarning("bad-resources", f"{ARSC} could not be read: {text}")


def parse_strings(data: bytes, max_items: int = DEFAULT_ITEMS) -> StringTable:
    """Decode the string resources of a ``resources.arsc`` blob; never raises.

    androguard builds a Python object for every entry and every item of a complex entry,
    and entries may share one offset: a 1 KB file can ask for millions of objects. The
    count is taken first, linearly, and a table over ``max_items`` is not parsed.
    """
    silence_androguard()
    items = arsc_items(data)
    if items > max_items:
        return StringTable(
            warnings=(
                ResultWarning(
                    "bad-resources",
                    f"{ARSC} not read: {items} entries and values (limit {max_items})",
                ),
            )
        )
    preload_public_ids()
    try:
        from androguard.core.axml import ARSCParser

        parser = ARSCParser(data)
        packages = list(parser.get_packages_names())
    except Exception as exc:  # malformed table
        return StringTable(warnings=(_warning(exc),))
    strings: list[StringResource] = []
    warnings: list[ResultWarning] = []
    for package in packages:
        try:
            strings.extend(_package_strings(parser, package))
        except Exception as exc:  # noqa: PERF203 - one bad package must not hide the others
            warnings.append(_warning(exc))
    return StringTable(tuple(strings), tuple(warnings))


def _package_strings(parser: object, package: str) -> list[StringResource]:
    values = parser.values  # type: ignore[attr-defined]
    parser.get_locales(package)  # type: ignore[attr-defined]  # runs the analysis
    ids = _string_ids(values[package].get(DEFAULT_LOCALE, {}), last_wins=True)
    out = []
    for locale, types in values[package].items():
        loc = None if locale == DEFAULT_LOCALE else str(locale)
        local_ids: dict[str, int] | None = None  # built once per locale, only if needed
        for item in types.get("string", []):
            name, value = str(item[0]), item[1]
            if isinstance(value, str) and value:
                res_id = ids.get(name)
                if res_id is None:
                    local_ids = _string_ids(types) if local_ids is None else local_ids
                    res_id = local_ids.get(name)
                out.append(StringResource(name, value, loc, res_id))
    return out


def _string_ids(types: dict[str, list[object]], last_wins: bool = False) -> dict[str, int]:
    """String name → resource id, from one locale's ``public`` list (a dict: one pass)."""
    ids: dict[str, int] = {}
    for entry in types.get("public", []):
        wanted = isinstance(entry, tuple) and entry[0] == "string"
        if wanted and (last_wins or entry[1] not in ids):  # type: ignore[index]
            ids[entry[1]] = int(entry[2])  # type: ignore[index]
    return ids


def parse_reference(text: str | None) -> int | None:
    """``"@0x7f020000"`` / ``"@7F020000"`` → 0x7f020000; anything else → None."""
    if not text or not text.startswith("@"):
        return None
    body = text[1:].removeprefix("0x").removeprefix("0X")
    try:
        return int(body, 16)
    except ValueError:
        return None


def resolve_label(label: str | None, table: StringTable) -> str | None:
    """The app label: a literal as written, or the default-locale string it references."""
    if label is None:
        return None
    res_id = parse_reference(label)
    if res_id is None:
        return label
    return table.default(res_id)
