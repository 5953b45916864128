"""What changed between two analyses of one app: permissions, categories, disclosure,
code evidence, SDKs, findings (by fingerprint), versions and the signing certificate.

A consumer council asks it of the build it complained about and the build that followed;
a developer asks it of a pull request. Findings are matched by fingerprint (package, rule,
category), or by rule and category when two different packages are compared on purpose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from analyzer.model import Category, Finding, Result, Severity

DIFF_SCHEMA_VERSION = "1"
INSTALL_TIME_MAX_SDK = 22  # at or below: every permission is granted at install


@dataclass(frozen=True, slots=True)
class Change:
    """One value before and after (either may be None)."""

    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old, "new": self.new}


@dataclass(frozen=True)
class AppDiff:
    """The differences between the OLD and NEW analysis of one app."""

    package: Change
    version_name: Change
    version_code: Change
    target_sdk: Change
    install_time_grant: Change  # target SDK ≤ 22 before and after
    signer: Change  # certificate sha256 digests; None when unknown
    permissions_added: list[dict[str, Any]] = field(default_factory=list)
    permissions_removed: list[dict[str, Any]] = field(default_factory=list)
    categories_added: list[str] = field(default_factory=list)
    categories_dropped: list[str] = field(default_factory=list)
    disclosure: dict[str, dict[str, Any]] = field(default_factory=dict)
    code_use: dict[str, Change] = field(default_factory=dict)
    sdks_added: list[str] = field(default_factory=list)
    sdks_removed: list[str] = field(default_factory=list)
    findings_new: list[Finding] = field(default_factory=list)
    findings_fixed: list[Finding] = field(default_factory=list)
    findings_unchanged: list[Finding] = field(default_factory=list)

    @property
    def same_signer(self) -> bool | None:
        if not self.signer.old or not self.signer.new:
            return None
        return set(self.signer.old) == set(self.signer.new)

    @property
    def empty(self) -> bool:
        """Nothing changed that a reader must look at (unchanged findings aside)."""
        changes = (self.version_name, self.version_code, self.target_sdk)
        lists = (
            self.permissions_added,
            self.permissions_removed,
            self.categories_added,
            self.categories_dropped,
            self.disclosure,
            self.code_use,
            self.sdks_added,
            self.sdks_removed,
            self.findings_new,
            self.findings_fixed,
        )
        same = all(c.old == c.new for c in changes) and self.same_signer is not False
        return same and not any(lists)

    def new_at_or_above(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings_new if f.waived is None and f.severity >= severity]


def _perms(result: Result) -> dict[str, dict[str, Any]]:
    return {
        p.name: {
            "name": p.name,
            "implied": p.implied,
            "protection_level": p.protection_level,
        }
        for p in result.permissions
    }


def _requested(result: Result) -> set[str]:
    return {c.value for c, u in (result.categories or {}).items() if u.requested}


def _sdks(result: Result) -> set[str]:
    return {e.sdk for u in (result.categories or {}).values() for e in u.code_evidence if e.sdk}


def _finding_key(finding: Finding, by_fingerprint: bool) -> tuple[str, ...]:
    if by_fingerprint and finding.fingerprint:
        return (finding.fingerprint,)
    return (finding.rule, finding.category.value if finding.category else "")


def _match(
    old: Iterable[Finding], new: Iterable[Finding], by_fingerprint: bool
) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """(new, fixed, unchanged) findings."""
    before = {_finding_key(f, by_fingerprint): f for f in old}
    after = {_finding_key(f, by_fingerprint): f for f in new}
    added = [f for k, f in after.items() if k not in before]
    fixed = [f for k, f in before.items() if k not in after]
    same = [f for k, f in after.items() if k in before]
    return added, fixed, same


def _disclosure(old: Result, new: Result) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    before: Mapping[Category, Any] = old.categories or {}
    after: Mapping[Category, Any] = new.categories or {}
    for category in Category:
        a, b = before.get(category), after.get(category)
        if a is None or b is None or a.disclosure == b.disclosure:
            continue
        evidence = b.disclosure_evidence[0] if b.disclosure_evidence else None
        out[category.value] = {
            "old": a.disclosure.value,
            "new": b.disclosure.value,
            "sentence": evidence.sentence if evidence else None,
            "source": f"{evidence.source_type}:{evidence.source_ref}" if evidence else None,
        }
    return out


def _code_use(old: Result, new: Result) -> dict[str, Change]:
    before, after = old.categories or {}, new.categories or {}
    out = {}
    for category in Category:
        a, b = before.get(category), after.get(category)
        if a is not None and b is not None and a.used != b.used:
            out[category.value] = Change(a.used.value, b.used.value)
    return out


def diff_results(
    old: Result,
    new: Result,
    signers: tuple[list[str] | None, list[str] | None] = (None, None),
    *,
    by_fingerprint: bool = True,
) -> AppDiff:
    """The differences between two analysed results (both ``ok``)."""
    oa, na = old.app, new.app
    old_target = oa.effective_target_sdk if oa else None
    new_target = na.effective_target_sdk if na else None
    before, after = _perms(old), _perms(new)
    added, fixed, same = _match(old.findings, new.findings, by_fingerprint)
    return AppDiff(
        package=Change(oa.package if oa else None, na.package if na else None),
        version_name=Change(oa.version_name if oa else None, na.version_name if na else None),
        version_code=Change(oa.version_code if oa else None, na.version_code if na else None),
        target_sdk=Change(old_target, new_target),
        install_time_grant=Change(
            old_target is not None and old_target <= INSTALL_TIME_MAX_SDK,
            new_target is not None and new_target <= INSTALL_TIME_MAX_SDK,
        ),
        signer=Change(signers[0], signers[1]),
        permissions_added=[after[n] for n in sorted(set(after) - set(before))],
        permissions_removed=[before[n] for n in sorted(set(before) - set(after))],
        categories_added=sorted(_requested(new) - _requested(old)),
        categories_dropped=sorted(_requested(old) - _requested(new)),
        disclosure=_disclosure(old, new),
        code_use=_code_use(old, new),
        sdks_added=sorted(_sdks(new) - _sdks(old)),
        sdks_removed=sorted(_sdks(old) - _sdks(new)),
        findings_new=added,
        findings_fixed=fixed,
        findings_unchanged=same,
    )
