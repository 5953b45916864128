"""Permission catalog: protection levels and the five sensitive categories (DESIGN §2.2).

Protection levels come from androguard's bundled AOSP tables
(``androguard/core/api_specific_resources/aosp_permissions/permissions_<api>.json``) for the
app's effective target SDK: the nearest table at or below it (4 below 4, the newest above
the newest), and a permission that table does not define is looked up in the newest table
(androguard issue #993: a permission newer than the target is not "unknown"). The tables
are loaded once with the others (``analyzer.aosp``), never cached globally.

Categories come from ``data/categories.toml``. A permission whose protection level makes it
unavailable to ordinary apps (signature or privileged without appop, pre23, development,
installer or preinstalled) is listed as a member but never counts as access.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from analyzer.model import Category, CategoryMember, CategoryUse, Permission
from analyzer.tables import Tables


def raw_protection_level(name: str, target: int, tables: Tables) -> str | None:
    """The ``protectionLevel`` string AOSP gives ``name`` for ``target`` (None: unknown)."""
    return tables.protection.raw(name, target)


def split_level(raw: str, base_levels: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """``"signature|appop|pre23"`` → (``"signature"``, (``"appop"``, ``"pre23"``)).

    ``signatureOrSystem`` is the old spelling of ``signature|privileged``.
    """
    parts = [p.strip() for p in raw.split("|") if p.strip()]
    base = next((p for p in parts if p in base_levels), parts[0] if parts else "normal")
    flags = [p for p in parts if p != base]
    if base == "signatureOrSystem":
        base = "signature"
        flags.insert(0, "privileged")
    return base, tuple(flags)


def is_grantable(base: str, flags: Iterable[str], grant_flags: frozenset[str]) -> bool:
    """False when only the platform or privileged apps can hold the permission."""
    flag_set = set(flags)
    if base != "signature" and "privileged" not in flag_set:
        return True
    return bool(flag_set & grant_flags)


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
        base, flags = split_level(raw, tables.base_levels)
        out.append(
            replace(
                perm,
                protection_level=base,
                protection_flags=flags,
                grantable=is_grantable(base, flags, tables.grant_flags),
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
