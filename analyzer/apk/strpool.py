"""``ResStringPool`` of a binary XML file, read as the platform reads it.

Follows ``ResStringPool::setTo``, ``stringAt`` and ``string8At`` in
frameworks/base/libs/androidfw/ResourceTypes.cpp, and ``nativeGetString`` in
core/jni/android_util_StringBlock.cpp, through which ``XmlBlock`` gets every string:
the header checks that make the whole pool (and so the whole document) invalid, and the
per-string checks that make one string unreadable. UTF-16 strings are ``stringAt``'s
(kept whole, NULs included: ``NewString`` takes a length); UTF-8 strings are
``string8At``'s passed to ``NewStringUTF`` (no UTF-16 length check, cut at the first
NUL, decoded leniently). Strings are decoded lazily, once each, and the total decoded
size is bounded by the pool size times a constant, so a pool whose offsets all point
into one long string cannot make the reader quadratic.
"""

from __future__ import annotations

import struct

from analyzer.errors import BadManifest, TooLarge

UTF8_FLAG = 0x100
_HEADER = struct.Struct("<HHIIIIII")  # chunk header + stringCount, styleCount, flags, starts
_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_END_SPAN = b"\xff" * 12
DECODE_BUDGET_FACTOR = 8  # decoded characters allowed per pool byte (plus a constant)


class StringPool:
    """Strings of one pool; ``get(i)`` is None where Android's ``stringAt`` gives NULL."""

    __slots__ = (
        "_budget",
        "_cache",
        "_data",
        "_entries",
        "_pool_end",
        "_pool_units",
        "_strings",
        "count",
        "utf8",
    )

    def __init__(self, data: bytes, offset: int, size: int) -> None:
        if size < _HEADER.size or offset + _HEADER.size > len(data):
            raise BadManifest(f"string pool at byte {offset} is too small")
        _, header_size, _, count, styles, flags, strings_start, styles_start = _HEADER.unpack_from(
            data, offset
        )
        if header_size < _HEADER.size:
            raise BadManifest(f"string pool at byte {offset}: header size {header_size}")
        self.utf8 = bool(flags & UTF8_FLAG)
        self._data = data
        self._entries = offset + header_size
        self.count = count
        self._cache: dict[int, str | None] = {}
        self._budget = DECODE_BUDGET_FACTOR * size + 65536
        self._strings = offset + strings_start
        self._pool_units = 0
        self._pool_end = offset + size
        if count:
            self._check_strings(offset, size, header_size, styles, strings_start, styles_start)
        if styles:
            _check_styles(data, offset, size, header_size + 4 * count, styles_start)

    def _check_strings(
        self, offset: int, size: int, header_size: int, styles: int, start: int, styles_at: int
    ) -> None:
        """The invalid-pool checks of ``ResStringPool::setTo`` for the string data."""
        where = f"string pool at byte {offset}"
        if header_size + 4 * self.count > size:
            raise BadManifest(f"{where}: {self.count} entries do not fit")
        if start >= size - 2:
            raise BadManifest(f"{where}: strings start {start} beyond the pool")
        char = 1 if self.utf8 else 2
        if styles:
            if styles_at >= size - 2 or styles_at <= start:
                raise BadManifest(f"{where}: styles start {styles_at} is out of place")
            units = (styles_at - start) // char
        else:
            units = (size - start) // char
        if units == 0:
            raise BadManifest(f"{where}: no string data")
        last = self._strings + (units - 1) * char
        if any(self._data[last : last + char]):
            raise BadManifest(f"{where}: last string is not 0-terminated")
        self._pool_units = units

    def get(self, index: int) -> str | None:
        """String ``index`` (a uint32 from the file), or None as ``stringAt`` would give."""
        if index >= self.count or index < 0:
            return None
        cache = self._cache
        if index in cache:
            return cache[index]
        text = self._decode(index)
        if text is not None:
            self._budget -= len(text) + 1
            if self._budget < 0:
                raise TooLarge("manifest string pool decodes to far more text than it holds")
        cache[index] = text
        return text

    def _decode(self, index: int) -> str | None:
        (raw_off,) = _U32.unpack_from(self._data, self._entries + 4 * index)
        return self._utf8_at(raw_off) if self.utf8 else self._utf16_at(raw_off)

    def _utf16_at(self, raw_off: int) -> str | None:
        off = raw_off // 2
        units = self._pool_units
        if off >= units - 1:
            return None
        data, base = self._data, self._strings
        pos = base + 2 * off
        (length,) = _U16.unpack_from(data, pos)
        pos += 2
        if length & 0x8000:
            (low,) = _U16.unpack_from(data, pos)
            length = ((length & 0x7FFF) << 16) | low
            pos += 2
        end = pos + 2 * length
        if (end - base) // 2 >= units or data[end : end + 2] != b"\0\0":
            return None
        return data[pos:end].decode("utf-16-le", "replace")

    def _utf8_at(self, off: int) -> str | None:
        """``ResStringPool::string8At`` then JNI ``NewStringUTF``, as XmlBlock gets strings.

        The UTF-16 length is not checked, the text ends at its first NUL (NewStringUTF
        takes a C string), and bytes that are not valid UTF-8 are decoded the lenient way
        ART does, so a string Android reads is never lost here.
        """
        units = self._pool_units
        if off >= units - 1:
            return None
        data, base = self._data, self._strings
        limit = base + units
        pos = base + off
        _, pos = _utf8_length(data, pos, limit)  # UTF-16 length: unused by string8At
        u8len, pos = _utf8_length(data, pos, limit)
        if pos + u8len >= limit:
            return None
        end = self._terminator(pos, u8len, limit)
        if end < 0:
            return None
        nul = data.find(b"\0", pos, end)
        raw = data[pos : end if nul < 0 else nul]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return _lenient_utf8(raw)

    def _terminator(self, pos: int, enc_len: int, limit: int) -> int:
        """``stringDecodeAt``: the NUL at enc_len, or at enc_len + k * 0x8000 (aapt truncation)."""
        data, step, end = self._data, 0, pos + enc_len
        while end < limit:
            if data[end] == 0:
                return end
            step += 1
            self._budget -= 1
            end = pos + ((step << 15) | enc_len)
        return -1


def _check_styles(data: bytes, offset: int, size: int, entries_end: int, styles_at: int) -> None:
    """Style checks of ``ResStringPool::setTo``: a bad style table invalidates the pool."""
    where = f"string pool at byte {offset}"
    if entries_end > size or styles_at >= size:
        raise BadManifest(f"{where}: style table out of place")
    spans = (size - styles_at) // 4
    if spans < 3:
        raise BadManifest(f"{where}: style table too short")
    tail = offset + styles_at + 4 * (spans - 3)
    if data[tail : tail + 12] != _END_SPAN:
        raise BadManifest(f"{where}: last style is not 0xFFFFFFFF-terminated")


def _utf8_length(data: bytes, pos: int, limit: int) -> tuple[int, int]:
    """``decodeLength`` for UTF-8 pools: one byte, or two when the high bit is set."""
    if pos >= limit:
        return 1 << 30, pos
    first = data[pos]
    if first & 0x80:
        if pos + 1 >= limit:
            return 1 << 30, pos + 1
        return ((first & 0x7F) << 8) | data[pos + 1], pos + 2
    return first, pos + 1


def _lenient_utf8(raw: bytes) -> str:
    """ART's modified-UTF-8 decoding: the lead byte alone says how many bytes follow."""
    units: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        one = raw[i]
        rest = raw[i + 1 : i + 4] + b"\0\0\0"
        if not one & 0x80:
            units.append(one)
            i += 1
        elif not one & 0x20:
            units.append(((one & 0x1F) << 6) | (rest[0] & 0x3F))
            i += 2
        elif not one & 0x10:
            units.append(((one & 0x0F) << 12) | ((rest[0] & 0x3F) << 6) | (rest[1] & 0x3F))
            i += 3
        else:
            point = ((one & 0x0F) << 18) | ((rest[0] & 0x3F) << 12) | ((rest[1] & 0x3F) << 6)
            point = (point | (rest[2] & 0x3F)) - 0x10000
            units += [0xD800 | ((point >> 10) & 0x3FF), 0xDC00 | (point & 0x3FF)]
            i += 4
    return b"".join(u.to_bytes(2, "little") for u in units).decode("utf-16-le", "replace")
