"""One APK → one ``Result``: the pipeline, read top to bottom.

This is the only place that knows the order of the steps, and the one place that turns
an ``AnalyzerError`` into ``Result(status="error")``. Any other exception is a bug in
permaudit: it becomes kind ``internal`` (with its trace kept only in debug mode), so a
batch never stops on one file.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field, replace

from analyzer.apkfile import ApkFile, Limits
from analyzer.errors import AnalyzerError
from analyzer.evidence import CodeReport, apply_code_evidence, collect_evidence
from analyzer.manifest import read_manifest
from analyzer.model import ApkInfo, Result
from analyzer.tables import Tables


@dataclass(frozen=True, slots=True)
class ScanConfig:
    """Options that change what a scan does (and so are part of the store key)."""

    limits: Limits = field(default_factory=Limits)
    manifest_only: bool = False
    debug: bool = False
    code_evidence: bool = True
    deep: bool = False

    def cache_key(self) -> dict[str, object]:
        """The options that change results, for the batch store's key."""
        return {
            "manifest_only": self.manifest_only,
            "limits": repr(self.limits),
            "code_evidence": self.code_evidence,
            "deep": self.deep,
        }


def scan_path(path: str, config: ScanConfig, tables: Tables) -> Result:
    """Analyse the APK at ``path`` (kept exactly as given in the result)."""
    info = ApkInfo(path=path, sha256=None, size_bytes=None)
    try:
        with ApkFile.open(path, config.limits) as apk:
            info = apk.info
            return _analyse(apk, config, tables)
    except AnalyzerError as exc:
        return Result.failed(info, exc.kind, str(exc))
    except RecursionError as exc:
        return Result.failed(info, "too-large", f"{path}: structure nested too deeply ({exc})")
    except MemoryError:
        return Result.failed(info, "memory", f"{path}: ran out of memory")
    except Exception as exc:  # a bug in permaudit, reported as a value, not raised
        trace = traceback.format_exc() if config.debug else None
        return Result.failed(info, "internal", f"{path}: internal error: {exc!r}", trace)


def _analyse(apk: ApkFile, config: ScanConfig, tables: Tables) -> Result:
    manifest = read_manifest(apk, tables)
    result = Result(
        apk=apk.info,
        status="ok",
        warnings=tuple(apk.warnings),
        app=manifest.app,
        permissions=manifest.permissions,
    )
    if config.manifest_only:  # a permission inventory: the dex is never read
        return result
    code = (
        collect_evidence(apk, manifest, tables, config.deep)
        if config.code_evidence
        else CodeReport.not_checked()
    )
    categories = result.categories
    return replace(
        result,
        warnings=result.warnings + code.warnings,
        code=code.code,
        categories=apply_code_evidence(categories, code) if categories is not None else None,
    )
