"""Per-category facts: members, disclosure and code evidence (DESIGN §2.2–2.4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from analyzer.model.enums import Category, DisclosureLevel, Necessity, Usage


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
    necessary: Necessity = Necessity.UNKNOWN
    necessity_evidence: Mapping[str, Any] | None = None  # the app type and the regulation's words

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
            "necessary": self.necessary.value,
            "necessity_evidence": (
                dict(self.necessity_evidence) if self.necessity_evidence is not None else None
            ),
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
            necessary=Necessity(d.get("necessary", "unknown")),
            necessity_evidence=d.get("necessity_evidence"),
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
