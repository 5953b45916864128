"""``--fetch-policies`` through the real command, against the local test server only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.axmlbuilder import build_apk, build_axml, manifest, uses_permission, uses_sdk
from tests.policyserver import PORT_ENV, change_mutable, policy_server

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = str(ROOT / "samples" / "remote_policy.apk")
ALLOW = ["--allow-host", "policy.permaudit.test"]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[int, Counter[str]]]:
    with policy_server() as running:
        yield running


def _run(port: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.cli_resolved", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300, stdin=subprocess.DEVNULL,
        env={**os.environ, PORT_ENV: str(port)},
    )  # fmt: skip


def _result(out: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)["results"][0]  # type: ignore[no-any-return]


def _location(result: dict[str, object]) -> str:
    return result["categories"]["location"]["disclosure"]  # type: ignore[index, no-any-return]


def test_a_linked_policy_is_fetched_judged_and_recorded(
    server: tuple[int, Counter[str]], tmp_path: Path
) -> None:
    port, _ = server
    cache = ["--policy-cache", str(tmp_path / "cache")]
    base = ["scan", SAMPLE, "-f", "json", "--fail-on", "none"]
    without = _result(_run(port, *base))
    assert _location(without) == "policy_only"
    fetched = _result(_run(port, *base, "--fetch-policies", *ALLOW, *cache))
    assert _location(fetched) == "disclosed"
    (source,) = fetched["policy_sources"]  # type: ignore[misc]
    assert source["type"] == "remote" and source["read"] is True
    assert source["ref"] == "http://policy.permaudit.test/legal/yinsi.html"
    assert len(source["sha256"]) == 64 and source["fetched_at"]
    warm = _result(_run(port, *base, "--offline", *cache))
    assert _location(warm) == "disclosed" and warm["policy_sources"] == fetched["policy_sources"]
    cold = _result(_run(port, *base, "--offline", "--policy-cache", str(tmp_path / "cold")))
    assert cold["categories"] == without["categories"]
    assert cold["policy_sources"] == without["policy_sources"]


def test_without_allow_host_the_loopback_server_is_refused(
    server: tuple[int, Counter[str]], tmp_path: Path
) -> None:
    port, hits = server
    before = sum(hits.values())
    out = _run(port, "scan", SAMPLE, "-f", "json", "--fail-on", "none", "--fetch-policies",
               "--policy-cache", str(tmp_path))  # fmt: skip
    result = _result(out)
    kinds = [w["kind"] for w in result["warnings"]]  # type: ignore[attr-defined]
    assert "policy-fetch-refused-address" in kinds
    assert sum(hits.values()) == before  # never contacted


def _consent_apk(path: Path, package: str, page: str = "/legal/yinsi.html") -> None:
    dialog = (
        f'<html><body>请阅读<a href="http://policy.permaudit.test{page}">《隐私政策》'
        "</a></body></html>"
    ).encode()
    perms = uses_permission("android.permission.ACCESS_FINE_LOCATION")
    axml = build_axml(manifest(package, perms, uses_sdk(21, 30)))
    path.write_bytes(build_apk(axml, {"assets/consent.html": dialog}))


def test_a_batch_fetches_each_distinct_url_once(
    server: tuple[int, Counter[str]], tmp_path: Path
) -> None:
    port, hits = server
    apks = tmp_path / "apks"
    apks.mkdir()
    for i in range(4):
        _consent_apk(apks / f"app{i}.apk", f"org.example.consent{i}")
    before = hits["policy.permaudit.test/legal/yinsi.html"]
    out = _run(port, "batch", str(apks), "--db", str(tmp_path / "s.sqlite"), "-f", "json",
               "--fail-on", "none", "--quiet", "--jobs", "2", "--fetch-policies", *ALLOW,
               "--policy-cache", str(tmp_path / "cache"))  # fmt: skip
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)["results"]
    assert len(results) == 4
    assert all(r["categories"]["location"]["disclosure"] == "disclosed" for r in results)
    assert hits["policy.permaudit.test/legal/yinsi.html"] == before + 1


def test_refresh_rejudges_only_the_apps_whose_policy_changed(
    server: tuple[int, Counter[str]], tmp_path: Path
) -> None:
    port, _ = server
    apks = tmp_path / "apks"
    apks.mkdir()
    _consent_apk(apks / "steady.apk", "org.example.steady")
    _consent_apk(apks / "moving.apk", "org.example.moving", "/mutable")
    common = ["batch", str(apks), "--db", str(tmp_path / "s.sqlite"), "-f", "json",
              "--fail-on", "none", "--quiet", "--fetch-policies", *ALLOW,
              "--policy-cache", str(tmp_path / "cache")]  # fmt: skip
    first = _run(port, *common)
    assert first.returncode == 0, first.stderr
    change_mutable("<html><body><p>我们不会收集您的位置信息。</p></body></html>")
    summary = tmp_path / "summary.json"
    again = _run(port, *common, "--refresh-policies", "--summary", str(summary))
    assert again.returncode == 0, again.stderr
    counts = json.loads(summary.read_text())
    assert (counts["analysed"], counts["from_store"]) == (1, 1)
    verdicts = {
        r["app"]["package"]: r["categories"]["location"]["disclosure"]
        for r in json.loads(again.stdout)["results"]
    }
    assert verdicts == {"org.example.steady": "disclosed", "org.example.moving": "policy_only"}
