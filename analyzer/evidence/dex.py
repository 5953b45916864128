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
from collections.abc import Iterator
from dataclasses import dataclass

_HEADER = struct.Struct("<8sI20s20I")
_ENDIAN = 0x12345678
_REF = struct.Struct("<HHI")  # field_id (class, type, name) and method_id (class, proto, name)
URI_MARK = b"content://"


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
        self._string_offs = struct.unpack_from(f"<{self._strings.size}I", data, self._strings.off)
        self._type_strs = struct.unpack_from(f"<{self._types.size}I", data, self._types.off)

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
        """Every string (decoded) whose bytes contain ``mark``; found with ``bytes.find``."""
        data, found, seen = self._data, [], set()
        starts = sorted(self._string_offs)
        at = data.find(mark)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and starts[i] not in seen:
                start, end = self._string_span(starts[i])
                if start <= at < end:
                    seen.add(starts[i])
                    found.append(mutf8(data[start:end]))
            at = data.find(mark, at + 1)
        return found


def dex_names(names: list[str]) -> list[str]:
    """The dex files the platform loads: classes.dex, classes2.dex, … in load order."""

    def index(name: str) -> int | None:
        mid = name[len("classes") : -len(".dex")]
        if not (name.startswith("classes") and name.endswith(".dex")):
            return None
        if mid == "":
            return 1
        return int(mid) if mid.isdigit() and mid[0] != "0" and int(mid) > 1 else None

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
