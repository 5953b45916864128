"""Benchmark: `scan --manifest-only` against androguard's APK() and the floor.

Run with `make bench` (not collected by pytest). All measurements are taken in this one
run, after imports, over the shared corpus (or the paths given on the command line):

* permaudit  — analyzer.scan.scan_path(..., ScanConfig(manifest_only=True))
* APK()      — androguard.core.apk.APK(path).get_permissions()
* full scan  — a whole default scan (resources, disclosure, dex evidence, rules), for
               information: it has no target, since APK() does none of that work
* floor      — zipfile open + inflate AndroidManifest.xml + sha256 of the file: the least
               any tool with our output must do.

Rounds are interleaved: each round times one pass of every tool over all APKs, the order
of the tools rotating from round to round, so a slow moment of the shared machine hits
all tools alike. Printed: per tool, the median over ROUNDS rounds of the per-APK median
and of the total, and the median of the per-round ratios (targets: APK()/permaudit
>= 1.8, permaudit/floor <= 3). Start-up is reported apart: the wall time of a whole
`permaudit scan ONE.apk --format json` process (target < 0.5 s).

The corpus is taken from the command line, else $PERMAUDIT_CORPUS, else a
``shared/corpus`` folder beside the checkout or beside its parent (worktrees).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 7


def corpus_apks() -> list[str]:
    """APK paths from argv, $PERMAUDIT_CORPUS, or a shared/corpus beside the checkout."""
    if sys.argv[1:]:
        return sys.argv[1:]
    candidates = [ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus"]
    if os.environ.get("PERMAUDIT_CORPUS"):
        candidates.insert(0, Path(os.environ["PERMAUDIT_CORPUS"]))
    for corpus in candidates:
        if (corpus / "apks").is_dir():
            return sorted(str(p) for p in (corpus / "apks").rglob("*.apk"))
    return []


def floor(path: str) -> None:
    with zipfile.ZipFile(path) as zf:
        zf.read("AndroidManifest.xml")
    with open(path, "rb") as fh:  # noqa: PTH123
        hashlib.sha256(fh.read()).hexdigest()


def one_pass(fn: Callable[[str], object], paths: list[str]) -> list[float]:
    """Seconds per APK for one pass; failures count with their time."""
    per_apk = []
    for path in paths:
        start = time.perf_counter()
        with contextlib.suppress(Exception):
            fn(path)
        per_apk.append(time.perf_counter() - start)
    return per_apk


def interleaved(tools: dict[str, Callable[[str], object]], paths: list[str]) -> dict:  # type: ignore[type-arg]
    """ROUNDS rounds; in each, one pass per tool, tool order rotated every round."""
    names = list(tools)
    runs: dict[str, list[list[float]]] = {name: [] for name in names}
    for r in range(ROUNDS):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            runs[name].append(one_pass(tools[name], paths))
    return runs


def main() -> None:
    from loguru import logger

    logger.disable("androguard")
    from androguard.core.apk import APK

    from analyzer.scan import ScanConfig, scan_path
    from analyzer.tables import load_tables

    paths = corpus_apks()
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
    runs = interleaved(
        {
            "permaudit": lambda p: scan_path(p, config, tables),
            "full scan": lambda p: scan_path(p, full, tables),
            "APK()": lambda p: APK(p).get_permissions(),
            "floor": floor,
        },
        readable,
    )
    totals = {name: [sum(r) for r in rounds] for name, rounds in runs.items()}
    print(f"{len(readable)} APKs (zipfile-readable of {len(paths)}), {ROUNDS} interleaved rounds")
    print(f"{'':12}{'median ms':>12}{'total ms':>12}   (medians over rounds)")
    for name, rounds in runs.items():
        per_apk = statistics.median(statistics.median(r) for r in rounds)
        print(f"{name:12}{per_apk * 1e3:12.3f}{statistics.median(totals[name]) * 1e3:12.1f}")
    ratio = [a / b for a, b in zip(totals["APK()"], totals["permaudit"], strict=True)]
    over = [a / b for a, b in zip(totals["permaudit"], totals["floor"], strict=True)]
    print(
        f"APK() / permaudit  = {statistics.median(ratio):5.2f}x  median of {ROUNDS} rounds"
        f" (min {min(ratio):.2f}, max {max(ratio):.2f}; target >= 1.8)"
    )
    print(f"permaudit / floor  = {statistics.median(over):5.2f}x  (target <= 3)")
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
