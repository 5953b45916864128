"""Benchmark: `permaudit report` over a store of 10^5 results, per format.

Run with `python tests/benchmarks/store_scale.py [COUNT]` (not collected by pytest).
The store is built by cloning the bundled samples' real results under new keys
(tests/storebuilder.py). Each report runs as its own `permaudit report` process; its
wall time and peak RSS are measured from outside (RUSAGE_CHILDREN of a wrapper). The
baseline, measured in the same run, is a bare pass over the store: read every row and
parse its JSON into a Result, which any report must do at least once.

Targets (2-core, 24 GiB reference machine): every format under 300 MB peak RSS; JSONL
and CSV under 60 s.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analyzer.scan import ScanConfig, scan_path  # noqa: E402
from analyzer.tables import load_tables  # noqa: E402
from tests.storebuilder import build_store  # noqa: E402

FORMATS = ("jsonl", "csv", "json", "sarif", "html")
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(code, time.perf_counter() - t, rss / 1024)\n"
)
BASELINE = (
    "import json, sqlite3, sys\n"
    "from analyzer.model import Result\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "for (doc,) in conn.execute('SELECT result FROM results ORDER BY path'):\n"
    "    Result.from_dict(json.loads(doc))\n"
)


def measure(cmd: list[str]) -> tuple[int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], cwd=ROOT, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    code, seconds, mb = out.stdout.split()
    return int(code), float(seconds), float(mb)


def open_in_chromium(folder: Path) -> float:
    """Seconds until headless Chromium has loaded index.html (Selenium, as the tests)."""
    import shutil

    from tests.test_html_browser import start_browser

    profile = Path(tempfile.mkdtemp())
    try:
        for driver in start_browser(profile):
            started = time.perf_counter()
            driver.get((folder / "index.html").as_uri())
            driver.find_element("id", "worst")
            return time.perf_counter() - started
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return float("nan")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tables = load_tables()
    samples = sorted((ROOT / "samples").glob("*.apk"))
    templates = [scan_path(str(p), ScanConfig(), tables) for p in samples]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.sqlite"
        started = time.perf_counter()
        build_store(db, templates, count, tables.data_version)
        size = db.stat().st_size / 2**20
        built = time.perf_counter() - started
        print(f"store: {count} results, {size:.0f} MiB, built in {built:.1f} s")
        _, base_s, base_mb = measure([sys.executable, "-c", BASELINE, str(db)])
        print(f"baseline (read + parse every row): {base_s:6.1f} s {base_mb:7.1f} MB")
        print(f"{'format':8} {'seconds':>8} {'peak MB':>8} {'x time':>7} {'x mem':>6}  output")
        for fmt in FORMATS:
            out = Path(tmp) / (f"report.{fmt}" if fmt != "html" else "report-html")
            cmd = [sys.executable, "-m", "analyzer", "report", "--db", str(db), "-f", fmt,
                   "-o", str(out), "--fail-on", "none"]  # fmt: skip
            code, seconds, mb = measure(cmd)
            ok = "ok" if code == 0 else f"exit {code}"
            size = (
                sum(p.stat().st_size for p in out.rglob("*"))
                if out.is_dir()
                else out.stat().st_size
            )
            print(
                f"{fmt:8} {seconds:8.1f} {mb:8.1f} {seconds / base_s:7.2f} {mb / base_mb:6.2f}"
                f"  {size / 2**20:.0f} MiB, {ok}"
            )
            if out.is_dir():
                print(f"         index.html opens in Chromium in {open_in_chromium(out):.2f} s")


if __name__ == "__main__":
    main()
