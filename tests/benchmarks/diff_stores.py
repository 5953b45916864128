"""Benchmark: ``permaudit diff --db A --db B`` on two stores of 1,000 APKs each.

Run: ``.venv/bin/python tests/benchmarks/diff_stores.py [COUNT]``. A script, not a test.
Both stores are built by cloning the samples' real results (tests/storebuilder.py); B's
clones are the rectified build where A has the 2017-shaped one, so every package has a
real diff. Printed: wall time and peak memory of the diff, and of a baseline measured in
the same run (``report --db A -f json``: read and render every result once). The goal of
issue 18 is a peak below 300 MB.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analyzer.scan import ScanConfig, scan_path  # noqa: E402
from analyzer.tables import load_tables  # noqa: E402
from tests.benchmarks.store_scale import measure  # noqa: E402
from tests.storebuilder import build_store  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    tables = load_tables()
    old = scan_path(str(ROOT / "samples" / "baidu_like.apk"), ScanConfig(), tables)
    new = scan_path(str(ROOT / "samples" / "baidu_like_rectified.apk"), ScanConfig(), tables)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.sqlite", Path(tmp) / "b.sqlite"
        build_store(a, [old], count, tables.data_version)
        build_store(b, [new], count, tables.data_version)
        out = Path(tmp) / "out"
        base = ["report", "--db", str(a), "-f", "json", "-o", f"{out}.json", "--fail-on", "none"]
        _, base_s, base_mb = measure([sys.executable, "-m", "analyzer", *base])
        cmd = ["diff", "--db", str(a), "--db", str(b), "-f", "json", "-o", f"{out}.diff.json",
               "--fail-on", "none"]  # fmt: skip
        code, seconds, mb = measure([sys.executable, "-m", "analyzer", *cmd])
        print(f"{count} + {count} results")
        print(f"baseline report --db A -f json: {base_s:6.1f} s {base_mb:7.1f} MB")
        print(f"diff --db A --db B -f json:     {seconds:6.1f} s {mb:7.1f} MB  (exit {code})")
        print(f"ratio diff / baseline: {seconds / base_s:.2f}x time, {mb / base_mb:.2f}x memory")


if __name__ == "__main__":
    main()
