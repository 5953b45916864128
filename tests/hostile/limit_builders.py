"""Hostile files for the limits of issue 13, each small on disk and built here.

Big payloads are written to a path in chunks through ``zipfile``, never held whole.
"""

from __future__ import annotations

import io
import os
import struct
import warnings
import zipfile
from pathlib import Path

from tests.axmlbuilder import build_apk
from tests.dexbuilder import build_dex
from tests.hostile.arscbuilder import shared_complex_entry
from tests.hostile.builders import MIB, ok_manifest, single_entry_bomb


def patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size that the central directory declares for ``name``."""
    out = bytearray(data)
    at = out.rfind(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46 : at + 46 + name_len] == name.encode():
            struct.pack_into("<I", out, at + 24, size)
        at = out.rfind(b"PK\x01\x02", 0, at)
    return bytes(out)


def zero_size_bomb(name: str = "AndroidManifest.xml", size: int = 64 * MIB) -> bytes:
    """A deflate bomb whose central directory declares 0 bytes uncompressed."""
    return patch_declared_size(single_entry_bomb(size, name=name), name, 0)


def repeated_uri_dex(size: int = 1_000_000) -> bytes:
    """One dex string of ``content://sms/`` repeated to ``size`` bytes (quadratic bait)."""
    unit = "content://sms/"
    dex = build_dex(strings=[unit * (size // len(unit))])
    return build_apk(ok_manifest(), {"classes.dex": dex})


def shared_entry_arsc() -> bytes:
    """A resource table of 200,000 offsets to one complex entry of 1,000 values."""
    return build_apk(ok_manifest(), {"resources.arsc": shared_complex_entry()})


def big_dexes(path: Path, count: int = 3, size_mib: int = 400, declared: int | None = None) -> None:
    """``count`` dex files of ``size_mib`` MiB each that deflate about 150:1 (not a bomb).

    With ``declared`` the central directory claims that size instead (a lying header).
    """
    noise = os.urandom(3000)
    chunk = noise + bytes(MIB - len(noise))
    names = ["classes.dex"] + [f"classes{i}.dex" for i in range(2, count + 1)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("AndroidManifest.xml", ok_manifest())
        for name in names:
            with zf.open(name, "w", force_zip64=True) as fh:
                fh.write(b"dex\n035\0")
                for _ in range(size_mib):
                    fh.write(chunk)
    if declared is not None:
        data = path.read_bytes()
        for name in names:
            data = patch_declared_size(data, name, declared)
        path.write_bytes(data)


def many_entries(count: int = 70_000) -> bytes:
    """An APK of ``count`` tiny entries: more than 65,535 needs the zip64 end record."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("AndroidManifest.xml", ok_manifest())
        for i in range(count - 1):
            zf.writestr(f"r/{i}", b"")
    return buf.getvalue()


def duplicate_names(count: int = 65_533) -> bytes:
    """The manifest once, then ``count`` entries all named ``assets/a``."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns on each duplicate name
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("AndroidManifest.xml", ok_manifest())
            for _ in range(count):
                zf.writestr("assets/a", b"x")
    return buf.getvalue()


def bzip2_entry(name: str) -> bytes:
    """An APK whose ``name`` entry is bzip2-compressed (method 12), the rest deflated."""
    buf = io.BytesIO()
    dex = build_dex(methods=[("Landroid/telephony/SmsManager;", "sendDataMessage")])
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry, data in (("AndroidManifest.xml", ok_manifest()), ("classes.dex", dex)):
            method = zipfile.ZIP_BZIP2 if entry == name else zipfile.ZIP_DEFLATED
            zf.writestr(entry, data, compress_type=method)
    return buf.getvalue()


def overlapping_dexes(path: Path, count: int = 40, size_mib: int = 60) -> None:
    """``count`` central-directory entries ``classesN.dex`` sharing one compressed stream.

    Each entry alone is within every per-entry limit; together they would inflate
    ``count × size_mib`` MiB from one stream (the "better zip bomb" overlap).
    """
    big_dexes(path, count=1, size_mib=size_mib)
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    cd_start = struct.unpack_from("<I", data, eocd + 16)[0]
    at, records = cd_start, []
    while data[at : at + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", data, at + 28)
        records.append(bytes(data[at : at + 46 + n + m + k]))
        at += 46 + n + m + k
    dex = next(r for r in records if r[46:57] == b"classes.dex")
    for i in range(2, count + 1):
        name = f"classes{i}.dex".encode()
        extra_len, comment_len = struct.unpack_from("<HH", dex, 30)
        head = bytearray(dex[:46])
        struct.pack_into("<H", head, 28, len(name))
        records.append(bytes(head) + name + dex[57 : 57 + extra_len + comment_len])
    directory = b"".join(records)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(records), len(records),
                      len(directory), cd_start, 0)  # fmt: skip
    path.write_bytes(bytes(data[:cd_start]) + directory + end)


def zip64_extra_sizes() -> bytes:
    """Every central-directory record says -1 for its sizes and offset, zip64 style.

    The real values sit in each record's zip64 extra field (id 1), as writers do for
    entries past 4 GiB; a reader that skips the field sees a 4 GiB manifest.
    """
    data = build_apk(ok_manifest(), {"classes.dex": build_dex()})
    eocd = data.rfind(b"PK\x05\x06")
    count, _, cd_start = struct.unpack_from("<HII", data, eocd + 10)
    at, records = cd_start, []
    for _ in range(count):
        n, m, k = struct.unpack_from("<HHH", data, at + 28)
        head = bytearray(data[at : at + 46])
        csize, usize = struct.unpack_from("<II", head, 20)
        offset = struct.unpack_from("<I", head, 42)[0]
        extra = struct.pack("<HHQQQ", 1, 24, usize, csize, offset)
        struct.pack_into("<II", head, 20, 0xFFFFFFFF, 0xFFFFFFFF)
        struct.pack_into("<I", head, 42, 0xFFFFFFFF)
        struct.pack_into("<H", head, 30, m + len(extra))
        name = data[at + 46 : at + 46 + n]
        records.append(bytes(head) + name + data[at + 46 + n : at + 46 + n + m] + extra)
        at += 46 + n + m + k
    directory = b"".join(records)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory),
                      cd_start, 0)  # fmt: skip
    return data[:cd_start] + directory + end
