"""One batch per store at a time.

Two batches writing one store would each analyse the APKs the other has not stored yet,
and both would write them. Instead the second refuses, with a clear message, while the
first holds an exclusive ``flock`` on ``<store>.lock``. The kernel releases the lock when
its holder dies (even by ``kill -9``), so a crashed batch never blocks the next one.
``permaudit report`` only reads and needs no lock.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from analyzer.errors import StoreError
from analyzer.i18n import N_


class RunLock:
    """Context manager: hold the store's lock, or raise ``StoreError`` at once."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.path = db.with_name(db.name + ".lock")
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        except OSError as exc:
            raise StoreError(
                N_("cannot lock the store {path}: {why}"), path=self.db, why=exc.strerror or exc
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            template = N_(
                "the store {path} is in use by another batch (pid {pid});"
                " wait for it to finish, or use another --db"
            )
            raise StoreError(template, path=self.db, pid=holder) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
