"""The fast dex reader: every table API and URI is found; names in strings are not."""

from __future__ import annotations

import pytest

from analyzer.evidence.apis import scan_dex, uri_matches
from analyzer.evidence.dex import BadDex, DexFile, descriptor, dex_names, mutf8
from analyzer.tables import load_tables
from tests.dexbuilder import build_dex

CODE = load_tables().code


def _hits(data: bytes) -> set[tuple[str, str, str, str]]:
    hits, _ = scan_dex(DexFile("classes.dex", data), CODE)
    return {(h.category, h.type, h.value, h.strength) for h in hits}


def _members() -> list[tuple[str, str, str, str]]:
    return [
        (m.category, m.kind, m.cls, "CONTENT_URI" if name == "*" else name)
        for m in CODE.members
        for name in sorted(m.names)
    ]


@pytest.mark.parametrize(("category", "kind", "cls", "name"), _members())
def test_every_table_member_is_found(category: str, kind: str, cls: str, name: str) -> None:
    ref = [(descriptor(cls), name)]
    data = build_dex(methods=ref) if kind == "method" else build_dex(fields=ref)
    expected = "api" if kind == "method" else "field"
    assert (category, expected, f"{cls}.{name}", "reference") in _hits(data)


def test_nested_classes_match_when_the_table_says_so() -> None:
    data = build_dex(fields=[("Landroid/provider/ContactsContract$CommonDataKinds$Phone;", "X")])
    value = "android.provider.ContactsContract$CommonDataKinds$Phone.X"
    assert ("contacts", "field", value, "reference") in _hits(data)


@pytest.mark.parametrize("uri", [u.prefix for u in CODE.uris])
def test_every_uri_is_found_as_a_string(uri: str) -> None:
    cat = next(u.category for u in CODE.uris if u.prefix == uri)
    assert (cat, "uri", uri + "/x", "string") in _hits(build_dex(strings=[uri + "/x"]))


def test_uri_boundaries() -> None:
    found = list(uri_matches("content://mms-sms/conversations", CODE.uris))
    assert found == [("messages", "content://mms-sms/conversations")]
    assert list(uri_matches("content://smsfoo", CODE.uris)) == []
    assert list(uri_matches("see content://sms?x=1 here", CODE.uris)) == [
        ("messages", "content://sms?x=1")
    ]


def test_strings_that_spell_method_names_are_not_evidence() -> None:
    data = build_dex(
        strings=["getDeviceId", "android.telephony.TelephonyManager", "sendTextMessage"],
        methods=[("Lcom/example/Mine;", "getDeviceId")],
    )
    assert _hits(data) == set()


def test_wrong_class_same_name_is_not_evidence() -> None:
    assert _hits(build_dex(methods=[("Lcom/example/SmsManager;", "sendTextMessage")])) == set()


def test_types_are_returned_for_sdk_detection() -> None:
    data = build_dex(types=["Lcom/baidu/location/LocationClient;"])
    _, types = scan_dex(DexFile("classes.dex", data), CODE)
    assert "Lcom/baidu/location/LocationClient;" in types


def test_mutf8() -> None:
    assert mutf8(b"abc") == "abc"
    assert mutf8(b"a\xc0\x80b") == "a\x00b"
    assert mutf8(b"\xed\xa0\xbd\xed\xb8\x80") == "\U0001f600"  # a surrogate pair
    assert mutf8(b"a\xb7b") == "a\ufffdb"  # corrupt bytes do not raise


def test_dex_names_follow_platform_order() -> None:
    names = [
        "classes10.dex",
        "classes2.dex",
        "classes.dex",
        "classes1.dex",
        "a/classes3.dex",
        "classes02.dex",
        "classesX.dex",
        "assets/classes.dex",
    ]
    assert dex_names(names) == ["classes.dex", "classes2.dex", "classes10.dex"]


def test_not_a_dex() -> None:
    with pytest.raises(BadDex):
        DexFile("classes.dex", b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(BadDex):
        DexFile("classes.dex", b"dex\n035\x00")
