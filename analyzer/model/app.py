"""The APK file, the app's identity and SDK levels, and its requested permissions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


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
