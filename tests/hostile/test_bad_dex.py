"""Cut or corrupted dex files raise ``BadDex`` (a warning upstream), never anything else."""

from __future__ import annotations

import contextlib
import random
import struct

import pytest

from analyzer.evidence.apis import scan_dex
from analyzer.evidence.dex import BadDex, DexFile
from analyzer.tables import load_tables
from tests.dexbuilder import build_dex

CODE = load_tables().code
GOOD = build_dex(
    methods=[("Landroid/telephony/SmsManager;", "sendTextMessage")],
    fields=[("Landroid/provider/CallLog$Calls;", "CONTENT_URI")],
    strings=["content://sms/inbox"],
)


def _scan(data: bytes) -> None:
    with contextlib.suppress(BadDex):
        scan_dex(DexFile("classes.dex", data), CODE)


def test_every_truncation_is_handled() -> None:
    for cut in range(len(GOOD)):
        _scan(GOOD[:cut])


def test_random_byte_flips_are_handled() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        data = bytearray(GOOD)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        _scan(bytes(data))


def test_huge_table_sizes_are_rejected() -> None:
    data = bytearray(GOOD)
    struct.pack_into("<I", data, 0x38, 0x7FFFFFFF)
    with pytest.raises(BadDex):
        DexFile("classes.dex", bytes(data))


def test_string_length_lies_cost_bounded_work() -> None:
    # every string id points at one enormous unterminated string: bounded by the budget
    n = 20_000
    blob = b"\xff\xff\x03" + b"A" * 200_000
    header_end = 0x70
    ids_off = header_end
    data_off = ids_off + 4 * n
    head = bytearray(GOOD[:0x70])
    struct.pack_into("<II", head, 0x38, n, ids_off)
    struct.pack_into("<II", head, 0x40, n, ids_off)  # type ids reuse the table: idx = offsets
    for off in (0x48, 0x50, 0x58):
        struct.pack_into("<II", head, off, 0, 0)
    ids = struct.pack(f"<{n}I", *([data_off] * n))
    with pytest.raises(BadDex):
        DexFile("classes.dex", bytes(head) + ids + blob).type_descriptors()
