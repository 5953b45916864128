"""ScanConfig.cache_key: every result-changing option, policy files by content."""

from __future__ import annotations

from pathlib import Path

from analyzer.disclosure.sources import load_policy
from analyzer.scan import ScanConfig


def test_cache_key_changes_with_policy_content(tmp_path: Path) -> None:
    pol = tmp_path / "p.txt"
    pol.write_text("Privacy policy. Location is used for maps.")
    first = ScanConfig(policy=load_policy(str(pol))).cache_key()
    pol.write_text("Privacy policy. Contacts are used to invite friends.")
    second = ScanConfig(policy=load_policy(str(pol))).cache_key()
    assert first != second
    assert first["policy"] != ScanConfig().cache_key()["policy"]


def test_cache_key_covers_declarations_not_waivers() -> None:
    base = ScanConfig().cache_key()
    assert ScanConfig(declarations={"a": {"location": "maps"}}).cache_key() != base
    assert ScanConfig(policy_dir="/x").cache_key() != base
    # --ignore and --baseline are applied at report time: a new baseline re-analyses nothing
    assert not {"ignore", "baseline"} & set(base)
