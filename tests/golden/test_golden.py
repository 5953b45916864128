"""Golden files: each sample's report in every machine format and both languages.

`pytest tests/golden --update-golden` (or `make golden`) rewrites them; the diff is read
in review. Regenerating can never bless a regression in what matters most, because
tests/samples_expected.toml checks permissions, disclosure, code use and rules by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.report import Format, Report, ToolInfo, formatter_for
from analyzer.rules.necessity import apply_necessity
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import SAMPLES

HERE = Path(__file__).resolve().parent / "files"
SAMPLE_NAMES = sorted(p.stem for p in SAMPLES.glob("*.apk"))
FORMATS = {
    Format.JSON: "json",
    Format.CSV: "csv",
    Format.SARIF: "sarif",
    Format.MARKDOWN: "md",
    Format.BRIEF: "brief",
}
LANGS = ("en", "zh-CN")
# The tool version is pinned so a release does not rewrite every golden file.
TOOL = ToolInfo("permaudit", "golden", "")
# Samples also judged against an app type (docs/app-types.md): files <name>.as-<type>.<ext>.
TYPED = {"baidu_like": "browser", "browser_like": "browser", "map_navigation": "map-navigation"}


def _render(name: str, fmt: Format, tables, lang: str, app_type: str | None = None) -> str:  # type: ignore[no-untyped-def]
    # Paths relative to the repo, so the files are the same on every machine.
    result = scan_path(f"samples/{name}.apk", ScanConfig(), tables)
    if app_type is not None:
        result = apply_necessity(result, tables.app_types.types[app_type])
    tool = ToolInfo(TOOL.name, TOOL.version, tables.data_version)
    text = formatter_for(fmt, lang=lang, width=None).render(Report(tool, [result]))
    if fmt in (Format.JSON, Format.SARIF):
        return json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return text


def _check(path: Path, text: str, update_golden: bool) -> None:
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run `make golden`"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", list(FORMATS), ids=lambda f: f.value)
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_golden(
    name: str, fmt: Format, lang: str, tables, update_golden: bool, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(SAMPLES.parent)
    suffix = "" if lang == "en" else f".{lang}"  # English keeps the original names
    _check(HERE / f"{name}{suffix}.{FORMATS[fmt]}", _render(name, fmt, tables, lang), update_golden)


@pytest.mark.parametrize("fmt", list(FORMATS), ids=lambda f: f.value)
@pytest.mark.parametrize("name", sorted(TYPED))
def test_golden_with_app_type(
    name: str, fmt: Format, tables, update_golden: bool, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(SAMPLES.parent)
    text = _render(name, fmt, tables, "en", TYPED[name])
    _check(HERE / f"{name}.as-{TYPED[name]}.{FORMATS[fmt]}", text, update_golden)


DIFF_PAIR = ("baidu_like", "baidu_like_rectified")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("direction", ["forward", "backward"])
@pytest.mark.parametrize("fmt", ["json", "md"])
def test_golden_diff(
    fmt: str, direction: str, lang: str, tables, update_golden: bool, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The sample pair of issue 18 in both directions (`permaudit diff OLD NEW`)."""
    from analyzer.apk.signing import signer_digests
    from analyzer.i18n import translator
    from analyzer.report.diff import diff_results
    from analyzer.report.diff_render import diff_json, diff_text
    from analyzer.rules.waivers import with_fingerprints

    monkeypatch.chdir(SAMPLES.parent)
    old, new = DIFF_PAIR if direction == "forward" else DIFF_PAIR[::-1]
    paths = (f"samples/{old}.apk", f"samples/{new}.apk")
    results = [with_fingerprints(scan_path(p, ScanConfig(), tables)) for p in paths]
    signers = (signer_digests(paths[0]), signer_digests(paths[1]))
    found = diff_results(results[0], results[1], signers)
    tr = translator(lang)
    tool = ToolInfo(TOOL.name, TOOL.version, tables.data_version)
    text = diff_json(found, tool, paths, tr) if fmt == "json" else diff_text(found, paths, tr, True)
    suffix = "" if lang == "en" else f".{lang}"
    _check(HERE / f"diff.{direction}{suffix}.{fmt}", text, update_golden)
