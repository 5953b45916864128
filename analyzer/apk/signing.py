"""Who signed an APK: the sha256 of each signing certificate (v3, v2, else v1).

Read with androguard, which parses the signing blocks and PKCS#7 signatures; used by
``permaudit diff`` to say whether two builds come from the same publisher. An APK whose
signature cannot be read gives None (unknown), never an error: the diff still runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys

from analyzer.apk.axml import silence_androguard
from analyzer.apk.public_xml import preload as preload_public_ids


def signer_digests(path: str) -> list[str] | None:
    """Sorted sha256 digests of the signing certificates, or None when unreadable."""
    silence_androguard()
    preload_public_ids()
    try:
        from androguard.core.apk import APK

        with contextlib.redirect_stdout(sys.stderr):
            apk = APK(path)
            certs = list(apk.get_certificates_der_v3() or apk.get_certificates_der_v2() or [])
            if not certs:
                certs = [apk.get_certificate_der(name) for name in apk.get_signature_names()]
    except Exception:
        return None
    digests = sorted({hashlib.sha256(c).hexdigest() for c in certs if c})
    return digests or None
