"""The code_evidence_app sample: multidex APIs, a URI, a receiver, an SDK, and --deep."""

from __future__ import annotations

import pytest

from analyzer.apk.archive import ApkFile
from analyzer.apk.manifest import read_manifest
from analyzer.evidence import CodeReport, collect_evidence
from analyzer.model import Category, Usage
from analyzer.scan import ScanConfig, scan_path
from analyzer.tables import Tables
from tests.conftest import SAMPLES

APK = str(SAMPLES / "code_evidence_app.apk")


def _report(tables: Tables, deep: bool = False) -> CodeReport:
    with ApkFile.open(APK) as apk:
        return collect_evidence(apk, read_manifest(apk, tables), tables, deep)


def _values(report: CodeReport) -> set[tuple[str, str, str, str, str | None]]:
    return {
        (cat.value, e.type, e.value, e.where, e.sdk)
        for cat, evs in report.evidence.items()
        for e in evs
    }


def test_fast_scan_finds_every_planted_trace(tables: Tables) -> None:
    report = _report(tables)
    assert report.dex_files == ("classes.dex", "classes2.dex") and report.complete
    assert report.warnings == () and report.code.packer is None
    found = _values(report)
    tm = "android.telephony.TelephonyManager.getDeviceId"
    assert ("calls", "api", tm, "classes.dex", None) in found
    lm = "android.location.LocationManager.requestLocationUpdates"
    assert ("location", "api", lm, "classes.dex", None) in found
    sms = "android.telephony.SmsManager.sendTextMessage"
    assert ("messages", "api", sms, "classes2.dex", None) in found
    assert ("messages", "uri", "content://sms/inbox", "classes.dex", None) in found
    accounts = "android.accounts.AccountManager.getAccounts"
    assert ("contacts", "api", accounts, "classes2.dex", None) in found
    assert ("location", "sdk", "com.baidu.location", "classes2.dex", "Baidu Location") in found
    assert any(t == "receiver" and "SMS_RECEIVED" in v for c, t, v, _, _ in found)
    assert not any("getLine1Number" in v for _, _, v, _, _ in found)  # a decoy string
    assert Category.SETTINGS not in report.evidence


@pytest.mark.slow
def test_deep_names_callers_and_sdks(tables: Tables) -> None:
    found = _values(_report(tables, deep=True))
    last = "android.location.LocationManager.getLastKnownLocation"
    assert ("location", "api", last, "com.baidu.location.LocationClient", "Baidu Location") in found
    sms = "android.telephony.SmsManager.sendTextMessage"
    assert ("messages", "api", sms, "org.permaudit.sample.code.Outbox", None) in found
    assert ("messages", "api", sms, "classes2.dex", None) not in found  # replaced by caller


def test_scan_options(tables: Tables) -> None:
    result = scan_path(APK, ScanConfig(), tables)
    assert result.code is not None and result.code.checked
    off = scan_path(APK, ScanConfig(code_evidence=False), tables)
    assert off.code is not None and not off.code.checked
    assert scan_path(APK, ScanConfig(manifest_only=True), tables).code is None
    assert ScanConfig(deep=True).cache_key() != ScanConfig().cache_key()
    assert ScanConfig(code_evidence=False).cache_key() != ScanConfig().cache_key()
    assert Usage.NOT_CHECKED.value == "not-checked"
