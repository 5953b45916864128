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


class SummaryCounter:
    """Counts built one result at a time, so a store-sized report is counted while it
    streams: per status, category (requested / disclosed), rule, severity and error kind.

    Waived findings are left out of the rule and severity counts, as they are of exit codes.
    """

    def __init__(self) -> None:
        self.total = self.ok = 0
        self.requested: Counter[str] = Counter()
        self.disclosed: Counter[str] = Counter()
        self.rules: Counter[str] = Counter()
        self.severities: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.worst: Severity | None = None

    def add(self, result: Result) -> Result:
        self.total += 1
        if result.ok:
            self.ok += 1
        else:
            self.errors[result.error_kind or ""] += 1
        for category, use in (result.categories or {}).items():
            if use.requested:
                self.requested[category.value] += 1
                if use.disclosure is DisclosureLevel.DISCLOSED:  # policy_only is not disclosure
                    self.disclosed[category.value] += 1
        for finding in result.active_findings():
            self.rules[finding.rule] += 1
            self.severities[finding.severity.label] += 1
            if self.worst is None or finding.severity > self.worst:
                self.worst = finding.severity
        return result

    def counting(self, results: Iterable[Result]) -> Iterator[Result]:
        """Pass ``results`` through, counting each."""
        for result in results:
            yield self.add(result)

    def counts(self) -> dict[str, Any]:
        return {
            "apks": self.total,
            "ok": self.ok,
            "errors": self.total - self.ok,
            "categories": {
                c.value: {
                    "requested": self.requested[c.value],
                    "disclosed": self.disclosed[c.value],
                }
                for c in Category
            },
            "rules": dict(sorted(self.rules.items())),
            "severities": {s.label: self.severities[s.label] for s in reversed(Severity)},
            "error_kinds": dict(sorted(self.errors.items())),
        }


def summarize(results: Iterable[Result]) -> dict[str, Any]:
    """The counts over ``results`` (see ``SummaryCounter``)."""
    counter = SummaryCounter()
    for result in results:
        counter.add(result)
    return counter.counts()


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
