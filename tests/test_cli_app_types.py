"""App types from the command line: --app-type, --app-types FILE, declarations, app-types."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
BAIDU = str(SAMPLES / "baidu_like.apk")
MAPNAV = str(SAMPLES / "map_navigation.apk")
BAIDU_PKG = "org.permaudit.sample.baidulike"
NECESSITY = {"beyond-necessary-calls", "beyond-necessary-location", "beyond-necessary-messages",
             "beyond-necessary-contacts", "forced-at-install"}  # fmt: skip


def _scan(*args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    res = runner.invoke(app, ["scan", *args, "-f", "json", "--fail-on", "none"])
    assert res.exit_code == 0, res.output
    return res.exit_code, json.loads(res.stdout)


def _rules(doc: dict, index: int = 0) -> set[str]:  # type: ignore[type-arg]
    return {f["rule"] for f in doc["results"][index]["findings"]}


def _necessary(doc: dict, index: int = 0) -> dict[str, str]:  # type: ignore[type-arg]
    return {c: u["necessary"] for c, u in doc["results"][index]["categories"].items()}


def test_app_types_lists_39_ids_with_both_names() -> None:
    res = runner.invoke(app, ["app-types"])
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert len(lines) == 39
    assert any(line.split() == ["browser", "浏览器类", "Browser"] for line in lines)
    assert lines[0].startswith("map-navigation") and "地图导航类" in lines[0]


def test_baidu_like_as_browser_fires_every_necessity_rule() -> None:
    _, doc = _scan(BAIDU, "--app-type", "browser")
    assert _rules(doc) >= NECESSITY
    assert _necessary(doc) == {"calls": "no", "location": "no", "messages": "no",
                               "contacts": "no", "settings": "unknown"}  # fmt: skip
    evidence = doc["results"][0]["categories"]["location"]["necessity_evidence"]
    assert evidence["app_type"] == "browser" and evidence["basic_function"] == "浏览互联网信息资源"


def test_baidu_like_as_map_navigation_keeps_location() -> None:
    _, doc = _scan(BAIDU, "--app-type", "map-navigation")
    assert "beyond-necessary-location" not in _rules(doc)
    assert "beyond-necessary-contacts" in _rules(doc)
    assert _necessary(doc)["location"] == "yes"


def test_without_a_type_nothing_fires_and_necessary_is_unknown() -> None:
    _, doc = _scan(BAIDU)
    assert not _rules(doc) & NECESSITY
    assert set(_necessary(doc).values()) == {"unknown"}
    cats = doc["results"][0]["categories"].values()
    assert all(u["necessity_evidence"] is None for u in cats)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("types.csv", f"package,app_type\n{BAIDU_PKG},browser\n"),
        ("types.json", json.dumps({BAIDU_PKG: "browser"})),
        ("types.toml", f'"{BAIDU_PKG}" = "browser"\n'),
    ],
)
def test_type_map_file_in_each_format(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    _, doc = _scan(BAIDU, MAPNAV, "--app-types", str(path))
    assert _rules(doc, 0) >= NECESSITY
    assert _necessary(doc, 1)["location"] == "unknown"  # not in the map: never guessed


def test_precedence_flag_over_file_over_declarations(tmp_path: Path) -> None:
    decl = tmp_path / "decl.json"
    decl.write_text(json.dumps({BAIDU_PKG: {"app_type": "ride-hailing"}}), "utf-8")
    types = tmp_path / "types.json"
    types.write_text(json.dumps({BAIDU_PKG: "browser"}), "utf-8")
    _, by_decl = _scan(BAIDU, "--declarations", str(decl))
    assert _necessary(by_decl)["location"] == "yes"  # ride-hailing needs device location
    assert by_decl["results"][0]["categories"]["location"]["disclosure"] == "none"
    _, by_file = _scan(BAIDU, "--declarations", str(decl), "--app-types", str(types))
    assert _necessary(by_file)["location"] == "no"
    _, by_flag = _scan(BAIDU, "--declarations", str(decl), "--app-types", str(types),
                       "--app-type", "map-navigation")  # fmt: skip
    assert _necessary(by_flag)["location"] == "yes"
    evidence = by_flag["results"][0]["categories"]["calls"]["necessity_evidence"]
    assert evidence["app_type"] == "map-navigation"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--app-type", "search-engine"], "unknown app type 'search-engine'"),
        (["--app-types", "@dir"], "not a regular file"),
        (["--app-types", "@bad.json"], "--app-types"),
        (["--app-types", "@bad.csv"], "package,app_type"),
        (["--app-types", "@bad.txt"], ".csv, .json or .toml"),
        (["--app-types", "@unknown.json"], "unknown app type 'nope'"),
        (["--app-types", "@list.json"], "map of package"),
        (["--declarations", "@decl.json"], "unknown app type 'nope'"),
    ],
)
def test_bad_type_input_is_a_one_line_usage_error(
    tmp_path: Path, args: list[str], needle: str
) -> None:
    files = {
        "bad.json": "{not json",
        "bad.csv": "a,b,c\n",
        "bad.txt": "x",
        "unknown.json": json.dumps({BAIDU_PKG: "nope"}),
        "list.json": "[1, 2]",
        "decl.json": json.dumps({BAIDU_PKG: {"app_type": "nope"}}),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    paths = {f"@{name}": str(tmp_path / name) for name in files} | {"@dir": str(tmp_path)}
    args = [paths.get(a, a) for a in args]
    res = runner.invoke(app, ["scan", BAIDU, *args])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], res.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_type_map_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "types.csv"
    os.mkfifo(fifo)
    res = runner.invoke(app, ["scan", BAIDU, "--app-types", str(fifo)])
    assert res.exit_code == 2 and "not a regular file" in res.stderr


def test_report_applies_a_new_type_map_without_rescanning(tmp_path: Path) -> None:
    apks = tmp_path / "apks"
    apks.mkdir()
    (apks / "baidu_like.apk").write_bytes(Path(BAIDU).read_bytes())
    db = tmp_path / "s.sqlite"
    cmd = [sys.executable, "-m", "analyzer", "batch", str(apks), "--db", str(db), "-j", "1",
           "-f", "json", "--fail-on", "none", "--quiet"]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert not _rules(json.loads(proc.stdout)) & NECESSITY
    stored = db.stat().st_mtime_ns
    types = tmp_path / "types.csv"
    types.write_text(f"{BAIDU_PKG},browser\n", "utf-8")
    res = runner.invoke(app, ["report", "--db", str(db), "-f", "json", "--app-types", str(types)])
    assert res.exit_code == 1
    doc = json.loads(res.stdout)
    assert _rules(doc) >= NECESSITY
    assert db.stat().st_mtime_ns == stored  # nothing analysed or stored again
    plain = runner.invoke(app, ["report", "--db", str(db), "-f", "json"])
    assert not _rules(json.loads(plain.stdout)) & NECESSITY


def test_batch_takes_a_type_map(tmp_path: Path) -> None:
    apks = tmp_path / "apks"
    apks.mkdir()
    (apks / "baidu_like.apk").write_bytes(Path(BAIDU).read_bytes())
    types = tmp_path / "types.json"
    types.write_text(json.dumps({BAIDU_PKG: "browser"}), "utf-8")
    cmd = [sys.executable, "-m", "analyzer", "batch", str(apks), "--db", str(tmp_path / "s.db"),
           "-j", "1", "-f", "jsonl", "--fail-on", "none", "--quiet",
           "--app-types", str(types)]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    assert {f["rule"] for f in json.loads(line)["findings"]} >= NECESSITY


def test_declarations_carry_purposes_and_a_type_together(tmp_path: Path) -> None:
    decl = tmp_path / "decl.toml"
    decl.write_text(
        f'["{BAIDU_PKG}"]\nlocation = "用于导航"\napp_type = "map-navigation"\n', "utf-8"
    )
    _, doc = _scan(BAIDU, "--declarations", str(decl))
    location = doc["results"][0]["categories"]["location"]
    assert location["disclosure"] == "disclosed" and location["necessary"] == "yes"
    assert "beyond-necessary-location" not in _rules(doc)
    assert "beyond-necessary-calls" in _rules(doc)


def test_type_map_over_the_size_bound_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = sys.modules["analyzer.cli.app_types"]  # the package exports a same-named command
    monkeypatch.setattr(module, "MAX_MAP_BYTES", 16)
    path = tmp_path / "types.csv"
    path.write_text(f"{BAIDU_PKG},browser\n", "utf-8")
    res = runner.invoke(app, ["scan", BAIDU, "--app-types", str(path)])
    assert res.exit_code == 2 and "larger than the 16-byte limit" in res.stderr
