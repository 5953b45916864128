"""Benchmark: peak RSS and time of one scan per hostile case, each in its own process.

Run with ``.venv/bin/python tests/benchmarks/hostile.py`` (not collected by pytest). The
files are built here (``tests/hostile/*builders.py``) into a temporary folder; each case
is scanned with the default limits in a fresh child, which reports its own peak resident
memory (``ru_maxrss``) and wall time. The target is < 512 MB for every case; the child
runs under a 2 GiB address-space cap and a 300 s guard so a regression shows as a
failure line rather than a stuck machine.
"""

from __future__ import annotations

import json
import os
import resource
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.hostile import builders, limit_builders  # noqa: E402
from tests.hostile.arscbuilder import shared_complex_entry, string_table  # noqa: E402

TARGET_MB = 512
_CHILD = """
import json, resource, sys, time
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import load_tables
tables = load_tables()
start = time.perf_counter()
r = scan_path(sys.argv[1], ScanConfig(manifest_only=sys.argv[2] == "1"), tables)
print(json.dumps({"s": time.perf_counter() - start,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "kind": r.error.kind if r.error else "ok",
    "warnings": sorted({w.kind for w in r.warnings})}))
"""


def _cap() -> None:
    limit = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worst_string_ids(path: Path, size: int = 64 * 1024 * 1024 - 4096) -> None:
    """A stored dex just under the cap: every string id points at one ``content://`` string."""
    text = b"\x10content://sms/inbox\x00"
    count = (size - 0x70 - len(text)) // 4
    data_off = 0x70 + 4 * count
    header = bytearray(0x70)
    header[:8] = b"dex\n035\x00"
    struct.pack_into("<I", header, 0x20, size)
    struct.pack_into("<I", header, 0x24, 0x70)
    struct.pack_into("<I", header, 0x28, 0x12345678)
    struct.pack_into("<II", header, 0x38, count, 0x70)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("AndroidManifest.xml", builders.ok_manifest(), zipfile.ZIP_DEFLATED)
        with zf.open("classes.dex", "w", force_zip64=True) as fh:
            fh.write(bytes(header))
            block = struct.pack("<I", data_off) * 65536
            left = count
            while left:
                n = min(left, 65536)
                fh.write(block[: 4 * n])
                left -= n
            fh.write(text)


def _write(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def cases() -> dict[str, Callable[[Path], None]]:
    lb = limit_builders
    return {
        "bomb, declared size 0": _write(lb.zero_size_bomb(size=512 * builders.MIB)),
        "bomb, 64 MiB entry": _write(builders.single_entry_bomb()),
        "dex bomb, declared size 0": _write(lb.zero_size_bomb("classes.dex", 512 * builders.MIB)),
        "repeated content:// URI": _write(lb.repeated_uri_dex()),
        "arsc: 200k offsets to one entry": _write(lb.shared_entry_arsc()),
        "arsc: at the item cap": _write(
            builders.build_apk(
                builders.ok_manifest(), {"resources.arsc": shared_complex_entry(2450, 100)}
            )
        ),
        "arsc: 190k string entries (near the cap)": _write(
            builders.build_apk(
                builders.ok_manifest(),
                {"resources.arsc": string_table({f"s{i}": f"text {i}" for i in range(190_000)})},
            )
        ),
        "3 x 400 MiB dex": lambda p: lb.big_dexes(p),
        "400 MiB dex declared 1 KB": lambda p: lb.big_dexes(p, count=1, declared=1000),
        "64 MiB dex of string ids": worst_string_ids,
        "40 dex entries sharing one 60 MiB stream": lambda p: lb.overlapping_dexes(p),
        "70,000 entries": _write(lb.many_entries()),
        "65,533 duplicate names": _write(lb.duplicate_names()),
        "bzip2 manifest": _write(lb.bzip2_entry("AndroidManifest.xml")),
        "10,000-deep binary XML": _write(builders.deep_binary_manifest()),
        "billion laughs": _write(builders.billion_laughs()),
    }


def main() -> None:
    over = 0
    with tempfile.TemporaryDirectory() as tmp:
        fifo = Path(tmp) / "fifo.apk"
        os.mkfifo(fifo)
        runs: list[tuple[str, Path, bool]] = [("FIFO named .apk", fifo, False)]
        for i, (name, build) in enumerate(cases().items()):
            path = Path(tmp) / f"case{i}.apk"
            build(path)
            runs.append((name, path, False))
            if "bomb" in name:
                runs.append((name + " (--manifest-only)", path, True))
        print(f"{'case':42}{'APK MB':>8}{'peak MB':>9}{'s':>7}  result")
        for name, path, manifest_only in runs:
            size = path.stat().st_size / 1e6 if path.is_file() else 0.0
            try:
                proc = subprocess.run(
                    [sys.executable, "-c", _CHILD, str(path), "1" if manifest_only else "0"],
                    cwd=ROOT, capture_output=True, text=True, timeout=300, preexec_fn=_cap,
                    check=False,
                )  # fmt: skip
                doc = json.loads(proc.stdout)
            except (subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
                print(f"{name:42}{size:8.1f}  FAILED: {type(exc).__name__}")
                over += 1
                continue
            over += doc["rss"] >= TARGET_MB
            result = doc["kind"] + (" " + ",".join(doc["warnings"]) if doc["warnings"] else "")
            print(f"{name:42}{size:8.1f}{doc['rss']:9.0f}{doc['s']:7.2f}  {result}")
    print(f"cases at or over {TARGET_MB} MB: {over}")


if __name__ == "__main__":
    main()
