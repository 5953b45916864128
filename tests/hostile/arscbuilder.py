"""A minimal ``resources.arsc`` writer for hostile tables (one package, one type)."""

from __future__ import annotations

import struct

_VALUE_STRING = 0x03


def _pool(strings: list[str]) -> bytes:
    """A UTF-16 string pool chunk."""
    data = b""
    offsets = []
    for s in strings:
        offsets.append(len(data))
        data += struct.pack("<H", len(s)) + s.encode("utf-16-le") + b"\0\0"
    data += b"\0" * (-len(data) % 4)
    header = 28 + 4 * len(strings)
    body = struct.pack(f"<{len(strings)}I", *offsets) + data
    head = struct.pack("<HHIIIIII", 0x0001, 28, header + len(data), len(strings), 0, 0, header, 0)
    return head + body


def _type_chunk(offsets: list[int], entries: bytes) -> bytes:
    config = struct.pack("<I", 64) + b"\0" * 60
    hsize = 20 + len(config)
    table = struct.pack(f"<{len(offsets)}I", *offsets)
    start = hsize + len(table)
    head = struct.pack("<BBHII", 1, 0, 0, len(offsets), start)
    size = start + len(entries)
    return struct.pack("<HHI", 0x0201, hsize, size) + head + config + table + entries


def _package(type_name: str, keys: list[str], type_chunk: bytes, entry_count: int) -> bytes:
    """One package chunk; ``entry_count`` sizes the type spec (its flags are all 0)."""
    types, keys_pool = _pool([type_name]), _pool(keys)
    hsize = 288
    name = "org.hostile".encode("utf-16-le").ljust(256, b"\0")
    head = struct.pack("<I", 0x7F) + name
    head += struct.pack("<IIIII", hsize, 1, hsize + len(types), len(keys), 0)
    spec = struct.pack("<HHIBBHI", 0x0202, 16, 16 + 4 * entry_count, 1, 0, 0, entry_count)
    spec += b"\0" * (4 * entry_count)
    body = types + keys_pool + spec + type_chunk
    return struct.pack("<HHI", 0x0200, hsize, hsize + len(body)) + head + body


def _table(pool: list[str], package: bytes) -> bytes:
    strings = _pool(pool)
    size = 12 + len(strings) + len(package)
    return struct.pack("<HHII", 0x0002, 12, size, 1) + strings + package


def string_table(values: dict[str, str]) -> bytes:
    """A well-formed table of ``<string>`` resources in the default locale."""
    names = list(values)
    entries = b""
    offsets = []
    for i in range(len(names)):
        offsets.append(len(entries))
        entries += struct.pack("<HHI", 8, 0, i) + struct.pack("<HBBI", 8, 0, _VALUE_STRING, i)
    chunk = _type_chunk(offsets, entries)
    return _table(list(values.values()), _package("string", names, chunk, len(names)))


def shared_complex_entry(offsets: int = 200_000, items: int = 1000) -> bytes:
    """``offsets`` entries that all point at one complex entry of ``items`` values.

    A parser that builds objects per entry and per item makes ``offsets × items`` of them
    from a table that compresses to a few kilobytes.
    """
    entry = struct.pack("<HHIII", 16, 1, 0, 0, items)
    entry += struct.pack("<IHBBI", 0x01010000, 8, 0, 0x10, 1) * items
    chunk = _type_chunk([0] * offsets, entry)
    return _table(["x"], _package("style", ["s"], chunk, 1))


def huge_string_pool(claimed: int = 0x7FFFFFFF, size: int = 16 * 1024 * 1024) -> bytes:
    """A table whose global pool claims ``claimed`` strings over ``size`` bytes of offsets."""
    pool = struct.pack("<HHIIIIII", 0x0001, 28, size, claimed, 0, 0, 28, 0) + bytes(size - 28)
    return struct.pack("<HHII", 0x0002, 12, 12 + size, 1) + pool
