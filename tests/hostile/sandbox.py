"""Run one scan in a child process with an address-space cap and a wall-clock guard.

A hang or a blow-up then fails the test (the guard kills the child, or the cap turns an
allocation into ``MemoryError``) without any timed assertion: the guard is far above the
expected time, which is what the benchmark in ``tests/benchmarks/hostile.py`` prints.

``python -m tests.hostile.sandbox PATH CONFIG_JSON`` prints the ``Result`` as JSON.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 1024 * 1024 * 1024  # 1 GiB: twice the 512 MB target, far below a blow-up
WALL_CLOCK = 120.0  # seconds: every case finishes in a few


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_capped(args: list[str], codes: tuple[int, ...] = (0,)) -> str:
    """Run ``python ARGS`` under the caps; its stdout (and stderr after a NUL when the exit
    code is not 0), or an AssertionError saying why not."""
    try:
        proc = subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=WALL_CLOCK,
            preexec_fn=_cap,  # the child runs no threads before exec
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"no result within {WALL_CLOCK:g} s: the case hangs") from exc
    assert proc.returncode in codes, f"child failed ({proc.returncode}): {proc.stderr[-2000:]}"
    return proc.stdout if proc.returncode == 0 else proc.stdout + "\0" + proc.stderr


def scan_capped(path: Path | str, **config: Any) -> dict[str, Any]:
    """``scan_path(path, ScanConfig(**config))`` in a capped child, as a result dict."""
    out = run_capped(["-m", "tests.hostile.sandbox", str(path), json.dumps(config)])
    doc: dict[str, Any] = json.loads(out)
    return doc


def main(path: str, config_json: str) -> None:
    from analyzer.apk.limits import Limits
    from analyzer.scan import ScanConfig, scan_path
    from analyzer.tables import load_tables

    options = json.loads(config_json)
    limits = Limits().with_overrides(options.pop("limits", []))
    result = scan_path(path, ScanConfig(limits=limits, **options), load_tables())
    sys.stdout.write(json.dumps(result.to_dict()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
