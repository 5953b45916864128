"""The HTML report as evidence: each filter in a real browser, and print to PDF.

Chromium renders the page (Selenium for the filters, ``--print-to-pdf`` for the PDF);
``pdftotext`` reads the PDF back. Parametrized over languages: ``en`` now, ``zh-CN``
with the Chinese text of ``samples/disclosed_zh.apk`` (and, once the formatter has a
Chinese translator, Chinese headings too). Skips when chromium, chromedriver,
pdftotext or a CJK font is missing, except under ``CI=true`` (``.ci/run`` installs
them), where it fails instead.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.model import Result
from analyzer.report import Report
from analyzer.report.facts import identity
from analyzer.report.html import HtmlFormatter
from analyzer.scan import ScanConfig, scan_path
from tests.builders import TOOL
from tests.conftest import SAMPLES
from tests.test_html_browser import CHROMIUM, PDFTOTEXT, require_browser_tools, start_browser

LANGS = ["en", "zh-CN"]
HOSTILE_LABEL = "<script>alert(1)</script>"  # samples/hostile_script.apk's label


def _translator(lang: str) -> Callable[[str], str]:
    """The formatter's translator for ``lang`` once one exists (issue 15), else English."""
    try:
        from analyzer.i18n import translator  # type: ignore[import-not-found]
    except ImportError:
        return identity
    return translator(lang)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def results(tables: Any) -> list[Result]:
    names = ("baidu_like", "disclosed_zh", "hostile_script", "plain_app", "partial_policy")
    return [scan_path(str(SAMPLES / f"{n}.apk"), ScanConfig(), tables) for n in names]


def _page(results: list[Result], lang: str, folder: Path) -> Path:
    html = HtmlFormatter(gettext=_translator(lang), lang=lang).render(Report(TOOL, results))
    page = folder / f"report-{lang}.html"
    page.write_text(html, encoding="utf-8")
    return page


def _print_to_pdf(page: Path, folder: Path) -> str:
    pdf = folder / (page.stem + ".pdf")
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, timeout=60, check=True
    )
    return out.stdout.decode("utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_print_to_pdf_gives_a_clean_report(
    lang: str, results: list[Result], tmp_path: Path
) -> None:
    require_browser_tools()
    text = _print_to_pdf(_page(results, lang, tmp_path), tmp_path)
    pages = text.split("\f")
    for part in ("permaudit", "baidulike", "jiangsu-combination", "assets/privacy_policy.html"):
        assert part in text, part
    # Each app starts a new page: its heading is the first line of some page.
    firsts = [next((ln.strip() for ln in p.splitlines() if ln.strip()), "") for p in pages]
    for result in results:
        assert result.app is not None
        assert any(result.app.package in first for first in firsts), result.app.package
    if lang == "en":  # no filter controls on paper
        assert "Search" not in text and "shown" not in text
    # The hostile label is printed as text, exactly, not run.
    assert HOSTILE_LABEL in text
    if lang == "zh-CN":
        compact = "".join(text.split())
        assert "附近好友" in compact  # the APK's Chinese label, as glyphs, not tofu
        assert "通讯录权限" in compact  # a deciding sentence


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from start_browser(tmp_path_factory.mktemp("chromium-profile"))


def _visible(driver: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, "#apps tbody tr")
    return [r.get_attribute("data-app") for r in rows if r.is_displayed()]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("severity", "critical"),
        ("severity", "none"),
        ("category", "settings"),
        ("rule", "jiangsu-combination"),
        ("disclosure", "disclosed"),
    ],
)
def test_each_filter_in_a_browser(
    key: str, value: str, driver: Any, results: list[Result], tmp_path: Path
) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from analyzer.report.views import app_views

    driver.get(_page(results, "en", tmp_path).as_uri())
    views = app_views(Report(TOOL, results))
    attribute = {
        "severity": lambda v: [v.worst],
        "category": lambda v: v.requested,
        "rule": lambda v: v.rules,
        "disclosure": lambda v: v.disclosures,
    }[key]
    expected = [v.anchor for v in views if value in attribute(v)]
    assert expected and len(expected) < len(views)  # the filter really has to choose
    assert len(_visible(driver)) == len(views)
    Select(driver.find_element(By.ID, f"f-{key}")).select_by_value(value)
    assert _visible(driver) == expected
    assert driver.find_element(By.ID, "visible").text == str(len(expected))
    sections = driver.find_elements(By.CSS_SELECTOR, "section.app")
    assert sorted(s.get_attribute("id") for s in sections if s.is_displayed()) == sorted(expected)
    with pytest.raises(NoAlertPresentException):  # the hostile label ran no script
        driver.switch_to.alert.text  # noqa: B018
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


@pytest.mark.parametrize("tool", ["CHROMIUM", "DRIVER", "PDFTOTEXT", "CJK_FONTS"])
def test_missing_tool_fails_under_ci_and_skips_locally(
    tool: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tests.test_html_browser as browser_tests

    monkeypatch.setattr(browser_tests, tool, tmp_path / "absent")
    monkeypatch.setattr(browser_tests, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        browser_tests.require_browser_tools()
    monkeypatch.setattr(browser_tests, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception):
        browser_tests.require_browser_tools()
