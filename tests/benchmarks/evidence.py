"""Benchmark: the fast dex table scan against androguard's ``DEX()`` parse, on the corpus.

Run: ``.venv/bin/python tests/benchmarks/evidence.py [CORPUS_DIR]``. A script, not a test:
it prints per-APK times for the APKs with the most dex bytes and the total ratio.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analyzer.apk.archive import ApkFile  # noqa: E402
from analyzer.apk.axml import silence_androguard  # noqa: E402
from analyzer.errors import AnalyzerError  # noqa: E402
from analyzer.evidence.apis import scan_dex  # noqa: E402
from analyzer.evidence.dex import BadDex, DexFile, dex_names  # noqa: E402
from analyzer.tables import load_tables  # noqa: E402


def _dexes(path: Path) -> list[tuple[str, bytes]]:
    try:
        with ApkFile.open(str(path)) as apk:
            return [(n, apk.read(n)) for n in dex_names(apk.names())]
    except AnalyzerError:
        return []


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    silence_androguard()
    from androguard.core.dex import DEX

    code = load_tables().code
    rows = []
    for path in sorted((corpus / "apks").rglob("*.apk")):
        dexes = _dexes(path)
        if not dexes:
            continue
        t0 = time.perf_counter()
        try:
            for name, data in dexes:
                scan_dex(DexFile(name, data), code)
        except BadDex:
            continue
        fast = time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            for _, data in dexes:
                DEX(data)
        except Exception:  # androguard's own failure is not ours to time
            continue
        slow = time.perf_counter() - t0
        rows.append((sum(len(d) for _, d in dexes), path.name, fast, slow))
    rows.sort(reverse=True)
    print(f"{'dex bytes':>10} {'fast ms':>8} {'DEX() ms':>9} {'ratio':>6}  apk")
    for size, name, fast, slow in rows[:10]:
        print(f"{size:>10} {fast * 1000:>8.1f} {slow * 1000:>9.1f} {slow / fast:>6.0f}x  {name}")
    total_fast = sum(r[2] for r in rows)
    total_slow = sum(r[3] for r in rows)
    print(
        f"{len(rows)} APKs: fast {total_fast:.3f} s, androguard DEX() {total_slow:.3f} s,"
        f" ratio {total_slow / total_fast:.0f}x"
    )


if __name__ == "__main__":
    main()
