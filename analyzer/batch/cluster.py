"""The batch on a Dask cluster (``--scheduler ADDRESS``; needs ``permaudit[dask]``).

Tasks run under the default ``dask worker`` (nanny on, daemonic worker processes). Each
task analyses its APK in a fresh subprocess (``batch.oneshot``), which is how it keeps
the per-APK time limit and memory cap without ``multiprocessing`` children. Results come
back to the client, which writes them to the store as they complete, so the store has
one writer whichever executor runs and a killed client resumes like a local batch.

A task whose worker dies is rescheduled by the scheduler (its ``allowed-failures``); if
it still ends with ``KilledWorker``, the client submits it once more, and a second loss
is recorded as ``worker-lost`` for that APK.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from analyzer.batch.oneshot import run_isolated
from analyzer.batch.workers import Job, ScanFn, WorkLimits
from analyzer.errors import InternalError, NotFound, UsageError, WorkerLost
from analyzer.i18n import N_
from analyzer.model import ApkInfo, Result
from analyzer.scan import ScanConfig

CONNECT_TIMEOUT = "10s"


def limited_scan(path: str, config: ScanConfig, scan: ScanFn, limits: WorkLimits) -> dict[str, Any]:
    """Runs on a Dask worker: one APK in a child process, under ``limits``."""
    result = run_isolated(path, config, scan, limits)
    if result.error_kind == NotFound.kind:  # say which machine could not see the file
        error = NotFound(f"{result.error_message} (on worker {socket.gethostname()})")
        result = Result.failed(result.apk, error)
    return result.to_dict()


def run_dask(
    jobs: Sequence[Job], config: ScanConfig, *, address: str, limits: WorkLimits, scan: ScanFn
) -> Iterator[tuple[int, Result]]:
    """Yield ``(job index, result)`` as tasks complete on the cluster at ``address``."""
    from dask.distributed import Client, as_completed

    if not jobs:
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        template = N_("cannot reach the Dask scheduler at {address}: {why}")
        raise UsageError(template, address=address, why=exc) from None
    run_id = uuid.uuid4().hex[:8]
    with client:

        def submit(job: Job, attempt: int) -> Any:
            key = f"permaudit-{run_id}-{job.index}-{attempt}"
            return client.submit(limited_scan, job.path, config, scan, limits, key=key, pure=False)

        futures = {submit(job, 1): (job, 1) for job in jobs}
        pending = as_completed(list(futures))
        for future in pending:
            job, attempt = futures.pop(future)
            outcome = _outcome(future, job, attempt)
            if outcome is None:  # its worker was lost: requeue once
                retry = submit(job, attempt + 1)
                futures[retry] = (job, attempt + 1)
                pending.add(retry)
                continue
            yield job.index, outcome


def _outcome(future: Any, job: Job, attempt: int) -> Result | None:
    """The task's result; None to requeue after a first lost worker."""
    from distributed import KilledWorker

    info = ApkInfo(job.path, None, None)
    try:
        return Result.from_dict(future.result())
    except KilledWorker as exc:
        if attempt == 1:
            return None
        return Result.failed(info, WorkerLost(f"{job.path}: workers died twice on it ({exc})"))
    except Exception as exc:  # a cluster error: one APK, not the batch
        return Result.failed(info, InternalError(f"{job.path}: dask task failed: {exc!r}"))
