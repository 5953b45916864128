"""Typed errors: one class per way an input can fail (DESIGN §2.8).

Each class carries the ``kind`` string written as ``error.kind`` in every report,
so the table of kinds lives in exactly one place.
"""

from __future__ import annotations

from typing import ClassVar


class AnalyzerError(Exception):
    """Base for every failure caused by the input, not by a bug in permaudit."""

    kind: ClassVar[str] = "internal"
    exit_code: ClassVar[int] = 3


class NotFound(AnalyzerError):
    """The path does not exist or is not a readable file."""

    kind = "not-found"


class NotAZip(AnalyzerError):
    """Not a zip archive at all (random bytes, text, an empty file)."""

    kind = "not-a-zip"


class TruncatedApk(AnalyzerError):
    """A zip cut short: the central directory or an entry's data is missing."""

    kind = "truncated"


class NoManifest(AnalyzerError):
    """A zip without ``AndroidManifest.xml``, so not an APK."""

    kind = "no-manifest"


class BadManifest(AnalyzerError):
    """A manifest that cannot be decoded as binary or text XML."""

    kind = "bad-manifest"


class TooLarge(AnalyzerError):
    """Over a limit: entry count, entry or total size, manifest size, XML depth."""

    kind = "too-large"


class ZipBomb(AnalyzerError):
    """Compression ratio or declared sizes beyond the limits."""

    kind = "zip-bomb"


class UnsupportedBundle(AnalyzerError):
    """An app bundle (.apks/.xapk/.apkm/.aab) rather than a single APK."""

    kind = "unsupported-bundle"


class TimedOut(AnalyzerError):
    """The APK took longer than the per-APK time limit (batch)."""

    kind = "timeout"


class OutOfMemory(AnalyzerError):
    """The worker went over its memory cap (batch)."""

    kind = "memory"


class InternalError(AnalyzerError):
    """A bug in permaudit; the trace is shown only with ``--debug``."""

    kind = "internal"


class UsageError(Exception):
    """A mistake in how permaudit was called (bad option, unreadable --policy file).

    Not an ``AnalyzerError``: it is the user's own input, so the CLI exits 2.
    """

    exit_code: ClassVar[int] = 2


ERROR_KINDS: tuple[str, ...] = (
    NotFound.kind,
    NotAZip.kind,
    TruncatedApk.kind,
    NoManifest.kind,
    BadManifest.kind,
    TooLarge.kind,
    ZipBomb.kind,
    UnsupportedBundle.kind,
    TimedOut.kind,
    OutOfMemory.kind,
    InternalError.kind,
)


class NotARegularFile(AnalyzerError):
    """A FIFO, device, socket or other non-regular file named like an APK (never opened)."""

    kind = "not-a-regular-file"


class UnsupportedCompression(AnalyzerError):
    """The manifest is stored with a real compression method other than stored/deflate."""

    kind = "unsupported-compression"
