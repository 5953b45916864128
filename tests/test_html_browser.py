"""The HTML report in a real browser: loads without console errors, the filter works.

Uses Debian's ``chromium`` and ``chromium-driver`` through Selenium, headless and with
everything that could reach the network switched off. Skips when the browser, its driver,
pdftotext or the CJK fonts are missing, except under ``CI=true`` (``.ci/run`` installs
them), where it fails instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.report import FORMATTERS, Format, Report
from tests.builders import TOOL, error_result, full_result, hostile_report, plain_result
from tests.conftest import IN_CI, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"
CJK_FONTS = Path("/usr/share/fonts/opentype/noto")


def require_browser_tools() -> None:
    """Skip when chromium, its driver, pdftotext or a CJK font is missing; fail under CI."""
    missing = [
        name
        for name, present in (
            ("chromium", Path(CHROMIUM).exists()),
            ("chromium-driver", Path(DRIVER).exists()),
            ("poppler-utils (pdftotext)", Path(PDFTOTEXT).exists()),
            ("fonts-noto-cjk", any(CJK_FONTS.glob("NotoSansCJK*"))),
        )
        if not present
    ]
    if missing:
        message = "not installed: " + ", ".join(missing)
        if IN_CI:
            pytest.fail(message + " (CI=true: .ci/run must install them)")
        pytest.skip(message)


def start_browser(profile: Path) -> Iterator[Any]:
    """A headless chromium under Selenium with everything that could reach the network off."""
    require_browser_tools()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from start_browser(tmp_path_factory.mktemp("chromium-profile"))


def _visible_rows(driver: Any) -> int:
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, "#apps tbody tr")
    return sum(1 for row in rows if row.is_displayed())


def test_html_report_filters_in_a_browser(browser: Any, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    results = [
        full_result("apps/alpha.apk", package="com.alpha"),
        full_result("apps/beta.apk", package="com.beta"),
        plain_result("apps/gamma.apk"),
        error_result("apps/delta.apk"),
        *hostile_report().results,
    ]
    page = tmp_path / "report.html"
    page.write_text(FORMATTERS[Format.HTML].render(Report(TOOL, results)), encoding="utf-8")
    browser.get(page.as_uri())
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    with pytest.raises(NoAlertPresentException):  # the hostile labels ran no script
        browser.switch_to.alert.text  # noqa: B018
    assert _visible_rows(browser) == len(results)
    box = browser.find_element(By.ID, "filter")
    box.send_keys("com.alpha")
    assert _visible_rows(browser) == 1
    assert browser.find_element(By.ID, "visible").text == "1"
    box.clear()
    box.send_keys("not-a-zip")
    assert _visible_rows(browser) == 1 + 4  # delta and the four hostile error results
    box.clear()
    box.send_keys("x")  # clear() sends no input event; typing again re-filters
    browser.find_element(By.CSS_SELECTOR, "#apps th").click()  # sorting keeps every row
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(out / "html-report.png"))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
