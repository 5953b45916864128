"""A batch over every kind of hostile file completes with one result per unique file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SAMPLES
from tests.hostile import builders


def _write_collection(folder: Path) -> set[bytes]:
    folder.mkdir()
    files: dict[str, bytes] = {
        "bomb.apk": builders.single_entry_bomb(12 * builders.MIB),
        "nested.apk": builders.nested_bomb(levels=2, width=2),
        "claim.apk": builders.lying_size_manifest(),
        "deep_bin.apk": builders.deep_binary_manifest(),
        "deep_text.apk": builders.deep_text_manifest(),
        "laughs.apk": builders.billion_laughs(),
        "random.apk": os.urandom(4096),
        "empty.apk": b"",
        "text.apk": b"not an apk\n" * 10,
    }
    for sample in sorted(SAMPLES.glob("*.apk"))[:4]:
        data = sample.read_bytes()
        files[sample.name] = data
        files[f"copy_of_{sample.name}"] = data  # a duplicate: one result, two paths
        for cut in (0.3, 0.9):
            files[f"{sample.stem}_cut{int(cut * 100)}.apk"] = data[: int(len(data) * cut)]
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return set(files.values())


def test_batch_of_hostile_files(tmp_path: Path) -> None:
    unique = _write_collection(tmp_path / "apks")
    out = tmp_path / "r.json"
    cmd = [
        sys.executable, "-m", "analyzer", "batch", str(tmp_path / "apks"),
        "--db", str(tmp_path / "s.sqlite"), "-q", "-j", "2", "--timeout", "60",
        "-f", "json", "-o", str(out), "--fail-on", "none",
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 3, proc.stderr  # some inputs could not be analysed
    assert "Traceback" not in proc.stderr
    results = json.loads(out.read_text())["results"]
    assert len(results) == len(unique)
    kinds = [r["error"]["kind"] for r in results if r["error"]]
    assert "internal" not in kinds
    assert {"zip-bomb", "too-large", "bad-manifest", "not-a-zip", "truncated"} <= set(kinds)
    assert sum(len(r["apk"]["duplicates"]) for r in results) == 4
    assert sum(r["status"] == "ok" for r in results) == 4
