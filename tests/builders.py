"""Hand-built results covering the full model (categories, code, findings, errors).

Formatters are tested on these rather than only on scans, so they already handle the
fields other issues add to ``scan`` (categories, disclosure, code evidence, rules).
"""

from __future__ import annotations

from dataclasses import replace

from analyzer.errors import NotAZip
from analyzer.model import (
    ApkInfo,
    AppInfo,
    Category,
    CategoryMember,
    CategoryUse,
    CodeEvidence,
    CodeInfo,
    DisclosureEvidence,
    DisclosureLevel,
    Finding,
    Permission,
    PolicySource,
    Result,
    ResultWarning,
    Severity,
    Usage,
)
from analyzer.report import Report, ToolInfo

SCRIPT = "<script>alert(1)</script>"
CLOSE_SCRIPT = "x</script><script>alert(2)</script>"
FORMULA = '=HYPERLINK("http://evil.example/","click")'
RICH = "[link=http://x]x[/link]\u001b[31mRED\u2028\u202e"
HOSTILE = (SCRIPT, CLOSE_SCRIPT, FORMULA, RICH)
TOOL = ToolInfo("permaudit", "0.0.test", "implied=1")


def full_result(
    path: str = "apps/full.apk",
    label: str = "Full app",
    package: str = "com.example.full",
    text: str = "",
) -> Result:
    """An ok result with every optional part filled; ``text`` is appended to app strings."""
    cats = {
        c: CategoryUse(
            category=c,
            requested=c in (Category.LOCATION, Category.MESSAGES),
            strength="strong" if c in (Category.LOCATION, Category.MESSAGES) else None,
            members=(
                (
                    CategoryMember(
                        "android.permission.ACCESS_FINE_LOCATION" + text, "uses-permission"
                    ),
                )
                if c is Category.LOCATION
                else ()
            ),
            disclosure=DisclosureLevel.DISCLOSED
            if c is Category.LOCATION
            else DisclosureLevel.NONE,
            disclosure_evidence=(
                (
                    DisclosureEvidence(
                        "asset",
                        "assets/privacy.html",
                        None,
                        "We use location" + text,
                        "location",
                        "use",
                    ),
                )
                if c is Category.LOCATION
                else ()
            ),
            code_evidence=(
                (
                    CodeEvidence(
                        "api", "Landroid/telephony/SmsManager;" + text, "classes.dex", "reference"
                    ),
                )
                if c is Category.MESSAGES
                else ()
            ),
            used=Usage.YES if c is Category.MESSAGES else Usage.NO_EVIDENCE,
        )
        for c in Category
    }
    return Result(
        apk=ApkInfo(path, "ab" * 32, 1234, ("copies/" + path,)),
        status="ok",
        warnings=(ResultWarning("bad-resources", "resources unreadable" + text),),
        app=AppInfo(package + text, "7", "1.0" + text, label + text, "15", "22", 22),
        permissions=(
            Permission(
                "android.permission.ACCESS_FINE_LOCATION",
                "uses-permission",
                protection_level="dangerous",
            ),
            Permission(
                "android.permission.READ_SMS" + text,
                "uses-permission",
                protection_level="dangerous",
            ),
        ),
        categories=cats,
        code=CodeInfo(True, None),
        findings=(
            Finding(
                "undisclosed-messages",
                Severity.HIGH,
                {
                    "permissions": [{"name": "READ_SMS" + text, "implied_by": None}],
                    "disclosure": "none",
                    "code": ["content://sms" + text],
                    "sdks": [],
                },
                Category.MESSAGES,
                {"k": text},
            ),
            Finding(
                "install-time-grant",
                Severity.LOW,
                {"target": 22, "categories": ["messages" + text]},
                waived="accepted" + text,
            ),
        ),
    )


def error_result(path: str = "apps/broken.apk", text: str = "") -> Result:
    return Result.failed(ApkInfo(path, None, None), NotAZip("not a zip archive" + text))


def plain_result(path: str = "apps/plain.apk") -> Result:
    """An ok result as the manifest-only scan makes it today (no categories/code)."""
    return Result(
        apk=ApkInfo(path, "cd" * 32, 99),
        status="ok",
        app=AppInfo("com.example.plain", "1", "1.0", None, "21", "30", 30),
        permissions=(Permission("android.permission.INTERNET", "uses-permission"),),
    )


def mixed_report() -> Report:
    return Report(TOOL, [full_result(), plain_result(), error_result()])


def hostile_report() -> Report:
    """Every hostile string in every app-controlled field, plus in paths."""
    results = []
    for i, text in enumerate(HOSTILE):
        results.append(full_result(f"apps/{i}{text}.apk", label="", package="", text=text))
        results.append(error_result(f"bad/{i}{text}.apk", text=text))
    return Report(TOOL, results)


def with_sources(result: Result, text: str = "") -> Result:
    """``result`` with a bundled policy read and a remote one not read."""
    sources = (
        PolicySource("asset", "assets/privacy.html" + text, 2048, "zh", None, True, "ef" * 32),
        PolicySource("remote", "https://example.com/privacy" + text, None, None, None, False),
    )
    return replace(result, policy_sources=sources)
