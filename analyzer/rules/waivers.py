"""Fingerprints, ``--ignore RULE`` and ``--baseline FILE``, applied when a report is built.

Waivers are applied to results at report time, never stored: a new baseline does not
re-analyse a store. Waived findings stay in the report, marked, and do not count for
``--fail-on``. A fingerprint identifies a finding across runs, paths, languages and
versions of the message: it is computed from the package, the rule and the category only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from analyzer.model import Finding, Result
from analyzer.model.result import with_fingerprints

TODO_REASON = "TODO"


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """A finding accepted earlier: by fingerprint when it has one, else package and rule."""

    package: str
    rule: str
    reason: str
    fingerprint: str | None = None

    def matches(self, package: str | None, finding: Finding) -> bool:
        if self.fingerprint:
            return self.fingerprint == finding.fingerprint
        return self.package == package and self.rule == finding.rule

    def to_dict(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "rule": self.rule,
            "fingerprint": self.fingerprint,
            "reason": self.reason,
        }


def parse_baseline(text: str) -> tuple[BaselineEntry, ...]:
    """A JSON list of ``{"package", "rule", "fingerprint"?, "reason"}``; ``ValueError`` if bad."""
    return baseline_entries(json.loads(text))


def baseline_entries(doc: object) -> tuple[BaselineEntry, ...]:
    """The entries of a parsed baseline document; raises ``ValueError`` if malformed."""
    if not isinstance(doc, list):
        raise ValueError("baseline must be a JSON list of {package, rule, fingerprint, reason}")
    out = []
    for item in doc:
        if not isinstance(item, dict) or not {"package", "rule"} <= set(item):
            raise ValueError(f"baseline entry needs package and rule: {item!r}")
        fp = item.get("fingerprint")
        out.append(
            BaselineEntry(
                str(item["package"]),
                str(item["rule"]),
                str(item.get("reason", "")),
                str(fp) if fp else None,
            )
        )
    return tuple(out)


@dataclass
class Waivers:
    """The waivers of one run; remembers which baseline entries matched (the rest is stale)."""

    ignore: tuple[str, ...] = ()
    baseline: tuple[BaselineEntry, ...] = ()
    matched: set[int] = field(default_factory=set)

    def apply(self, result: Result) -> Result:
        """``result`` with fingerprints, and each finding waived or not by this run's rules."""
        result = with_fingerprints(result)
        if not result.findings:
            return result
        package = result.app.package if result.app else None
        return replace(result, findings=tuple(self._waive(f, package) for f in result.findings))

    def _waive(self, finding: Finding, package: str | None) -> Finding:
        reason: str | None = None
        if finding.rule in self.ignore:
            reason = "ignored with --ignore"
        for index, entry in enumerate(self.baseline):
            if entry.matches(package, finding):
                self.matched.add(index)
                reason = reason or entry.reason or "accepted in baseline"
        return replace(finding, waived=reason)

    def stale(self) -> list[BaselineEntry]:
        """Baseline entries that matched no finding of this run."""
        return [e for i, e in enumerate(self.baseline) if i not in self.matched]


def baseline_of(
    results: Iterable[Result], keep: Sequence[BaselineEntry] = ()
) -> list[dict[str, Any]]:
    """Every finding of ``results`` (not ignored) as a baseline entry, reason ``TODO``.

    A finding an entry of ``keep`` already accepts keeps that entry's reason.
    """
    out: list[dict[str, Any]] = []
    for result in results:
        package = result.app.package if result.app else None
        for finding in with_fingerprints(result).findings:
            if finding.waived == "ignored with --ignore":
                continue
            kept = next((e for e in keep if e.matches(package, finding)), None)
            reason = kept.reason if kept and kept.reason else TODO_REASON
            entry = BaselineEntry(package or "", finding.rule, reason, finding.fingerprint)
            out.append(entry.to_dict())
    return out


__all__ = ["BaselineEntry", "Waivers", "baseline_entries", "baseline_of", "with_fingerprints"]
