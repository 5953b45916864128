"""One APK → one ``Result``: the pipeline, read top to bottom.

This is the only place that knows the order of the steps, and the one place that turns
an ``AnalyzerError`` into ``Result(status="error")``. Any other exception is a bug in
permaudit: it becomes kind ``internal`` (with its trace kept only in debug mode), so a
batch never stops on one file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from analyzer.apk.archive import ApkFile, Limits
from analyzer.apk.manifest import read_manifest
from analyzer.apk.resources import read_strings, resolve_label
from analyzer.catalog import categorize, with_protection
from analyzer.disclosure import assess, find_sources
from analyzer.disclosure.sources import ExternalPolicy
from analyzer.errors import AnalyzerError, InternalError, NotFound, OutOfMemory, TooLarge
from analyzer.evidence import CodeReport, apply_code_evidence, collect_evidence
from analyzer.model import ApkInfo, Result
from analyzer.remote import RemoteOptions
from analyzer.rules import RuleContext, evaluate
from analyzer.rules.context import mark_incomplete_inventory
from analyzer.rules.waivers import with_fingerprints
from analyzer.tables import Tables


@dataclass(frozen=True, slots=True)
class ScanConfig:
    """Options that change what a scan does (and so are part of the store key)."""

    limits: Limits = field(default_factory=Limits)
    manifest_only: bool = False
    debug: bool = False
    code_evidence: bool = True
    deep: bool = False
    policy: ExternalPolicy | None = None
    policy_dir: str | None = None
    declarations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    declarations_ref: str = ""
    remote: RemoteOptions | None = None  # --fetch-policies / --offline (docs/disclosure.md)

    def cache_key(self) -> dict[str, object]:
        """The options that change results, for the batch store's key.

        Policy files enter by content hash; the policy directory by path (its files are
        looked up per package at scan time). Waivers (``--ignore``, ``--baseline``) and app
        types are applied at report time and are not part of it.
        """
        decl = json.dumps(self.declarations, sort_keys=True, ensure_ascii=False)
        decl_hash = hashlib.sha256(decl.encode()).hexdigest() if self.declarations else None
        return {
            "manifest_only": self.manifest_only,
            "limits": repr(self.limits),
            "code_evidence": self.code_evidence,
            "deep": self.deep,
            "policy": self.policy.sha256 if self.policy else None,
            "policy_dir": self.policy_dir,
            "declarations": decl_hash,
            "fetch_policies": bool(self.remote and self.remote.active),
        }


def scan_path(path: str, config: ScanConfig, tables: Tables) -> Result:
    """Analyse the APK at ``path`` (kept exactly as given in the result)."""
    info = ApkInfo(path=path, sha256=None, size_bytes=None)
    if "\0" in path:  # no file system accepts it; open() would raise ValueError
        return Result.failed(info, NotFound(f"{path!r}: a path cannot contain a NUL byte"))
    try:
        # androguard prints on some malformed tables: only the report may go to stdout
        with contextlib.redirect_stdout(sys.stderr), ApkFile.open(path, config.limits) as apk:
            info = apk.info
            return _analyse(apk, config, tables)
    except AnalyzerError as exc:
        return Result.failed(info, exc)
    except RecursionError as exc:
        return Result.failed(info, TooLarge(f"{path}: structure nested too deeply ({exc})"))
    except MemoryError:
        return Result.failed(info, OutOfMemory(f"{path}: ran out of memory"))
    except Exception as exc:  # a bug in permaudit, reported as a value, not raised
        trace = traceback.format_exc() if config.debug else None
        return Result.failed(info, InternalError(f"{path}: internal error: {exc!r}"), trace)


def _analyse(apk: ApkFile, config: ScanConfig, tables: Tables) -> Result:
    manifest = read_manifest(apk, tables)
    target = manifest.app.effective_target_sdk
    permissions = with_protection(manifest.permissions, target, tables)
    if config.manifest_only:  # a permission inventory: resources and dex are never read
        return Result(
            apk=apk.info,
            status="ok",
            warnings=(*apk.warnings, *manifest.warnings),
            manifest=manifest.status,
            app=manifest.app,
            permissions=permissions,
        )
    strings = read_strings(apk)
    app = replace(manifest.app, label=resolve_label(manifest.application_label, strings))
    sources = find_sources(
        apk,
        strings,
        tables.lexicons,
        package=app.package,
        policy=config.policy,
        policy_dir=config.policy_dir,
        declarations=config.declarations,
        declarations_ref=config.declarations_ref,
        remote=config.remote,
    )
    categories = assess(categorize(permissions, tables), sources, tables.lexicons)
    code = (
        collect_evidence(apk, manifest, tables, config.deep)
        if config.code_evidence
        else CodeReport.not_checked()
    )
    categories = apply_code_evidence(categories, code)
    complete = manifest.stopped_at is None
    ctx = RuleContext(app, permissions, categories, sources.artefacts, manifest_complete=complete)
    ctx = replace(ctx, policy_sources=sources.policy_sources)
    findings = mark_incomplete_inventory(evaluate(ctx), complete)
    return with_fingerprints(
        Result(
            apk=apk.info,
            status="ok",
            warnings=(
                *apk.warnings,
                *manifest.warnings,
                *strings.warnings,
                *sources.warnings,
                *code.warnings,
            ),
            manifest=manifest.status,
            policy_sources=sources.policy_sources,
            app=app,
            permissions=permissions,
            categories=categories,
            code=code.code,
            findings=tuple(findings),
        )
    )
