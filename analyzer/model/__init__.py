"""Frozen values passed between layers, and their JSON shape (DESIGN §2.6).

Every class has ``to_dict()`` returning JSON-ready primitives; the result classes also
have ``from_dict()`` so the SQLite store can rebuild reports without re-scanning.
Field names therefore live here and nowhere else.
"""

from analyzer.model.app import ApkInfo, AppInfo, Permission
from analyzer.model.categories import (
    CategoryMember,
    CategoryUse,
    CodeEvidence,
    CodeInfo,
    DisclosureEvidence,
)
from analyzer.model.enums import (
    JIANGSU_FOUR,
    SCHEMA_VERSION,
    Category,
    DisclosureLevel,
    Necessity,
    Severity,
    Usage,
)
from analyzer.model.result import (
    SOURCE_TYPES,
    ErrorInfo,
    Finding,
    ManifestStatus,
    PolicySource,
    Result,
    ResultWarning,
)

__all__ = [
    "JIANGSU_FOUR",
    "SCHEMA_VERSION",
    "SOURCE_TYPES",
    "ApkInfo",
    "AppInfo",
    "Category",
    "CategoryMember",
    "CategoryUse",
    "CodeEvidence",
    "CodeInfo",
    "DisclosureEvidence",
    "DisclosureLevel",
    "ErrorInfo",
    "Finding",
    "ManifestStatus",
    "Necessity",
    "Permission",
    "PolicySource",
    "Result",
    "ResultWarning",
    "Severity",
    "Usage",
]
