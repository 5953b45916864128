"""A policy whose characters were lost before permaudit saw it is not read (docs/disclosure.md).

A GBK policy opened as UTF-8 and saved again keeps only U+FFFD where its Chinese text was:
judging it would say "the policy never names this access" of a text nobody can read. The
real CLI runs in a subprocess, as in ``test_policy_limits``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from analyzer.disclosure.text import mostly_lost
from tests.conftest import ROOT, SAMPLES
from tests.hostile.test_policy_limits import GUARD, _apk, _scan

POLICY = "为了自动填写验证码，我们会读取您的短信。我们收集您的位置信息，用于推荐附近门店。\n" * 40


def _lost(text: str) -> bytes:
    """The text saved as GBK, opened as UTF-8 and saved again, as editors do."""
    return text.encode("gbk").decode("utf-8", errors="replace").encode("utf-8")


def test_lost_characters_are_told_from_a_few_stray_ones() -> None:
    assert mostly_lost(_lost(POLICY).decode("utf-8"))
    assert not mostly_lost(POLICY)
    assert not mostly_lost(POLICY + "\ufffd" * 19)  # a few stray ones in a real policy
    assert not mostly_lost(POLICY.replace("。", "\ufffd"))  # a twentieth of its characters


def test_a_bundled_policy_with_its_text_lost_is_a_warning_not_a_reading(tmp_path: Path) -> None:
    apk = _apk(tmp_path / "lost.apk", {"assets/privacy_policy.txt": _lost(POLICY)})
    result = _scan(apk)
    assert result["status"] == "ok"  # the APK is still analysed
    assert "unreadable-policy" in [w["kind"] for w in result["warnings"]]
    (source,) = [s for s in result["policy_sources"] if s["ref"] == "assets/privacy_policy.txt"]
    assert source["read"] is False


def test_a_policy_file_with_its_text_lost_is_a_usage_error(tmp_path: Path) -> None:
    policy = tmp_path / "policy.txt"
    policy.write_bytes(_lost(POLICY))
    out = subprocess.run(
        [sys.executable, "-m", "analyzer", "scan", str(SAMPLES / "baidu_like.apk"),
         "--policy", str(policy), "-f", "json"],
        cwd=ROOT, capture_output=True, timeout=GUARD, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert out.returncode == 2
    assert b"Traceback" not in out.stderr
    assert b"most of its characters are lost" in out.stderr


def test_a_text_asset_with_its_text_lost_is_no_policy_unless_named_so(tmp_path: Path) -> None:
    """An asset whose title cannot be read is not taken for a policy: no warning."""
    apk = _apk(tmp_path / "asset.apk", {"assets/readme_zh.txt": _lost(POLICY)})
    result = _scan(apk)
    assert "unreadable-policy" not in [w["kind"] for w in result["warnings"]]
    assert result["policy_sources"] == []
