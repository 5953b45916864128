"""``--ignore RULE`` and ``--baseline FILE``: waived findings stay, marked, and don't count."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from analyzer.model import Finding


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """A finding accepted earlier: matched by package and rule."""

    package: str
    rule: str
    reason: str


def parse_baseline(text: str) -> tuple[BaselineEntry, ...]:
    """A JSON list of ``{"package", "rule", "reason"}``; raises ``ValueError`` if malformed."""
    return baseline_entries(json.loads(text))


def baseline_entries(doc: object) -> tuple[BaselineEntry, ...]:
    """The entries of a parsed baseline document; raises ``ValueError`` if malformed."""
    if not isinstance(doc, list):
        raise ValueError("baseline must be a JSON list of {package, rule, reason}")
    out = []
    for item in doc:
        if not isinstance(item, dict) or not {"package", "rule"} <= set(item):
            raise ValueError(f"baseline entry needs package and rule: {item!r}")
        out.append(
            BaselineEntry(str(item["package"]), str(item["rule"]), str(item.get("reason", "")))
        )
    return tuple(out)


def apply_waivers(
    findings: Iterable[Finding],
    package: str | None,
    ignore: Sequence[str] = (),
    baseline: Sequence[BaselineEntry] = (),
) -> tuple[Finding, ...]:
    """Mark findings waived by ``--ignore`` or a matching baseline entry."""
    out = []
    for finding in findings:
        reason: str | None = None
        if finding.rule in ignore:
            reason = "ignored with --ignore"
        else:
            for entry in baseline:
                if entry.package == package and entry.rule == finding.rule:
                    reason = entry.reason or "accepted in baseline"
                    break
        out.append(replace(finding, waived=reason) if reason else finding)
    return tuple(out)
