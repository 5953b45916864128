"""The HTML evidence report: worst first, filters, charts, evidence with sources, glossary."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import html as lxml_html

from analyzer.model import Finding, Severity
from analyzer.report import Report
from analyzer.report.html import HtmlFormatter
from analyzer.report.views import app_views, glossary
from analyzer.rules import REGISTRY
from tests.builders import TOOL, error_result, full_result, plain_result, with_sources


def _with_worst(path: str, severity: Severity):  # type: ignore[no-untyped-def]
    result = full_result(path, package=path)
    finding = Finding("undisclosed-messages", severity, {"text": "m"})
    return replace(result, findings=(finding,))


def _report() -> Report:
    return Report(
        TOOL,
        [
            plain_result("a/plain.apk"),
            _with_worst("b/medium.apk", Severity.MEDIUM),
            error_result("c/broken.apk"),
            _with_worst("d/high.apk", Severity.HIGH),
            _with_worst("e/critical.apk", Severity.CRITICAL),
            _with_worst("f/low.apk", Severity.LOW),
        ],
    )


def test_apps_are_worst_first_not_alphabetical() -> None:
    page = lxml_html.fromstring(HtmlFormatter().render(_report()))
    rows = page.xpath('//table[@id="apps"]/tbody/tr')
    assert [r.get("data-sev") for r in rows] == [
        "critical",
        "high",
        "medium",
        "low",
        "none",
        "error",
    ]
    sections = page.xpath('//section[@class="app"]/@id')
    assert sections == [r.get("data-app") for r in rows]
    ranks = [int(r.xpath("./td[1]/@data-value")[0]) for r in rows]
    assert ranks == sorted(ranks)  # the severity column sorts by rank, not by its text


def test_filters_charts_lang_and_print_layout() -> None:
    text = HtmlFormatter(lang="zh-CN").render(_report())
    page = lxml_html.fromstring(text)
    assert page.get("lang") == "zh-CN"
    for key in ("severity", "category", "rule", "disclosure"):
        assert page.xpath(f'//select[@id="f-{key}"]'), key
    assert page.xpath('//select[@id="f-severity"]/option/@value') == [
        "",
        "critical",
        "high",
        "medium",
        "low",
        "none",
        "error",
    ]
    assert len(page.xpath("//svg")) == 3
    assert "@media print" in text and "break-before:page" in text
    assert "Noto Sans CJK SC" in text


def test_each_app_shows_sentences_sources_code_and_sdks_with_their_source() -> None:
    result = with_sources(full_result())
    cats = dict(result.categories or {})
    from analyzer.model import Category, CodeEvidence

    msgs = cats[Category.MESSAGES]
    sdk = CodeEvidence("sdk", "com.baidu.location", "classes2.dex", "package", "Baidu Location")
    cats[Category.MESSAGES] = replace(msgs, code_evidence=(*msgs.code_evidence, sdk))
    result = replace(result, categories=cats)
    text = HtmlFormatter().render(Report(TOOL, [result]))
    assert "“We use location”" in text and "assets/privacy.html" in text
    assert "https://example.com/privacy" in text and "ef" * 32 in text
    assert "Landroid/telephony/SmsManager;" in text and "classes.dex" in text
    assert re.search(r"Baidu Location <span class=\"src\">.*classes2\.dex", text)


def test_glossary_lists_fired_rules_with_legal_basis() -> None:
    @dataclass(frozen=True)
    class _Rule:
        id: str
        title: str
        default_severity: Severity
        doc: str
        legal_basis: tuple[dict[str, str], ...]

    basis = {
        "document": "GB/T 35273-2020",
        "provision": "5.3",
        "summary_en": "state the purpose",
        "summary_zh": "说明目的",
    }
    rule = _Rule("undisclosed-messages", "SMS", Severity.HIGH, "doc", (basis,))
    views = app_views(Report(TOOL, [full_result()]))
    [en] = glossary(views, {rule.id: rule}, "en")  # type: ignore[dict-item]
    [zh] = glossary(views, {rule.id: rule}, "zh-CN")  # type: ignore[dict-item]
    assert (
        en.legal_basis[0].summary == "state the purpose" and zh.legal_basis[0].summary == "说明目的"
    )
    page = HtmlFormatter().render(Report(TOOL, [full_result()]))
    assert 'id="rule-undisclosed-messages"' in page
    assert REGISTRY["undisclosed-messages"].title in page


def test_strings_go_through_the_translator() -> None:
    page = HtmlFormatter(gettext=lambda s: f"«{s}»").render(Report(TOOL, [full_result()]))
    assert "«Findings»" in page and "«Deciding sentences»" in page
    assert ">Findings<" not in page


def test_markdown_has_the_same_content_as_the_html() -> None:
    from analyzer.report.markdown import MarkdownFormatter

    report = Report(TOOL, [with_sources(full_result()), *_report().results])
    text = MarkdownFormatter().render(report)
    headings = [ln for ln in text.splitlines() if ln.startswith("### ") and "`" not in ln]
    assert [h.rsplit("(", 1)[1] for h in headings][:3] == ["critical)", "high)", "high)"]
    for part in (
        "“We use location”",
        "(source: asset assets/privacy.html)",
        "https&#58;//example.com/privacy",  # shown, but not as an autolink
        "Landroid/telephony/SmsManager;",
        "#### Policy sources",
        "## Rules",
        "| critical | 1 |",
    ):
        assert part in text, part
