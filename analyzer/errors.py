"""Typed errors under one root: one class per way things can fail (DESIGN §2.8).

Three branches hang off ``PermauditError``:

- ``AnalyzerError``: an input APK could not be analysed. Each subclass carries the
  ``kind`` string written as ``error.kind`` in every report, so the table of kinds lives
  here and nowhere else; a failed ``Result`` is built from the exception instance.
- ``UsageError``: a mistake in how permaudit was called, or a user file that cannot be
  used (exit 2). ``StoreError`` and ``WorkerStartError`` are usage-level problems too:
  the store or the installation, not one APK, is at fault.
- ``InternalError``: a bug in permaudit, reported as a value (exit 3, never 1).

``UsageError`` and ``Interrupted`` end a command with a line for people, so they are
``TranslatedError``s: an ``N_``-marked English template and its fields.

``exit_code`` on each class is the code the CLI uses when that error ends a command.
"""

from __future__ import annotations

from typing import Any, ClassVar

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INPUT_ERROR = 3
EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT


class PermauditError(Exception):
    """Root of every error permaudit raises on purpose."""

    kind: ClassVar[str] = "internal"
    exit_code: ClassVar[int] = EXIT_INPUT_ERROR


class AnalyzerError(PermauditError):
    """Base for every failure caused by the input APK, not by a bug in permaudit."""


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
    """The APK took longer than the per-APK time limit."""

    kind = "timeout"


class OutOfMemory(AnalyzerError):
    """The analysis went over its memory cap."""

    kind = "memory"


class WorkerLost(AnalyzerError):
    """A cluster worker died twice while analysing this APK."""

    kind = "worker-lost"


class InternalError(AnalyzerError):
    """A bug in permaudit; the trace is shown only with ``--debug``."""

    kind = "internal"


class TranslatedError(PermauditError):
    """An error whose message is shown to people in their language.

    ``template`` is the English message, marked with ``N_`` where it is raised so that
    ``make catalogs`` extracts it; ``fields`` fill its ``{placeholders}``. ``str()`` is
    the English text; the CLI translates the template and escapes each field (paths and
    names are untrusted) before it prints the line.
    """

    def __init__(self, template: str, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields))

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable with its fields (a worker may raise it in another process)."""
        return (_rebuild, (type(self), self.template, self.fields))


def _rebuild(cls: type[TranslatedError], template: str, fields: dict[str, object]) -> Any:
    return cls(template, **fields)


class UsageError(TranslatedError):
    """A mistake in how permaudit was called (bad option, unreadable --policy file)."""

    kind = "usage"
    exit_code = EXIT_USAGE


class StoreError(UsageError):
    """The SQLite store cannot be opened, read or written."""

    kind = "store"


class WorkerStartError(UsageError):
    """A worker died before it could take any APK (a broken install, not a bad APK)."""

    kind = "worker-start"


class Interrupted(TranslatedError):
    """The user stopped a batch (Ctrl-C); what was stored stays stored."""

    kind = "interrupted"
    exit_code = EXIT_INTERRUPTED


class NotARegularFile(AnalyzerError):
    """A FIFO, device, socket or other non-regular file named like an APK (never opened)."""

    kind = "not-a-regular-file"


class UnsupportedCompression(AnalyzerError):
    """The manifest is stored with a real compression method other than stored/deflate."""

    kind = "unsupported-compression"


ANALYZER_ERRORS: tuple[type[AnalyzerError], ...] = (
    NotFound,
    NotAZip,
    TruncatedApk,
    NoManifest,
    BadManifest,
    TooLarge,
    ZipBomb,
    UnsupportedBundle,
    TimedOut,
    OutOfMemory,
    WorkerLost,
    NotARegularFile,
    UnsupportedCompression,
    InternalError,
)
ERROR_KINDS: tuple[str, ...] = tuple(cls.kind for cls in ANALYZER_ERRORS)


def error_class(kind: str) -> type[AnalyzerError]:
    """The class for a stored ``kind`` (unknown kinds, e.g. from a newer store: internal)."""
    for cls in ANALYZER_ERRORS:
        if cls.kind == kind:
            return cls
    return InternalError
