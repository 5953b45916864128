"""``permaudit diff`` output: JSON (schema in docs/diff.schema.json), text, Markdown, HTML.

Text for people goes through the translator; finding messages are rendered from their
params in the reader's language, as in every report.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

from analyzer.i18n import Translator
from analyzer.i18n.labels import label
from analyzer.model import Finding
from analyzer.report.base import ToolInfo
from analyzer.report.diff import DIFF_SCHEMA_VERSION, AppDiff
from analyzer.report.safe import markdown_text, terminal
from analyzer.rules.messages import render_message


def _finding(finding: Finding, tr: Translator) -> dict[str, Any]:
    return finding.to_dict(render_message(finding, tr))


def diff_to_dict(
    diff: AppDiff, tool: ToolInfo, sides: tuple[str, str], tr: Translator
) -> dict[str, Any]:
    """The JSON document of one diff."""
    return {
        "schema_version": DIFF_SCHEMA_VERSION,
        "tool": tool.to_dict(),
        "old": sides[0],
        "new": sides[1],
        "package": diff.package.to_dict(),
        "version_name": diff.version_name.to_dict(),
        "version_code": diff.version_code.to_dict(),
        "target_sdk": diff.target_sdk.to_dict(),
        "install_time_grant": diff.install_time_grant.to_dict(),
        "signing_certificate": {**diff.signer.to_dict(), "same": diff.same_signer},
        "permissions": {"added": diff.permissions_added, "removed": diff.permissions_removed},
        "categories": {"added": diff.categories_added, "dropped": diff.categories_dropped},
        "disclosure": diff.disclosure,
        "code_use": {k: v.to_dict() for k, v in diff.code_use.items()},
        "sdks": {"added": diff.sdks_added, "removed": diff.sdks_removed},
        "findings": {
            "new": [_finding(f, tr) for f in diff.findings_new],
            "fixed": [_finding(f, tr) for f in diff.findings_fixed],
            "unchanged": [_finding(f, tr) for f in diff.findings_unchanged],
        },
        "empty": diff.empty,
    }


def diff_json(diff: AppDiff, tool: ToolInfo, sides: tuple[str, str], tr: Translator) -> str:
    doc = diff_to_dict(diff, tool, sides, tr)
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _lines(diff: AppDiff, tr: Translator) -> Iterator[tuple[str, list[str]]]:
    """(section title, items) for every section that has something to say."""
    _ = tr.gettext
    changed = [
        (_("version"), diff.version_name.old, diff.version_name.new),
        (_("version code"), diff.version_code.old, diff.version_code.new),
        (_("target SDK"), diff.target_sdk.old, diff.target_sdk.new),
    ]
    facts = [f"{name}: {old} → {new}" for name, old, new in changed if old != new]
    if diff.install_time_grant.old != diff.install_time_grant.new:
        facts.append(
            _("permissions are now granted at install (target SDK ≤ 22)")
            if diff.install_time_grant.new
            else _("permissions are now asked at run time (target SDK ≥ 23)")
        )
    if diff.same_signer is False:
        facts.append(_("WARNING: signed with a different certificate: not the same publisher"))
    yield _("App"), facts
    yield _("Permissions added"), [_perm(p) for p in diff.permissions_added]
    yield _("Permissions removed"), [_perm(p) for p in diff.permissions_removed]
    yield _("Categories newly requested"), [_cat(c, tr) for c in diff.categories_added]
    yield _("Categories dropped"), [_cat(c, tr) for c in diff.categories_dropped]
    yield _("Disclosure"), [_disclosure(c, d, tr) for c, d in diff.disclosure.items()]
    yield (
        _("Code evidence"),
        [
            f"{_cat(c, tr)}: {label(tr, 'used', v.old)} → {label(tr, 'used', v.new)}"
            for c, v in diff.code_use.items()
        ],
    )
    yield _("SDKs added"), diff.sdks_added
    yield _("SDKs removed"), diff.sdks_removed
    yield _("New findings"), [_line(f, tr) for f in diff.findings_new]
    yield _("Fixed findings"), [_line(f, tr) for f in diff.findings_fixed]


def _cat(category: str, tr: Translator) -> str:
    return label(tr, "category", category)


def _disclosure(category: str, change: dict[str, Any], tr: Translator) -> str:
    text = f"{_cat(category, tr)}: {label(tr, 'disclosure', change['old'])} → "
    text += label(tr, "disclosure", change["new"])
    return text + (f" — “{change['sentence']}”" if change["sentence"] else "")


def _perm(p: dict[str, Any]) -> str:
    level = f" ({p['protection_level']})" if p.get("protection_level") else ""
    return f"{p['name']}{level}"


def _line(finding: Finding, tr: Translator) -> str:
    return f"[{tr.gettext(finding.severity.label)}] {finding.rule}: {render_message(finding, tr)}"


def diff_text(diff: AppDiff, sides: tuple[str, str], tr: Translator, markdown: bool) -> str:
    """Text (terminal) or Markdown (a pull-request comment); untrusted strings made safe."""
    _ = tr.gettext
    title = _("permaudit diff: {old} → {new}").format(old=sides[0], new=sides[1])
    safe = markdown_text if markdown else terminal
    out = [f"## {safe(title)}" if markdown else safe(title), ""]
    if diff.empty:
        out.append(_("No differences."))
    for section, items in _lines(diff, tr):
        if not items:
            continue
        out.append(f"### {section}" if markdown else f"{section}:")
        out.extend(f"- {safe(i)}" for i in items)
        out.append("")
    unchanged = len(diff.findings_unchanged)
    out.append(_("{count} findings unchanged.").format(count=unchanged))
    return "\n".join(out).rstrip() + "\n"


def diff_html(diff: AppDiff, sides: tuple[str, str], tr: Translator) -> str:
    """A small self-contained page (no scripts, nothing loaded); every string escaped."""
    body = html.escape(diff_text(diff, sides, tr, markdown=False))
    csp = "default-src 'none'; style-src 'unsafe-inline'"
    return (
        f'<!DOCTYPE html><html lang="{html.escape(tr.lang)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        "<title>permaudit diff</title><style>body{font-family:sans-serif;margin:2em}"
        "pre{white-space:pre-wrap}</style></head>"
        f"<body><pre>{body}</pre></body></html>\n"
    )
