"""Which APKs a batch will analyse: discovery, hashing and de-duplication.

The parent hashes every file before any analysis (a streamed sha256, cheap next to a
scan). That lets it drop duplicates and skip APKs already in the store without starting
a worker at all; the price is reading each file twice, once here and once in a worker.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analyzer.apk.limits import Limits
from analyzer.batch.store import apk_key
from analyzer.regular import NotRegular, open_regular_fd

_APK_SUFFIXES = (".apk", ".apks", ".xapk", ".apkm", ".aab")
_CHUNK = 1024 * 1024
MAX_HASH_BYTES = Limits().max_file_bytes


def discover(args: Sequence[str]) -> list[str]:
    """Expand folders (recursively, ``*.apk``, sorted) and list files, keeping other paths.

    Paths found under a folder are joined to the folder as given (``apk.path`` is never
    made absolute); relative lines in a list file are relative to the list's folder.
    Blank lines and lines starting with ``#`` in a list file are skipped.
    """
    out: list[str] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            out.extend(_walk(arg))
        elif path.is_file() and _is_list_file(path):
            base = os.path.dirname(arg)  # noqa: PTH120 - Path would rewrite the given text
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                entry = line.strip()
                if entry and not entry.startswith("#"):
                    out.append(entry if entry.startswith("/") else _join(base, entry))
        else:
            out.append(arg)
    return out


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(_join(root, f) for f in files if f.lower().endswith(".apk"))
    return sorted(found)


def _join(folder: str, name: str) -> str:
    """Join without normalising (``Path`` would turn ``./a`` into ``a``: paths stay as given)."""
    return os.path.join(folder, name)  # noqa: PTH118


def _is_list_file(path: Path) -> bool:
    """A regular file not named like an APK and not starting like a zip (never blocks)."""
    if path.suffix.lower() in _APK_SUFFIXES:
        return False
    try:
        fd, _ = open_regular_fd(path)
    except (NotRegular, OSError, ValueError):
        return False
    try:
        return os.read(fd, 2) != b"PK"
    finally:
        os.close(fd)


def hash_file(path: str, max_bytes: int = MAX_HASH_BYTES) -> str | None:
    """The file's sha256, or None when it is not hashed here (the scan then reports why).

    The parent runs outside any per-APK limit, so it never blocks and never reads without
    bound: only regular files are hashed (a FIFO or a symlink to ``/dev/zero`` named
    ``*.apk`` is left to the worker, which reports ``not-a-regular-file``), opened with
    ``O_NONBLOCK``, checked again with ``fstat``, and read up to their size at open time,
    and only up to ``max_bytes`` (the ``max_file_bytes`` limit; a bigger file is refused
    by the worker as ``too-large``).
    """
    try:
        fd, st = open_regular_fd(path)
    except (NotRegular, OSError, ValueError):  # ValueError: a NUL byte (from a list file)
        return None
    digest = hashlib.sha256()
    try:
        if st.st_size > max_bytes:
            return None
        left = st.st_size
        while left > 0 and (chunk := os.read(fd, min(_CHUNK, left))):
            digest.update(chunk)
            left -= len(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Unit:
    """One unique APK: its store key, the path analysed and the other paths with its bytes."""

    key: str
    path: str
    duplicates: tuple[str, ...] = ()


def plan(paths: Sequence[str], max_bytes: int = MAX_HASH_BYTES) -> list[Unit]:
    """One unit per distinct content, in order of first appearance (a path twice counts once).

    ``max_bytes`` is the scan's ``max_file_bytes``: no bigger file is hashed.
    """
    order: list[str] = []
    first: dict[str, str] = {}
    dups: dict[str, list[str]] = {}
    seen_paths: set[str] = set()
    for path in paths:
        if path in seen_paths:
            continue
        seen_paths.add(path)
        key = apk_key(hash_file(path, max_bytes), path)
        if key in first:
            dups[key].append(path)
            continue
        order.append(key)
        first[key] = path
        dups[key] = []
    return [Unit(k, first[k], tuple(dups[k])) for k in order]
