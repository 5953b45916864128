"""Fast dex reader: the string, type, field and method tables, nothing else.

Why not androguard: its ``DEX()`` parses every class and its code, which costs seconds on
a large app, while code evidence only needs to know which framework members the dex
*references* (method_ids / field_ids) and which strings it holds. Those tables are flat
arrays at offsets given in the header, so reading them with ``struct`` is milliseconds.

Every offset and size comes from untrusted input: each is checked against the buffer
before use and a ``work`` budget bounds the bytes scanned, so a corrupt or hostile dex
raises ``BadDex`` (reported as a warning by the caller) instead of crashing or hanging.
"""

from __future__ import annotations

import bisect
import struct
import sys
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

_HEADER = struct.Struct("<8sI20s20I")
_ENDIAN = 0x12345678
_REF = struct.Struct("<HHI")  # field_id (class, type, name) and method_id (class, proto, name)
URI_MARK = b"content://"
MAX_TYPE_IDS = 65536  # type indices are 16-bit in the dex format
_ONES = b"\x01" * 65536


class BadDex(ValueError):
    """The dex is truncated, corrupt, or asks for more work than its size justifies."""


@dataclass(frozen=True, slots=True)
class _Table:
    size: int
    off: int


def mutf8(raw: bytes) -> str:
    """Decode Modified UTF-8 (dex strings): NUL as C0 80, astral chars as surrogate pairs."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    raw = raw.replace(b"\xc0\x80", b"\x00")
    try:
        text = raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:  # not MUTF-8 either (corrupt): keep what can be read
        return raw.decode("utf-8", "replace")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


class DexFile:
    """Read-only view of one dex file's id tables; strings are decoded on demand."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name = name
        self._data = data
        self._budget = 16 * len(data) + 1_000_000
        if len(data) < _HEADER.size:
            raise BadDex(f"{name}: {len(data)} bytes, shorter than a dex header")
        fields = _HEADER.unpack_from(data, 0)
        magic, values = fields[0], fields[3:]
        if not (magic.startswith(b"dex\n") and magic[7] == 0):
            raise BadDex(f"{name}: not a dex file (magic {magic[:8]!r})")
        if values[2] != _ENDIAN:
            raise BadDex(f"{name}: unsupported endian tag {values[2]:#x}")
        self._strings = self._table("string_ids", values[6], values[7], 4)
        self._types = self._table("type_ids", values[8], values[9], 4)
        self._fields = self._table("field_ids", values[12], values[13], 8)
        self._methods = self._table("method_ids", values[14], values[15], 8)
        if self._types.size > MAX_TYPE_IDS:
            raise BadDex(f"{name}: {self._types.size} type ids (the format allows {MAX_TYPE_IDS})")
        # 4 bytes per id in a flat array: a tuple of ints would cost ~36 bytes per string id.
        self._string_offs = _u32_array(data, self._strings)
        self._type_strs = _u32_array(data, self._types)

    def _table(self, what: str, size: int, off: int, item: int) -> _Table:
        if size and (off <= 0 or off + size * item > len(self._data)):
            raise BadDex(f"{self.name}: {what} table ({size} x {item} at {off}) is out of range")
        return _Table(size, off)

    def _spend(self, amount: int) -> None:
        self._budget -= amount
        if self._budget < 0:
            raise BadDex(f"{self.name}: too much work for its size; giving up")

    def _string_span(self, off: int) -> tuple[int, int]:
        """(start, end) of the MUTF-8 bytes of the string_data_item at ``off``."""
        data = self._data
        at, utf16_len, shift = off, 0, 0
        while True:  # uleb128, at most 5 bytes
            if at >= len(data) or shift > 28:
                raise BadDex(f"{self.name}: bad string length at {off}")
            byte = data[at]
            at += 1
            utf16_len |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        end = data.find(b"\x00", at, at + 3 * utf16_len + 1)
        if end < 0:
            raise BadDex(f"{self.name}: unterminated string at {off}")
        self._spend(end - at + 8)
        return at, end

    def string(self, idx: int) -> str:
        """The string with index ``idx``."""
        if not 0 <= idx < self._strings.size:
            raise BadDex(f"{self.name}: string index {idx} out of range")
        start, end = self._string_span(self._string_offs[idx])
        return mutf8(self._data[start:end])

    def type_descriptors(self) -> list[str]:
        """Every type descriptor (``Landroid/telephony/SmsManager;``), by type index."""
        return [self.string(i) for i in self._type_strs]

    def method_refs(self) -> Iterator[tuple[int, int]]:
        """(class type index, name string index) of every method_id."""
        return self._refs(self._methods)

    def field_refs(self) -> Iterator[tuple[int, int]]:
        """(class type index, name string index) of every field_id."""
        return self._refs(self._fields)

    def _refs(self, table: _Table) -> Iterator[tuple[int, int]]:
        self._spend(table.size * 8)
        view = memoryview(self._data)[table.off : table.off + table.size * 8]
        for cls, _, name in _REF.iter_unpack(view):
            yield cls, name

    def strings_containing(self, mark: bytes) -> list[str]:
        """The longest string of each NUL-free run of bytes that holds ``mark``, decoded.

        Dex strings end at a NUL and hold none, so every string containing ``mark`` ends at
        the NUL after it; strings sharing that run are suffixes of the longest one, so only
        the longest is decoded. Linear in the dex: one ``find`` pass over the data and one
        pass over the string ids, whatever the strings repeat.
        """
        data = self._data
        los: list[int] = []
        his: list[int] = []
        lasts: list[int] = []
        at = data.find(mark)
        while at >= 0:
            lo, hi = data.rfind(b"\x00", 0, at) + 1, data.find(b"\x00", at)
            hi = len(data) if hi < 0 else hi
            los.append(lo)
            his.append(hi)
            lasts.append(data.rfind(mark, at, hi))
            at = data.find(mark, hi)
        if not los:
            return []
        base, size = los[0], his[-1]
        mask = bytearray(size - base)  # 1 where a string holding ``mark`` may start
        for lo, hi in zip(los, his, strict=True):
            for at in range(lo, hi, len(_ONES)):
                mask[at - base : min(hi, at + len(_ONES)) - base] = _ONES[: hi - at]
        best: dict[int, int] = {}
        for off in (o for o in self._string_offs if base <= o < size and mask[o - base]):
            region = bisect.bisect_right(los, off) - 1
            if off < best.get(region, size):
                best[region] = off
        del mask
        found = []
        for region, off in sorted(best.items()):
            start = off
            while start < off + 5 and start < his[region] and data[start] & 0x80:
                start += 1  # the uleb128 length: its value is not needed, the NUL ends it
            start += 1
            if start <= lasts[region]:
                found.append(mutf8(data[start : his[region]]))
        return found


def _u32_array(data: bytes, table: _Table) -> array[int]:
    """The table's little-endian u32 values as a compact array."""
    values = array("I")
    if values.itemsize != 4:  # pragma: no cover - every supported platform has 4-byte "I"
        values = array("L")
    with memoryview(data) as view:  # no intermediate copy of the table
        values.frombytes(view[table.off : table.off + table.size * 4])
    if sys.byteorder == "big":  # pragma: no cover - dex is little-endian
        values.byteswap()
    return values


def dex_names(names: list[str]) -> list[str]:
    """The dex files the platform loads: classes.dex, classes2.dex, … in load order."""

    def index(name: str) -> int | None:
        mid = name[len("classes") : -len(".dex")]
        if not (name.startswith("classes") and name.endswith(".dex")):
            return None
        if mid == "":
            return 1
        # ASCII digits only, as the platform's loader builds "classes%d.dex": "classes².dex"
        # is no dex Android loads (and int() would refuse it)
        if not (mid.isascii() and mid.isdigit() and len(mid) <= 9) or mid[0] == "0":
            return None
        return int(mid) if int(mid) > 1 else None

    ranked = [(i, n) for n in names if (i := index(n)) is not None]
    return [n for _, n in sorted(ranked)]


def java_name(descriptor: str) -> str:
    """``Landroid/telephony/SmsManager;`` → ``android.telephony.SmsManager``."""
    if descriptor.startswith("L") and descriptor.endswith(";"):
        return descriptor[1:-1].replace("/", ".")
    return descriptor


def descriptor(java: str) -> str:
    """``android.telephony.SmsManager`` → ``Landroid/telephony/SmsManager;``."""
    return "L" + java.replace(".", "/") + ";"
