"""A small writer of binary AXML and APK zips, so tests build their own manifests.

Follows frameworks/base/libs/androidfw/include/androidfw/ResourceTypes.h: file header,
UTF-16 string pool, resource map (string index → attribute resource id), namespace and
element chunks. Only what the tests need: attributes with string, int or bool values,
plus the hostile knobs of tests/hostile: a raw string that disagrees with the typed
value, ``attributeStart``/``attributeSize`` other than 0x14 with decoy records in the
gap, and raw bytes (a corrupt chunk) before an element.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass, field

ANDROID = "http://schemas.android.com/apk/res/android"
NO_INDEX = 0xFFFFFFFF

# Framework attribute ids (public.xml).
ATTR_IDS = {
    "name": 0x01010003,
    "label": 0x01010001,
    "minSdkVersion": 0x0101020C,
    "targetSdkVersion": 0x01010270,
    "maxSdkVersion": 0x01010271,
    "versionCode": 0x0101021B,
    "versionName": 0x0101021C,
}


@dataclass
class Attr:
    """One attribute; ``res_id`` None means no resource id (a plain attribute)."""

    name: str
    value: str | int | bool
    ns: str | None = ANDROID
    res_id: int | None = None
    raw: str | None = None  # rawValue string when it differs from the typed string value

    def __post_init__(self) -> None:
        if self.res_id is None and self.ns is not None and self.name in ATTR_IDS:
            self.res_id = ATTR_IDS[self.name]


@dataclass
class Node:
    tag: str
    attrs: list[Attr] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    attr_start: int = 0x14  # ResXMLTree_attrExt.attributeStart
    attr_size: int = 0x14  # ResXMLTree_attrExt.attributeSize (>= 0x14 here)
    decoys: list[Attr] = field(default_factory=list)  # records written in the gap
    before: bytes = b""  # raw bytes written just before this element's start chunk


def a(name: str, value: str | int | bool, **kw: object) -> Attr:
    return Attr(name, value, **kw)  # type: ignore[arg-type]


def manifest(
    package: str = "org.example.app",
    *children: Node,
    ns_uri: str = ANDROID,
    extra: list[Attr] | None = None,
) -> Node:
    attrs = [Attr("package", package, ns=None), *(extra or [])]
    return Node("manifest", attrs, list(children))


def uses_permission(name: str, tag: str = "uses-permission", **attrs: str | int) -> Node:
    node = Node(tag, [Attr("name", name)])
    node.attrs.extend(Attr(k, v) for k, v in attrs.items())
    return node


def uses_sdk(min_sdk: str | int | None = None, target: str | int | None = None) -> Node:
    node = Node("uses-sdk")
    if min_sdk is not None:
        node.attrs.append(Attr("minSdkVersion", min_sdk))
    if target is not None:
        node.attrs.append(Attr("targetSdkVersion", target))
    return node


class _Pool:
    def __init__(self) -> None:
        self.strings: list[str] = []
        self.index: dict[str, int] = {}

    def add(self, s: str) -> int:
        if s not in self.index:
            self.index[s] = len(self.strings)
            self.strings.append(s)
        return self.index[s]

    def chunk(self, utf8: bool = False, styled: bool = False) -> bytes:
        """The pool chunk: UTF-16 (default) or UTF-8 strings, optionally one style."""
        data = io.BytesIO()
        offsets = []
        for s in self.strings:
            offsets.append(data.tell())
            if utf8:
                raw = s.encode("utf-8")
                data.write(_len8(len(s.encode("utf-16-le")) // 2) + _len8(len(raw)) + raw + b"\0")
            else:
                units = s.encode("utf-16-le")
                data.write(struct.pack("<H", len(units) // 2) + units + b"\0\0")
        body = data.getvalue()
        body += b"\0" * (-len(body) % 4)
        header_size = 28
        style_offsets = [0] if styled else []
        strings_start = header_size + 4 * (len(offsets) + len(style_offsets))
        styles = struct.pack("<7I", 0, 0, 1, *[0xFFFFFFFF] * 4) if styled else b""
        styles_start = strings_start + len(body) if styled else 0
        size = strings_start + len(body) + len(styles)
        flags = 0x100 if utf8 else 0
        head = struct.pack(
            "<HHIIIIII",
            0x0001,
            header_size,
            size,
            len(offsets),
            len(style_offsets),
            flags,
            strings_start,
            styles_start,
        )
        table = b"".join(struct.pack("<I", o) for o in offsets + style_offsets)
        return head + table + body + styles


def _len8(n: int) -> bytes:
    """UTF-8 pool length: one byte below 0x80, else two with the high bit set."""
    return bytes([n]) if n < 0x80 else bytes([0x80 | (n >> 8), n & 0xFF])


def _walk(node: Node) -> list[Node]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed(current.children))
    return out


def build_axml(
    root: Node,
    ns_uri: str = ANDROID,
    prefix: str = "android",
    utf8: bool = False,
    styled: bool = False,
) -> bytes:
    """Serialise ``root`` to binary AXML (one namespace declaration on the root)."""
    pool = _Pool()
    res_attrs: list[tuple[str, int]] = []
    for node in _walk(root):
        for at in node.attrs:
            if at.res_id is not None and (at.name, at.res_id) not in res_attrs:
                res_attrs.append((at.name, at.res_id))
    # Resource-id'd attribute names come first: their indices map into the resource map.
    res_name_index: dict[tuple[str, int], int] = {}
    for name, rid in res_attrs:
        res_name_index[(name, rid)] = len(pool.strings)
        pool.strings.append(name)
    res_map = [rid for _, rid in res_attrs]
    p_idx, u_idx = pool.add(prefix), pool.add(ns_uri)
    body = io.BytesIO()
    body.write(struct.pack("<HHIIIII", 0x0100, 0x10, 0x18, 1, NO_INDEX, p_idx, u_idx))
    _element(root, pool, res_name_index, body, ns_uri)
    body.write(struct.pack("<HHIIIII", 0x0101, 0x10, 0x18, 1, NO_INDEX, p_idx, u_idx))
    pool_chunk = pool.chunk(utf8, styled)
    map_chunk = struct.pack("<HHI", 0x0180, 8, 8 + 4 * len(res_map)) + b"".join(
        struct.pack("<I", r) for r in res_map
    )
    payload = pool_chunk + map_chunk + body.getvalue()
    return struct.pack("<HHI", 0x0003, 8, 8 + len(payload)) + payload


def _element(
    root: Node, pool: _Pool, res_idx: dict[tuple[str, int], int], out: io.BytesIO, ns_uri: str
) -> None:
    """Write start/end element chunks depth-first, iteratively (tests build 10 000 levels)."""
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        name_idx = pool.add(node.tag)
        if closing:
            out.write(struct.pack("<HHIIIII", 0x0103, 0x10, 0x18, 1, NO_INDEX, NO_INDEX, name_idx))
            continue
        pad = b"\0" * (node.attr_size - 20)
        attrs = [_attr(at, pool, res_idx, ns_uri) + pad for at in node.attrs]
        gap = b"".join(_attr(at, pool, res_idx, ns_uri) for at in node.decoys)
        gap = gap.ljust(node.attr_start - 20, b"\0")[: node.attr_start - 20]
        size = 0x10 + 20 + len(gap) + node.attr_size * len(attrs)
        size += -size % 4
        out.write(node.before)
        out.write(struct.pack("<HHIII", 0x0102, 0x10, size, 1, NO_INDEX))
        ext = (NO_INDEX, name_idx, node.attr_start, node.attr_size, len(attrs), 0, 0, 0)
        out.write(struct.pack("<IIHHHHHH", *ext))
        body = gap + b"".join(attrs)
        out.write(body + b"\0" * (size - 0x10 - 20 - len(body)))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.children))


def _attr(at: Attr, pool: _Pool, res_idx: dict[tuple[str, int], int], ns_uri: str) -> bytes:
    a_name = res_idx[at.name, at.res_id] if at.res_id is not None else pool.add(at.name)
    a_ns = pool.add(ns_uri if at.ns == ANDROID else at.ns) if at.ns else NO_INDEX
    if isinstance(at.value, bool):
        raw, vtype, data = NO_INDEX, 0x12, 0xFFFFFFFF if at.value else 0
    elif isinstance(at.value, int):
        raw, vtype, data = NO_INDEX, 0x10, at.value & 0xFFFFFFFF
    else:
        data = pool.add(at.value)
        raw = pool.add(at.raw) if at.raw is not None else data
        vtype = 0x03
    return struct.pack("<IIIHBBI", a_ns, a_name, raw, 8, 0, vtype, data)


def build_apk(manifest_bytes: bytes | None, extra: dict[str, bytes] | None = None) -> bytes:
    """A zip holding the manifest (if given) and extra entries, deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if manifest_bytes is not None:
            zf.writestr("AndroidManifest.xml", manifest_bytes)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()
