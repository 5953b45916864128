"""AOSP protection levels per API level, from androguard's bundled permission tables.

Loaded once, up front (30 small JSON files, ~0.1 s), into a typed lookup. If the tables
are missing (a broken androguard install) that is an error at start-up: silently
calling every permission "unknown" would hide what apps can be granted.
The base level names come from AOSP's ``protectionLevel`` enum (core/res/res/values/
attrs.xml); they are kept in ``data/protection.toml`` with that source.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path

from analyzer.errors import InternalError

AOSP_PACKAGE = "androguard.core.api_specific_resources"
AOSP_FOLDER = "aosp_permissions"


@dataclass(frozen=True, slots=True)
class ProtectionLevels:
    """``protectionLevel`` strings by API level and permission name."""

    by_api: Mapping[int, Mapping[str, str]]
    source: str  # e.g. "androguard-4.1.4": the tables' provenance, part of data_version

    @property
    def apis(self) -> tuple[int, ...]:
        return tuple(sorted(self.by_api))

    def table_api(self, target: int) -> int:
        """The table used for ``target``: nearest at or below it; the lowest below the lowest."""
        apis = self.apis
        lower = [a for a in apis if a <= target]
        return lower[-1] if lower else apis[0]

    def raw(self, name: str, target: int) -> str | None:
        """The level AOSP gives ``name`` for ``target``; a permission newer than the target
        is looked up in the newest table (androguard issue #993); None when unknown."""
        for api in (self.table_api(target), self.apis[-1]):
            level = self.by_api[api].get(name)
            if level:
                return level
        return None


def load_protection_levels() -> ProtectionLevels:
    """Read every table androguard ships; raise ``InternalError`` when there are none."""
    try:
        folder = _package_folder(AOSP_PACKAGE) / AOSP_FOLDER
        by_api: dict[int, dict[str, str]] = {}
        for entry in folder.iterdir():
            api = _api_of(entry.name)
            if api is not None:
                by_api[api] = _levels(entry.read_text(encoding="utf-8"))
        version = metadata.version("androguard")
    except (ModuleNotFoundError, OSError, ValueError, metadata.PackageNotFoundError) as exc:
        raise InternalError(f"androguard's AOSP permission tables cannot be read: {exc}") from exc
    if not by_api:
        raise InternalError("androguard ships no AOSP permission tables (broken install?)")
    return ProtectionLevels(
        {k: v for k, v in by_api.items() if k is not None}, f"androguard-{version}"
    )


def _package_folder(package: str) -> Path:
    """Where ``package`` lives, found without importing it.

    Importing androguard's ``api_specific_resources`` loads loguru, and with it asyncio
    and ssl: 25 ms of every start-up for a folder of JSON files.
    """
    spec = util.find_spec(package)
    locations = spec.submodule_search_locations if spec else None
    if not locations:
        raise ModuleNotFoundError(f"no package {package}")
    return Path(next(iter(locations)))


def _api_of(name: str) -> int | None:
    stem = name.removeprefix("permissions_").removesuffix(".json")
    return int(stem) if name.startswith("permissions_") and stem.isdigit() else None


def _levels(text: str) -> dict[str, str]:
    permissions = json.loads(text).get("permissions", {})
    return {
        name: str(entry["protectionLevel"])
        for name, entry in permissions.items()
        if isinstance(entry, dict) and entry.get("protectionLevel")
    }
