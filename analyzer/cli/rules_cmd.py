"""``permaudit rules`` and ``permaudit explain RULE``: the rule table and each rule in full."""

from __future__ import annotations

import difflib
import enum
import json
from typing import Annotated

import typer

from analyzer.cli.options import DEFAULT_LANG, LangOpt
from analyzer.cli.output import guarded, write_stdout
from analyzer.errors import EXIT_OK, UsageError
from analyzer.i18n import N_, Translator, translator
from analyzer.i18n.labels import label
from analyzer.rules import REGISTRY
from analyzer.rules.explain import explain_text
from analyzer.rules.registry import Rule


class RulesFormat(str, enum.Enum):
    """The values of ``rules --format``."""

    TABLE = "table"
    JSON = "json"


def _rule_dict(rule: Rule, tr: Translator) -> dict[str, object]:
    return {
        "id": rule.id,
        "severity": rule.default_severity.label,
        "status": rule.status.value,
        "title": tr.gettext(rule.title),
        "legal_basis": [ref.to_dict() for ref in rule.legal_basis],
    }


def _table(tr: Translator) -> str:
    lines = []
    width = max(len(r.id) for r in REGISTRY.values())
    for rule in REGISTRY.values():
        sev = label(tr, "severity", rule.default_severity.label)
        lines.append(f"{rule.id:<{width}}  {sev:<8}  {tr.gettext(rule.title)}")
        lines.extend(
            f"{'':<{width}}  {'':<8}  - {r.document} {r.provision}" for r in rule.legal_basis
        )
    return "\n".join(lines) + "\n"


@guarded
def rules(
    fmt: Annotated[RulesFormat, typer.Option("--format", "-f", help="Output format.")] = (
        RulesFormat.TABLE
    ),
    lang: LangOpt = DEFAULT_LANG,
) -> None:
    """List every rule: ID, default severity, title and legal basis."""
    tr = translator(lang)
    if fmt is RulesFormat.JSON:
        doc = [_rule_dict(r, tr) for r in REGISTRY.values()]
        write_stdout(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        write_stdout(_table(tr))
    raise typer.Exit(EXIT_OK)


@guarded
def explain(
    rule_id: Annotated[
        str, typer.Argument(metavar="RULE", help="A rule ID, e.g. undisclosed-calls.")
    ],
    lang: LangOpt = DEFAULT_LANG,
) -> None:
    """Print a rule in full: what it fires on, why, how to clear it, and its legal basis."""
    tr = translator(lang)
    rule = REGISTRY.get(rule_id.strip())
    if rule is None:
        close = difflib.get_close_matches(rule_id, list(REGISTRY), n=3, cutoff=0.4)
        if close:
            text = N_("unknown rule {rule}; closest: {ids}")
        else:
            text = N_("unknown rule {rule}; rules: {ids}")
        raise UsageError(text, rule=repr(rule_id), ids=tr.join(close or REGISTRY))
    write_stdout(explain_text(rule, tr))
    raise typer.Exit(EXIT_OK)
