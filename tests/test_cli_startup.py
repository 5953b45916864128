"""What a plain ``scan --format json`` loads: only what that run uses.

The terminal table (rich's console), HTML (jinja2) and remote fetching (urllib3, ssl)
are imported where they are used, so a JSON scan of one APK does not pay for them
(docs/performance.md, start-up).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CODE = """
import json, runpy, sys
sys.argv = ["permaudit", "scan", sys.argv[1], "--format", sys.argv[2], "-o", sys.argv[3]]
try:
    runpy.run_module("analyzer", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def _loaded(fmt: str, tmp_path: Path) -> set[str]:
    sample = ROOT / "samples" / "partial_policy.apk"
    out = tmp_path / f"report.{fmt}"
    done = subprocess.run(
        [sys.executable, "-c", _CODE, str(sample), fmt, str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    assert out.stat().st_size > 0  # the report was written
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_json_scan_loads_no_terminal_html_or_network_library(tmp_path: Path) -> None:
    loaded = _loaded("json", tmp_path)
    assert "analyzer.report.json" in loaded
    assert not loaded & {"rich.console", "jinja2", "urllib3", "ssl", "analyzer.cli.progress"}


def test_html_scan_still_loads_what_it_needs(tmp_path: Path) -> None:
    loaded = _loaded("html", tmp_path)
    assert {"jinja2", "analyzer.report.html"} <= loaded
