"""Manifest traps, each on a manifest the test builds itself (DESIGN §2.1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import BadManifest
from analyzer.model import Result
from analyzer.scan import ScanConfig, scan_path
from tests.axmlbuilder import (
    Attr,
    Node,
    build_apk,
    build_axml,
    manifest,
    uses_permission,
    uses_sdk,
)


def scan_manifest(tmp_path: Path, tables, root: Node, **kw: str) -> Result:  # type: ignore[no-untyped-def]
    apk = tmp_path / "t.apk"
    apk.write_bytes(build_apk(build_axml(root, **kw)))
    return scan_path(str(apk), ScanConfig(manifest_only=True), tables)


def declared(result: Result) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.element, p.max_sdk_version) for p in result.permissions if not p.implied]


def implied(result: Result) -> dict[str, str | None]:
    return {p.name: p.implied_by for p in result.permissions if p.implied}


def test_dotless_name_kept_exactly(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_manifest(tmp_path, tables, manifest("a.b", uses_sdk(21, 30), uses_permission("foo")))
    assert declared(r) == [("foo", "uses-permission", None)]


def test_namespace_uri_written_as_android_is_resolved_by_resource_id(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest("a.b", uses_sdk(21, 30), uses_permission("android.permission.READ_SMS"))
    r = scan_manifest(tmp_path, tables, root, ns_uri="android")
    assert declared(r) == [("android.permission.READ_SMS", "uses-permission", None)]
    assert r.app is not None and r.app.target_sdk == "30"


def test_misleading_attribute_name_string_is_ignored(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    """The resource id decides: a name string 'label' with the id of 'name' is the name."""
    perm = Node("uses-permission", [Attr("label", "android.permission.CAMERA", res_id=0x01010003)])
    r = scan_manifest(tmp_path, tables, manifest("a.b", uses_sdk(21, 30), perm))
    assert declared(r) == [("android.permission.CAMERA", "uses-permission", None)]


def test_android_namespace_without_resource_id_is_not_seen(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    perm = Node("uses-permission", [Attr("name", "android.permission.CAMERA", res_id=0)])
    perm.attrs[0].res_id = None
    root = manifest("a.b", uses_sdk(21, 30), perm)
    # An Attr named "name" gets the framework id by default; remove it explicitly.
    r = scan_manifest(tmp_path, tables, root)
    assert declared(r) == []


def test_nested_elements_are_ignored(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    app = Node("application", children=[uses_permission("android.permission.READ_SMS")])
    r = scan_manifest(
        tmp_path, tables, manifest("a.b", uses_sdk(21, 30), app, uses_permission("x.Y"))
    )
    assert declared(r) == [("x.Y", "uses-permission", None)]


@pytest.mark.parametrize("tag", ["uses-permission-sdk-23", "uses-permission-sdk-m"])
def test_sdk23_forms_and_max_sdk(tmp_path, tables, tag: str) -> None:  # type: ignore[no-untyped-def]
    root = manifest(
        "a.b",
        uses_sdk(21, 30),
        uses_permission("android.permission.ACCESS_FINE_LOCATION", tag=tag, maxSdkVersion=28),
    )
    r = scan_manifest(tmp_path, tables, root)
    assert declared(r) == [("android.permission.ACCESS_FINE_LOCATION", tag, "28")]


def test_codename_sdk_counts_as_cur_development(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_manifest(tmp_path, tables, manifest("a.b", uses_sdk("VanillaIceCream", "Baklava")))
    assert r.app is not None
    assert (r.app.min_sdk, r.app.target_sdk) == ("VanillaIceCream", "Baklava")
    assert r.app.effective_target_sdk == 10000
    assert implied(r) == {}


def test_missing_target_uses_min(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest("a.b", uses_sdk(15, None), uses_permission("android.permission.READ_CONTACTS"))
    r = scan_manifest(tmp_path, tables, root)
    assert r.app is not None
    assert (r.app.min_sdk, r.app.target_sdk, r.app.effective_target_sdk) == ("15", None, 15)
    assert implied(r) == {
        "android.permission.READ_CALL_LOG": "android.permission.READ_CONTACTS"
        " and targetSdkVersion < 16"
    }


def test_no_uses_sdk_implies_phone_state_and_storage(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    r = scan_manifest(tmp_path, tables, manifest("a.b"))
    assert r.app is not None and r.app.effective_target_sdk == 1
    assert implied(r) == {
        "android.permission.WRITE_EXTERNAL_STORAGE": "targetSdkVersion < 4",
        "android.permission.READ_PHONE_STATE": "targetSdkVersion < 4",
        "android.permission.READ_EXTERNAL_STORAGE": "android.permission.WRITE_EXTERNAL_STORAGE",
    }


def test_duplicates_merged_first_wins(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest(
        "a.b",
        uses_sdk(21, 30),
        uses_permission("android.permission.CAMERA", maxSdkVersion=25),
        uses_permission("android.permission.CAMERA"),
        uses_permission("android.permission.CAMERA", tag="uses-permission-sdk-23"),
    )
    r = scan_manifest(tmp_path, tables, root)
    assert declared(r) == [
        ("android.permission.CAMERA", "uses-permission", "25"),
        ("android.permission.CAMERA", "uses-permission-sdk-23", None),
    ]


def test_declared_permission_is_not_implied_again(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest("a.b", uses_permission("android.permission.READ_PHONE_STATE"))
    r = scan_manifest(tmp_path, tables, root)
    assert "android.permission.READ_PHONE_STATE" not in implied(r)


def test_missing_manifest_is_typed_error(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    apk = tmp_path / "t.apk"
    apk.write_bytes(build_apk(None, {"classes.dex": b"dex\n035\0"}))
    r = scan_path(str(apk), ScanConfig(), tables)
    assert r.error is not None and r.error.kind == "no-manifest"


def test_text_manifest_is_read(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    text = (
        b'<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="t.x">'
        b'<uses-permission android:name="android.permission.READ_SMS"/></manifest>'
    )
    apk = tmp_path / "t.apk"
    apk.write_bytes(build_apk(text))
    r = scan_path(str(apk), ScanConfig(), tables)
    assert r.ok and declared(r) == [("android.permission.READ_SMS", "uses-permission", None)]


def test_package_and_versions(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest(
        "org.x",
        uses_sdk(9, 19),
        extra=[Attr("versionCode", 42), Attr("versionName", "4.2")],
    )
    r = scan_manifest(tmp_path, tables, root)
    assert r.app is not None
    assert (r.app.package, r.app.version_code, r.app.version_name) == ("org.x", "42", "4.2")


def test_components_are_read_for_evidence_without_the_tree() -> None:
    from lxml import etree

    from analyzer.apk.components import read_components

    a = "http://schemas.android.com/apk/res/android"
    root = etree.fromstring(
        f'<manifest xmlns:android="{a}" package="org.x"><application android:name=".App"'
        ' android:hasCode="false" android:label="L"><receiver android:name="Sms">'
        '<intent-filter><action android:name="android.provider.Telephony.SMS_RECEIVED"/>'
        '</intent-filter></receiver><service android:name="com.baidu.location.f"/>'
        "<activity/></application></manifest>"
    )
    got = read_components(root, "org.x")
    assert got.application_class == "org.x.App" and got.application_label == "L"
    assert got.has_code is False
    assert [(c.tag, c.name) for c in got.items] == [
        ("receiver", "org.x.Sms"),
        ("service", "com.baidu.location.f"),
    ]
    assert got.receivers()[0].actions == ("android.provider.Telephony.SMS_RECEIVED",)
    assert read_components(etree.fromstring("<manifest/>"), None).has_code is True


LONG_NAME = "android.permission." + "长" * 100 + "X" * 200  # two-unit lengths in both encodings


@pytest.mark.parametrize("utf8", [False, True])
@pytest.mark.parametrize("styled", [False, True])
def test_string_pool_encodings_and_styles(tmp_path, tables, utf8, styled) -> None:  # type: ignore[no-untyped-def]
    root = manifest(
        "org.x", uses_permission("android.permission.READ_SMS"), uses_permission(LONG_NAME)
    )
    r = scan_manifest(tmp_path, tables, root, utf8=utf8, styled=styled)
    assert [p[0] for p in declared(r)] == ["android.permission.READ_SMS", LONG_NAME]


def test_bad_style_table_invalidates_the_document(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    axml = bytearray(build_axml(manifest("org.x", uses_permission("a.b")), styled=True))
    pool_size = int.from_bytes(axml[12:16], "little")
    axml[8 + pool_size - 4 : 8 + pool_size] = b"\0\0\0\0"  # last style span not 0xFFFFFFFF
    apk = tmp_path / "s.apk"
    apk.write_bytes(build_apk(bytes(axml)))
    r = scan_path(str(apk), ScanConfig(manifest_only=True), tables)
    assert r.error is not None and r.error.kind == "bad-manifest"


def test_hex_typed_sdk_levels_are_decimal(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    axml = bytearray(build_axml(manifest("org.x", uses_sdk(21, 30))))
    at = axml.index(bytes([8, 0, 0, 0x10]) + (21).to_bytes(4, "little"))
    axml[at + 3] = 0x11  # TYPE_INT_HEX
    apk = tmp_path / "h.apk"
    apk.write_bytes(build_apk(bytes(axml)))
    r = scan_path(str(apk), ScanConfig(manifest_only=True), tables)
    assert r.app is not None and (r.app.min_sdk, r.app.target_sdk) == ("21", "30")


def test_manifest_status_round_trips() -> None:
    from analyzer.model import ApkInfo, ManifestStatus

    partial = Result(ApkInfo("a.apk", None, None), "ok", manifest=ManifestStatus(False, 1234))
    assert partial.to_dict()["manifest"] == {"complete": False, "stopped_at": 1234}
    assert Result.from_dict(partial.to_dict()) == partial
    complete = Result(ApkInfo("a.apk", None, None), "ok")
    assert complete.to_dict()["manifest"] == {"complete": True, "stopped_at": None}
    assert Result.from_dict(complete.to_dict()) == complete
    failed = Result.failed(ApkInfo("a.apk", None, None), BadManifest("x"))
    assert failed.to_dict()["manifest"] is None
