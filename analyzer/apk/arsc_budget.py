"""Count the objects androguard's ARSCParser would build, before it builds them."""

from __future__ import annotations

import struct
from array import array
from collections import Counter

_CHUNK = struct.Struct("<HHI")
_POOL, _TABLE, _PACKAGE, _TYPE = 0x0001, 0x0002, 0x0200, 0x0201
POOL_WEIGHT = 8  # a string-pool offset becomes one Python int: 1/8 of an entry's cost
_FLAG_SPARSE, _FLAG_OFFSET16 = 0x01, 0x02
_COMPLEX = 0x0001


def arsc_items(data: bytes) -> int:
    """How many entries and map items a full parse of ``data`` materialises (an upper bound).

    Walks the chunks the way androguard does, reading only chunk headers, entry offsets
    and complex-entry counts: linear in ``data``. Offsets repeated in one type chunk are
    counted with ``Counter`` so a million offsets to one entry cost one lookup. String
    pools add their offset counts (as many as the data can hold, whatever the header
    claims), each worth ``1 / POOL_WEIGHT`` of an entry.
    """
    try:
        return _table_items(data)
    except struct.error:  # every read is bounds-checked; a miss here only ends the count
        return 0


def _table_items(data: bytes) -> int:
    size = len(data)
    if size < 12:
        return 0
    table_end = min(size, _CHUNK.unpack_from(data, 0)[2])
    pos, total = _CHUNK.unpack_from(data, 0)[1], 0
    while 0 < pos <= table_end - 8:
        kind, _, length = _CHUNK.unpack_from(data, pos)
        if length < 8 or pos + length > table_end:
            break
        if kind == _PACKAGE:
            total += _package_items(data, pos, pos + length)
        elif kind == _POOL:
            total += _pool_items(data, pos)
        pos += length
    return total


def _pool_items(data: bytes, at: int) -> int:
    """androguard reads ``stringCount`` and ``styleCount`` offsets, until the data ends."""
    if at + 28 > len(data):
        return 0
    strings, styles = struct.unpack_from("<II", data, at + 8)
    room = (len(data) - at - 28) // 4
    return int(min(strings, room) + min(styles, room)) // POOL_WEIGHT


def _package_items(data: bytes, start: int, end: int) -> int:
    if start + 288 > len(data):
        return 0
    hsize = _CHUNK.unpack_from(data, start)[1]
    type_strings, _, key_strings = struct.unpack_from("<III", data, start + 268)
    sizes, total = [], 0
    for off in (type_strings, key_strings):
        at = start + off + 4
        if at + 4 > len(data):
            return 0
        sizes.append(struct.unpack_from("<I", data, at)[0])
        total += _pool_items(data, at - 4)
    pos = start + hsize + sizes[0] + sizes[1]
    while 0 < pos <= end - 8:
        kind, chunk_hsize, length = _CHUNK.unpack_from(data, pos)
        if length < 8 or pos + length > end:
            break
        if kind == _TYPE:
            total += _type_items(data, pos, chunk_hsize, pos + length)
        pos += length
    return total


def _type_items(data: bytes, start: int, hsize: int, end: int) -> int:
    if start + 20 > len(data):
        return 0
    flags, count, entries_start = struct.unpack_from("<xBxxII", data, start + 8)
    first = start + hsize
    width = 2 if flags & _FLAG_OFFSET16 and not flags & _FLAG_SPARSE else 4
    count = max(0, min(count, (len(data) - first) // width))
    raw = array("H" if width == 2 else "I")
    raw.frombytes(data[first : first + count * width])
    if flags & _FLAG_SPARSE:
        offsets = Counter(v >> 16 for v in raw)  # (idx, off16) pairs: off16 * 4
        scale, missing = 4, -1
    elif width == 2:
        offsets, scale, missing = Counter(raw), 4, 0xFFFF
    else:
        offsets, scale, missing = Counter(raw), 1, 0xFFFFFFFF
    base, total = start + entries_start, 0
    for off, times in offsets.items():
        if off == missing:
            continue
        total += times * (1 + _complex_items(data, base + off * scale, end))
    return total


def _complex_items(data: bytes, at: int, end: int) -> int:
    if at + 16 > len(data):
        return 0
    flags = struct.unpack_from("<H", data, at + 2)[0]
    if not flags & _COMPLEX:
        return 0
    count = struct.unpack_from("<I", data, at + 12)[0]
    fit = max(0, (end - at - 20) // 12 + 1)
    return min(int(count), fit)
