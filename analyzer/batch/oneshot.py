"""One APK in a fresh process, under the per-APK time limit and memory cap.

Dask runs tasks inside daemonic worker processes, and a daemonic process may not start
``multiprocessing`` children. A plain subprocess is allowed, so on a cluster each APK is
analysed by ``python -m analyzer.batch.oneshot``: the task sends the job (the scan
function by reference, the path, the config and the cap) pickled on stdin, and reads
the result as JSON on stdout. The child caps its own address space (``RLIMIT_AS``)
after its imports; the parent kills it when the time limit is over. Nothing in the
child can take the Dask worker down with it.
"""

from __future__ import annotations

import contextlib
import json
import pickle
import subprocess
import sys

from analyzer.batch.workers import ScanFn, WorkLimits, die_with_parent, scan_one, set_memory_cap
from analyzer.errors import InternalError, TimedOut
from analyzer.model import ApkInfo, Result
from analyzer.scan import ScanConfig
from analyzer.tables import load_tables


def run_isolated(path: str, config: ScanConfig, scan: ScanFn, limits: WorkLimits) -> Result:
    """Analyse ``path`` in a child process; its death or overrun is a typed result."""
    payload = pickle.dumps((scan, path, config, limits.max_memory_mb))
    child = subprocess.Popen(
        [sys.executable, "-m", "analyzer.batch.oneshot"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        out, _ = child.communicate(payload, timeout=limits.timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        overrun = TimedOut(f"{path}: over the {limits.timeout:g} s time limit")
        return Result.failed(ApkInfo(path, None, None), overrun)
    finally:
        if child.poll() is None:  # interrupted while waiting: never leave it behind
            child.kill()
            child.wait()
    if child.returncode != 0 or not out:
        died = InternalError(f"{path}: analysis process died (exit code {child.returncode})")
        return Result.failed(ApkInfo(path, None, None), died)
    return Result.from_dict(json.loads(out))


def main() -> None:
    """The child's side: read the job, cap memory, scan, write the result."""
    die_with_parent()
    scan, path, config, max_memory_mb = pickle.load(sys.stdin.buffer)
    tables = load_tables()
    set_memory_cap(max_memory_mb)
    channel = sys.stdout.buffer
    with contextlib.redirect_stdout(sys.stderr):  # library chatter must not corrupt the result
        doc = scan_one(scan, path, config, tables)
    channel.write(json.dumps(doc).encode("utf-8"))
    channel.flush()


if __name__ == "__main__":
    main()
