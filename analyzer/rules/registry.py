"""The rule table: stable IDs, titles, severities and docs; the registry stamps findings.

Rule IDs are a contract: they appear in SARIF, CSV, baselines and ``--fail-on`` /
``--ignore`` filters, so an ID is never renamed or reused. A rule's check returns
``Hit`` values (what it found); ``Rule.findings`` turns them into ``Finding`` values
with the rule's own ID and severity, so a rule can never file a finding under another
ID or at a severity its metadata does not declare.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from analyzer.model import Category, Finding, Severity


class RuleStatus(str, enum.Enum):
    """Whether a rule's behaviour is settled."""

    STABLE = "stable"
    PREVIEW = "preview"
    DEPRECATED = "deprecated"


@dataclass(frozen=True, slots=True)
class Hit:
    """What one rule found in one app, before the registry stamps ID and severity.

    ``params`` are the facts the message is rendered from (``analyzer.rules.messages``),
    never prose: the language is chosen when the finding is shown. ``grade`` picks a
    severity from the rule's ``graded`` table (e.g. ``"strong"`` /
    ``"weak"`` members, or ``"all-four"`` categories); None means the default severity.
    """

    params: Mapping[str, Any]
    category: Category | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    grade: str | None = None


@dataclass(frozen=True, slots=True)
class LegalRef:
    """One provision a rule enforces: document, provision, and what it says (en, zh)."""

    document: str
    provision: str
    summary_en: str
    summary_zh: str
    url: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "document": self.document,
            "provision": self.provision,
            "summary_en": self.summary_en,
            "summary_zh": self.summary_zh,
            "url": self.url,
        }


CheckFn = Callable[[Any], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its ID, metadata and the pure function that checks it."""

    id: str
    title: str
    default_severity: Severity
    status: RuleStatus
    check: CheckFn
    doc: str
    graded: Mapping[str, Severity] = field(default_factory=dict)
    legal_basis: tuple[LegalRef, ...] = ()
    doc_args: Mapping[str, str] = field(default_factory=dict)  # {what} etc. in ``doc``

    def doc_text(self, gettext: Callable[[str], str]) -> str:
        """The doc in the language of ``gettext`` (its placeholders translated too)."""
        args = {key: gettext(value) for key, value in self.doc_args.items()}
        text = gettext(self.doc)
        return text.format(**args) if args else text

    def severity_for(self, grade: str | None) -> Severity:
        if grade is None:
            return self.default_severity
        return self.graded[grade]  # a grade the rule does not declare is a bug: KeyError

    def findings(self, ctx: Any) -> list[Finding]:
        """Run the check and stamp each hit with this rule's ID and severity."""
        return [
            Finding(self.id, self.severity_for(hit.grade), hit.params, hit.category, hit.evidence)
            for hit in self.check(ctx)
        ]


def rule(
    rule_id: str,
    *,
    title: str,
    severity: Severity,
    graded: Mapping[str, Severity] | None = None,
    status: RuleStatus = RuleStatus.STABLE,
) -> Callable[[CheckFn], Rule]:
    """Decorator: the function becomes a ``Rule``; its docstring is the rule's doc."""

    def wrap(fn: CheckFn) -> Rule:
        doc = inspect.getdoc(fn) or ""
        return Rule(rule_id, title, severity, status, fn, doc, dict(graded or {}))

    return wrap


def build_registry(
    rules: Sequence[Rule], legal: Mapping[str, tuple[LegalRef, ...]] | None = None
) -> Mapping[str, Rule]:
    """The read-only registry, in the order given, each rule with its legal basis.

    A duplicate ID is a programming error, and so is legal data for an unknown rule.
    """
    legal = dict(legal or {})
    table: dict[str, Rule] = {}
    for entry in rules:
        if entry.id in table:
            raise ValueError(f"duplicate rule id {entry.id!r}")
        refs = legal.pop(entry.id, entry.legal_basis)
        table[entry.id] = replace(entry, legal_basis=tuple(refs))
    if legal:
        raise ValueError(f"legal basis for unknown rules: {sorted(legal)}")
    return MappingProxyType(table)
