"""Manifests built to show one permission to analysers while Android grants another.

Each test builds its manifest with tests/axmlbuilder.py and asserts what the platform
would grant; the AOSP source of each rule is cited in docs/security.md ("Reading the
manifest as Android does").
"""

from __future__ import annotations

import struct
from pathlib import Path

from analyzer.i18n import translator
from analyzer.model import Result
from analyzer.rules.messages import render_message
from analyzer.scan import ScanConfig, scan_path
from tests.axmlbuilder import ANDROID, Attr, Node, build_apk, build_axml, manifest, uses_permission
from tests.axmlbuilder import uses_sdk as uses_sdk_node

READ_SMS = "android.permission.READ_SMS"
VIBRATE = "android.permission.VIBRATE"
READ_CONTACTS = "android.permission.READ_CONTACTS"
CORRUPT = struct.pack("<HHI", 0x0102, 0x10, 0x7FFFFFF0)  # a start chunk far larger than the file


def scan(tmp_path: Path, tables, axml: bytes, **cfg) -> Result:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.apk"
    path.write_bytes(build_apk(axml))
    result = scan_path(str(path), ScanConfig(**cfg), tables)
    assert result.ok, result.error
    return result


def declared(result: Result) -> list[str]:
    return [p.name for p in result.permissions if not p.implied]


def test_attribute_start_skips_the_decoy(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    node = uses_permission(READ_SMS)
    node.attr_start, node.decoys = 0x28, [Attr("name", VIBRATE)]
    result = scan(tmp_path, tables, build_axml(manifest("org.h", node)), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_attribute_size_strides_over_padding(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    node = Node("uses-permission", [Attr("name", READ_SMS), Attr("maxSdkVersion", 30)])
    node.attr_size = 0x20
    result = scan(tmp_path, tables, build_axml(manifest("org.h", node)), manifest_only=True)
    assert [(p.name, p.max_sdk_version) for p in result.permissions if not p.implied] == [
        (READ_SMS, "30")
    ]


def test_typed_value_wins_over_raw_string(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    plain = Node("uses-permission", [Attr("name", READ_SMS, raw=VIBRATE)])
    sdk23 = Node("uses-permission-sdk-23", [Attr("name", READ_CONTACTS, raw=VIBRATE)])
    sdk = Node("uses-sdk", [Attr("minSdkVersion", "19", raw="3"), Attr("targetSdkVersion", 21)])
    root = manifest("org.h", plain, sdk23, sdk)
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert declared(result) == [READ_SMS, READ_CONTACTS]
    assert result.app is not None
    assert (result.app.min_sdk, result.app.target_sdk) == ("19", "21")


def test_package_is_read_from_the_raw_string(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = Node("manifest", [Attr("package", "org.typed", ns=None, raw="org.raw")])
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert result.app is not None and result.app.package == "org.raw"


def test_non_string_name_is_no_permission(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest("org.h", Node("uses-permission", [Attr("name", 7)]), uses_permission(READ_SMS))
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_corrupt_chunk_keeps_what_came_before(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    hidden = uses_permission(READ_CONTACTS)
    hidden.before = CORRUPT
    root = manifest("org.h", uses_permission(READ_SMS), hidden, uses_sdk_node(23, 30))
    axml = build_axml(root)
    result = scan(tmp_path, tables, axml)
    offset = axml.index(CORRUPT)
    assert declared(result) == [READ_SMS]
    assert result.manifest is not None
    assert result.to_dict()["manifest"] == {"complete": False, "stopped_at": offset}
    partial = [w for w in result.warnings if w.kind == "partial-manifest"]
    assert len(partial) == 1 and f"byte {offset}" in partial[0].message
    assert result.findings, "READ_SMS undisclosed must still be reported"
    for finding in result.findings:
        assert finding.evidence.get("inventory_incomplete") is True
        assert "may be incomplete" in render_message(finding, translator("en"))
        assert "可能不完整" in render_message(finding, translator("zh-CN"))
    assert "unused-sensitive-permission" not in {f.rule for f in result.findings}
    _validates(result)


def _validates(result: Result) -> None:
    """The partial result is a valid report (docs/report.schema.json)."""
    import json

    import jsonschema

    from analyzer.report import FORMATTERS, Format, Report
    from tests.builders import TOOL
    from tests.conftest import ROOT

    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text())
    document = FORMATTERS[Format.JSON].render(Report(results=(result,), tool=TOOL))
    jsonschema.Draft202012Validator(schema).validate(json.loads(document))


def test_complete_manifest_says_so(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    result = scan(tmp_path, tables, build_axml(manifest("org.h", uses_permission(READ_SMS))))
    assert result.to_dict()["manifest"] == {"complete": True, "stopped_at": None}
    assert all("inventory_incomplete" not in f.evidence for f in result.findings)


def test_nothing_after_the_root_element_is_read(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    first = build_axml(manifest("org.h", uses_permission(READ_SMS)))
    second = build_axml(manifest("org.h", uses_permission(READ_CONTACTS)))
    # Splice the second document's body (a start chunk, then corrupt bytes) after </manifest>.
    body = first[:-24] + second[first.index(b"\x02\x01\x10\x00") :] + CORRUPT + first[-24:]
    axml = struct.pack("<HHI", 3, 8, len(body)) + body[8:]
    result = scan(tmp_path, tables, axml, manifest_only=True)
    assert declared(result) == [READ_SMS]
    assert result.to_dict()["manifest"]["complete"] is True


def test_first_duplicate_attribute_wins(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    node = Node("uses-permission", [Attr("name", READ_SMS), Attr("name", VIBRATE)])
    result = scan(tmp_path, tables, build_axml(manifest("org.h", node)), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_attribute_after_a_larger_id_is_not_seen(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    # RetrieveAttributes walks attributes sorted by id: a name after maxSdkVersion is missed.
    node = Node("uses-permission", [Attr("maxSdkVersion", 30), Attr("name", VIBRATE)])
    root = manifest("org.h", node, uses_permission(READ_SMS))
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_wrong_namespace_with_framework_id_counts(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    node = Node("uses-permission", [Attr("name", READ_SMS, ns="http://example.org/x")])
    result = scan(tmp_path, tables, build_axml(manifest("org.h", node)), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_android_namespace_without_id_is_not_seen(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    node = Node("uses-permission", [Attr("name", VIBRATE, ns=ANDROID, res_id=0)])
    root = manifest("org.h", node, uses_permission(READ_SMS))
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_literal_android_namespace_uri(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    root = manifest("org.h", uses_permission(READ_SMS))
    result = scan(tmp_path, tables, build_axml(root, ns_uri="android"), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_only_direct_children_of_manifest_count(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    app = Node("application", children=[uses_permission(VIBRATE)])
    nested = uses_permission(READ_SMS)
    nested.children.append(uses_permission(READ_CONTACTS))
    result = scan(tmp_path, tables, build_axml(manifest("org.h", app, nested)), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_zero_attribute_size_is_bounded(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    from tests.property.test_fuzz import counted

    elements = [uses_permission(f"android.permission.P{i}") for i in range(300)]
    axml = build_axml(manifest("org.h", *elements))
    buf = bytearray(axml)
    for i in range(len(buf) - 4):  # every start chunk: attributeSize 0, attributeCount 65535
        if buf[i : i + 4] == b"\x02\x01\x10\x00":
            struct.pack_into("<HH", buf, i + 0x10 + 10, 0, 0xFFFF)
    path = tmp_path / "z.apk"
    path.write_bytes(build_apk(bytes(buf)))
    result, calls = counted(scan_path, str(path), ScanConfig(manifest_only=True), tables)
    assert result.ok
    assert len(declared(result)) == 300  # each element: 65535 copies of its one attribute
    assert calls < 400 * len(buf) + 200_000


def test_overlapping_string_offsets_are_bounded(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    long_name = "android.permission." + "X" * 20_000
    attrs = [Attr(f"a{i}", f"v{i}", ns=None) for i in range(3000)]
    root = manifest("org.h", Node("meta", attrs), uses_permission(long_name))
    axml = bytearray(build_axml(root))
    count = struct.unpack_from("<I", axml, 16)[0]
    entries = 8 + 28
    offsets = [struct.unpack_from("<I", axml, entries + 4 * i)[0] for i in range(count)]
    longest = max(offsets)  # the long name is the last string added
    for i in range(count):  # every string now starts where the long one does
        struct.pack_into("<I", axml, entries + 4 * i, longest)
    path = tmp_path / "o.apk"
    path.write_bytes(build_apk(bytes(axml)))
    result = scan_path(str(path), ScanConfig(manifest_only=True), tables)
    assert result.error is not None and result.error.kind == "too-large"


def test_string_typed_max_sdk_is_ignored(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    # parseUsesPermission reads maxSdkVersion only when typed as an integer: a string
    # "18" would otherwise make an auditor think the permission stops at Android 4.3.
    node = Node("uses-permission", [Attr("name", READ_SMS), Attr("maxSdkVersion", "18")])
    result = scan(tmp_path, tables, build_axml(manifest("org.h", node)), manifest_only=True)
    assert [(p.name, p.max_sdk_version) for p in result.permissions if not p.implied] == [
        (READ_SMS, None)
    ]


def test_binary_manifest_starting_with_a_bracket_is_binary(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    # ResXMLTree::setTo never checks the header's type: "<\0" there is still binary XML.
    axml = bytearray(build_axml(manifest("org.h", uses_permission(READ_SMS))))
    axml[0:2] = b"<\0"
    result = scan(tmp_path, tables, bytes(axml), manifest_only=True)
    assert declared(result) == [READ_SMS]


def test_partial_manifest_silences_unused_permission_rule(tables) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from analyzer.catalog import categorize, with_protection
    from analyzer.model import AppInfo, Permission, Usage
    from analyzer.rules import RuleContext, evaluate
    from analyzer.rules.context import mark_incomplete_inventory

    perms = with_protection([Permission(READ_SMS, "uses-permission")], 30, tables)
    cats = {c: replace(u, used=Usage.NO_EVIDENCE) for c, u in categorize(perms, tables).items()}
    app = AppInfo("org.h", "1", "1", None, None, "30", 30)
    whole = RuleContext(app, perms, cats, ())
    assert "unused-sensitive-permission" in {f.rule for f in evaluate(whole)}
    partial = replace(whole, manifest_complete=False)
    findings = mark_incomplete_inventory(evaluate(partial), complete=False)
    assert "unused-sensitive-permission" not in {f.rule for f in findings}
    assert findings and all(f.evidence["inventory_incomplete"] is True for f in findings)


def test_names_xml_cannot_hold_do_not_stop_reading(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    odd = Node("meta¹ º", [Attr("ké y¼", "v", ns=None), Attr("x", "v", ns="not a uri {}")])
    root = manifest("org.h", odd, uses_permission(READ_SMS))
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert declared(result) == [READ_SMS]
    assert result.to_dict()["manifest"]["complete"] is True


def test_utf8_strings_read_as_the_platform_does(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    # XmlBlock gets UTF-8 pool strings through string8At + NewStringUTF: the UTF-16
    # length is not checked and the text ends at the first NUL.
    root = manifest("org.h", uses_permission(READ_SMS + "\0hidden"), uses_permission(READ_CONTACTS))
    axml = bytearray(build_axml(root, utf8=True))
    at = axml.index(READ_CONTACTS.encode())
    axml[at - 2] = 5  # a wrong UTF-16 length
    result = scan(tmp_path, tables, bytes(axml), manifest_only=True)
    assert declared(result) == [READ_SMS, READ_CONTACTS]


def test_utf16_strings_keep_their_nul(tmp_path, tables) -> None:  # type: ignore[no-untyped-def]
    # NewString takes a length: "READ_SMS\0x" is not READ_SMS, and is not shown as it.
    root = manifest("org.h", uses_permission(READ_SMS + "\0x"))
    result = scan(tmp_path, tables, build_axml(root), manifest_only=True)
    assert declared(result) == [READ_SMS + "\ufffdx"]
