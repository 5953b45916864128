"""Permission catalog: protection levels and the five sensitive categories (DESIGN §2.2).

Protection levels come from androguard's bundled AOSP tables
(``androguard/core/api_specific_resources/aosp_permissions/permissions_<api>.json``) for the
app's effective target SDK: the nearest table at or below it (4 below 4, the newest above
the newest), and a permission that table does not define is looked up in the newest table
(androguard issue #993: a permission newer than the target is not "unknown"). Only the
file needed is read, and it is cached in the ``Tables`` instance, not globally.

Categories come from ``data/categories.toml``. A permission whose protection level makes it
unavailable to ordinary apps (signature or privileged without appop, pre23, development,
installer or preinstalled) is listed as a member but never counts as access.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from importlib import resources
from typing import Any

from analyzer.model import Category, CategoryMember, CategoryUse, Permission
from analyzer.tables import Tables

AOSP_PACKAGE = "androguard.core.api_specific_resources"
AOSP_FOLDER = "aosp_permissions"
BASE_LEVELS = ("normal", "dangerous", "signature", "signatureOrSystem", "internal")
GRANT_FLAGS = frozenset({"appop", "pre23", "development", "installer", "preinstalled"})


def available_apis() -> tuple[int, ...]:
    """API levels for which androguard ships a permission table, ascending."""
    try:
        folder = resources.files(AOSP_PACKAGE).joinpath(AOSP_FOLDER)
        names = [entry.name for entry in folder.iterdir()]
    except (ModuleNotFoundError, OSError):
        return ()
    apis = []
    for name in names:
        stem = name.removeprefix("permissions_").removesuffix(".json")
        if name.startswith("permissions_") and stem.isdigit():
            apis.append(int(stem))
    return tuple(sorted(apis))


def table_api(target: int, apis: tuple[int, ...]) -> int | None:
    """The table used for ``target``: nearest at or below it; the lowest below the lowest."""
    if not apis:
        return None
    lower = [a for a in apis if a <= target]
    return lower[-1] if lower else apis[0]


def _aosp_table(api: int, tables: Tables) -> Mapping[str, Any]:
    key = f"aosp_permissions_{api}"
    if key not in tables.cache:
        name = f"{AOSP_FOLDER}/permissions_{api}.json"
        try:
            text = resources.files(AOSP_PACKAGE).joinpath(name).read_text(encoding="utf-8")
            tables.cache[key] = json.loads(text).get("permissions", {})
        except (ModuleNotFoundError, OSError, ValueError):
            tables.cache[key] = {}
    table: Mapping[str, Any] = tables.cache[key]
    return table


def _apis(tables: Tables) -> tuple[int, ...]:
    if "aosp_apis" not in tables.cache:
        tables.cache["aosp_apis"] = available_apis()
    apis: tuple[int, ...] = tables.cache["aosp_apis"]
    return apis


def raw_protection_level(name: str, target: int, tables: Tables) -> str | None:
    """The ``protectionLevel`` string AOSP gives ``name`` for ``target`` (None: unknown)."""
    apis = _apis(tables)
    api = table_api(target, apis)
    if api is None:
        return None
    for candidate in (api, apis[-1]):
        entry = _aosp_table(candidate, tables).get(name)
        if entry and entry.get("protectionLevel"):
            return str(entry["protectionLevel"])
    return None


def split_level(raw: str) -> tuple[str, tuple[str, ...]]:
    """``"signature|appop|pre23"`` → (``"signature"``, (``"appop"``, ``"pre23"``)).

    ``signatureOrSystem`` is the old spelling of ``signature|privileged``.
    """
    parts = [p.strip() for p in raw.split("|") if p.strip()]
    base = next((p for p in parts if p in BASE_LEVELS), parts[0] if parts else "normal")
    flags = [p for p in parts if p != base]
    if base == "signatureOrSystem":
        base = "signature"
        flags.insert(0, "privileged")
    return base, tuple(flags)


def is_grantable(base: str, flags: Iterable[str]) -> bool:
    """False when only the platform or privileged apps can hold the permission."""
    flag_set = set(flags)
    if base != "signature" and "privileged" not in flag_set:
        return True
    return bool(flag_set & GRANT_FLAGS)


def with_protection(
    permissions: Iterable[Permission], target: int, tables: Tables
) -> tuple[Permission, ...]:
    """Fill ``protection_level``, ``protection_flags`` and ``grantable`` where AOSP knows them."""
    out = []
    for perm in permissions:
        raw = raw_protection_level(perm.name, target, tables)
        if raw is None:
            out.append(perm)
            continue
        base, flags = split_level(raw)
        out.append(
            replace(
                perm,
                protection_level=base,
                protection_flags=flags,
                grantable=is_grantable(base, flags),
            )
        )
    return tuple(out)


def categorize(permissions: Iterable[Permission], tables: Tables) -> dict[Category, CategoryUse]:
    """One ``CategoryUse`` per category, in report order, disclosure not yet judged.

    A category is requested when a grantable member is declared or implied; members that
    ordinary apps cannot hold are kept in ``members`` but do not make it requested.
    """
    perms = list(permissions)
    result: dict[Category, CategoryUse] = {}
    for category in Category:
        table = tables.categories.get(category)
        members: list[CategoryMember] = []
        strengths: list[str] = []
        for perm in perms:
            strength = table.strength_of(perm.name) if table else None
            if strength is None:
                continue
            members.append(CategoryMember(perm.name, perm.element, perm.implied_by))
            if perm.grantable is not False:
                strengths.append(strength)
        requested = bool(strengths)
        strength = ("strong" if "strong" in strengths else "weak") if requested else None
        result[category] = CategoryUse(
            category=category, requested=requested, strength=strength, members=tuple(members)
        )
    return result


def not_grantable_members(use: CategoryUse, permissions: Iterable[Permission]) -> list[str]:
    """Names of the category's members that ordinary apps cannot be granted."""
    names = {m.name for m in use.members}
    return [p.name for p in permissions if p.name in names and p.grantable is False]
