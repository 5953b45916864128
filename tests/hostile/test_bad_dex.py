"""Cut or corrupted dex files raise ``BadDex`` (a warning upstream), never anything else."""

from __future__ import annotations

import random
import struct

import pytest

from analyzer.evidence.apis import Hit, scan_dex
from analyzer.evidence.dex import BadDex, DexFile
from analyzer.tables import load_tables
from tests.dexbuilder import build_dex

CODE = load_tables().code
GOOD = build_dex(
    methods=[("Landroid/telephony/SmsManager;", "sendTextMessage")],
    fields=[("Landroid/provider/CallLog$Calls;", "CONTENT_URI")],
    strings=["content://sms/inbox"],
)


URI_PREFIXES = tuple(u.prefix for u in CODE.uris)


def _scan(data: bytes) -> list[Hit] | BadDex:
    try:
        return scan_dex(DexFile("classes.dex", data), CODE)[0]
    except BadDex as exc:
        return exc


def _values(hits: list[Hit]) -> set[str]:
    return {h.value for h in hits}


def test_untampered_dex_gives_its_three_references() -> None:
    assert _values(_scan(GOOD)) == {  # type: ignore[arg-type]
        "android.telephony.SmsManager.sendTextMessage",
        "android.provider.CallLog$Calls.CONTENT_URI",
        "content://sms/inbox",
    }


def test_every_truncation_is_a_typed_error() -> None:
    """Every table of this dex reaches its last bytes, so any cut is caught as BadDex."""
    outcomes = [_scan(GOOD[:cut]) for cut in range(len(GOOD))]
    assert all(isinstance(o, BadDex) for o in outcomes)


def test_random_byte_flips_give_a_typed_error_or_table_hits_only() -> None:
    """A flipped byte yields BadDex, or hits that are entries of our tables (never junk);
    flips outside the tables that are read leave the untampered reading."""
    rng = random.Random(5)
    untampered = _values(_scan(GOOD))  # type: ignore[arg-type]
    seen_error = seen_same = 0
    for _ in range(3000):
        data = bytearray(GOOD)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        outcome = _scan(bytes(data))
        if isinstance(outcome, BadDex):
            seen_error += 1
            continue
        assert all(h.value in untampered or _known(h.value) for h in outcome), outcome
        seen_same += _values(outcome) == untampered
    assert seen_error > 0 and seen_same > 0


def _known(value: str) -> bool:
    """A URI our tables name, or a member of a listed class with a listed (or any: *) name."""
    if value.startswith(URI_PREFIXES):
        return True
    cls, _, name = value.rpartition(".")
    return any(
        (cls == m.cls or (m.nested and cls.startswith(m.cls + "$")))
        and (name in m.names or "*" in m.names)
        for m in CODE.members
    )


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
