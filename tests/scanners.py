"""Scan functions that misbehave on purpose, for the batch's limits.

Injected as ``BatchOptions.scan``, or into the real CLI by ``tests.cli_injected``.

They run in worker processes, so they must live in an importable module. Each behaves
like ``scan_path`` unless the path's name says otherwise.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

from analyzer.model import Result
from analyzer.scan import scan_path


def misbehaving_scan(path: str, config: Any, tables: Any) -> Result:
    """``slow`` sleeps far past any test time limit; ``greedy`` allocates 8 GiB; ``crash`` dies."""
    name = Path(path).name
    if "slow" in name:
        time.sleep(600)
    if "greedy" in name:
        hog = bytearray(8 * 1024**3)
        hog[-1] = 1
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)
    return scan_path(path, config, tables)


def paced_scan(path: str, config: Any, tables: Any) -> Result:
    """``scan_path`` that takes a little while, so a test can kill a batch midway."""
    time.sleep(0.3)
    return scan_path(path, config, tables)


def worker_killing_scan(path: str, config: Any, tables: Any) -> Result:
    """``killer`` kills the process that started this scan (a Dask worker); others scan."""
    if "killer" in Path(path).name:
        os.kill(os.getppid(), signal.SIGKILL)
        time.sleep(600)
    return scan_path(path, config, tables)


def sleepy_scan(path: str, config: Any, tables: Any) -> Result:
    """``sleepy`` takes 3 s: over a 1 s limit, well under the default one."""
    if "sleepy" in Path(path).name:
        time.sleep(3)
    return scan_path(path, config, tables)


def chatty_scan(path: str, config: Any, tables: Any) -> Result:
    """Prints to stdout, as androguard does on some malformed tables, then scans."""
    print("chatter from a library")
    return scan_path(path, config, tables)


def crashing_scan(path: str, config: Any, tables: Any) -> Result:
    """A bug in the analysis: raises an exception no scan step would raise."""
    raise RuntimeError("a bug")
