"""The batch on a Dask cluster (``--scheduler ADDRESS``; needs ``permaudit[dask]``).

Each task runs on a Dask worker, which analyses its APK in a child process under the
same per-APK time limit and memory cap as the local executor (a Dask task cannot be
killed from outside). Results come back to the client, which writes them to the store
as they complete, so the store has one writer whichever executor runs.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from analyzer.batch.workers import Job, ScanFn, WorkLimits, run_pool
from analyzer.errors import InternalError
from analyzer.model import ApkInfo, Result
from analyzer.scan import ScanConfig


def limited_scan(path: str, config: ScanConfig, scan: ScanFn, limits: WorkLimits) -> dict[str, Any]:
    """Runs on a Dask worker: one APK in a child process, under ``limits``."""
    finished = run_pool([Job(0, path)], config, workers=1, limits=limits, scan=scan)
    try:
        _, result = next(finished)
    finally:
        finished.close()
    return result.to_dict()


def run_dask(
    jobs: Sequence[Job], config: ScanConfig, *, address: str, limits: WorkLimits, scan: ScanFn
) -> Iterator[tuple[int, Result]]:
    """Yield ``(job index, result)`` as tasks complete on the cluster at ``address``."""
    from dask.distributed import Client, as_completed

    if not jobs:
        return
    run_id = uuid.uuid4().hex[:8]
    with Client(address) as client:
        futures = {
            client.submit(
                limited_scan, job.path, config, scan, limits,
                key=f"permaudit-{run_id}-{job.index}", pure=False,
            ): job
            for job in jobs
        }  # fmt: skip
        for future in as_completed(futures):
            job = futures[future]
            try:
                result = Result.from_dict(future.result())
            except Exception as exc:  # a lost worker or a cluster error: one APK, not the batch
                error = InternalError(f"{job.path}: dask task failed: {exc!r}")
                result = Result.failed(ApkInfo(job.path, None, None), error)
            yield job.index, result
