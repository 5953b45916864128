"""Benchmark: `scan --manifest-only` against androguard's APK() and the floor.

Run with `make bench` (not collected by pytest). All measurements are taken in this one
run, after imports, over the shared corpus (or the paths given on the command line):

* permaudit  — analyzer.scan.scan_path(..., ScanConfig(manifest_only=True))
* APK()      — androguard.core.apk.APK(path).get_permissions()
* full scan  — a whole default scan (resources, disclosure, dex evidence, rules), for
               information: it has no target, since APK() does none of that work
* floor      — zipfile open + inflate AndroidManifest.xml + sha256 of the file: the least
               any tool with our output must do.

Printed: per-APK median and total for each, and the ratios (targets: APK()/permaudit
>= 1.5, permaudit/floor <= 3). Start-up is reported apart: the wall time of a whole
`permaudit scan ONE.apk --format json` process (target < 0.5 s).
"""

from __future__ import annotations

import contextlib
import hashlib
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "apks"
REPEAT = 5


def floor(path: str) -> None:
    with zipfile.ZipFile(path) as zf:
        zf.read("AndroidManifest.xml")
    with open(path, "rb") as fh:  # noqa: PTH123
        hashlib.sha256(fh.read()).hexdigest()


def timed(fn: Callable[[str], object], paths: list[str]) -> list[float]:
    """Best of REPEAT runs per APK, in seconds; failures count with their time."""
    per_apk = []
    for path in paths:
        best = float("inf")
        for _ in range(REPEAT):
            start = time.perf_counter()
            with contextlib.suppress(Exception):
                fn(path)
            best = min(best, time.perf_counter() - start)
        per_apk.append(best)
    return per_apk


def main() -> None:
    from loguru import logger

    logger.disable("androguard")
    from androguard.core.apk import APK

    from analyzer.scan import ScanConfig, scan_path
    from analyzer.tables import load_tables

    paths = sys.argv[1:] or sorted(str(p) for p in CORPUS.rglob("*.apk"))
    readable = []
    for p in paths:
        try:
            floor(p)
            readable.append(p)
        except Exception:  # noqa: PERF203 - the floor needs zipfile to succeed
            continue
    tables = load_tables()
    config = ScanConfig(manifest_only=True)
    full = ScanConfig()
    rows = {
        "permaudit": timed(lambda p: scan_path(p, config, tables), readable),
        "full scan": timed(lambda p: scan_path(p, full, tables), readable),
        "APK()": timed(lambda p: APK(p).get_permissions(), readable),
        "floor": timed(floor, readable),
    }
    print(f"{len(readable)} APKs (zipfile-readable of {len(paths)}), best of {REPEAT} each")
    print(f"{'':12}{'median ms':>12}{'total ms':>12}")
    for name, values in rows.items():
        print(f"{name:12}{statistics.median(values) * 1e3:12.3f}{sum(values) * 1e3:12.1f}")
    ours, theirs, least = (sum(rows[k]) for k in ("permaudit", "APK()", "floor"))
    print(f"APK() / permaudit  = {theirs / ours:5.2f}x  (target >= 1.5)")
    print(f"permaudit / floor  = {ours / least:5.2f}x  (target <= 3)")
    exe = str(Path(sys.executable).with_name("permaudit"))
    one = readable[0]
    walls = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([exe, "scan", one, "--format", "json"], capture_output=True, check=False)
        walls.append(time.perf_counter() - start)
    print(
        f"start-up: `permaudit scan ONE.apk --format json` median {statistics.median(walls):.3f} s"
        " (target < 0.5 s)"
    )


if __name__ == "__main__":
    main()
