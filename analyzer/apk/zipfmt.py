"""Zip structures at the byte level: end records, zip64, opening a path without blocking.

Kept apart from ``archive`` so that module reads as policy (what Android tolerates, which
limit applies) while this one is plain format knowledge.
"""

from __future__ import annotations

import mmap
import os
import stat
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from analyzer.errors import AnalyzerError, NotARegularFile, NotAZip, NotFound, TooLarge
from analyzer.regular import NotRegular, open_regular_fd

EOCD_SIG = b"PK\x05\x06"
CD_SIG = b"PK\x01\x02"
LOCAL_SIG = b"PK\x03\x04"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD_SIG = b"PK\x06\x06"
EOCD = struct.Struct("<4sHHHHIIH")
CD_ENTRY = struct.Struct("<4sHHHHHHIIIHHHHHII")
LOCAL = struct.Struct("<4sHHHHHIIIHH")
_ZIP64_LOCATOR = struct.Struct("<4sIQI")
_ZIP64_EOCD = struct.Struct("<4sQHHIIQQQQ")
_MAX_COMMENT = 0xFFFF

# Real compression methods of the zip specification (APPNOTE 4.4.5) that Android cannot
# read either; any other value besides 0 and 8 is a "bogus" method read the tolerant way.
KNOWN_METHODS = {
    1: "shrink",
    2: "reduce",
    3: "reduce",
    4: "reduce",
    5: "reduce",
    6: "implode",
    9: "deflate64",
    10: "PKWARE implode",
    12: "bzip2",
    14: "LZMA",
    18: "IBM TERSE",
    19: "IBM LZ77",
    20: "zstd",
    93: "zstd",
    94: "MP3",
    95: "xz",
    96: "JPEG",
    97: "WavPack",
    98: "PPMd",
    99: "AES encryption",
}


@dataclass(frozen=True, slots=True)
class Directory:
    """Where the central directory is and how many entries it declares."""

    count: int
    size: int
    start: int
    disk: int
    cd_disk: int


def open_regular(path: str, max_bytes: int) -> mmap.mmap:
    """Map ``path`` read-only; only regular files are opened, and opening never blocks.

    ``os.stat`` first (a FIFO, device or socket is refused before any ``open``); then an
    ``O_NONBLOCK`` open and an ``fstat`` of what was actually opened, so a path swapped for a
    FIFO in between cannot block either.
    """
    try:
        fd, st = open_regular_fd(path)
    except NotRegular as exc:
        if stat.S_ISDIR(exc.mode):
            raise NotFound(f"{path}: a folder, not a file") from exc
        raise NotARegularFile(f"{path}: not a regular file ({_file_type(exc.mode)})") from exc
    except FileNotFoundError as exc:
        raise NotFound(f"{path}: no such file") from exc
    except OSError as exc:
        raise NotFound(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        if st.st_size == 0:
            raise NotAZip(f"{path}: empty file")
        if st.st_size > max_bytes:
            raise TooLarge(f"{path}: {st.st_size} bytes (limit {max_bytes})")
        return mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except AnalyzerError:
        raise
    except (OSError, ValueError) as exc:
        raise NotFound(f"{path}: cannot be read ({exc})") from exc
    finally:
        os.close(fd)


def _file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def find_eocd(mm: mmap.mmap) -> int:
    """Offset of the End Of Central Directory record, searching backwards as Android does."""
    size = len(mm)
    lowest = max(0, size - EOCD.size - _MAX_COMMENT)
    at = mm.rfind(EOCD_SIG, lowest)
    while at >= 0:
        if at + EOCD.size <= size:
            comment_len = struct.unpack_from("<H", mm, at + 20)[0]
            if at + EOCD.size + comment_len <= size:
                return at
        at = mm.rfind(EOCD_SIG, lowest, at)
    return -1


def read_directory(mm: mmap.mmap, eocd_at: int) -> Directory:
    """The central directory's place and entry count, from the zip64 record when there is one.

    More than 65,535 entries (or offsets past 4 GiB) are written in a zip64 end record;
    its counts are used, so a big archive is neither misreported as "over 4 GiB" nor read
    only in part.
    """
    _, disk, cd_disk, _, count, cd_size, cd_start, _ = EOCD.unpack_from(mm, eocd_at)
    directory = Directory(count, cd_size, cd_start, disk, cd_disk)
    if not (count == 0xFFFF or 0xFFFFFFFF in (cd_size, cd_start)):
        return directory
    loc_at = eocd_at - _ZIP64_LOCATOR.size
    if loc_at < 0 or mm[loc_at : loc_at + 4] != _ZIP64_LOCATOR_SIG:
        if 0xFFFFFFFF in (cd_size, cd_start):
            raise TooLarge("zip64 fields without a zip64 end record")
        return directory  # exactly 65,535 entries in a plain zip
    _, _, z64_at, _ = _ZIP64_LOCATOR.unpack_from(mm, loc_at)
    if z64_at + _ZIP64_EOCD.size > loc_at or mm[z64_at : z64_at + 4] != _ZIP64_EOCD_SIG:
        raise TooLarge("zip64 end record missing or out of place")
    fields = _ZIP64_EOCD.unpack_from(mm, z64_at)
    return Directory(fields[7], fields[8], fields[9], fields[4], fields[5])


def zip64_extra(extra: bytes, usize: int, csize: int, offset: int) -> tuple[int, int, int]:
    """Sizes and offset from an entry's zip64 extra field (id 1) where the record says -1.

    The field holds 8-byte values only for the fields that are 0xFFFFFFFF, in this order:
    uncompressed size, compressed size, local header offset (APPNOTE 4.5.3).
    """
    at = 0
    while at + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, at)
        body = extra[at + 4 : at + 4 + length]
        at += 4 + length
        if tag != 1:
            continue
        values = [usize, csize, offset]
        pos = 0
        for i, value in enumerate(values):
            if value == 0xFFFFFFFF and pos + 8 <= len(body):
                values[i] = struct.unpack_from("<Q", body, pos)[0]
                pos += 8
        return values[0], values[1], values[2]
    return usize, csize, offset


def inflate(raw: memoryview | bytes, limit: int, declared: int) -> tuple[bytes, bool]:
    """Raw-deflate ``raw`` into at most ``limit + 1`` bytes; (data, whether it stopped early).

    The header's size is not trusted: zlib's ``max_length`` of 0 means "no limit", so the
    cap given here is always the caller's limit (positive), never the declared size.
    ``over`` is True when the data would inflate past ``limit``.
    """
    inflater = zlib.decompressobj(-15)
    out = inflater.decompress(raw, limit + 1)
    if len(out) > limit:
        return out, True
    if not inflater.eof and not (declared and len(out) >= declared):
        raise zlib.error("compressed data ends early")
    return out, False


def looks_like_bundle(names: Iterable[str]) -> bool:
    """Entry names of an app bundle (.apks/.xapk/.apkm/.aab), not of one APK."""
    return any(
        n.endswith(".apk")
        or n in ("toc.pb", "BundleConfig.pb", "info.json", "manifest.json")
        or n == "base/manifest/AndroidManifest.xml"
        for n in names
    )
