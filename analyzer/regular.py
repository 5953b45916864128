"""Opening a file that must be a regular file, without ever blocking.

APKs, the batch parent's hashing and the files users name all need the same care: a
FIFO named ``x.apk`` must not hang the tool and ``/dev/zero`` must not stream forever.
``os.stat`` refuses anything but a regular file before any ``open``; the ``open`` is
``O_NONBLOCK``; ``os.fstat`` checks again what was actually opened, so a path swapped
for a FIFO in between cannot block either. Callers turn ``NotRegular`` into their own
typed error (an APK result, a usage error, "not hashed here").
"""

from __future__ import annotations

import os
import stat

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegular(Exception):
    """The path names something other than a regular file; ``mode`` says what."""

    def __init__(self, mode: int) -> None:
        super().__init__(f"not a regular file (mode {stat.filemode(mode)})")
        self.mode = mode


def open_regular_fd(path: str | os.PathLike[str]) -> tuple[int, os.stat_result]:
    """A read-only descriptor of the regular file ``path`` and its ``fstat``.

    Raises ``NotRegular``; ``OSError`` (missing, unreadable) and ``ValueError`` (a NUL
    byte in the path) pass through. The caller closes the descriptor.
    """
    mode = os.stat(path).st_mode  # noqa: PTH116 - a str path, kept exactly as given
    if not stat.S_ISREG(mode):
        raise NotRegular(mode)
    fd = os.open(path, _FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegular(st.st_mode)
    except BaseException:
        os.close(fd)
        raise
    return fd, st
