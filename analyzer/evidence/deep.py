"""``--deep``: name the classes that call each API, with androguard's cross-references.

The fast scan knows an API is referenced but not by whom. Here androguard's ``DEX`` +
``Analysis`` build the call graph, and each caller of a table member becomes evidence
whose ``where`` is the calling class and whose ``sdk`` is the SDK that class belongs to
(None for the app's own code). This costs seconds per APK, so it runs only when asked
and androguard is imported only here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzer.apk.axml import silence_androguard
from analyzer.evidence.apis import REFERENCE, Hit
from analyzer.evidence.dex import descriptor, java_name
from analyzer.evidence.sdks import sdk_for
from analyzer.model import ResultWarning
from analyzer.tables import CodeTables

MAX_DEEP_BYTES = 64 * 1024 * 1024  # androguard holds every parsed method in memory


def deep_hits(
    dexes: list[tuple[str, bytes]], tables: CodeTables, warnings: list[ResultWarning]
) -> Iterator[tuple[str, str | None, Hit]]:
    """(calling class, sdk name, hit) for every call site of a listed method.

    The app's own classes get ``sdk=None``. Above ``MAX_DEEP_BYTES`` of dex the deep pass
    is skipped with a warning: the fast evidence still stands.
    """
    total = sum(len(d) for _, d in dexes)
    if total > MAX_DEEP_BYTES:
        warnings.append(ResultWarning("deep-skipped", f"{total} bytes of dex: too large"))
        return
    silence_androguard()
    from androguard.core.analysis.analysis import Analysis
    from androguard.core.dex import DEX

    dx = Analysis()
    try:
        for _, data in dexes:
            dx.add(DEX(data))
        dx.create_xref()
    except Exception as exc:  # androguard raises anything on odd input; we only lose detail
        warnings.append(ResultWarning("deep-analysis", f"androguard could not analyse: {exc!r}"))
        return
    for member in tables.members:
        if member.kind != "method":
            continue
        cls_desc = descriptor(member.cls)
        for name in sorted(member.names):
            pattern = "." if name == "*" else f"^{name}$"
            for meth in dx.find_methods(classname=f"^{re.escape(cls_desc)}$", methodname=pattern):
                api = f"{member.cls}.{meth.get_method().get_name()}"
                for caller_cls, _, _ in meth.get_xref_from():
                    caller = java_name(str(caller_cls.name))
                    sdk = sdk_for(caller, tables.sdks)
                    hit = Hit(member.category, "api", api, REFERENCE)
                    yield caller, (sdk.name if sdk else None), hit
