"""Frozen values passed between layers, and their JSON shape (DESIGN §2.6).

Every class has ``to_dict()`` returning JSON-ready primitives; the result classes also
have ``from_dict()`` so the SQLite store can rebuild reports without re-scanning.
Field names therefore live here and nowhere else.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

SCHEMA_VERSION = "1"


class Severity(enum.IntEnum):
    """Ordered, so ``--fail-on`` is a comparison. Serialised by lowercase name."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.upper()]


class Category(str, enum.Enum):
    """The sensitive categories of the Jiangsu complaint, in report order."""

    CALLS = "calls"
    LOCATION = "location"
    MESSAGES = "messages"
    CONTACTS = "contacts"
    SETTINGS = "settings"


JIANGSU_FOUR: tuple[Category, ...] = (
    Category.CALLS,
    Category.LOCATION,
    Category.MESSAGES,
    Category.CONTACTS,
)


class DisclosureLevel(str, enum.Enum):
    """How far the app tells its users about a category (DESIGN §2.3)."""

    NONE = "none"
    POLICY_ONLY = "policy_only"
    DISCLOSED = "disclosed"

    @property
    def rank(self) -> int:
        return _DISCLOSURE_RANK[self]


_DISCLOSURE_RANK = {
    DisclosureLevel.NONE: 0,
    DisclosureLevel.POLICY_ONLY: 1,
    DisclosureLevel.DISCLOSED: 2,
}


class Usage(str, enum.Enum):
    """Whether the code reaches a category (DESIGN §2.4)."""

    YES = "yes"
    NO_EVIDENCE = "no-evidence"
    UNKNOWN = "unknown"
    NOT_CHECKED = "not-checked"


@dataclass(frozen=True, slots=True)
class ApkInfo:
    """The file itself: path exactly as given, hash and size."""

    path: str
    sha256: str | None
    size_bytes: int | None
    duplicates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "duplicates": list(self.duplicates),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ApkInfo:
        return cls(d["path"], d.get("sha256"), d.get("size_bytes"), tuple(d.get("duplicates", ())))


@dataclass(frozen=True, slots=True)
class AppInfo:
    """Identity and SDK levels as declared in the manifest (strings, codenames kept)."""

    package: str | None
    version_code: str | None
    version_name: str | None
    label: str | None
    min_sdk: str | None
    target_sdk: str | None
    effective_target_sdk: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "version_code": self.version_code,
            "version_name": self.version_name,
            "label": self.label,
            "min_sdk": self.min_sdk,
            "target_sdk": self.target_sdk,
            "effective_target_sdk": self.effective_target_sdk,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> AppInfo:
        return cls(**{k: d.get(k) for k in cls.__slots__})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Permission:
    """One requested permission: declared (``implied=False``) or implied by the platform."""

    name: str
    element: str
    max_sdk_version: str | None = None
    min_sdk_version: str | None = None
    protection_level: str | None = None
    protection_flags: tuple[str, ...] = ()
    grantable: bool | None = None
    implied: bool = False
    implied_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "element": self.element,
            "max_sdk_version": self.max_sdk_version,
            "min_sdk_version": self.min_sdk_version,
            "protection_level": self.protection_level,
            "protection_flags": list(self.protection_flags),
            "grantable": self.grantable,
            "implied": self.implied,
            "implied_by": self.implied_by,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Permission:
        return cls(
            name=d["name"],
            element=d["element"],
            max_sdk_version=d.get("max_sdk_version"),
            min_sdk_version=d.get("min_sdk_version"),
            protection_level=d.get("protection_level"),
            protection_flags=tuple(d.get("protection_flags", ())),
            grantable=d.get("grantable"),
            implied=bool(d.get("implied", False)),
            implied_by=d.get("implied_by"),
        )


@dataclass(frozen=True, slots=True)
class CategoryMember:
    """A requested permission that puts the app in a category."""

    name: str
    element: str
    implied_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "element": self.element, "implied_by": self.implied_by}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CategoryMember:
        return cls(d["name"], d["element"], d.get("implied_by"))


@dataclass(frozen=True, slots=True)
class DisclosureEvidence:
    """A sentence (or declaration) that discloses a category, and where it was found."""

    source_type: str
    source_ref: str
    locale: str | None
    sentence: str
    keyword: str | None
    cue: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_type": self.source_type,
            "source_ref": self.source_ref,
            "locale": self.locale,
            "sentence": self.sentence,
            "keyword": self.keyword,
            "cue": self.cue,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DisclosureEvidence:
        return cls(**{k: d.get(k) for k in cls.__slots__})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class CodeEvidence:
    """A trace in the code that reaches a category (API, content URI, receiver, SDK)."""

    type: str
    value: str
    where: str
    strength: str
    sdk: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "value": self.value,
            "where": self.where,
            "strength": self.strength,
            "sdk": self.sdk,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CodeEvidence:
        return cls(**{k: d.get(k) for k in cls.__slots__})  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class CategoryUse:
    """Everything known about one category for one app."""

    category: Category
    requested: bool
    strength: str | None = None
    members: tuple[CategoryMember, ...] = ()
    disclosure: DisclosureLevel = DisclosureLevel.NONE
    disclosure_evidence: tuple[DisclosureEvidence, ...] = ()
    code_evidence: tuple[CodeEvidence, ...] = ()
    used: Usage = Usage.NOT_CHECKED

    @property
    def only_implied(self) -> bool:
        """True when every member is implied by the platform, none declared."""
        return bool(self.members) and all(m.implied_by for m in self.members)

    def to_dict(self) -> dict[str, Any]:
        return {
            "requested": self.requested,
            "strength": self.strength,
            "members": [m.to_dict() for m in self.members],
            "disclosure": self.disclosure.value,
            "disclosure_evidence": [e.to_dict() for e in self.disclosure_evidence],
            "code_evidence": [e.to_dict() for e in self.code_evidence],
            "used": self.used.value,
        }

    @classmethod
    def from_dict(cls, category: Category, d: Mapping[str, Any]) -> CategoryUse:
        return cls(
            category=category,
            requested=bool(d["requested"]),
            strength=d.get("strength"),
            members=tuple(CategoryMember.from_dict(m) for m in d.get("members", ())),
            disclosure=DisclosureLevel(d.get("disclosure", "none")),
            disclosure_evidence=tuple(
                DisclosureEvidence.from_dict(e) for e in d.get("disclosure_evidence", ())
            ),
            code_evidence=tuple(CodeEvidence.from_dict(e) for e in d.get("code_evidence", ())),
            used=Usage(d.get("used", "not-checked")),
        )


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """Whether the code was read, and which packer hid it if any."""

    checked: bool
    packer: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"checked": self.checked, "packer": self.packer}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CodeInfo:
        return cls(bool(d.get("checked")), d.get("packer"))


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing for one app."""

    rule: str
    severity: Severity
    message: str
    category: Category | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    waived: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "category": self.category.value if self.category else None,
            "message": self.message,
            "evidence": dict(self.evidence),
            "waived": self.waived,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Finding:
        cat = d.get("category")
        return cls(
            rule=d["rule"],
            severity=Severity.parse(d["severity"]),
            message=d["message"],
            category=Category(cat) if cat else None,
            evidence=dict(d.get("evidence") or {}),
            waived=d.get("waived"),
        )


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
    app: AppInfo | None = None
    permissions: tuple[Permission, ...] = ()
    categories: Mapping[Category, CategoryUse] | None = None
    code: CodeInfo | None = None
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def with_duplicates(self, paths: tuple[str, ...]) -> Result:
        return replace(self, apk=replace(self.apk, duplicates=paths))

    def with_path(self, path: str) -> Result:
        return replace(self, apk=replace(self.apk, path=path))

    def active_findings(self) -> tuple[Finding, ...]:
        """Findings that count for the exit code (not waived)."""
        return tuple(f for f in self.findings if f.waived is None)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "apk": self.apk.to_dict(),
            "status": self.status,
            "error": self.error.to_dict() if self.error else None,
            "warnings": [w.to_dict() for w in self.warnings],
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
        d["findings"] = [f.to_dict() for f in self.findings]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Result:
        cats = d.get("categories")
        return cls(
            apk=ApkInfo.from_dict(d["apk"]),
            status=d["status"],
            error=ErrorInfo.from_dict(d["error"]) if d.get("error") else None,
            warnings=tuple(ResultWarning.from_dict(w) for w in d.get("warnings", ())),
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
    def failed(cls, apk: ApkInfo, kind: str, message: str, trace: str | None = None) -> Result:
        return cls(apk=apk, status="error", error=ErrorInfo(kind, message, trace))
