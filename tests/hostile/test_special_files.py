"""FIFOs, devices and slow APKs: nothing blocks, neither ``scan`` nor ``batch``'s parent.

Every FIFO is made in a temporary folder; ``/dev/zero`` is only the target of a symlink
that our code must refuse to open, because it is a character device. Each case runs in a
capped child (``sandbox.py``): a blocking ``open`` or an endless read fails the test.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from analyzer.apk.limits import Limits
from analyzer.batch.limited import scan_limited
from analyzer.batch.plan import hash_file
from analyzer.batch.workers import WorkLimits
from analyzer.scan import ScanConfig
from tests.conftest import SAMPLES
from tests.hostile.sandbox import run_capped, scan_capped
from tests.scanners import misbehaving_scan

SAMPLE = str(SAMPLES / "baidu_like.apk")


@pytest.fixture
def specials(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "apks"
    folder.mkdir()
    fifo = folder / "fifo.apk"
    os.mkfifo(fifo)
    zero = folder / "zero.apk"
    zero.symlink_to("/dev/zero")
    return {"fifo": fifo, "zero": zero, "folder": folder}


@pytest.mark.parametrize("name", ["fifo", "zero"])
def test_scan_refuses_what_is_not_a_regular_file(specials: dict[str, Path], name: str) -> None:
    doc = scan_capped(specials[name])
    assert doc["error"]["kind"] == "not-a-regular-file"
    assert doc["apk"]["sha256"] is None


def test_batch_parent_never_hashes_a_fifo_or_device(specials: dict[str, Path]) -> None:
    code = (
        "import json, sys; from analyzer.batch.plan import hash_file;"
        "print(json.dumps([hash_file(p) for p in sys.argv[1:]]))"
    )
    out = run_capped(["-c", code, str(specials["fifo"]), str(specials["zero"]), SAMPLE])
    hashes = json.loads(out)
    assert hashes[:2] == [None, None]
    assert hashes[2] == hash_file(SAMPLE)


def test_hash_file_stops_at_the_size_bound(tmp_path: Path) -> None:
    big = tmp_path / "big.apk"
    big.write_bytes(b"x" * 4096)
    assert hash_file(str(big), max_bytes=4095) is None
    assert hash_file(str(big), max_bytes=4096) is not None


def test_batch_of_special_files_completes(specials: dict[str, Path], tmp_path: Path) -> None:
    (specials["folder"] / "good.apk").write_bytes(Path(SAMPLE).read_bytes())
    out = tmp_path / "r.json"
    cmd = [
        "-m", "analyzer", "batch", str(specials["folder"]), "--db", str(tmp_path / "s.sqlite"),
        "-q", "-j", "1", "--timeout", "60", "--max-memory", "1000", "-f", "json", "-o", str(out),
        "--fail-on", "none",
    ]  # fmt: skip
    run_capped(cmd, codes=(0, 3))
    results = {Path(r["apk"]["path"]).name: r for r in json.loads(out.read_text())["results"]}
    assert results["good.apk"]["status"] == "ok"
    for name in ("fifo.apk", "zero.apk"):
        assert results[name]["error"]["kind"] == "not-a-regular-file"


def test_scan_limited_keeps_order_and_types_every_result(specials: dict[str, Path]) -> None:
    paths = [SAMPLE, str(specials["fifo"]), str(specials["zero"]), "/nonexistent.apk"]
    results = list(scan_limited(paths, ScanConfig()))
    assert [r.apk.path for r in results] == paths
    assert results[0].status == "ok"
    assert results[0].apk.sha256 is not None
    kinds = [r.error.kind if r.error else None for r in results]
    assert kinds == [None, "not-a-regular-file", "not-a-regular-file", "not-found"]


def test_scan_limited_times_out_one_apk_and_goes_on(tmp_path: Path) -> None:
    slow = tmp_path / "slow.apk"
    slow.write_bytes(Path(SAMPLE).read_bytes())
    limits = WorkLimits(timeout=2.0, max_memory_mb=4096)
    results = list(scan_limited([str(slow), SAMPLE], ScanConfig(), limits, scan=misbehaving_scan))
    assert [r.error.kind if r.error else None for r in results] == ["timeout", None]


def test_scan_limited_caps_memory_per_apk(tmp_path: Path) -> None:
    greedy = tmp_path / "greedy.apk"
    greedy.write_bytes(Path(SAMPLE).read_bytes())
    limits = WorkLimits(timeout=60.0, max_memory_mb=1024)
    results = list(scan_limited([str(greedy), SAMPLE], ScanConfig(), limits, scan=misbehaving_scan))
    assert [r.error.kind if r.error else None for r in results] == ["memory", None]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "0", "NaN"])
def test_limits_refuse_nan_infinite_and_non_positive(value: str) -> None:
    with pytest.raises(ValueError, match="max_ratio"):
        Limits().with_overrides([f"max_ratio={value}"])


@pytest.mark.parametrize("bad", [math.nan, math.inf, -1.0, 0])
def test_limits_cannot_be_built_with_bad_values(bad: float) -> None:
    with pytest.raises(ValueError, match="max_ratio"):
        Limits(max_ratio=bad)
    with pytest.raises(ValueError, match="max_entries"):
        Limits(max_entries=-5)


def test_cli_limit_nan_fails() -> None:
    out = run_capped(["-m", "analyzer", "scan", SAMPLE, "--limit", "max_ratio=nan"], codes=(2,))
    assert "max_ratio" in out.split("\0")[1]


def test_scan_command_has_a_timeout_and_refuses_fifos(tmp_path: Path) -> None:
    """The real CLI: a slow APK times out, a FIFO named like an APK is refused, others scan."""
    import subprocess
    import sys

    slow = tmp_path / "slow.apk"
    slow.write_bytes(Path(SAMPLE).read_bytes() + b"\0")  # not a duplicate of SAMPLE
    fifo = tmp_path / "pipe.apk"
    os.mkfifo(fifo)
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-m", "tests.cli_injected", "misbehaving_scan", "scan", str(slow),
         str(fifo), SAMPLE, "--timeout", "2", "-f", "jsonl", "--fail-on", "none"],
        cwd=root, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert out.returncode == 3, out.stderr
    kinds = [json.loads(line)["error"] for line in out.stdout.splitlines()]
    assert [k["kind"] if k else None for k in kinds] == ["timeout", "not-a-regular-file", None]
    assert fifo.is_fifo()
