"""The CLI as a user meets it: exit codes, formats, --output, errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer import __version__
from analyzer.cli import app
from analyzer.cli.options import FailOn
from analyzer.cli.output import exit_code
from analyzer.errors import NotAZip
from analyzer.i18n import N_
from analyzer.model import ApkInfo, Finding, Result, Severity
from tests.conftest import SAMPLES

runner = CliRunner()
BAIDU = str(SAMPLES / "baidu_like.apk")
PLAIN = str(SAMPLES / "plain_app.apk")


def test_version() -> None:
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and __version__ in res.stdout


@pytest.mark.parametrize("cmd", [[], ["scan"], ["batch"], ["report"]])
def test_help_everywhere(cmd: list[str]) -> None:
    res = runner.invoke(app, [*cmd, "--help"])
    assert res.exit_code == 0 and "Usage" in res.stdout


def test_json_results_follow_argument_order(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.apk")
    res = runner.invoke(app, ["scan", PLAIN, missing, BAIDU, "--format", "json"])
    doc = json.loads(res.stdout)
    assert [r["apk"]["path"] for r in doc["results"]] == [PLAIN, missing, BAIDU]
    assert doc["schema_version"] == "1"
    assert doc["results"][1]["status"] == "error"
    assert doc["results"][1]["error"]["kind"] == "not-found"
    assert res.exit_code in (1, 3)


def test_unreadable_input_exit_3_and_one_line_on_stderr(tmp_path: Path) -> None:
    bad = tmp_path / "junk.apk"
    bad.write_bytes(b"this is not a zip file at all")
    res = runner.invoke(app, ["scan", str(bad), "--fail-on", "none"])
    assert res.exit_code == 3
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert lines == [
        f"permaudit: not-a-zip: {bad}: not a zip archive (no end of central directory)"
    ]
    assert "Traceback" not in res.stdout + res.stderr


def test_usage_error_exit_2() -> None:
    res = runner.invoke(app, ["scan", PLAIN, "--format", "yaml"])
    assert res.exit_code == 2


def test_output_file_written(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    res = runner.invoke(
        app, ["scan", PLAIN, "--format", "json", "-o", str(out), "--fail-on", "none"]
    )
    assert res.exit_code == 0, res.stderr
    assert (
        json.loads(out.read_text())["results"][0]["app"]["package"] == "org.permaudit.sample.plain"
    )
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_output_to_missing_directory_is_usage_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["scan", PLAIN, "-o", str(tmp_path / "no" / "r.json")])
    assert res.exit_code == 2 and "cannot write" in res.stderr


def test_table_output_names_the_package() -> None:
    res = runner.invoke(app, ["scan", PLAIN, "--fail-on", "none"])
    assert res.exit_code == 0
    assert "org.permaudit.sample.plain" in res.stdout


def _result(*severities: Severity, error: bool = False, waived: bool = False) -> Result:
    apk = ApkInfo("x.apk", None, None)
    if error:
        return Result.failed(apk, NotAZip("x"))
    findings = tuple(Finding("r", s, {}, waived="accepted" if waived else None) for s in severities)
    return Result(apk=apk, status="ok", findings=findings)


@pytest.mark.parametrize(
    ("results", "fail_on", "expected"),
    [
        ([_result()], FailOn.HIGH, 0),
        ([_result(Severity.MEDIUM)], FailOn.HIGH, 0),
        ([_result(Severity.HIGH)], FailOn.HIGH, 1),
        ([_result(Severity.CRITICAL)], FailOn.NONE, 0),
        ([_result(Severity.LOW)], FailOn.LOW, 1),
        ([_result(error=True)], FailOn.HIGH, 3),
        ([_result(error=True), _result(Severity.HIGH)], FailOn.HIGH, 1),
        ([_result(error=True), _result(Severity.MEDIUM)], FailOn.HIGH, 3),
        ([_result(Severity.CRITICAL, waived=True)], FailOn.HIGH, 0),
    ],
)
def test_exit_code_table(results: list[Result], fail_on: FailOn, expected: int) -> None:
    assert exit_code(results, fail_on) == expected


def test_lang_option_and_env_choose_the_language() -> None:
    sample = str(SAMPLES / "legacy_nosdk.apk")
    runner = CliRunner()
    zh = runner.invoke(app, ["scan", sample, "--lang", "zh-CN", "--fail-on", "none"])
    assert zh.exit_code == 0 and "检测结果" in zh.stdout and "Findings" not in zh.stdout
    env = runner.invoke(
        app,
        ["scan", sample, "-f", "markdown", "--fail-on", "none"],
        env={"PERMAUDIT_LANG": "zh-CN"},
    )
    assert env.exit_code == 0 and "严重程度" in env.stdout
    en = runner.invoke(app, ["scan", sample, "--fail-on", "none"], env={"PERMAUDIT_LANG": ""})
    assert en.exit_code == 0 and "Findings" in en.stdout
    bad = runner.invoke(app, ["scan", sample, "--lang", "fr"])
    assert bad.exit_code == 2


def test_rules_lists_ids_severity_title_and_legal_basis() -> None:
    from analyzer.rules import REGISTRY

    runner = CliRunner()
    table = runner.invoke(app, ["rules"])
    assert table.exit_code == 0
    assert all(rule_id in table.stdout for rule_id in REGISTRY)
    assert "第十七条" in table.stdout
    doc = json.loads(runner.invoke(app, ["rules", "-f", "json", "--lang", "zh-CN"]).stdout)
    assert [r["id"] for r in doc] == list(REGISTRY)
    assert doc[1]["title"] == "未告知目的获取电话权限" and doc[1]["severity"] == "high"
    assert all(r["legal_basis"] and r["legal_basis"][0]["provision"] for r in doc)


def test_explain_prints_the_rule_and_refuses_unknown_ids() -> None:
    runner = CliRunner()
    en = runner.invoke(app, ["explain", "undisclosed-location"])
    assert en.exit_code == 0
    assert "How to clear it" in en.stdout and "第二十八条" in en.stdout
    zh = runner.invoke(app, ["explain", "undisclosed-location", "--lang", "zh-CN"])
    assert "整改方法" in zh.stdout and "行踪轨迹" in zh.stdout
    bad = runner.invoke(app, ["explain", "undisclosed-locaton"])
    assert bad.exit_code == 2
    assert "closest: undisclosed-location" in bad.output
    assert len(bad.output.strip().splitlines()) == 1


def test_usage_errors_speak_the_chosen_language() -> None:
    zh = CliRunner().invoke(app, ["explain", "undisclosed-locaton", "--lang", "zh-CN"])
    assert zh.exit_code == 2
    assert "用法错误：未知规则" in zh.output and "undisclosed-location" in zh.output


@pytest.mark.parametrize(
    ("args", "zh_words", "english"),
    [
        (["--policy", "{tmp}/missing\x1b[31m.txt"], "无法读取 --policy", "cannot read"),
        (["--policy-dir", "{tmp}/missing"], "不是目录", "not a directory"),
        (["--ignore", "no-such-rule"], "未知规则 no-such-rule", "unknown rule"),
        (["--limit", "max_entries=-1"], "--limit：", "usage:"),
    ],
)
def test_usage_errors_of_every_layer_are_translated(
    tmp_path: Path, args: list[str], zh_words: str, english: str
) -> None:
    """Errors raised below the CLI (user files, options) reach people in their language."""
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    res = subprocess.run(
        [sys.executable, "-m", "analyzer", "scan", PLAIN, *argv, "--lang", "zh-CN"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 2, res.stderr
    line = res.stderr.strip()
    assert len(line.splitlines()) == 1 and line.startswith("permaudit: 用法错误：")
    assert zh_words in line and english not in line
    assert "\x1b" not in line  # a path is untrusted: escaped, never sent raw to the terminal


def test_no_error_for_people_is_built_from_an_f_string() -> None:
    """Each ``TranslatedError`` is raised with an ``N_`` template and fields, so that the
    catalogs hold its text; an f-string message would reach Chinese users in English."""
    import ast

    from analyzer import errors

    names = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.TranslatedError)
    }
    bad, seen = [], 0
    for path in Path(errors.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names:
                seen += 1
                first = node.args[0] if node.args else None
                marked = isinstance(first, ast.Name) or (
                    isinstance(first, ast.Call) and getattr(first.func, "id", "") == "N_"
                )
                if not marked:
                    bad.append(f"{path.name}:{node.lineno}")
    assert seen > 40 and not bad


def test_a_translated_error_crosses_processes_whole() -> None:
    """A worker may raise it in another process: template and fields survive pickling, also
    when a field holds braces (the formatted text is no template)."""
    import pickle

    from analyzer.errors import StoreError

    sent = StoreError(N_("no store at {path}"), path="/tmp/{x}.db")
    got = pickle.loads(pickle.dumps(sent))
    assert type(got) is StoreError and got.template == sent.template
    assert got.fields == {"path": "/tmp/{x}.db"} and str(got) == "no store at /tmp/{x}.db"
