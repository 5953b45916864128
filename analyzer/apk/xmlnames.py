"""Names and values of binary-XML attributes, made safe for an lxml tree.

Android's package parser identifies ``android:`` attributes by **resource id**
(``android:name`` is 0x01010003), never by the namespace URI or name string in the file,
so attributes with a framework id are named here from the id (frameworks/base
core/res/res/values/public.xml). Everything else keeps what is written, made safe:
lxml refuses names and characters that XML cannot hold, and an APK's strings are
untrusted.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from analyzer.apk.public_xml import attribute_names

ANDROID_NS = "http://schemas.android.com/apk/res/android"
# Written in the android namespace (URI or the literal "android") without a framework
# resource id: the platform does not see these, so they are kept out of ANDROID_NS.
UNRESOLVED_NS = "urn:permaudit:no-resource-id"
# A framework attribute the package parser reads only as a string (android:name through
# TypedArray.getNonResourceString) whose typed value is not a string: kept aside.
NOT_STRING_NS = "urn:permaudit:typed-not-string"
# Likewise android:maxSdkVersion, read only when typed as an integer (TYPE_FIRST_INT..LAST_INT).
NOT_INT_NS = "urn:permaudit:typed-not-int"

# Framework attribute ids (frameworks/base/core/res/res/values/public.xml). Only these
# names matter to permaudit; other framework attributes are named from androguard's copy
# of public.xml (read by public_xml), or ``attr_0x…`` when unknown.
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
NAME_ID = 0x01010003
MAX_SDK_ID = 0x01010271

# Res_value data types (ResourceTypes.h).
TYPE_NULL = 0x00
TYPE_REFERENCE = 0x01
TYPE_ATTRIBUTE = 0x02
TYPE_STRING = 0x03
TYPE_INT_DEC = 0x10
TYPE_INT_HEX = 0x11
TYPE_INT_BOOLEAN = 0x12
TYPE_FIRST_INT, TYPE_LAST_INT = 0x10, 0x1F

# A namespace URI lxml accepts as written; anything else is kept percent-encoded in a URN.
_URI_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$")
_NAME_OK = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")  # ASCII only: always a valid XML name
_NAME_BAD = re.compile(r"[^A-Za-z0-9_.\-]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def framework_name(res_id: int) -> str:
    """The public.xml name of a framework attribute id."""
    if res_id in FRAMEWORK_ATTRS:
        return FRAMEWORK_ATTRS[res_id]
    name = attribute_names().get(res_id)
    return safe_name(name) if name else f"attr_0x{res_id:08x}"


def typed_text(vtype: int, vdata: int) -> str | None:
    """A non-string ``Res_value`` as text (``TypedValue.coerceToString``); None for null."""
    if vtype == TYPE_INT_DEC:
        return str(vdata - (1 << 32) if vdata & 0x80000000 else vdata)
    if vtype == TYPE_INT_HEX:
        return f"0x{vdata:08x}"
    if vtype == TYPE_INT_BOOLEAN:
        return "true" if vdata else "false"
    if vtype == TYPE_REFERENCE:
        return f"@0x{vdata:08x}" if vdata else None  # @null is TYPE_NULL to the platform
    if vtype == TYPE_ATTRIBUTE:
        return f"?0x{vdata:08x}"
    if vtype in (TYPE_NULL, TYPE_STRING):
        return None  # a string without a pool index is no value (coerceToString gives null)
    return str(vdata)


def clean(text: str) -> str:
    """lxml refuses characters XML cannot hold: each becomes U+FFFD, never silently dropped.

    Dropping would merge "android.permission.READ_SMS\\0" into READ_SMS, a name the
    platform would not treat as the same permission.
    """
    return _XML_ILLEGAL.sub("\ufffd", text)


def safe_name(name: str) -> str:
    """An XML-safe element or attribute name for what the file writes."""
    if _NAME_OK.match(name):
        return name
    cleaned = _NAME_BAD.sub("_", name) or "_"
    return cleaned if _NAME_OK.match(cleaned) else "_" + cleaned


def safe_ns(ns: str) -> str:
    """A namespace URI lxml accepts; the android URI or "android" without an id is moved aside."""
    if ns.strip() in (ANDROID_NS, "android"):
        return UNRESOLVED_NS
    if _URI_OK.match(ns):
        return ns
    return "urn:permaudit:ns:" + quote(ns, safe="")
