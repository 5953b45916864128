"""A rule's full text for people: title, severity, legal basis and doc (``explain``, SARIF)."""

from __future__ import annotations

from analyzer.i18n import Translator
from analyzer.i18n.labels import label
from analyzer.rules.registry import LegalRef, Rule


def legal_line(ref: LegalRef, tr: Translator) -> str:
    """``《…》 第十七条: summary`` in the reader's language."""
    summary = ref.summary_zh if tr.chinese else ref.summary_en
    return f"{ref.document} {ref.provision}: {summary}"


def legal_tags(rule: Rule) -> list[str]:
    """Short, language-neutral tags naming each provision (SARIF ``properties.tags``)."""
    return [f"{ref.document} {ref.provision}" for ref in rule.legal_basis]


def explain_text(rule: Rule, tr: Translator) -> str:
    """Plain text: heading, legal basis, then the rule's doc."""
    severity = label(tr, "severity", rule.default_severity.label)
    lines = [
        f"{rule.id}: {tr.gettext(rule.title)}",
        tr.gettext("Default severity: {severity}").format(severity=severity),
        "",
        tr.gettext("Legal basis:"),
        *(f"  - {legal_line(ref, tr)}" for ref in rule.legal_basis),
        "",
        rule.doc_text(tr.gettext).strip(),
    ]
    return "\n".join(lines) + "\n"


def explain_markdown(rule: Rule, tr: Translator) -> str:
    """The same as Markdown (SARIF ``help.markdown``, docs/rules.md)."""
    severity = label(tr, "severity", rule.default_severity.label)
    lines = [
        f"*{tr.gettext(rule.title)}* — "
        + tr.gettext("default severity **{severity}**").format(severity=severity),
        "",
        "**" + tr.gettext("Legal basis:") + "**",
        "",
        *(f"- {legal_line(ref, tr)}" for ref in rule.legal_basis),
        "",
        rule.doc_text(tr.gettext).strip(),
    ]
    return "\n".join(lines) + "\n"
