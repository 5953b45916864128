"""Opening APKs the way Android does: central directory first, bounded reads, typed errors.

Python's ``zipfile`` rejects archives that Android installs (bytes between the central
directory and its end record, bogus compression methods, oversized extra fields), so this
module reads the zip structures itself, following Android's ``libziparchive``:

* the End Of Central Directory record is searched backwards from the end of the file;
* the central directory (not the local headers) is the list of entries;
* the local header is used only to find where an entry's data starts;
* compression method 0 is stored and 8 is deflated; any other value is treated the way the
  installer tolerates it (stored when both sizes agree, else raw deflate), as documented by
  apkInspector (erev0s/apkInspector, ``extract.py``, Apache-2.0);
* the "encrypted" flag is ignored, as the platform ignores it.

Where Android itself would refuse the archive but the manifest can still be found, the
result carries a ``zip-anomaly`` warning instead of an error, so the user learns both what
the file asks for and that it would not install. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import hashlib
import mmap
import struct
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType

from analyzer.errors import (
    AnalyzerError,
    NoManifest,
    NotAZip,
    NotFound,
    TooLarge,
    TruncatedApk,
    UnsupportedBundle,
    ZipBomb,
)
from analyzer.model import ApkInfo, ResultWarning

MANIFEST = "AndroidManifest.xml"
BUNDLE_SUFFIXES = (".apks", ".xapk", ".apkm", ".aab")

_EOCD_SIG = b"PK\x05\x06"
_CD_SIG = b"PK\x01\x02"
_LOCAL_SIG = b"PK\x03\x04"
_EOCD = struct.Struct("<4sHHHHIIH")
_CD_ENTRY = struct.Struct("<4sHHHHHHIIIHHHHHII")
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_MAX_COMMENT = 0xFFFF
_RESYNC_WINDOW = 0x10000
_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep a hostile APK from exhausting time or memory (docs/security.md)."""

    max_entries: int = 250_000
    max_entry_bytes: int = 512 * _MIB
    max_total_bytes: int = 16 * 1024 * _MIB
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 1 * _MIB
    max_manifest_bytes: int = 16 * _MIB
    max_xml_depth: int = 256
    max_xml_elements: int = 500_000
    max_policy_bytes: int = 4 * _MIB

    def with_overrides(self, pairs: list[str]) -> Limits:
        """Apply ``NAME=VALUE`` overrides (the CLI's ``--limit``); ValueError when malformed."""
        changes: dict[str, float | int] = {}
        for pair in pairs:
            name, sep, value = pair.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in self.__dataclass_fields__:
                known = ", ".join(self.__dataclass_fields__)
                raise ValueError(f"unknown limit {pair!r}; known limits: {known}")
            try:
                number = float(value) if name == "max_ratio" else int(value)
            except ValueError:
                raise ValueError(f"limit {name} needs a number, not {value!r}") from None
            if number <= 0:
                raise ValueError(f"limit {name} must be positive")
            changes[name] = number
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Entry:
    """One central-directory entry (sizes as the central directory declares them)."""

    name: str
    method: int
    compressed_size: int
    uncompressed_size: int
    local_header_offset: int


class ApkFile:
    """An opened APK: entry list, bounded reads, sha256. Use as a context manager."""

    def __init__(self, path: str, mm: mmap.mmap, sha256: str, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.sha256 = sha256
        self.size = len(mm)
        self.warnings: list[ResultWarning] = []
        self._mm = mm
        self.entries: dict[str, Entry] = {}

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str, limits: Limits | None = None) -> ApkFile:
        """Open, hash and index ``path``; raise a typed ``AnalyzerError`` on bad input."""
        limits = limits or Limits()
        mm = _map_file(path)
        try:
            apk = cls(path, mm, hashlib.sha256(mm).hexdigest(), limits)
            apk._index()
        except BaseException:
            mm.close()
            raise
        return apk

    def close(self) -> None:
        self._mm.close()

    def __enter__(self) -> ApkFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def info(self) -> ApkInfo:
        return ApkInfo(path=self.path, sha256=self.sha256, size_bytes=self.size)

    def _warn(self, kind: str, message: str) -> None:
        self.warnings.append(ResultWarning(kind, message))

    def _index(self) -> None:
        mm = self._mm
        eocd_at = _find_eocd(mm)
        if eocd_at < 0:
            if mm[:4] == _LOCAL_SIG:
                raise TruncatedApk(f"{self.path}: zip cut short (no end of central directory)")
            raise NotAZip(f"{self.path}: not a zip archive (no end of central directory)")
        _, disk, cd_disk, _, count, cd_size, cd_start, _ = _EOCD.unpack_from(mm, eocd_at)
        if count > self.limits.max_entries:
            raise TooLarge(f"{self.path}: {count} entries (limit {self.limits.max_entries})")
        if 0xFFFFFFFF in (cd_size, cd_start) or count == 0xFFFF:
            raise TooLarge(f"{self.path}: zip64 archives (over 4 GiB) are not supported")
        if disk != 0 or cd_disk != 0:
            raise NotAZip(f"{self.path}: multi-disk zip archives are not APKs")
        if cd_start + cd_size > eocd_at:
            self._warn(
                "zip-anomaly",
                "central directory overlaps its end record; Android would refuse to install"
                " this file",
            )
        if cd_start >= self.size:
            raise TruncatedApk(f"{self.path}: central directory lies beyond the end of the file")
        self._read_central_directory(cd_start, count)
        total = sum(e.uncompressed_size for e in self.entries.values())
        if total > self.limits.max_total_bytes:
            raise TooLarge(
                f"{self.path}: entries declare {total} bytes uncompressed"
                f" (limit {self.limits.max_total_bytes})"
            )

    def _read_central_directory(self, offset: int, count: int) -> None:
        mm = self._mm
        for index in range(count):
            if offset + _CD_ENTRY.size > self.size:
                self._cd_cut(index, count, "central directory runs past the end of the file")
                return
            fields = _CD_ENTRY.unpack_from(mm, offset)
            if fields[0] != _CD_SIG:
                # A lying length field (e.g. an extra field one byte longer than declared)
                # shifts the next record; resynchronise on its signature, as tolerant
                # readers do, instead of losing every later entry.
                found = mm.find(_CD_SIG, offset, offset + _RESYNC_WINDOW)
                if found < 0 or found + _CD_ENTRY.size > self.size:
                    self._cd_cut(index, count, f"entry {index} has no central directory signature")
                    return
                self._warn("zip-anomaly", f"central directory entry {index} is misaligned")
                offset = found
                fields = _CD_ENTRY.unpack_from(mm, offset)
            method, csize, usize = fields[4], fields[8], fields[9]
            name_len, extra_len, comment_len, local_at = (
                fields[10],
                fields[11],
                fields[12],
                fields[16],
            )
            raw_name = mm[offset + _CD_ENTRY.size : offset + _CD_ENTRY.size + name_len]
            name = raw_name.decode("utf-8", "replace")
            if "\x00" in name:
                self._warn("zip-anomaly", f"entry name with a NUL byte: {name!r}")
            if name in self.entries:
                self._warn("zip-anomaly", f"duplicate entry {name!r}; the first one is read")
            else:
                self.entries[name] = Entry(name, method, csize, usize, local_at)
            offset += _CD_ENTRY.size + name_len + extra_len + comment_len
        if not self.entries and count:
            raise TruncatedApk(f"{self.path}: central directory is empty or unreadable")

    def _cd_cut(self, index: int, count: int, why: str) -> None:
        if not self.entries:
            raise TruncatedApk(f"{self.path}: {why}")
        self._warn("zip-anomaly", f"{why}; read {index} of {count} entries")

    # -- reading -------------------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self.entries)

    def has(self, name: str) -> bool:
        return name in self.entries

    def read(self, name: str, max_bytes: int | None = None) -> bytes:
        """Return the uncompressed bytes of ``name``, bounded by the limits."""
        entry = self.entries[name]
        cap = min(max_bytes or self.limits.max_entry_bytes, self.limits.max_entry_bytes)
        if entry.uncompressed_size > cap:
            raise TooLarge(
                f"{self.path}: {name} declares {entry.uncompressed_size} bytes (limit {cap})"
            )
        if (
            entry.uncompressed_size > self.limits.ratio_floor_bytes
            and entry.uncompressed_size > self.limits.max_ratio * max(entry.compressed_size, 1)
        ):
            ratio = entry.uncompressed_size // max(entry.compressed_size, 1)
            raise ZipBomb(
                f"{self.path}: {name} expands {ratio}x (limit {self.limits.max_ratio:g}x)"
            )
        start = self._data_start(entry)
        if entry.method == 0 or (
            entry.method != 8 and entry.compressed_size == entry.uncompressed_size
        ):
            return self._slice(entry, start, entry.uncompressed_size)
        raw = self._slice(entry, start, entry.compressed_size)
        try:
            return _inflate(raw, entry.uncompressed_size)
        except zlib.error as exc:
            if entry.method == 8:
                raise TruncatedApk(f"{self.path}: {name} cannot be inflated ({exc})") from exc
            return self._slice(entry, start, entry.uncompressed_size)

    def read_manifest(self) -> bytes:
        if MANIFEST not in self.entries:
            if self.path.lower().endswith(BUNDLE_SUFFIXES) or _looks_like_bundle(self.entries):
                raise UnsupportedBundle(
                    f"{self.path}: an app bundle, not an APK; bundles are not supported yet"
                )
            raise NoManifest(f"{self.path}: no {MANIFEST} in the archive")
        return self.read(MANIFEST, self.limits.max_manifest_bytes)

    def _data_start(self, entry: Entry) -> int:
        at = entry.local_header_offset
        if at + _LOCAL.size > self.size:
            raise TruncatedApk(f"{self.path}: local header of {entry.name} is past the end")
        fields = _LOCAL.unpack_from(self._mm, at)
        if fields[0] != _LOCAL_SIG:
            raise TruncatedApk(f"{self.path}: no local header for {entry.name}")
        return int(at + _LOCAL.size + fields[9] + fields[10])

    def _slice(self, entry: Entry, start: int, length: int) -> bytes:
        if start + length > self.size:
            raise TruncatedApk(f"{self.path}: data of {entry.name} is cut short")
        return self._mm[start : start + length]


def _map_file(path: str) -> mmap.mmap:
    p = Path(path)
    try:
        if not p.is_file():
            raise NotFound(f"{path}: no such file")
        with p.open("rb") as fh:
            if p.stat().st_size == 0:
                raise NotAZip(f"{path}: empty file")
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except AnalyzerError:
        raise
    except OSError as exc:
        raise NotFound(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _find_eocd(mm: mmap.mmap) -> int:
    """Offset of the End Of Central Directory record, searching backwards as Android does."""
    size = len(mm)
    lowest = max(0, size - _EOCD.size - _MAX_COMMENT)
    at = mm.rfind(_EOCD_SIG, lowest)
    while at >= 0:
        if at + _EOCD.size <= size:
            comment_len = struct.unpack_from("<H", mm, at + 20)[0]
            if at + _EOCD.size + comment_len <= size:
                return at
        at = mm.rfind(_EOCD_SIG, lowest, at)
    return -1


def _inflate(raw: bytes, size: int) -> bytes:
    """Raw-deflate ``raw`` into at most ``size`` bytes (never more: no bomb gets through)."""
    inflater = zlib.decompressobj(-15)
    out = inflater.decompress(raw, size)
    if len(out) < size and not inflater.eof:
        raise zlib.error("compressed data ends early")
    return out


def _looks_like_bundle(entries: dict[str, Entry]) -> bool:
    names = entries.keys()
    return any(
        n.endswith(".apk")
        or n in ("toc.pb", "BundleConfig.pb", "info.json", "manifest.json")
        or n == "base/manifest/AndroidManifest.xml"
        for n in names
    )
