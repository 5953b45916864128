"""Write minimal valid dex files for tests: header, string/type/proto/field/method ids.

Only the id tables code evidence reads are filled in (no class_defs, no code): enough
for ``analyzer.evidence.dex`` and for hostile tests that cut or corrupt the result.
Checksum and signature are computed as the format defines them (adler32 and SHA-1).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterable

HEADER_SIZE = 0x70
ENDIAN = 0x12345678


def _uleb(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _mutf8(text: str) -> bytes:
    return text.encode("utf-8").replace(b"\x00", b"\xc0\x80")


def build_dex(
    methods: Iterable[tuple[str, str]] = (),
    fields: Iterable[tuple[str, str]] = (),
    strings: Iterable[str] = (),
    types: Iterable[str] = (),
) -> bytes:
    """A dex referencing ``methods`` / ``fields`` ((class descriptor, name) pairs)."""
    methods, fields = list(methods), list(fields)
    type_names = {"V", "Ljava/lang/Object;", *types}
    type_names.update(c for c, _ in methods + fields)
    all_strings = sorted({*type_names, *strings, *(n for _, n in methods + fields)})
    sidx = {s: i for i, s in enumerate(all_strings)}
    type_list = sorted(type_names, key=lambda t: sidx[t])
    tidx = {t: i for i, t in enumerate(type_list)}
    field_rows = sorted({(tidx[c], tidx["Ljava/lang/Object;"], sidx[n]) for c, n in fields})
    method_rows = sorted({(tidx[c], 0, sidx[n]) for c, n in methods})

    off = HEADER_SIZE
    string_ids_off = off
    off += 4 * len(all_strings)
    type_ids_off = off
    off += 4 * len(type_list)
    proto_ids_off = off
    off += 12
    field_ids_off = off
    off += 8 * len(field_rows)
    method_ids_off = off
    off += 8 * len(method_rows)
    data_off = off
    body = bytearray()
    string_offs = []
    for s in all_strings:
        string_offs.append(data_off + len(body))
        body += _uleb(len(s.encode("utf-16-le")) // 2) + _mutf8(s) + b"\x00"
    tables = bytearray()
    tables += struct.pack(f"<{len(string_offs)}I", *string_offs)
    tables += struct.pack(f"<{len(type_list)}I", *(sidx[t] for t in type_list))
    tables += struct.pack("<III", sidx["V"], tidx["V"], 0)
    for row in field_rows:
        tables += struct.pack("<HHI", *row)
    for row in method_rows:
        tables += struct.pack("<HHI", *row)
    size = HEADER_SIZE + len(tables) + len(body)
    header = struct.pack(
        "<8sI20s20I",
        b"dex\n035\x00", 0, b"\x00" * 20,
        size, HEADER_SIZE, ENDIAN, 0, 0, 0,
        len(all_strings), string_ids_off, len(type_list), type_ids_off,
        1, proto_ids_off, len(field_rows), field_ids_off if field_rows else 0,
        len(method_rows), method_ids_off if method_rows else 0,
        0, 0, len(body), data_off,
    )  # fmt: skip
    dex = bytearray(header + tables + body)
    dex[12:32] = hashlib.sha1(dex[32:]).digest()
    dex[8:12] = struct.pack("<I", zlib.adler32(bytes(dex[12:])))
    return bytes(dex)
