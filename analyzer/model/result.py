"""Findings, warnings, errors and the per-APK ``Result`` (a failed APK is a value)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from analyzer.errors import AnalyzerError, InternalError
from analyzer.model.app import ApkInfo, AppInfo, Permission
from analyzer.model.categories import CategoryUse, CodeInfo
from analyzer.model.enums import Category, Severity


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing for one app, as data: ``params`` say what was found.

    There is no stored prose: the message is rendered from ``rule`` and ``params`` at the
    edge, in the reader's language (``analyzer.rules.messages``), so a store written in
    one language reports in another.
    """

    rule: str
    severity: Severity
    params: Mapping[str, Any] = field(default_factory=dict)
    category: Category | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    waived: str | None = None
    fingerprint: str | None = None  # package + rule + category (analyzer.rules.waivers)

    def to_dict(self, message: str | None = None) -> dict[str, Any]:
        """JSON-ready; ``message`` (rendered by the caller) is written when given."""
        d: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.label,
            "fingerprint": self.fingerprint,
            "category": self.category.value if self.category else None,
        }
        if message is not None:
            d["message"] = message
        d.update(params=dict(self.params), evidence=dict(self.evidence), waived=self.waived)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Finding:
        cat = d.get("category")
        params = dict(d.get("params") or {})
        if not params and d.get("message"):  # a document written before params existed
            params = {"text": d["message"]}
        return cls(
            rule=d["rule"],
            severity=Severity.parse(d["severity"]),
            params=params,
            category=Category(cat) if cat else None,
            evidence=dict(d.get("evidence") or {}),
            waived=d.get("waived"),
            fingerprint=d.get("fingerprint"),
        )


MessageFn = Callable[[Finding], str]


def fingerprint(package: str | None, rule: str, category: str | None) -> str:
    """sha256 of the canonical JSON ``[package, rule, category]``: the same across runs,
    paths, languages, message wording and ``PYTHONHASHSEED``."""
    canonical = json.dumps([package or "", rule, category or ""], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def finding_fingerprint(package: str | None, finding: Finding) -> str:
    return fingerprint(package, finding.rule, finding.category.value if finding.category else None)


@dataclass(frozen=True, slots=True)
class ResultWarning:
    """A problem that did not stop the analysis (undecodable resources, a corrupt dex…)."""

    kind: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ResultWarning:
        return cls(d["kind"], d["message"])


@dataclass(frozen=True, slots=True)
class ManifestStatus:
    """Whether the manifest was read to its end; ``stopped_at`` is the byte offset if not."""

    complete: bool = True
    stopped_at: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"complete": self.complete, "stopped_at": self.stopped_at}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ManifestStatus:
        return cls(bool(d["complete"]), d.get("stopped_at"))

    @classmethod
    def parse(cls, d: Mapping[str, Any] | None) -> ManifestStatus | None:
        """The stored form: None stands for a complete read (the common case)."""
        status = cls.from_dict(d) if d else None
        return status if status and not status.complete else None


SOURCE_TYPES = ("asset", "raw", "string", "remote", "policy-file", "policy-dir", "declaration")


@dataclass(frozen=True, slots=True)
class PolicySource:
    """One policy artefact and whether it was read (DESIGN §2.3 ``policy_sources``).

    A reader can then tell "the policy never names this access" from "the policy is on a
    web page permaudit did not read": ``read`` is false for a remote URL not fetched, or
    a bundled file skipped (too large, unreadable, over the per-APK budget).
    """

    type: str  # one of SOURCE_TYPES
    ref: str  # file path in the APK or on disk, string name, URL
    size_bytes: int | None = None
    language: str | None = None  # "en", "zh" or "other" (not read in it); None: no text
    locale: str | None = None  # the string resource's locale qualifier
    read: bool = True
    sha256: str | None = None
    fetched_at: str | None = None  # ISO 8601, remote documents only

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "ref": self.ref,
            "size_bytes": self.size_bytes,
            "language": self.language,
            "locale": self.locale,
            "read": self.read,
            "sha256": self.sha256,
            "fetched_at": self.fetched_at,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> PolicySource:
        return cls(
            type=str(d["type"]),
            ref=str(d["ref"]),
            size_bytes=d.get("size_bytes"),
            language=d.get("language"),
            locale=d.get("locale"),
            read=bool(d.get("read", True)),
            sha256=d.get("sha256"),
            fetched_at=d.get("fetched_at"),
        )


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why an APK could not be analysed; ``kind`` is one of ``errors.ERROR_KINDS``."""

    kind: str
    message: str
    trace: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "message": self.message}
        if self.trace:
            d["trace"] = self.trace
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ErrorInfo:
        return cls(d["kind"], d["message"], d.get("trace"))


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one APK: analysed (``ok``) or failed (``error``), never an exception."""

    apk: ApkInfo
    status: Literal["ok", "error"]
    error: ErrorInfo | None = None
    warnings: tuple[ResultWarning, ...] = ()
    manifest: ManifestStatus | None = None  # None: read to its end (or an error result)
    policy_sources: tuple[PolicySource, ...] = ()
    app: AppInfo | None = None
    permissions: tuple[Permission, ...] = ()
    categories: Mapping[Category, CategoryUse] | None = None
    code: CodeInfo | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def error_kind(self) -> str | None:
        """The error's kind; an error result without details counts as internal."""
        if self.ok:
            return None
        return self.error.kind if self.error else InternalError.kind

    @property
    def error_message(self) -> str:
        return self.error.message if self.error else ""

    def with_duplicates(self, paths: tuple[str, ...]) -> Result:
        return replace(self, apk=replace(self.apk, duplicates=paths))

    def with_path(self, path: str) -> Result:
        return replace(self, apk=replace(self.apk, path=path))

    def manifest_status(self) -> ManifestStatus:
        """How far the manifest was read; results built without one count as complete."""
        return self.manifest or ManifestStatus()

    def active_findings(self) -> tuple[Finding, ...]:
        """Findings that count for the exit code (not waived)."""
        return tuple(f for f in self.findings if f.waived is None)

    def to_dict(self, message: MessageFn | None = None) -> dict[str, Any]:
        """JSON-ready; with ``message``, each finding carries its rendered text."""
        d: dict[str, Any] = {
            "apk": self.apk.to_dict(),
            "status": self.status,
            "error": self.error.to_dict() if self.error else None,
            "warnings": [w.to_dict() for w in self.warnings],
            "manifest": self.manifest_status().to_dict() if self.ok else None,
            "policy_sources": [s.to_dict() for s in self.policy_sources],
            "app": self.app.to_dict() if self.app else None,
            "permissions": [p.to_dict() for p in self.permissions],
        }
        if self.categories is not None or not self.ok:
            d["categories"] = (
                {c.value: self.categories[c].to_dict() for c in Category if c in self.categories}
                if self.categories is not None
                else None
            )
        if self.code is not None or not self.ok:
            d["code"] = self.code.to_dict() if self.code else None
        package = self.app.package if self.app else None
        d["findings"] = [
            _with_fingerprint(f, package).to_dict(message(f) if message else None)
            for f in self.findings
        ]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Result:
        cats = d.get("categories")
        return cls(
            apk=ApkInfo.from_dict(d["apk"]),
            status=d["status"],
            error=ErrorInfo.from_dict(d["error"]) if d.get("error") else None,
            warnings=tuple(ResultWarning.from_dict(w) for w in d.get("warnings", ())),
            manifest=ManifestStatus.parse(d.get("manifest")),
            policy_sources=tuple(PolicySource.from_dict(s) for s in d.get("policy_sources", ())),
            app=AppInfo.from_dict(d["app"]) if d.get("app") else None,
            permissions=tuple(Permission.from_dict(p) for p in d.get("permissions", ())),
            categories=(
                {Category(k): CategoryUse.from_dict(Category(k), v) for k, v in cats.items()}
                if cats
                else None
            ),
            code=CodeInfo.from_dict(d["code"]) if d.get("code") else None,
            findings=tuple(Finding.from_dict(f) for f in d.get("findings", ())),
        )

    @classmethod
    def failed(cls, apk: ApkInfo, exc: AnalyzerError, trace: str | None = None) -> Result:
        """The error result for ``exc``: its class gives the kind, its text the message."""
        return cls(apk=apk, status="error", error=ErrorInfo(exc.kind, str(exc), trace))


def _with_fingerprint(finding: Finding, package: str | None) -> Finding:
    if finding.fingerprint:
        return finding
    return replace(finding, fingerprint=finding_fingerprint(package, finding))


def with_fingerprints(result: Result) -> Result:
    """``result`` with every finding's fingerprint filled in."""
    if not result.findings:
        return result
    package = result.app.package if result.app else None
    return replace(result, findings=tuple(_with_fingerprint(f, package) for f in result.findings))
