"""collect_evidence over fake APKs, usage_for, apply_code_evidence and the usage rule."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from lxml import etree

from analyzer.apk.limits import Limits
from analyzer.apk.manifest import Manifest, manifest_from_tree
from analyzer.errors import TooLarge
from analyzer.evidence import CodeReport, apply_code_evidence, collect_evidence, usage_for
from analyzer.model import (
    Category,
    CategoryMember,
    CategoryUse,
    CodeEvidence,
    CodeInfo,
    Severity,
    Usage,
)
from analyzer.rules.usage import unused_sensitive_permission
from analyzer.tables import Tables
from tests.dexbuilder import build_dex

A = "http://schemas.android.com/apk/res/android"
MANIFEST = f"""<manifest xmlns:android="{A}" package="org.example.app">
  <application android:name="{{app}}">
    <receiver android:name=".SmsIn">
      <intent-filter>
        <action android:name="android.provider.Telephony.SMS_RECEIVED"/>
      </intent-filter>
    </receiver>
    <receiver android:name="org.example.Other">
      <intent-filter><action android:name="android.intent.action.BOOT_COMPLETED"/></intent-filter>
    </receiver>
    <service android:name="com.amap.api.location.APSService"/>
  </application>
</manifest>"""


@dataclass
class FakeApk:
    """The two ApkFile methods collect_evidence uses."""

    files: dict[str, bytes | Exception] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)

    def names(self) -> list[str]:
        return list(self.files)

    def read(self, name: str, max_bytes: int | None = None) -> bytes:
        value = self.files[name]
        if isinstance(value, Exception):
            raise value
        return value


def _manifest(tables: Tables, app: str = ".App") -> Manifest:
    return manifest_from_tree(etree.fromstring(MANIFEST.replace("{app}", app)), tables)


def _collect(tables: Tables, files: dict[str, bytes | Exception], app: str = ".App") -> CodeReport:
    return collect_evidence(FakeApk(files), _manifest(tables, app), tables, deep=False)  # type: ignore[arg-type]


def test_multidex_receivers_and_sdks(tables: Tables) -> None:
    report = _collect(
        tables,
        {
            "classes.dex": build_dex(methods=[("Landroid/telephony/TelephonyManager;", "getImei")]),
            "classes2.dex": build_dex(
                methods=[("Landroid/location/LocationManager;", "getCurrentLocation")],
                types=["Lcom/baidu/location/LocationClient;"],
            ),
        },
    )
    assert report.code == CodeInfo(checked=True, packer=None)
    assert report.complete and report.dex_files == ("classes.dex", "classes2.dex")
    ev = report.evidence
    assert CodeEvidence("api", "android.telephony.TelephonyManager.getImei", "classes.dex",
                        "reference") in ev[Category.CALLS]  # fmt: skip
    loc = {(e.type, e.value, e.where, e.sdk) for e in ev[Category.LOCATION]}
    assert ("api", "android.location.LocationManager.getCurrentLocation", "classes2.dex",
            None) in loc  # fmt: skip
    assert ("sdk", "com.baidu.location", "classes2.dex", "Baidu Location") in loc
    assert ("sdk", "com.amap.api.location", "AndroidManifest.xml", "AMap Location (Gaode)") in loc
    (receiver,) = ev[Category.MESSAGES]
    assert receiver.type == "receiver" and receiver.strength == "manifest"
    assert "org.example.app.SmsIn" in receiver.value


def test_corrupt_and_unreadable_dex_are_warnings(tables: Tables) -> None:
    good = build_dex(methods=[("Landroid/telephony/SmsManager;", "sendDataMessage")])
    report = _collect(
        tables,
        {"classes.dex": good, "classes2.dex": good[:50], "classes3.dex": TooLarge("too big")},
    )
    assert [w.kind for w in report.warnings] == ["bad-dex", "dex-too-large"]
    assert not report.complete
    assert Category.MESSAGES in report.evidence
    assert usage_for(True, (), report.code, report.complete) is Usage.UNKNOWN


def test_packer_by_application_class_and_lib(tables: Tables) -> None:
    report = _collect(tables, {"classes.dex": build_dex()}, app="com.stub.StubApp")
    assert report.code.packer == "Qihoo 360 Jiagu"
    report = _collect(tables, {"classes.dex": build_dex(), "lib/arm64-v8a/libDexHelper.so": b""})
    assert report.code.packer == "Bangcle/SecNeo"
    stub = build_dex(types=["Lcom/tencent/StubShell/TxAppEntry;"])
    assert _collect(tables, {"classes.dex": stub}).code.packer == "Tencent Legu"
    assert _collect(tables, {"classes.dex": build_dex()}).code.packer is None


EV = (CodeEvidence("api", "x", "classes.dex", "reference"),)


@pytest.mark.parametrize(
    ("evidence", "info", "complete", "expected"),
    [
        (EV, CodeInfo(True), True, Usage.YES),
        ((), CodeInfo(True), True, Usage.NO_EVIDENCE),
        ((), CodeInfo(True, "Tencent Legu"), True, Usage.UNKNOWN),
        (EV, CodeInfo(True, "Tencent Legu"), True, Usage.YES),
        ((), CodeInfo(True), False, Usage.UNKNOWN),
        (EV, CodeInfo(False), False, Usage.NOT_CHECKED),
        ((), None, True, Usage.NOT_CHECKED),
    ],
)
def test_usage_for(
    evidence: tuple[CodeEvidence, ...], info: CodeInfo | None, complete: bool, expected: Usage
) -> None:
    assert usage_for(True, evidence, info, complete) is expected


def _categories() -> dict[Category, CategoryUse]:
    member = CategoryMember("android.permission.READ_SMS", "uses-permission")
    return {
        Category.CALLS: CategoryUse(Category.CALLS, requested=True, strength="strong"),
        Category.MESSAGES: CategoryUse(Category.MESSAGES, True, "strong", members=(member,)),
        Category.SETTINGS: CategoryUse(Category.SETTINGS, requested=False),
    }


def test_apply_code_evidence_sets_evidence_and_used() -> None:
    report = CodeReport(evidence={Category.CALLS: EV}, code=CodeInfo(True))
    out = apply_code_evidence(_categories(), report)
    assert out[Category.CALLS].code_evidence == EV and out[Category.CALLS].used is Usage.YES
    assert out[Category.MESSAGES].used is Usage.NO_EVIDENCE
    assert out[Category.SETTINGS].used is Usage.NO_EVIDENCE
    assert out[Category.MESSAGES].members == _categories()[Category.MESSAGES].members
    off = apply_code_evidence(_categories(), CodeReport.not_checked())
    assert {u.used for u in off.values()} == {Usage.NOT_CHECKED}


def test_unused_rule_fires_only_on_requested_no_evidence() -> None:
    report = CodeReport(evidence={Category.CALLS: EV}, code=CodeInfo(True))

    class Ctx:
        def __init__(self, code: CodeReport) -> None:
            self.categories = apply_code_evidence(_categories(), code)

    (finding,) = unused_sensitive_permission.findings(Ctx(report))
    assert finding.rule == "unused-sensitive-permission"
    assert finding.category is Category.MESSAGES and finding.severity is Severity.LOW
    assert finding.params["permissions"] == ["READ_SMS"]
    packed = CodeReport(evidence={}, code=CodeInfo(True, "Ijiami"))
    assert unused_sensitive_permission.findings(Ctx(packed)) == []
    assert unused_sensitive_permission.findings(Ctx(CodeReport.not_checked())) == []
