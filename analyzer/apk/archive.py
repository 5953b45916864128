"""Opening APKs the way Android does: central directory first, bounded reads, typed errors.

Python's ``zipfile`` rejects archives that Android installs (bytes between the central
directory and its end record, bogus compression methods, oversized extra fields), so this
module reads the zip structures itself, following Android's ``libziparchive``:

* the End Of Central Directory record is searched backwards from the end of the file;
* the central directory (not the local headers) is the list of entries;
* the local header is used only to find where an entry's data starts;
* compression method 0 is stored and 8 is deflated; any other value is treated the way the
  installer tolerates it (stored when both sizes agree, else raw deflate), as documented by
  apkInspector (erev0s/apkInspector, ``extract.py``, Apache-2.0); when that fails for a
  real method of the zip specification (bzip2, LZMA, …) the entry is reported as
  ``unsupported-compression`` (an error for the manifest, a warning for other entries);
* sizes in the headers are claims: inflation is capped by the entry and ratio limits
  whatever the header declares (a declared size of 0 is not "no limit");
* the "encrypted" flag is ignored, as the platform ignores it.

Where Android itself would refuse the archive but the manifest can still be found, the
result carries a ``zip-anomaly`` warning instead of an error, so the user learns both what
the file asks for and that it would not install. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import hashlib
import mmap
import zlib
from dataclasses import dataclass
from types import TracebackType

from analyzer.apk.limits import Limits
from analyzer.apk.zipfmt import (
    CD_ENTRY,
    CD_SIG,
    KNOWN_METHODS,
    LOCAL,
    LOCAL_SIG,
    find_eocd,
    inflate,
    looks_like_bundle,
    open_regular,
    read_directory,
    zip64_extra,
)
from analyzer.errors import (
    NoManifest,
    NotAZip,
    TooLarge,
    TruncatedApk,
    UnsupportedBundle,
    UnsupportedCompression,
    ZipBomb,
)
from analyzer.model import ApkInfo, ResultWarning

__all__ = ["BUNDLE_SUFFIXES", "MANIFEST", "ApkFile", "Entry", "Limits"]

MANIFEST = "AndroidManifest.xml"
BUNDLE_SUFFIXES = (".apks", ".xapk", ".apkm", ".aab")
_RESYNC_WINDOW = 0x10000
_NAMES_SHOWN = 3


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
        self._read_bytes = 0  # every entry read so far, against ``max_read_bytes``

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str, limits: Limits | None = None) -> ApkFile:
        """Open, hash and index ``path``; raise a typed ``AnalyzerError`` on bad input.

        Only a regular file is opened (a FIFO or a device named ``*.apk`` would block or
        never end); ``max_file_bytes`` bounds the hashing.
        """
        limits = limits or Limits()
        mm = open_regular(path, limits.max_file_bytes)
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
        eocd_at = find_eocd(mm)
        if eocd_at < 0:
            if mm[:4] == LOCAL_SIG:
                raise TruncatedApk(f"{self.path}: zip cut short (no end of central directory)")
            raise NotAZip(f"{self.path}: not a zip archive (no end of central directory)")
        try:
            cd = read_directory(mm, eocd_at)
        except TooLarge as exc:
            raise TooLarge(f"{self.path}: {exc}") from None
        if cd.count > self.limits.max_entries:
            raise TooLarge(f"{self.path}: {cd.count} entries (limit {self.limits.max_entries})")
        if cd.disk != 0 or cd.cd_disk != 0:
            raise NotAZip(f"{self.path}: multi-disk zip archives are not APKs")
        if cd.start + cd.size > eocd_at:
            self._warn(
                "zip-anomaly",
                "central directory overlaps its end record; Android would refuse to install"
                " this file",
            )
        if cd.start >= self.size:
            raise TruncatedApk(f"{self.path}: central directory lies beyond the end of the file")
        self._read_central_directory(cd.start, cd.count)
        total = sum(e.uncompressed_size for e in self.entries.values())
        if total > self.limits.max_total_bytes:
            raise TooLarge(
                f"{self.path}: entries declare {total} bytes uncompressed"
                f" (limit {self.limits.max_total_bytes})"
            )
        self._warn_unreadable_methods()

    def _read_central_directory(self, offset: int, count: int) -> None:
        mm = self._mm
        duplicates: list[str] = []
        misaligned: list[str] = []
        nul_names: list[str] = []
        for index in range(count):
            if offset + CD_ENTRY.size > self.size:
                self._cd_cut(index, count, "central directory runs past the end of the file")
                break
            fields = CD_ENTRY.unpack_from(mm, offset)
            if fields[0] != CD_SIG:
                # A lying length field (e.g. an extra field one byte longer than declared)
                # shifts the next record; resynchronise on its signature, as tolerant
                # readers do, instead of losing every later entry.
                found = mm.find(CD_SIG, offset, offset + _RESYNC_WINDOW)
                if found < 0 or found + CD_ENTRY.size > self.size:
                    self._cd_cut(index, count, f"entry {index} has no central directory signature")
                    break
                misaligned.append(str(index))
                offset = found
                fields = CD_ENTRY.unpack_from(mm, offset)
            method, csize, usize = fields[4], fields[8], fields[9]
            name_len, extra_len, comment_len, local_at = fields[10:13] + fields[16:17]
            if 0xFFFFFFFF in (csize, usize, local_at):
                extra_at = offset + CD_ENTRY.size + name_len
                usize, csize, local_at = zip64_extra(
                    mm[extra_at : extra_at + extra_len], usize, csize, local_at
                )
            raw_name = mm[offset + CD_ENTRY.size : offset + CD_ENTRY.size + name_len]
            name = raw_name.decode("utf-8", "replace")
            if "\x00" in name:
                nul_names.append(name)
            if name in self.entries:
                duplicates.append(name)
            else:
                self.entries[name] = Entry(name, method, csize, usize, local_at)
            offset += CD_ENTRY.size + name_len + extra_len + comment_len
        if not self.entries and count:
            raise TruncatedApk(f"{self.path}: central directory is empty or unreadable")
        self._anomalies(duplicates, misaligned, nul_names)

    def _anomalies(self, duplicates: list[str], misaligned: list[str], nul: list[str]) -> None:
        """One warning per kind of anomaly, with a count: never one per entry."""
        if misaligned:
            self._warn(
                "zip-anomaly",
                f"{len(misaligned)} central directory entries are misaligned"
                f" (entry {', '.join(misaligned[:_NAMES_SHOWN])}"
                f"{', …' if len(misaligned) > _NAMES_SHOWN else ''})",
            )
        if nul:
            self._warn("zip-anomaly", f"{len(nul)} entry names with a NUL byte ({_first(nul)})")
        if duplicates:
            self._warn(
                "zip-anomaly",
                f"{len(duplicates)} duplicate entries ({_first(duplicates)});"
                " the first of each name is read, Android would refuse to install this file",
            )

    def _warn_unreadable_methods(self) -> None:
        """One warning for every entry packed with a real method Android cannot read either."""
        odd = [
            e.name
            for e in self.entries.values()
            if e.method in KNOWN_METHODS
            and e.compressed_size != e.uncompressed_size
            and e.name != MANIFEST
        ]
        if odd:
            self._warn(
                UnsupportedCompression.kind,
                f"{len(odd)} entries use a compression method other than stored or deflate"
                f" and cannot be read ({_first(odd)})",
            )

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
        """Return the uncompressed bytes of ``name``, bounded by the limits.

        The declared sizes are checked first (a cheap refusal), then the inflated size is
        checked against the same caps while inflating, whatever the header says.
        """
        entry = self.entries[name]
        limits = self.limits
        cap = min(max_bytes or limits.max_entry_bytes, limits.max_entry_bytes)
        if entry.uncompressed_size > cap:
            raise TooLarge(
                f"{self.path}: {name} declares {entry.uncompressed_size} bytes (limit {cap})"
            )
        ratio_cap = int(limits.max_ratio * max(entry.compressed_size, 1))
        bomb_at = max(limits.ratio_floor_bytes, ratio_cap)
        if entry.uncompressed_size > bomb_at:
            ratio = entry.uncompressed_size // max(entry.compressed_size, 1)
            raise ZipBomb(f"{self.path}: {name} expands {ratio}x (limit {limits.max_ratio:g}x)")
        left = limits.max_read_bytes - self._read_bytes
        if entry.uncompressed_size > left or left <= 0:
            raise TooLarge(self._over_read_budget(name))
        start = self._data_start(entry)
        if entry.method == 0 or (
            entry.method != 8 and entry.compressed_size == entry.uncompressed_size
        ):
            data = self._slice(entry, start, entry.uncompressed_size)
        elif left < cap:
            try:
                data = self._inflate(entry, start, left, bomb_at)
            except TooLarge:  # cut by the read budget, not by the entry's own cap
                raise TooLarge(self._over_read_budget(name)) from None
        else:
            data = self._inflate(entry, start, cap, bomb_at)
        self._read_bytes += len(data)
        return data

    def _over_read_budget(self, name: str) -> str:
        """Entries sharing one compressed stream (an overlapping-entry bomb) stop here."""
        return (
            f"{self.path}: reading {name} would take the bytes read from this archive past"
            f" {self.limits.max_read_bytes} (limit max_read_bytes)"
        )

    def _inflate(self, entry: Entry, start: int, cap: int, bomb_at: int) -> bytes:
        name, end = entry.name, start + entry.compressed_size
        if end > self.size:
            raise TruncatedApk(f"{self.path}: data of {name} is cut short")
        try:
            with memoryview(self._mm) as whole, whole[start:end] as raw:
                out, over = inflate(raw, min(cap, bomb_at), entry.uncompressed_size)
        except zlib.error as exc:
            if entry.method == 8:
                raise TruncatedApk(f"{self.path}: {name} cannot be inflated ({exc})") from exc
            if entry.method in KNOWN_METHODS:
                raise UnsupportedCompression(
                    f"{self.path}: {name} is compressed with {KNOWN_METHODS[entry.method]}"
                    f" (method {entry.method}); only stored and deflate can be read"
                ) from exc
            return self._slice(entry, start, entry.uncompressed_size)
        if over and bomb_at < cap:
            raise ZipBomb(
                f"{self.path}: {name} inflates past {bomb_at} bytes from"
                f" {entry.compressed_size} (limit {self.limits.max_ratio:g}x)"
            )
        if over:
            raise TooLarge(
                f"{self.path}: {name} inflates past {cap} bytes (limit {cap}),"
                f" although it declares {entry.uncompressed_size}"
            )
        return out

    def read_manifest(self) -> bytes:
        if MANIFEST not in self.entries:
            if self.path.lower().endswith(BUNDLE_SUFFIXES) or looks_like_bundle(self.entries):
                raise UnsupportedBundle(
                    f"{self.path}: an app bundle, not an APK; bundles are not supported yet"
                )
            raise NoManifest(f"{self.path}: no {MANIFEST} in the archive")
        return self.read(MANIFEST, self.limits.max_manifest_bytes)

    def _data_start(self, entry: Entry) -> int:
        at = entry.local_header_offset
        if at + LOCAL.size > self.size:
            raise TruncatedApk(f"{self.path}: local header of {entry.name} is past the end")
        fields = LOCAL.unpack_from(self._mm, at)
        if fields[0] != LOCAL_SIG:
            raise TruncatedApk(f"{self.path}: no local header for {entry.name}")
        return int(at + LOCAL.size + fields[9] + fields[10])

    def _slice(self, entry: Entry, start: int, length: int) -> bytes:
        if start + length > self.size:
            raise TruncatedApk(f"{self.path}: data of {entry.name} is cut short")
        return self._mm[start : start + length]


def _first(names: list[str]) -> str:
    shown = ", ".join(repr(n[:80]) for n in names[:_NAMES_SHOWN])
    return shown + (", …" if len(names) > _NAMES_SHOWN else "")
