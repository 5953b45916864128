"""Counts over a set of results: the batch summary, and the top of HTML/Markdown reports.

One pure function so the stderr summary, ``--summary FILE`` and the report headers never
disagree about what was counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from analyzer.model import Category, DisclosureLevel, Result, Severity


def summarize(results: Iterable[Result]) -> dict[str, Any]:
    """Counts per status, category (requested / disclosed), rule, severity and error kind.

    Waived findings are left out of the rule and severity counts, as they are of exit codes.
    """
    total = ok = 0
    requested: Counter[str] = Counter()
    disclosed: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for result in results:
        total += 1
        if result.ok:
            ok += 1
        elif result.error is not None:
            errors[result.error.kind] += 1
        for category, use in (result.categories or {}).items():
            if use.requested:
                requested[category.value] += 1
                if use.disclosure is DisclosureLevel.DISCLOSED:  # policy_only is not disclosure
                    disclosed[category.value] += 1
        for finding in result.active_findings():
            rules[finding.rule] += 1
            severities[finding.severity.label] += 1
    return {
        "apks": total,
        "ok": ok,
        "errors": total - ok,
        "categories": {
            c.value: {"requested": requested[c.value], "disclosed": disclosed[c.value]}
            for c in Category
        },
        "rules": dict(sorted(rules.items())),
        "severities": {s.label: severities[s.label] for s in reversed(Severity)},
        "error_kinds": dict(sorted(errors.items())),
    }


def summary_lines(counts: Mapping[str, Any], extra: Mapping[str, int]) -> Iterator[str]:
    """The summary as short lines for people (the CLI prints them on stderr)."""
    head = f"{counts['apks']} APK(s): {counts['ok']} analysed, {counts['errors']} error(s)"
    if extra:
        head += (
            f"; {extra['paths']} path(s) found, {extra['analysed']} analysed now,"
            f" {extra['from_store']} from the store"
        )
    yield head
    cats = ", ".join(
        f"{c} {v['requested']}/{v['disclosed']}" for c, v in counts["categories"].items()
    )
    yield f"categories (requested/disclosed): {cats}"
    yield "rules: " + (", ".join(f"{k} {v}" for k, v in counts["rules"].items()) or "none")
    yield "severities: " + ", ".join(f"{k} {v}" for k, v in counts["severities"].items())
    kinds = ", ".join(f"{k} {v}" for k, v in counts["error_kinds"].items())
    yield "error kinds: " + (kinds or "none")
