"""Untrusted files on the command line and odd output targets (issue: user files, outputs).

Every case runs the real CLI in a subprocess under an address-space limit and a generous
wall-clock guard (a hang or a blow-up fails the test; nothing is timed). Each asserts the
exit code, that the error is one line, that no traceback appears, and that a FIFO is still
a FIFO afterwards. FIFOs are made in temporary folders; no real device is used.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.axmlbuilder import build_apk, build_axml, manifest, uses_permission, uses_sdk
from tests.conftest import ROOT, SAMPLES

GUARD = 180  # seconds: a hang guard far above the expected time, never a timing claim
BAIDU = str(SAMPLES / "baidu_like.apk")
PLAIN = str(SAMPLES / "plain_app.apk")


def _limits() -> None:
    cap = 3 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _run(*args: str | bytes, module: str = "analyzer") -> subprocess.CompletedProcess[bytes]:
    head = ["-m", module] if module == "analyzer" else ["-m", "tests.cli_injected", module]
    return subprocess.run(
        [sys.executable, *head, *args], cwd=ROOT, capture_output=True, timeout=GUARD,
        preexec_fn=_limits, check=False,
    )  # fmt: skip


def _one_line_usage(out: subprocess.CompletedProcess[bytes], *needles: str) -> str:
    """The one stderr line of a usage error (exit 2, no traceback), holding ``needles``."""
    err = out.stderr.decode("utf-8", "replace")
    assert out.returncode == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("permaudit: usage"), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], err
    return lines[0]


def test_policy_fifo_does_not_hang_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.html"
    os.mkfifo(fifo)
    link = tmp_path / "link.txt"
    link.symlink_to(fifo)
    for target in (fifo, link):
        _one_line_usage(_run("scan", PLAIN, "--policy", str(target)), "not a regular file")
    assert fifo.is_fifo()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "no text"),
        (b"\x00\x01\x02binary\x00" * 100, "binary"),
        (b"\xff\xfe\xfa", "GB18030"),
        (b"<html><body><script>x()</script></body></html>", "no text"),
    ],
)
def test_empty_or_binary_policy_is_refused(tmp_path: Path, content: bytes, needle: str) -> None:
    policy = tmp_path / "p.txt"
    policy.write_bytes(content)
    line = _one_line_usage(_run("scan", PLAIN, "--policy", str(policy)), needle)
    assert "--policy" in line and str(policy) in line


def test_policy_over_its_cap_and_urls(tmp_path: Path) -> None:
    policy = tmp_path / "big.txt"
    policy.write_text("We use your location to show the weather. " * 100, "utf-8")
    limit = ["--limit", "max_policy_bytes=1000"]
    big = _one_line_usage(_run("scan", PLAIN, "--policy", str(policy), *limit), "1000-byte")
    assert big.endswith("larger than the 1000-byte limit")
    url = _one_line_usage(_run("scan", PLAIN, "--policy", "https://example.com/p"), "a URL")
    assert "save the page" in url


@pytest.mark.parametrize(
    ("name", "text", "needle"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested"),
        ("deep.toml", "a = " + "[" * 50_000 + "]" * 50_000, "nested"),
        ("surrogate.json", '[{"package": "\\ud800", "rule": "no-privacy-policy"}]', "surrogate"),
        ("broken.json", '{"org.x": ', "not valid JSON"),
    ],
)
def test_declarations_and_baselines_are_bounded(
    tmp_path: Path, name: str, text: str, needle: str
) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    for option in ("--declarations", "--baseline"):
        line = _one_line_usage(_run("scan", PLAIN, option, str(path)), needle)
        assert option in line and str(path) in line


def _apk(tmp_path: Path, name: str, root: object, extra: dict[str, bytes] | None = None) -> str:
    path = tmp_path / name
    path.write_bytes(build_apk(build_axml(root), extra))  # type: ignore[arg-type]
    return str(path)


def test_long_package_names_with_a_policy_dir(tmp_path: Path) -> None:
    apk = _apk(
        tmp_path, "long.apk", manifest("a" * 300, uses_permission("android.permission.READ_SMS"))
    )
    folder = tmp_path / "policies"
    folder.mkdir()
    out = _run("scan", apk, "--policy-dir", str(folder), "-f", "json", "--fail-on", "none")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["results"][0]["status"] == "ok"


def test_manifest_values_android_refuses_are_warnings(tmp_path: Path) -> None:
    root = manifest(
        "org.x", uses_sdk("²", "9" * 5000), uses_permission("android.permission.READ_SMS")
    )
    apk = _apk(tmp_path, "odd.apk", root, {"classes².dex": b"dex\n035\0"})
    out = _run("scan", apk, "-f", "json", "--fail-on", "none")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)["results"][0]
    assert result["status"] == "ok"
    assert result["app"]["effective_target_sdk"] == 1  # neither value counts
    kinds = [w["kind"] for w in result["warnings"]]
    assert kinds.count("invalid-manifest-value") == 2


def test_output_into_a_fifo_is_a_plain_write(tmp_path: Path) -> None:
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    out = _run("scan", PLAIN, "-f", "json", "-o", str(fifo), "--fail-on", "none")
    reader.join(GUARD)
    assert out.returncode == 0, out.stderr
    assert json.loads(got[0])["results"][0]["status"] == "ok"
    assert fifo.is_fifo()


def test_output_to_a_folder_or_nowhere_leaves_nothing(tmp_path: Path) -> None:
    _one_line_usage(_run("scan", PLAIN, "-o", str(tmp_path)), "folder")
    target = tmp_path / "missing" / "r.json"
    _one_line_usage(_run("scan", PLAIN, "-f", "json", "-o", str(target)), "cannot write")
    assert list(tmp_path.iterdir()) == []


def test_non_utf8_file_names_round_trip_in_every_output(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9-\xff.apk"  # legal on Linux, not UTF-8
    Path(os.fsdecode(name)).write_bytes(Path(PLAIN).read_bytes())
    out = _run(b"scan", name, b"-f", b"json", b"--fail-on", b"none")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout.decode("utf-8"))  # valid UTF-8, strictly
    assert doc["results"][0]["apk"]["path"] == os.fsdecode(name)
    for fmt in ("sarif", "csv", "markdown", "html", "table", "jsonl", "brief"):
        report = tmp_path / f"r.{fmt}"
        res = _run(b"scan", name, b"-f", fmt.encode(), b"-o", os.fsencode(report), b"--fail-on",
                   b"none")  # fmt: skip
        assert res.returncode == 0, (fmt, res.stderr)
        report.read_bytes().decode("utf-8")
    db = os.fsencode(tmp_path / "s.sqlite")
    for _ in range(2):  # the store takes the name, and a re-run reads it back
        res = _run(b"batch", os.fsencode(tmp_path), b"--db", db, b"-q", b"--fail-on", b"none")
        assert res.returncode == 0, res.stderr


def test_library_chatter_never_reaches_stdout(tmp_path: Path) -> None:
    out = _run("scan", PLAIN, BAIDU, "-f", "json", "--fail-on", "none", module="chatty_scan")
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["results"]) == 2
    assert b"chatter" in out.stderr


def test_a_crash_is_one_line_and_exit_3(tmp_path: Path) -> None:
    out = _run("scan", PLAIN, "--fail-on", "none", module="crashing_scan")
    err = out.stderr.decode()
    assert out.returncode == 3, err
    assert "Traceback" not in err and "internal" in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1
