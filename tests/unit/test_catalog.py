"""Catalog: AOSP protection levels per target, table fallback, categories and strength."""

from __future__ import annotations

import pytest

from analyzer import aosp
from analyzer.catalog import (
    categorize,
    is_grantable,
    raw_protection_level,
    split_level,
    with_protection,
)
from analyzer.errors import InternalError
from analyzer.model import Category, Permission
from analyzer.tables import Tables

P = "android.permission."


def test_table_choice_nearest_lower_and_edges(tables: Tables) -> None:
    levels = tables.protection
    apis = levels.apis
    assert 4 in apis and 23 in apis
    assert levels.table_api(1) == 4
    assert levels.table_api(11) == 10  # no table for 11: nearest lower
    assert levels.table_api(23) == 23
    assert levels.table_api(10000) == apis[-1]


def test_androguard_version_is_part_of_data_version(tables: Tables) -> None:
    from importlib import metadata

    assert f"androguard-{metadata.version('androguard')}" in tables.data_version


def test_missing_aosp_tables_fail_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aosp, "AOSP_FOLDER", "no_such_folder")
    with pytest.raises(InternalError, match="AOSP permission tables"):
        aosp.load_protection_levels()


def test_write_settings_level_depends_on_target(tables: Tables) -> None:
    assert raw_protection_level(P + "WRITE_SETTINGS", 22, tables) == "normal"
    raw = raw_protection_level(P + "WRITE_SETTINGS", 23, tables)
    assert raw is not None and raw.startswith("signature")
    base, flags = split_level(raw, tables.base_levels)
    assert base == "signature" and "appop" in flags and "pre23" in flags
    assert is_grantable(base, flags, tables.grant_flags)


def test_permission_newer_than_target_uses_newest_table(tables: Tables) -> None:
    # READ_PHONE_NUMBERS appeared in API 26: an app targeting 22 still gets a level (#993).
    assert raw_protection_level(P + "READ_PHONE_NUMBERS", 22, tables) is not None
    assert raw_protection_level("com.example.NOT_A_PERMISSION", 22, tables) is None


def test_split_and_grantable(tables: Tables) -> None:
    base_levels, grant = tables.base_levels, tables.grant_flags
    assert split_level("dangerous", base_levels) == ("dangerous", ())
    assert split_level("signatureOrSystem", base_levels) == ("signature", ("privileged",))
    assert split_level("signature|privileged|development", base_levels) == (
        "signature",
        ("privileged", "development"),
    )
    assert not is_grantable("signature", ("privileged",), grant)
    assert not is_grantable("normal", ("privileged",), grant)
    assert is_grantable("signature", ("privileged", "development"), grant)
    assert is_grantable("dangerous", (), grant)


def test_categories_strength_and_implied(tables: Tables) -> None:
    perms = with_protection(
        [
            Permission(P + "GET_ACCOUNTS", "uses-permission"),
            Permission(P + "READ_PHONE_STATE", "uses-permission", implied=True,
                       implied_by="targetSdkVersion < 4"),
            Permission(P + "INTERNET", "uses-permission"),
        ],
        28,
        tables,
    )  # fmt: skip
    cats = categorize(perms, tables)
    assert list(cats) == list(Category)
    assert cats[Category.CONTACTS].strength == "weak"
    assert cats[Category.CALLS].strength == "strong"
    assert cats[Category.CALLS].only_implied
    assert not cats[Category.LOCATION].requested and cats[Category.LOCATION].strength is None


def test_not_grantable_member_does_not_make_category_requested(tables: Tables) -> None:
    # READ_PRIVILEGED_PHONE_STATE is not a member; use a signature|privileged member stand-in:
    perm = Permission(
        P + "PROCESS_OUTGOING_CALLS", "uses-permission", protection_level="signature",
        protection_flags=("privileged",), grantable=False,
    )  # fmt: skip
    cats = categorize([perm], tables)
    assert not cats[Category.CALLS].requested
    assert [m.name for m in cats[Category.CALLS].members] == [P + "PROCESS_OUTGOING_CALLS"]


def test_protection_filled(tables: Tables) -> None:
    (perm,) = with_protection([Permission(P + "READ_SMS", "uses-permission")], 28, tables)
    assert perm.protection_level == "dangerous"
    assert perm.grantable is True
    assert perm.protection_flags == ()
