"""Languages: complete, current catalogs; short messages; no English left in a zh-CN run."""

from __future__ import annotations

import csv
import gettext
import importlib.util
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.i18n import LANGUAGES, catalog_bytes, parse_lang, translator
from analyzer.i18n.catalogs import compiled, missing, read_catalog, template
from analyzer.model import Result
from analyzer.report import Format, Report, ToolInfo, formatter_for
from analyzer.report.summary import summarize, summary_lines
from analyzer.rules import REGISTRY
from analyzer.rules.messages import max_length, render_message
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import ROOT, SAMPLES

SAMPLE_APKS = sorted(SAMPLES.glob("*.apk"))


def _rule_messages() -> list[str]:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.rule_messages())


def test_every_message_has_a_zh_cn_translation() -> None:
    pot = template(_rule_messages())
    assert len(pot) > 50  # extraction found the messages (not an empty template)
    assert missing(pot, read_catalog("zh_CN")) == [], "run `make catalogs` and translate"


def test_compiled_catalog_is_current() -> None:
    """The shipped .mo holds exactly the .po's translations (compared as catalogs, so a
    different Babel version writing different bytes does not matter)."""
    shipped = gettext.GNUTranslations(io.BytesIO(catalog_bytes("zh-CN")))
    fresh = gettext.GNUTranslations(io.BytesIO(compiled(read_catalog("zh_CN"))))
    assert shipped._catalog == fresh._catalog, "run `make catalogs`"  # type: ignore[attr-defined]
    assert len(shipped._catalog) > 50  # type: ignore[attr-defined]


def test_placeholders_survive_translation() -> None:
    """A translation that drops or renames a ``{placeholder}`` would break rendering."""
    fields = re.compile(r"\{(\w*)\}")
    for message in read_catalog("zh_CN"):
        if message.id and message.string:
            assert set(fields.findall(message.string)) == set(fields.findall(message.id)), (
                message.id
            )


@pytest.mark.parametrize(
    ("given", "tag"), [("en", "en"), ("zh-CN", "zh-CN"), ("zh_CN", "zh-CN"), ("ZH-cn", "zh-CN")]
)
def test_language_tags(given: str, tag: str) -> None:
    assert parse_lang(given) == tag
    assert translator(given).lang == tag


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="zh-CN"):
        parse_lang("fr")


@pytest.fixture(scope="module")
def results(tables: Tables) -> list[Result]:
    return [scan_path(str(p.relative_to(ROOT)), ScanConfig(), tables) for p in SAMPLE_APKS]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_messages_are_short_and_evidence_whole(results: list[Result], lang: str) -> None:
    tr = translator(lang)
    assert max_length(tr) == (160 if lang == "zh-CN" else 240)
    count = 0
    for result in results:
        for finding in result.findings:
            count += 1
            message = render_message(finding, tr)
            assert 0 < len(message) <= max_length(tr), message
            assert "\n" not in message
            perms = finding.evidence.get("permissions")
            if finding.rule.startswith("undisclosed-"):  # evidence keeps every permission
                assert [p["name"] for p in finding.params["permissions"]] == [
                    n.rsplit(".", 1)[-1] for n in perms
                ]
    assert count > 20


def test_every_rule_cites_a_document_and_provision() -> None:
    for rule in REGISTRY.values():
        assert rule.legal_basis, rule.id
        for ref in rule.legal_basis:
            assert ref.document and ref.provision and ref.summary_en and ref.summary_zh
            assert ref.url.startswith("http"), f"{rule.id}: {ref.provision} names no source"


def _data_strings(value: Any) -> Iterator[str]:
    """Every string a result holds (from the APK, its policy, or paths): allowed in output."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _data_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _data_strings(item)


ENGLISH_RUN = re.compile(r"[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){2,}")


def _untranslated(text: str, allowed: list[str]) -> list[str]:
    for item in sorted(allowed, key=len, reverse=True):
        if len(item) > 2:
            text = text.replace(item, " ")
    return ENGLISH_RUN.findall(text)


def _zh_texts(report: Report) -> Iterator[tuple[str, str]]:
    """What a zh-CN run shows people, per format (machine keys and code left out)."""
    for fmt in (Format.TABLE, Format.MARKDOWN, Format.HTML):
        text = formatter_for(fmt, lang="zh-CN").render(report)
        text = re.sub(r"“[^”]*”", " ", text)  # sentences quoted from the policy, maybe shortened
        text = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", text, flags=re.S)
        yield fmt.value, re.sub(r"<[^>]+>", " ", text)
    narrow = formatter_for(Format.TABLE, lang="zh-CN", width=80).render(report)  # stacked
    yield "stacked table", re.sub(r"“[^”]*”", " ", narrow)
    sarif = json.loads(formatter_for(Format.SARIF, lang="zh-CN").render(report))
    run = sarif["runs"][0]
    yield "sarif", "\n".join(r["message"]["text"] for r in run["results"])
    for rule in run["tool"]["driver"]["rules"]:
        yield "sarif rule", rule["shortDescription"]["text"] + "\n" + rule["help"]["text"]
    rows = csv.DictReader(io.StringIO(formatter_for(Format.CSV, lang="zh-CN").render(report)))
    yield "csv", "\n".join(row["message"] for row in rows)
    yield "summary", "\n".join(summary_lines(summarize(report.results), {}, translator("zh-CN")))


def test_zh_cn_run_has_no_english_sentence_of_our_own(results: list[Result]) -> None:
    report = Report(ToolInfo("permaudit", "test", "data"), results)
    allowed = [s for r in results for s in _data_strings(r.to_dict())]
    allowed += [*REGISTRY, "permaudit", "Jiangsu Consumer Council v. Beijing Baidu Netcom"]
    allowed += [ref.document for rule in REGISTRY.values() for ref in rule.legal_basis]
    found = {where: _untranslated(text, allowed) for where, text in _zh_texts(report)}
    problems = {k: v for k, v in found.items() if v}
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)


def test_english_run_is_caught_by_the_check(results: list[Result]) -> None:
    """The check above can fail: the same texts in English are full of English runs."""
    report = Report(ToolInfo("permaudit", "test", "data"), results)
    text = formatter_for(Format.MARKDOWN, lang="en").render(report)
    assert _untranslated(text, [s for r in results for s in _data_strings(r.to_dict())])


def test_catalog_loads_from_package_data() -> None:
    path = Path(__file__).resolve().parents[2] / "analyzer/i18n/locale/zh_CN/LC_MESSAGES"
    assert (path / "permaudit.mo").read_bytes() == catalog_bytes("zh-CN")


def test_every_error_kind_is_explained_in_chinese() -> None:
    from analyzer.errors import ERROR_KINDS
    from analyzer.i18n.labels import LABELS, error_text

    assert set(LABELS["error"]) == set(ERROR_KINDS)
    tr = translator("zh-CN")
    assert error_text(tr, "not-a-zip", "x.apk: not a zip archive") == "文件不是 ZIP 压缩包。"
    assert error_text(translator("en"), "not-a-zip", "detail") == "detail"


def test_narrow_stacked_layout_names_levels_and_categories_in_chinese(
    results: list[Result],
) -> None:
    report = Report(ToolInfo("permaudit", "test", "data"), results)
    text = formatter_for(Format.TABLE, lang="zh-CN", width=80).render(report)
    assert "位置" in text and "告知情况" in text
    assert not re.search(r"^\s+(critical|high|medium|low)\s", text, flags=re.M)
