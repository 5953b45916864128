"""Counts over a set of results: the batch summary, and the top of HTML/Markdown reports.

One pure function so the stderr summary, ``--summary FILE`` and the report headers never
disagree about what was counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from analyzer.i18n import Translator, translator
from analyzer.i18n.labels import label
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


def summary_lines(
    counts: Mapping[str, Any], extra: Mapping[str, int], tr: Translator | None = None
) -> Iterator[str]:
    """The summary as short lines for people (the CLI prints them on stderr)."""
    tr = tr or translator()
    g = tr.gettext
    head = g("{apks} APK(s): {ok} analysed, {errors} error(s)").format(**counts)
    if extra:
        head += g(
            "; {paths} path(s) found, {analysed} analysed now, {from_store} from the store"
        ).format(**extra)
    yield head
    cats = tr.join(
        f"{label(tr, 'category', c)} {v['requested']}/{v['disclosed']}"
        for c, v in counts["categories"].items()
    )
    none = g("none")
    yield g("categories (requested/disclosed): {cats}").format(cats=cats)
    rules = tr.join(f"{k} {v}" for k, v in counts["rules"].items()) or none
    yield g("rules: {rules}").format(rules=rules)
    sevs = tr.join(f"{label(tr, 'severity', k)} {v}" for k, v in counts["severities"].items())
    yield g("severities: {severities}").format(severities=sevs)
    kinds = tr.join(f"{k} {v}" for k, v in counts["error_kinds"].items())
    yield g("error kinds: {kinds}").format(kinds=kinds or none)
