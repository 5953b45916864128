"""What the evidence reports (HTML and Markdown) show, computed once for both.

Apps worst first (critical > high > medium > low > none > could not be analysed), each
with its categories, deciding sentences, code evidence, SDKs and policy sources; the
glossary of the rules that fired, with their legal basis; the bars of the charts.
Values stay raw here: each template or formatter escapes for its own medium.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from analyzer.model import (
    Category,
    CodeEvidence,
    DisclosureEvidence,
    Finding,
    PolicySource,
    Result,
)
from analyzer.report.base import Report
from analyzer.report.facts import policy_sources, severity_rank, worst
from analyzer.rules.registry import Rule


@dataclass(frozen=True, slots=True)
class CategoryView:
    """One category of one app, with the evidence for and against disclosure."""

    category: str
    requested: bool
    strength: str | None
    members: tuple[tuple[str, bool], ...]  # (permission, only implied)
    disclosure: str
    used: str
    sentences: tuple[DisclosureEvidence, ...]
    code: tuple[CodeEvidence, ...]
    necessary: str = "unknown"


@dataclass(frozen=True, slots=True)
class AppView:
    """One APK as the evidence reports show it."""

    anchor: str
    result: Result
    worst: str
    rank: int
    categories: tuple[CategoryView, ...] = ()
    sources: tuple[PolicySource, ...] | None = None  # None: the model has no sources yet
    sdks: tuple[tuple[str, str], ...] = ()
    findings: tuple[Finding, ...] = ()
    rules: tuple[str, ...] = ()
    requested: tuple[str, ...] = ()
    disclosures: tuple[str, ...] = ()
    necessity: NecessityView | None = None


@dataclass(frozen=True, slots=True)
class NecessityView:
    """The app type necessity was judged against, with the regulation's wording."""

    app_type: str
    name_zh: str
    needs: str


def necessity_view(result: Result) -> NecessityView | None:
    """From the first category that carries necessity evidence (all carry the same type)."""
    cats = result.categories or {}
    ev = next((u.necessity_evidence for u in cats.values() if u.necessity_evidence), None)
    if not ev:
        return None
    needs = "; ".join(str(x) for x in ev.get("necessary_information") or ()) or "无须个人信息"
    return NecessityView(str(ev.get("app_type") or ""), str(ev.get("name_zh") or ""), needs)


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """One provision a rule rests on (``Rule.legal_basis``, when the rule has it)."""

    document: str
    provision: str
    summary: str


@dataclass(frozen=True, slots=True)
class RuleView:
    """A glossary entry."""

    id: str
    title: str
    severity: str
    sections: tuple[tuple[str, str], ...]  # ("What it fires on", text), … from the doc
    legal_basis: tuple[LegalBasis, ...] = field(default_factory=tuple)


def doc_sections(doc: str) -> tuple[tuple[str, str], ...]:
    """A rule doc's definition list (``Heading\n: text\n  more``) as (heading, text) pairs."""
    out = []
    for block in doc.split("\n\n"):
        head, _, body = block.strip().partition("\n")
        text = " ".join(line.strip().removeprefix(": ") for line in body.splitlines())
        out.append((head.strip(), text.strip()) if text else ("", head.strip()))
    return tuple(out)


def app_views(report: Report) -> list[AppView]:
    """Every result as an ``AppView``, worst first (ties keep report order)."""
    views = [_view(i, r) for i, r in enumerate(report.results)]
    return sorted(views, key=lambda v: v.rank)


def _view(index: int, result: Result) -> AppView:
    sev = worst(result)
    cats = result.categories or {}
    categories = tuple(
        CategoryView(
            c.value,
            cats[c].requested,
            cats[c].strength,
            tuple((m.name, bool(m.implied_by)) for m in cats[c].members),
            cats[c].disclosure.value,
            cats[c].used.value,
            cats[c].disclosure_evidence,
            cats[c].code_evidence,
            cats[c].necessary.value,
        )
        for c in Category
        if c in cats
    )
    sdks = {(e.sdk, e.where): None for use in cats.values() for e in use.code_evidence if e.sdk}
    findings = tuple(sorted(result.findings, key=lambda f: (f.waived is not None, -f.severity)))
    requested = tuple(v.category for v in categories if v.requested)
    return AppView(
        anchor=f"app-{index}",
        result=result,
        worst=sev.label if sev else ("none" if result.ok else "error"),
        rank=severity_rank(result),
        categories=categories,
        sources=tuple(policy_sources(result)),
        sdks=tuple((name or "", where) for name, where in sdks),
        findings=findings,
        rules=tuple(dict.fromkeys(f.rule for f in result.active_findings())),
        requested=requested,
        disclosures=tuple(
            dict.fromkeys(v.disclosure for v in categories if v.category in requested)
        ),
        necessity=necessity_view(result),
    )


def glossary(
    views: Sequence[AppView],
    registry: Mapping[str, Rule],
    lang: str = "en",
    gettext: Callable[[str], str] = str,
) -> list[RuleView]:
    """The rules that fired anywhere in the report, in registry order, with legal basis;
    titles and docs in the reader's language (they are catalog messages)."""
    fired = {f.rule for v in views for f in v.result.findings}
    return [
        RuleView(
            rule.id,
            gettext(rule.title),
            gettext(rule.default_severity.label),
            doc_sections(gettext(rule.doc)),
            tuple(_basis(entry, lang) for entry in getattr(rule, "legal_basis", ()) or ()),
        )
        for rule in registry.values()
        if rule.id in fired
    ]


def _basis(entry: Any, lang: str) -> LegalBasis:
    def get(key: str) -> str:
        value = entry.get(key) if isinstance(entry, Mapping) else getattr(entry, key, None)
        return "" if value is None else str(value)

    summary = get("summary_zh") if lang.lower().startswith("zh") else get("summary_en")
    return LegalBasis(get("document"), get("provision"), summary or get("summary_en"))


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of a chart: a label, its count and its length in pixels."""

    label: str
    value: int
    length: int


def bars(counts: Mapping[str, int], scale: int = 300) -> list[Bar]:
    """Bars scaled to the largest count (``scale`` pixels)."""
    top = max([1, *counts.values()])
    return [Bar(k, v, round(scale * v / top)) for k, v in counts.items()]


def category_bars(categories: Mapping[str, Mapping[str, int]], scale: int = 300) -> list[Bar]:
    """Pairs of bars per category: requested, then disclosed (same scale)."""
    top = max([1, *(v["requested"] for v in categories.values())])
    out = []
    for name, v in categories.items():
        out.append(Bar(name, v["requested"], round(scale * v["requested"] / top)))
        out.append(Bar(name, v["disclosed"], round(scale * v["disclosed"] / top)))
    return out
