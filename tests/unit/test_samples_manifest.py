"""Hand-written expectations for the bundled samples, checked directly.

These are written by hand from samples/src/*/AndroidManifest.xml, not generated, so
regenerating golden files can never bless a regression in the manifest reader.
"""

from __future__ import annotations

import pytest

from analyzer.scan import ScanConfig, scan_path
from tests.conftest import SAMPLES

P = "android.permission."
EXPECTED = {
    "baidu_like": {
        "package": "org.permaudit.sample.baidulike",
        "sdk": ("15", "22", 22),
        "declared": [
            (P + n, "uses-permission", None)
            for n in (
                "INTERNET",
                "READ_PHONE_STATE",
                "READ_CALL_LOG",
                "ACCESS_FINE_LOCATION",
                "READ_SMS",
                "RECEIVE_SMS",
                "READ_CONTACTS",
                "WRITE_SETTINGS",
            )
        ],
        "implied": {P + "ACCESS_COARSE_LOCATION", P + "ACCESS_BACKGROUND_LOCATION"},
    },
    "plain_app": {
        "package": "org.permaudit.sample.plain",
        "sdk": ("24", "34", 34),
        "declared": [
            (P + "INTERNET", "uses-permission", None),
            (P + "ACCESS_NETWORK_STATE", "uses-permission", None),
            (P + "VIBRATE", "uses-permission", None),
        ],
        "implied": set(),
    },
    "sdk23_maxsdk": {
        "package": "org.permaudit.sample.sdk23",
        "sdk": ("21", "28", 28),
        "declared": [
            (P + "WRITE_EXTERNAL_STORAGE", "uses-permission", "18"),
            (P + "ACCESS_FINE_LOCATION", "uses-permission-sdk-23", None),
            (P + "READ_CONTACTS", "uses-permission-sdk-m", "28"),
            ("INTERNET_ALIAS", "uses-permission", None),
        ],
        "implied": {
            P + "READ_EXTERNAL_STORAGE",
            P + "ACCESS_COARSE_LOCATION",
            P + "ACCESS_BACKGROUND_LOCATION",
        },
    },
    "legacy_nosdk": {
        "package": "org.permaudit.sample.legacy",
        "sdk": (None, None, 1),
        "declared": [(P + "READ_CONTACTS", "uses-permission", None)],
        "implied": {
            P + "WRITE_EXTERNAL_STORAGE",
            P + "READ_PHONE_STATE",
            P + "READ_EXTERNAL_STORAGE",
            P + "READ_CALL_LOG",
        },
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_manifest(name: str, tables) -> None:  # type: ignore[no-untyped-def]
    want = EXPECTED[name]
    r = scan_path(str(SAMPLES / f"{name}.apk"), ScanConfig(manifest_only=True), tables)
    assert r.ok, r.error
    assert r.app is not None
    assert r.app.package == want["package"]
    assert (r.app.min_sdk, r.app.target_sdk, r.app.effective_target_sdk) == want["sdk"]
    declared = [(p.name, p.element, p.max_sdk_version) for p in r.permissions if not p.implied]
    assert declared == want["declared"]
    assert {p.name for p in r.permissions if p.implied} == want["implied"]
