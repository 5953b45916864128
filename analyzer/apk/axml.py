"""Binary or text AndroidManifest.xml → lxml tree, attributes named as the platform names them.

Android's package parser identifies ``android:`` attributes by their **resource id**
(``android:name`` is 0x01010003), not by the namespace URI or name string in the file.
Some real APKs write ``"android"`` as the namespace URI, or a misleading name string;
androguard's printer then loses the permissions. Here every attribute that carries a
framework resource id (0x01xxxxxx) is placed in the Android namespace under its
framework name, and every other attribute keeps what is written — except that a
written Android namespace *without* a resource id is moved aside, because the platform
would not see it either.

This is the only module that imports androguard's AXML code (its chunk reader,
``AXMLParser``); it never imports the heavy ``APK`` class.
"""

from __future__ import annotations

import logging
import re

from lxml import etree

from analyzer.errors import BadManifest, TooLarge

ANDROID_NS = "http://schemas.android.com/apk/res/android"
UNRESOLVED_NS = "urn:permaudit:no-resource-id"

# Framework attribute ids (frameworks/base/core/res/res/values/public.xml). Only these
# names matter to permaudit; other framework attributes are named from androguard's copy
# of public.xml, or ``attr_0x…`` when unknown.
FRAMEWORK_ATTRS: dict[int, str] = {
    0x01010001: "label",
    0x01010002: "icon",
    0x01010003: "name",
    0x01010006: "permission",
    0x01010009: "protectionLevel",
    0x0101020C: "minSdkVersion",
    0x0101021B: "versionCode",
    0x0101021C: "versionName",
    0x01010270: "targetSdkVersion",
    0x01010271: "maxSdkVersion",
    0x01010010: "exported",
    0x0101000E: "enabled",
}

# Res_value data types (ResourceTypes.h).
_TYPE_REFERENCE = 0x01
_TYPE_ATTRIBUTE = 0x02
_TYPE_STRING = 0x03
_TYPE_FLOAT = 0x04
_TYPE_INT_DEC = 0x10
_TYPE_INT_HEX = 0x11
_TYPE_INT_BOOLEAN = 0x12

_NAME_OK = re.compile(r"^[A-Za-z_][\w.\-]*$")

_quiet = False


def silence_androguard() -> None:
    """Disable androguard's loguru output for the ``androguard`` logger only."""
    global _quiet  # one-way switch, idempotent: not configuration state
    if _quiet:
        return
    from loguru import logger

    logger.disable("androguard")
    logging.getLogger("androguard").disabled = True
    _quiet = True


def parse_manifest(data: bytes, max_depth: int, max_elements: int) -> etree._Element:
    """Decode manifest bytes (binary AXML or text XML) into an lxml element tree."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"<":
        return _parse_text(stripped, max_depth, max_elements)
    return _parse_binary(data, max_depth, max_elements)


def _parse_text(data: bytes, max_depth: int, max_elements: int) -> etree._Element:
    # No manifest on a device is text XML, and none needs a DTD: refuse DTDs outright so
    # no entity (internal or external, billion laughs or XXE) is ever expanded.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise BadManifest("text manifest declares a DTD or entities; refused")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():
            raise TooLarge(f"manifest nesting deeper than the XML parser allows ({exc})") from exc
        raise BadManifest(f"text manifest is not well-formed XML ({exc})") from exc
    if sum(1 for _ in root.iter()) > max_elements:
        raise TooLarge(f"manifest has more than {max_elements} elements")
    if _depth(root) > max_depth:
        raise TooLarge(f"manifest nesting deeper than {max_depth}")
    return root


def _depth(root: etree._Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        el, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((child, d + 1) for child in el)
    return deepest


def _parse_binary(data: bytes, max_depth: int, max_elements: int) -> etree._Element:
    silence_androguard()
    from androguard.core import axml

    try:
        parser = axml.AXMLParser(data)
    except Exception as exc:  # androguard raises anything on hostile input
        raise BadManifest(f"binary manifest header cannot be read ({exc})") from exc
    if not parser.is_valid():
        raise BadManifest("not a binary XML manifest (bad header or string pool)")
    root: etree._Element | None = None
    stack: list[etree._Element] = []
    elements = 0
    try:
        while True:
            event = next(parser)
            if event == axml.END_DOCUMENT or not parser.is_valid():
                break
            if event == axml.START_TAG:
                elements += 1
                if elements > max_elements:
                    raise TooLarge(f"manifest has more than {max_elements} elements")
                if len(stack) >= max_depth:
                    raise TooLarge(f"manifest nesting deeper than {max_depth}")
                el = _element(parser, stack[-1] if stack else None)
                if root is None:
                    root = el
                elif not stack:
                    break  # a second root: the platform stops at the first document
                stack.append(el)
            elif event == axml.END_TAG and stack:
                stack.pop()
    except TooLarge:
        raise
    except Exception as exc:
        if root is None:
            raise BadManifest(f"binary manifest cannot be decoded ({exc})") from exc
    if root is None:
        raise BadManifest("binary manifest has no elements")
    return root


def _element(parser: object, parent: etree._Element | None) -> etree._Element:
    sb = parser.sb  # type: ignore[attr-defined]
    tag = _safe_name(sb[parser.m_name])  # type: ignore[attr-defined]
    el = etree.Element(tag) if parent is None else etree.SubElement(parent, tag)
    attrs: list[int] = parser.m_attributes  # type: ignore[attr-defined]
    res_ids: list[int] = parser.m_resourceIDs  # type: ignore[attr-defined]
    for off in range(0, len(attrs) - 4, 5):
        ns_idx, name_idx, raw_idx, vtype, vdata = attrs[off : off + 5]
        key = _attr_key(sb, ns_idx, name_idx, res_ids)
        el.set(key, _value(sb, raw_idx, vtype, vdata))
    return el


def _attr_key(sb: object, ns_idx: int, name_idx: int, res_ids: list[int]) -> str:
    res_id = res_ids[name_idx] if name_idx < len(res_ids) else 0
    if res_id >> 24 == 0x01:
        return f"{{{ANDROID_NS}}}{_framework_name(res_id)}"
    name = _safe_name(sb[name_idx])  # type: ignore[index]
    ns = sb[ns_idx] if ns_idx != 0xFFFFFFFF else ""  # type: ignore[index]
    if not ns:
        return name
    if ns.strip() == ANDROID_NS or ns.strip() == "android":
        ns = UNRESOLVED_NS
    return f"{{{_safe_ns(ns)}}}{name}"


def _framework_name(res_id: int) -> str:
    if res_id in FRAMEWORK_ATTRS:
        return FRAMEWORK_ATTRS[res_id]
    from androguard.core.resources import public

    inverse = public.SYSTEM_RESOURCES["attributes"]["inverse"]
    name = inverse.get(res_id)
    return _safe_name(name) if name else f"attr_0x{res_id:08x}"


def _value(sb: object, raw_idx: int, vtype: int, vdata: int) -> str:
    if vtype == _TYPE_STRING:
        return _clean(sb[raw_idx])  # type: ignore[index]
    if vtype == _TYPE_INT_DEC:
        return str(vdata - (1 << 32) if vdata & 0x80000000 else vdata)
    if vtype == _TYPE_INT_HEX:
        return f"0x{vdata:08x}"
    if vtype == _TYPE_INT_BOOLEAN:
        return "true" if vdata else "false"
    if vtype == _TYPE_REFERENCE:
        return f"@0x{vdata:08x}"
    if vtype == _TYPE_ATTRIBUTE:
        return f"?0x{vdata:08x}"
    if raw_idx != 0xFFFFFFFF:
        return _clean(sb[raw_idx])  # type: ignore[index]
    return str(vdata)


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    """lxml refuses characters XML cannot hold; drop them rather than lose the attribute."""
    return _XML_ILLEGAL.sub("", text)


def _safe_name(name: str) -> str:
    if _NAME_OK.match(name):
        return name
    cleaned = re.sub(r"[^\w.\-]", "_", name) or "_"
    return cleaned if _NAME_OK.match(cleaned) else "_" + cleaned


def _safe_ns(ns: str) -> str:
    return _clean(ns).replace("{", "").replace("}", "") or UNRESOLVED_NS
