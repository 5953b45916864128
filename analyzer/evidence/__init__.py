"""Code evidence (DESIGN §2.4): does the app's code actually reach each category?

``collect_evidence`` reads every ``classes*.dex`` with the fast table reader, the
manifest's receivers and components, and the SDK / packer tables, and returns a
``CodeReport`` value. It never creates a permission and never raises for bad input:
a dex that cannot be read becomes a ``bad-dex`` warning and makes ``used`` ``unknown``
(not ``no-evidence``) where nothing was found. ``apply_code_evidence`` folds a report
into the per-category ``CategoryUse`` values built by the catalog.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from analyzer.apk.archive import ApkFile
from analyzer.apk.manifest import Manifest
from analyzer.errors import AnalyzerError
from analyzer.evidence.apis import Hit, scan_dex
from analyzer.evidence.dex import BadDex, DexFile, dex_names, java_name
from analyzer.evidence.manifest_evidence import (
    MANIFEST,
    component_classes,
    receiver_hits,
)
from analyzer.evidence.sdks import find_packer, sdk_hits
from analyzer.model import Category, CategoryUse, CodeEvidence, CodeInfo, ResultWarning, Usage
from analyzer.tables import Tables


@dataclass(frozen=True, slots=True)
class CodeReport:
    """Evidence per category, whether (and how completely) the code was read, warnings."""

    evidence: Mapping[Category, tuple[CodeEvidence, ...]]
    code: CodeInfo
    warnings: tuple[ResultWarning, ...] = ()
    complete: bool = True
    dex_files: tuple[str, ...] = field(default=())

    @classmethod
    def not_checked(cls) -> CodeReport:
        """The report for ``--no-code``: nothing read, every category ``not-checked``."""
        return cls(evidence={}, code=CodeInfo(checked=False), complete=False)


def usage_for(
    category_requested: bool,
    evidence: Iterable[CodeEvidence],
    code_info: CodeInfo | None,
    complete: bool = True,
) -> Usage:
    """``used`` for one category (DESIGN §2.4).

    Any evidence (a reference, a URI, a receiver, a linked SDK) is ``yes``: each shows the
    code can reach the data. Without evidence, the answer is only ``no-evidence`` when all
    the code was read; packed code or an unreadable dex make it ``unknown``. The value
    does not depend on ``category_requested``: it is the same for every category, and
    rules decide what a non-requested category with evidence means.
    """
    del category_requested  # part of the signature so callers pass the whole picture
    if code_info is None or not code_info.checked:
        return Usage.NOT_CHECKED
    if any(True for _ in evidence):
        return Usage.YES
    if code_info.packer is not None or not complete:
        return Usage.UNKNOWN
    return Usage.NO_EVIDENCE


def apply_code_evidence(
    categories: Mapping[Category, CategoryUse], report: CodeReport
) -> dict[Category, CategoryUse]:
    """Each ``CategoryUse`` with its ``code_evidence`` and ``used`` set from ``report``."""
    out: dict[Category, CategoryUse] = {}
    for cat, use in categories.items():
        found = report.evidence.get(cat, ())
        used = usage_for(use.requested, found, report.code, report.complete)
        out[cat] = replace(use, code_evidence=found, used=used)
    return out


def collect_evidence(apk: ApkFile, manifest: Manifest, tables: Tables, deep: bool) -> CodeReport:
    """Read the code of ``apk`` and return the evidence per category."""
    code = tables.code
    found: dict[Category, dict[tuple[str, str, str, str | None], CodeEvidence]] = {}
    warnings: list[ResultWarning] = []
    classes: list[tuple[str, str]] = []
    complete = True
    names = dex_names(apk.names())
    read: list[tuple[str, bytes]] = []
    for name in names:
        try:
            data = apk.read(name)
            hits, types = scan_dex(DexFile(name, data), code)
        except (BadDex, AnalyzerError, struct.error, IndexError, KeyError) as exc:
            warnings.append(ResultWarning("bad-dex", f"{name}: {exc}"))
            complete = False
            continue
        read.append((name, data))
        classes.extend((name, java_name(t)) for t in types if t.startswith("L"))
        _add(found, hits, name, None)
    for _, hit in receiver_hits(manifest.components, code.actions):
        _add(found, [hit], MANIFEST, None)
    components = [(MANIFEST, java) for _, java in component_classes(manifest.components)]
    for where, sdk, hit in sdk_hits([*classes, *components], code.sdks):
        _add(found, [hit], where, sdk)
    stub = manifest.components.application_class
    all_classes = [java for _, java in classes] + ([stub] if stub else [])
    packer = find_packer(all_classes, apk.names(), code.packers)
    if deep and read:
        from analyzer.evidence.deep import deep_hits  # androguard only when asked

        called: set[str] = set()
        for caller, caller_sdk, hit in deep_hits(read, code, warnings):
            _add(found, [hit], caller, caller_sdk)
            called.add(hit.value)
        _drop_dex_level(found, called)
    evidence = {cat: tuple(found[cat].values()) for cat in Category if cat in found}
    if not names and manifest.components.has_code:
        warnings.append(
            ResultWarning(
                "no-dex",
                "the manifest declares app components but the APK has no classes*.dex;"
                " the code may be loaded at run time, so code use is unknown",
            )
        )
    return CodeReport(
        evidence=evidence,
        code=CodeInfo(checked=True, packer=packer),
        warnings=tuple(warnings),
        complete=complete and (bool(names) or not manifest.components.has_code),
        dex_files=tuple(n for n, _ in read),
    )


def _add(
    found: dict[Category, dict[tuple[str, str, str, str | None], CodeEvidence]],
    hits: Iterable[Hit],
    where: str,
    sdk: str | None,
) -> None:
    for hit in hits:
        key = (hit.type, hit.value, where, sdk)
        bucket = found.setdefault(Category(hit.category), {})
        if key not in bucket:
            bucket[key] = CodeEvidence(hit.type, hit.value, where, hit.strength, sdk)


def _drop_dex_level(
    found: dict[Category, dict[tuple[str, str, str, str | None], CodeEvidence]], called: set[str]
) -> None:
    """In deep mode, an API with named callers no longer needs its per-dex entry."""
    for bucket in found.values():
        stale = [k for k in bucket if k[0] == "api" and k[1] in called and k[2].endswith(".dex")]
        for key in stale:
            del bucket[key]
