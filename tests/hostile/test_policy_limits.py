"""Bundled and user policies cannot exhaust permaudit (issue: limits on every path).

Each case runs the real CLI in a subprocess under an address-space cap and a generous
wall-clock guard (a hang or blow-up fails the test; nothing is timed) and asserts the
typed result or warning.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.axmlbuilder import build_axml, manifest, uses_permission
from tests.conftest import ROOT, SAMPLES

GUARD = 240  # seconds: far above the expected time, never a timing claim


def _limits() -> None:
    cap = 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _scan(*args: str) -> dict:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, "-m", "analyzer", "scan", *args, "-f", "json", "--fail-on", "none",
         "--max-memory", "900"],
        cwd=ROOT, capture_output=True, timeout=GUARD, preexec_fn=_limits, check=False,
    )  # fmt: skip
    assert out.returncode in (0, 3), out.stderr
    assert b"Traceback" not in out.stderr
    result: dict = json.loads(out.stdout)["results"][0]  # type: ignore[type-arg]
    return result


def _apk(path: Path, assets: dict[str, bytes]) -> str:
    axml = build_axml(manifest("org.x", uses_permission("android.permission.READ_SMS")))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("AndroidManifest.xml", axml)
        for name, data in assets.items():
            zf.writestr(name, data)
    return str(path)


def test_two_hundred_policy_assets_are_judged_within_a_budget(tmp_path: Path) -> None:
    # 200 highly compressible 1 MiB assets (the reported 334 KB APK): each is over the
    # compression-ratio limit, so each is a warning and the APK is still analysed
    mib = b"We use your location to show the weather near you.\n" * 20_000
    assets = {f"assets/privacy_{i:03}.txt": mib for i in range(200)}
    result = _scan(_apk(tmp_path / "many.apk", assets))
    assert result["status"] == "ok"
    kinds = {w["kind"] for w in result["warnings"]}
    assert kinds <= {"unreadable-policy", "policy-budget", "no-dex"}


def test_bundled_policy_text_has_a_budget_per_apk(tmp_path: Path) -> None:
    # readable assets (random text does not compress): only 4 x max_policy_bytes are judged
    rng = random.Random(7)
    assets = {
        f"assets/privacy_{i:02}.txt": "".join(rng.choice("abcdef ") for _ in range(60_000)).encode()
        for i in range(20)
    }
    apk = _apk(tmp_path / "budget.apk", assets)
    result = _scan(apk, "--limit", "max_policy_bytes=65536")
    assert result["status"] == "ok"
    assert "policy-budget" in [w["kind"] for w in result["warnings"]]


def test_a_policy_asset_nested_a_thousand_deep_is_a_warning(tmp_path: Path) -> None:
    deep = b'{"a":' * 5000 + b'"x"' + b"}" * 5000
    result = _scan(_apk(tmp_path / "deep.apk", {"assets/privacy_policy.json": deep}))
    assert result["status"] == "ok"  # the APK is still analysed
    assert "unreadable-policy" in [w["kind"] for w in result["warnings"]]


def test_a_policy_at_the_cap_of_short_lines_is_judged(tmp_path: Path) -> None:
    policy = tmp_path / "p.txt"
    policy.write_bytes(b"ok\n" * (4 * 1024 * 1024 // 3 - 10))  # just under 4 MiB
    result = _scan(str(SAMPLES / "baidu_like.apk"), "--policy", str(policy))
    assert result["status"] == "ok"
    assert result["categories"]["calls"]["disclosure"] == "policy_only"
