"""Worker processes for ``batch``: per-APK time limit and per-worker memory cap.

A ``ProcessPoolExecutor`` is unusable once one of its workers is killed (the whole pool
breaks), so the batch manages plain ``multiprocessing`` processes itself, each with its
own pipe: killing a worker that overran its time limit, or that died over its memory
cap, loses only that worker's pipe and that APK, which gets an error result of kind
``timeout`` or ``memory``; a fresh worker takes its place and the batch goes on.

Workers are started with ``spawn`` (not ``fork``) because the parent runs threads (the
progress bar, the Dask client) and forking a threaded process can deadlock.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from analyzer.errors import AnalyzerError, InternalError, OutOfMemory, TimedOut, WorkerStartError
from analyzer.i18n import N_
from analyzer.model import ApkInfo, Result
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables

ScanFn = Callable[[str, ScanConfig, Tables], Result]
"""What a worker runs on each path. ``scan_path`` in production; tests inject module-level
functions that misbehave on purpose (they must be importable: workers are spawned)."""

READY = "ready"
_PR_SET_PDEATHSIG = 1
_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class WorkLimits:
    """``timeout`` seconds per APK and ``max_memory_mb`` address space per worker."""

    timeout: float | None = None
    max_memory_mb: int | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """One APK to analyse; ``index`` ties the result back to the batch's plan."""

    index: int
    path: str


def set_memory_cap(max_memory_mb: int | None) -> None:
    """Cap this process's address space, so an allocation over it raises MemoryError."""
    if max_memory_mb:
        import resource

        limit = max_memory_mb * _MIB
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:  # already capped from outside (ulimit -v, a
            limit = min(limit, hard)  # container): a process may lower, never raise, it
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (``PR_SET_PDEATHSIG``).

    A batch parent killed with ``kill -9`` cannot stop its workers; without this they
    would finish their APK (or hang) as orphans. Elsewhere it is a no-op.
    """
    import ctypes
    import ctypes.util
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return


def scan_one(scan: ScanFn, path: str, config: ScanConfig, tables: Tables) -> dict[str, Any]:
    """Run the scanner on one path; whatever escapes it (a MemoryError, a bug in a scan
    function) is still a result, never a traceback on the user's terminal."""
    info = ApkInfo(path, None, None)
    try:
        with contextlib.redirect_stdout(sys.stderr):  # library chatter must not reach stdout
            result = scan(path, config, tables)
    except MemoryError:
        result = Result.failed(info, OutOfMemory(f"{path}: over memory cap"))
    except Exception as exc:  # a bug: one line, the trace only with --debug
        trace = traceback.format_exc() if config.debug else None
        result = Result.failed(info, InternalError(f"{path}: internal error: {exc!r}"), trace)
    return result.to_dict()


def _worker_main(
    conn: Connection, config: ScanConfig, scan: ScanFn, max_memory_mb: int | None
) -> None:
    """Worker loop: receive ``(index, path)``, send ``(index, result dict)``; ``None`` stops."""
    import signal

    from analyzer.tables import load_tables

    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    tables = load_tables()  # loaded (and the scanner imported) before the cap
    set_memory_cap(max_memory_mb)
    conn.send(READY)  # start-up time must not count against the first APK's time limit
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if job is None:
            return
        index, path = job
        conn.send((index, scan_one(scan, path, config, tables)))


class _Slot:
    """One worker process, its pipe and the job it is on."""

    def __init__(self, ctx: Any, config: ScanConfig, scan: ScanFn, limits: WorkLimits) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_worker_main, args=(child, config, scan, limits.max_memory_mb), daemon=True
        )
        self.process.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0
        self.ready = False

    def check_ready(self, ready: list[Any]) -> None:
        """Note the worker's READY message; a worker that dies while starting is a bug."""
        if self.conn in ready:
            try:
                self.ready = self.conn.recv() == READY
            except (EOFError, OSError):
                self.ready = False
            if self.ready:
                return
        if not self.process.is_alive() or self.conn in ready:
            template = N_("a worker failed to start (exit code {code})")
            raise WorkerStartError(template, code=self.process.exitcode)

    def assign(self, job: Job) -> None:
        self.conn.send((job.index, job.path))
        self.job, self.started = job, time.monotonic()

    def stop(self, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _failed(job: Job, exc: AnalyzerError) -> Result:
    return Result.failed(ApkInfo(job.path, None, None), exc)


def run_pool(
    jobs: Sequence[Job],
    config: ScanConfig,
    *,
    workers: int,
    limits: WorkLimits,
    scan: ScanFn = scan_path,
    start_method: str = "spawn",
) -> Generator[tuple[int, Result], None, None]:
    """Yield ``(job index, result)`` as each APK finishes, in completion order.

    ``start_method`` is ``spawn`` unless the caller knows it runs no threads (``fork`` is
    then safe, and saves the interpreter start and imports: ``scan`` uses it).
    """
    if not jobs:
        return
    ctx = multiprocessing.get_context(start_method)
    pending = deque(jobs)
    slots = [_Slot(ctx, config, scan, limits) for _ in range(max(1, min(workers, len(jobs))))]
    try:
        while pending or any(s.job for s in slots):
            for slot in slots:
                if slot.ready and slot.job is None and pending:
                    slot.assign(pending.popleft())
            watched = [s for s in slots if s.job is not None or not s.ready]
            ready = wait([s.conn for s in watched] + [s.process.sentinel for s in watched], 0.1)
            for i, slot in enumerate(slots):
                if not slot.ready:
                    slot.check_ready(ready)
                    continue
                job = slot.job
                if job is None:
                    continue
                outcome = _collect(slot, job, ready, limits)
                if outcome is None:
                    continue
                result, replace = outcome
                slot.job = None
                if replace:
                    slot.stop(kill=True)
                    slots[i] = _Slot(ctx, config, scan, limits)
                yield job.index, result
    finally:
        for slot in slots:
            slot.stop(kill=slot.job is not None)


def _collect(
    slot: _Slot, job: Job, ready: list[Any], limits: WorkLimits
) -> tuple[Result, bool] | None:
    """The slot's result if it has one (and whether to replace its worker), else None."""
    if slot.conn in ready:
        try:
            index, doc = slot.conn.recv()
        except (EOFError, OSError):
            return _died(job, slot.process.exitcode), True
        if index == job.index:
            result = Result.from_dict(doc)
            return result, result.error_kind == OutOfMemory.kind
    if not slot.process.is_alive():
        return _died(job, slot.process.exitcode), True
    if limits.timeout is not None and time.monotonic() - slot.started > limits.timeout:
        message = f"{job.path}: over the {limits.timeout:g} s time limit"
        return _failed(job, TimedOut(message)), True
    return None


def _died(job: Job, exitcode: int | None) -> Result:
    """A worker that vanished mid-APK (a crash in native code, or killed from outside).

    Going over the memory cap is not guessed from a death: under ``RLIMIT_AS`` it shows up
    as ``MemoryError``, which the worker reports as kind ``memory`` itself.
    """
    return _failed(job, InternalError(f"{job.path}: worker process died (exit code {exitcode})"))
