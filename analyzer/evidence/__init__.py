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
from analyzer.errors import AnalyzerError, TooLarge
from analyzer.evidence.apis import Hit, scan_dex
from analyzer.evidence.deep import MAX_DEEP_BYTES
from analyzer.evidence.dex import BadDex, DexFile, dex_names, java_name
from analyzer.evidence.manifest_evidence import (
    MANIFEST,
    component_classes,
    receiver_hits,
)
from analyzer.evidence.sdks import find_packer, sdk_hits
from analyzer.model import Category, CategoryUse, CodeEvidence, CodeInfo, ResultWarning, Usage
from analyzer.tables import CodeTables, Tables


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
    names = dex_names(apk.names())
    scanned, classes, read, complete = _scan_dexes(apk, names, code, deep, found, warnings)
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
        dex_files=tuple(scanned),
    )


def _scan_dexes(
    apk: ApkFile,
    names: list[str],
    code: CodeTables,
    deep: bool,
    found: dict[Category, dict[tuple[str, str, str, str | None], CodeEvidence]],
    warnings: list[ResultWarning],
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, bytes]], bool]:
    """Scan each dex in turn; only one is held at a time, unless ``--deep`` keeps them.

    A dex over ``max_dex_bytes`` is skipped with a ``dex-too-large`` warning and the
    evidence is marked incomplete (so ``used`` is ``unknown``, not ``no-evidence``).
    """
    cap = apk.limits.max_dex_bytes
    scanned: list[str] = []
    classes: list[tuple[str, str]] = []
    kept: list[tuple[str, bytes]] = []
    kept_bytes, complete = 0, True
    for name in names:
        try:
            data = apk.read(name, cap)
            hits, types = scan_dex(DexFile(name, data), code)
        except TooLarge as exc:
            warnings.append(ResultWarning("dex-too-large", f"{name} skipped: {exc}"))
            complete = False
            continue
        except (BadDex, AnalyzerError, struct.error, IndexError, KeyError) as exc:
            warnings.append(ResultWarning("bad-dex", f"{name}: {exc}"))
            complete = False
            continue
        scanned.append(name)
        classes.extend((name, java_name(t)) for t in types if t.startswith("L"))
        _add(found, hits, name, None)
        if deep and kept_bytes + len(data) <= MAX_DEEP_BYTES:
            kept.append((name, data))
        elif deep:
            kept = []  # over the deep budget: deep_hits is told by the total below
        kept_bytes += len(data)
        del data, hits, types
    if deep and kept_bytes > MAX_DEEP_BYTES:
        warnings.append(ResultWarning("deep-skipped", f"{kept_bytes} bytes of dex: too large"))
        kept = []
    return scanned, classes, kept, complete


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
