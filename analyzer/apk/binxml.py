"""Binary XML (AXML) → lxml tree, read the way ``libandroidfw``'s ``ResXMLTree`` reads it.

Source followed: frameworks/base/libs/androidfw/ResourceTypes.cpp (``ResXMLTree::setTo``,
``validateNode``, ``ResXMLParser::nextNode``, ``getAttribute*``), AttributeResolution.cpp
(``RetrieveAttributes``), core/java/android/content/res/XmlBlock.java and TypedArray.java.
The rules, each with its source, are listed in docs/security.md. In short:

* chunks are walked by their declared sizes, with Android's validity checks; the
  attributes of an element are read at ``attrExt + attributeStart + attributeSize * i``;
* an ``android:`` attribute is known by its resource id, and visible only where the
  platform's merge walk (``RetrieveAttributes``) finds it: the first attribute whose id is
  >= its own must be it — so of duplicates the first wins, and an attribute after a larger
  id is not seen;
* framework attributes take their **typed** value (``Res_value``); a string is
  ``pool[data]``, as TypedArray reads it. Other attributes (``package``) take the raw
  string, as ``XmlBlock.Parser.getAttributeValue`` does;
* reading stops at the end of the root element. Where a chunk is invalid before that,
  Android's parser throws; we keep what came before and say where reading stopped.

Work is linear in the input: each chunk is visited once, never re-scanned, there is no
recursion, and element count and depth are capped by the caller's limits.
"""

from __future__ import annotations

import contextlib
import struct
from dataclasses import dataclass

from lxml import etree

from analyzer.apk import xmlnames as xn
from analyzer.apk.strpool import StringPool
from analyzer.errors import BadManifest, TooLarge

_CHUNK = struct.Struct("<HHI")
_ATTR_EXT = struct.Struct("<iiHHH")
_ATTR = struct.Struct("<iiiHBBI")
_STRING_POOL, _RESOURCE_MAP = 0x0001, 0x0180
_FIRST_XML, _LAST_XML = 0x0100, 0x017F
_START_NS, _END_NS, _START_EL, _END_EL, _CDATA = 0x0100, 0x0101, 0x0102, 0x0103, 0x0104
_MIN_EXT = {_START_NS: 8, _END_NS: 8, _START_EL: 20, _END_EL: 8, _CDATA: 12}
_NODE_HEADER = 16


@dataclass(frozen=True, slots=True)
class BinaryTree:
    """The decoded root, and the byte offset where reading stopped early (None: complete)."""

    root: etree._Element
    stopped_at: int | None


class _Stop(Exception):
    """Reading cannot go on at this byte offset (Android would throw here)."""

    def __init__(self, offset: int, why: str) -> None:
        super().__init__(why)
        self.offset = offset


# One traced element: (tag, [(res_id, raw string, data type, data) per attribute record]).
TracedElement = tuple[str, list[tuple[int, str | None, int, int]]]


def read_binary(
    data: bytes, max_depth: int, max_elements: int, trace: list[TracedElement] | None = None
) -> BinaryTree:
    """Decode a binary manifest; BadManifest when no root element can be read at all.

    ``trace``, when given, receives every element's attribute records as read (tests
    compare them with ``aapt dump xmltree``).
    """
    if len(data) < 8:
        raise BadManifest("binary manifest shorter than its header")
    _, header_size, declared = _CHUNK.unpack_from(data, 0)
    if header_size > declared:
        raise BadManifest(f"XML header size {header_size} larger than total size {declared}")
    end = min(declared, len(data))
    pool, res_ids, first = _scan_prelude(data, header_size, end)
    reader = _TreeReader(data, end, pool, res_ids, max_depth, max_elements)
    reader.trace = trace
    stopped = reader.run(first)
    if reader.root is None:
        raise BadManifest("binary manifest has no readable root element")
    if stopped is None and declared > len(data) and reader.open_elements:
        stopped = len(data)  # the file ends before the size its header declares
    return BinaryTree(reader.root, stopped)


def _valid_chunk(data: bytes, off: int, end: int, min_size: int) -> tuple[int, int, int] | None:
    """``validate_chunk``: (type, headerSize, size) when the chunk header is sound."""
    if off + 8 > end:
        return None
    ctype, hsize, size = _CHUNK.unpack_from(data, off)
    if hsize < min_size or hsize > size or (hsize | size) & 3 or size > end - off:
        return None
    return ctype, hsize, size


def _scan_prelude(data: bytes, off: int, end: int) -> tuple[StringPool, tuple[int, ...], int]:
    """``ResXMLTree::setTo``: string pool, resource map, and the first XML node's offset."""
    pool: StringPool | None = None
    pool_error: BadManifest | None = None
    res_ids: tuple[int, ...] = ()
    last = off
    while off < end - 8:
        (size,) = struct.unpack_from("<I", data, off + 4)
        if off >= end - size:
            break
        chunk = _valid_chunk(data, off, end, 8)
        if chunk is None:
            raise BadManifest(f"invalid chunk at byte {off} before the root element")
        ctype, hsize, size = chunk
        if ctype == _STRING_POOL:
            try:
                pool, pool_error = StringPool(data, off, size), None
            except BadManifest as exc:
                pool, pool_error = None, exc
        elif ctype == _RESOURCE_MAP:
            count = (size - hsize) // 4
            res_ids = struct.unpack_from(f"<{count}I", data, off + hsize)
        elif _FIRST_XML <= ctype <= _LAST_XML:
            if _node_error(data, off, end) is not None:
                raise BadManifest(f"invalid first XML node at byte {off}")
            if pool_error is not None:
                raise pool_error
            if pool is None:
                raise BadManifest("binary manifest has no string pool")
            return pool, res_ids, last  # setTo starts nextNode() from the chunk before
        last = off
        off += size
    raise BadManifest("binary manifest has no root element node")


def _node_error(data: bytes, off: int, end: int) -> str | None:
    """``ResXMLTree::validateNode``; a message when the node is invalid."""
    chunk = _valid_chunk(data, off, end, _NODE_HEADER)
    if chunk is None:
        return f"invalid XML chunk at byte {off}"
    ctype, hsize, size = chunk
    if ctype != _START_EL:
        return None
    if size < hsize + 20:
        return f"element at byte {off}: header size {hsize}, size {size}"
    _, _, start, attr_size, count = _ATTR_EXT.unpack_from(data, off + hsize)
    if start + attr_size * count > size - hsize:
        return f"element at byte {off}: attributes use more bytes than the chunk has"
    return None


class _TreeReader:
    """``ResXMLParser`` events → lxml elements, one pass, no recursion."""

    def __init__(
        self,
        data: bytes,
        end: int,
        pool: StringPool,
        res_ids: tuple[int, ...],
        max_depth: int,
        max_elements: int,
    ) -> None:
        self.data, self.end, self.pool, self.res_ids = data, end, pool, res_ids
        self.max_depth, self.max_elements = max_depth, max_elements
        self.root: etree._Element | None = None
        self.open_elements = 0
        self.trace: list[TracedElement] | None = None
        self._tags: dict[int, str] = {}
        self._keys: dict[tuple[int, int, int], str | None] = {}
        self._texts: dict[int, str | None] = {}

    def run(self, cur: int) -> int | None:
        """Walk nodes after ``cur``; the offset where reading stopped early, or None."""
        data, end = self.data, self.end
        stack: list[etree._Element] = []
        elements = 0
        try:
            while True:
                cur = cur + _CHUNK.unpack_from(data, cur)[2]
                if cur >= end:
                    return None
                error = _node_error(data, cur, end)
                if error is not None:
                    raise _Stop(cur, error)
                ctype, hsize, size = _CHUNK.unpack_from(data, cur)
                if ctype not in _MIN_EXT:
                    continue  # "Unknown XML block": skipped by nextNode()
                if size - hsize < _MIN_EXT[ctype]:
                    raise _Stop(cur, f"XML chunk at byte {cur} too small for its type")
                if ctype == _START_EL:
                    elements += 1
                    if elements > self.max_elements:
                        raise TooLarge(f"manifest has more than {self.max_elements} elements")
                    if len(stack) >= self.max_depth:
                        raise TooLarge(f"manifest nesting deeper than {self.max_depth}")
                    stack.append(self._element(cur, hsize, stack[-1] if stack else None))
                elif ctype == _END_EL and stack:
                    stack.pop()
                    if not stack:
                        return None  # the package parser stops at the root's end
        except _Stop as stop:
            return stop.offset
        finally:
            self.open_elements = len(stack)

    def _element(self, off: int, hsize: int, parent: etree._Element | None) -> etree._Element:
        data = self.data
        ext = off + hsize
        _, name_idx, start, attr_size, count = _ATTR_EXT.unpack_from(data, ext)
        tag = self._tag(off, name_idx)
        # With attributeSize 0 every record is the same bytes: duplicates of the first.
        attrib = self._attributes(
            off, ext + start, attr_size, count if attr_size else min(count, 1)
        )
        if self.trace is not None:
            self.trace.append((tag, self._records(ext + start, attr_size, count)))
        try:
            el = (
                etree.Element(tag, attrib)
                if parent is None
                else etree.SubElement(parent, tag, attrib)
            )
        except ValueError:  # a name lxml refuses must not end the reading
            el = self._fallback_element(tag, attrib, parent)
        if parent is None:
            self.root = el
        return el

    @staticmethod
    def _fallback_element(
        tag: str, attrib: dict[str, str], parent: etree._Element | None
    ) -> etree._Element:
        """The element with whatever lxml accepts: "_" for a refused tag, refused keys left out."""
        try:
            el = etree.Element(tag) if parent is None else etree.SubElement(parent, tag)
        except ValueError:
            el = etree.Element("_") if parent is None else etree.SubElement(parent, "_")
        for key, value in attrib.items():
            with contextlib.suppress(ValueError):
                el.set(key, value)
        return el

    def _tag(self, off: int, name_idx: int) -> str:
        tag = self._tags.get(name_idx)
        if tag is None:
            text = self.pool.get(name_idx)
            if text is None:  # XmlBlock.Parser.getName() throws: the parse ends here
                raise _Stop(off, f"element at byte {off} has no readable name")
            tag = self._tags[name_idx] = xn.safe_name(text)
        return tag

    def _attributes(self, off: int, base: int, step: int, count: int) -> dict[str, str]:
        """Attribute records as the platform sees them (see the module docstring)."""
        data, res_ids, nres = self.data, self.res_ids, len(self.res_ids)
        if base + step * (count - 1) + _ATTR.size > len(data) and count:
            raise _Stop(off, f"attributes of the element at byte {off} run past the file")
        attrib: dict[str, str] = {}
        highest = 0
        for pos in range(base, base + step * count, step) if step else (base,) * count:
            ns, name, raw, _, _, vtype, vdata = _ATTR.unpack_from(data, pos)
            res_id = res_ids[name] if 0 <= name < nres else 0
            if res_id:
                visible = res_id > highest
                highest = max(highest, res_id)
                if res_id >> 24 == 0x01:
                    if visible:
                        self._framework(attrib, res_id, vtype, vdata)
                    if ns >= 0:
                        continue
            key = self._key(ns, name, res_id)
            if key is not None and key not in attrib:
                value = self._text(raw) if raw >= 0 else xn.typed_text(vtype, vdata)
                if value is not None:
                    attrib[key] = value
        return attrib

    def _records(self, base: int, step: int, count: int) -> list[tuple[int, str | None, int, int]]:
        """The raw attribute records of one element, for ``trace``."""
        out = []
        for i in range(count):
            _, name, raw, _, _, vtype, vdata = _ATTR.unpack_from(self.data, base + step * i)
            res_id = self.res_ids[name] if 0 <= name < len(self.res_ids) else 0
            out.append((res_id, self.pool.get(raw) if raw >= 0 else None, vtype, vdata))
        return out

    def _framework(self, attrib: dict[str, str], res_id: int, vtype: int, vdata: int) -> None:
        """A framework attribute's typed value, as TypedArray gives it."""
        name = xn.framework_name(res_id)
        if res_id == xn.MAX_SDK_ID and not xn.TYPE_FIRST_INT <= vtype <= xn.TYPE_LAST_INT:
            # parseUsesPermission: maxSdkVersion counts only when typed as an integer.
            text = self._text(vdata) if vtype == xn.TYPE_STRING else xn.typed_text(vtype, vdata)
            if text is not None:
                attrib.setdefault(f"{{{xn.NOT_INT_NS}}}{name}", text)
            return
        if vtype == xn.TYPE_STRING:
            value = self._text(vdata)
        elif res_id == xn.NAME_ID:  # getNonResourceString: a non-string name is no name
            text = xn.typed_text(vtype, vdata)
            if text is not None:
                attrib.setdefault(f"{{{xn.NOT_STRING_NS}}}{name}", text)
            return
        else:
            value = xn.typed_text(vtype, vdata)
        if value is not None:
            attrib.setdefault(f"{{{xn.ANDROID_NS}}}{name}", value)

    def _key(self, ns: int, name: int, res_id: int) -> str | None:
        """Attribute key from the written namespace and name (None: no readable name)."""
        cache_key = (ns, name, res_id)
        if cache_key in self._keys:
            return self._keys[cache_key]
        text = self.pool.get(name) if name >= 0 else None
        key: str | None = None
        if text is not None:
            local = xn.safe_name(text)
            uri = self.pool.get(ns) if ns >= 0 else None
            key = f"{{{xn.safe_ns(uri)}}}{local}" if uri else local
        self._keys[cache_key] = key
        return key

    def _text(self, index: int) -> str | None:
        texts = self._texts
        if index in texts:
            return texts[index]
        text = self.pool.get(index)
        value = texts[index] = xn.clean(text) if text is not None else None
        return value
