"""``scan --timeout``: each APK analysed in a worker process under the per-APK limits.

``scan`` runs in the user's terminal, so a hostile APK must not hang it or take all its
memory. Each path goes, one at a time and in argument order, to a worker of ``run_pool``
(the same machinery as ``batch``): opening, hashing and every analysis step happen in
the worker, under the time limit and the address-space cap. A worker that overruns is
killed and the APK gets a ``timeout`` (or ``memory``) result; the next APK gets a fresh
worker.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator, Sequence

from analyzer.batch.workers import Job, ScanFn, WorkLimits, run_pool
from analyzer.model import Result
from analyzer.scan import ScanConfig, scan_path

DEFAULT_TIMEOUT = 300.0  # seconds per APK, as in ``batch``
DEFAULT_MAX_MEMORY_MB = 4096  # address space per worker, as in ``batch``
SCAN_LIMITS = WorkLimits(timeout=DEFAULT_TIMEOUT, max_memory_mb=DEFAULT_MAX_MEMORY_MB)


def scan_limited(
    paths: Sequence[str],
    config: ScanConfig,
    limits: WorkLimits = SCAN_LIMITS,
    *,
    scan: ScanFn = scan_path,
) -> Iterator[Result]:
    """One ``Result`` per path, in the order given, each computed under ``limits``.

    Paths are kept exactly as given (``apk.path``); a timed-out or killed APK has no
    sha256 (it was not hashed within the limit).
    """
    jobs = [Job(index, path) for index, path in enumerate(paths)]
    waiting: dict[int, Result] = {}
    next_index = 0
    finished = run_pool(jobs, config, workers=1, limits=limits, scan=scan, start_method=_method())
    for index, result in finished:
        waiting[index] = result
        while next_index in waiting:
            yield waiting.pop(next_index)
            next_index += 1


def _method() -> str:
    """``fork`` (fast: no fresh interpreter, imports shared) when no other thread runs."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"
