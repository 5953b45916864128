"""The terminal table (default format): one block per APK, for people.

Built from ``rich`` renderables with app text passed as ``Text`` (never as markup) and
stripped of control characters, so an app label cannot restyle or hijack the terminal.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from analyzer.i18n import N_, Translator, translator
from analyzer.i18n.labels import error_text, label, warning_text
from analyzer.model import Category, Result
from analyzer.report.base import Report
from analyzer.report.safe import terminal
from analyzer.rules.messages import render_message

_SEVERITY_STYLE = {
    "critical": "bold white on red",
    "high": "bold red",
    "medium": "yellow",
    "low": "cyan",
    "info": "dim",
}


def _t(value: object, style: str = "") -> Text:
    return Text(terminal(value), style=style)


class TableFormatter:
    """Render results as terminal tables; ``color=False`` gives plain text."""

    media_type = "text/plain"

    def __init__(self, color: bool = False, width: int = 110, tr: Translator | None = None) -> None:
        self.color = color
        self.width = width
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        buf = io.StringIO()
        console = Console(
            file=buf,
            width=self.width,
            force_terminal=self.color,
            no_color=not self.color,
            color_system="standard" if self.color else None,
            emoji=False,
            highlight=False,
            markup=False,
        )
        for result in report.results:
            console.print(_result_block(result, self.tr))
        console.print(_t(_summary_line(report, self.tr)))
        return buf.getvalue()


def _summary_line(report: Report, tr: Translator) -> str:
    total = len(report.results)
    errors = sum(1 for r in report.results if not r.ok)
    findings = sum(len(r.active_findings()) for r in report.results)
    return tr.gettext(
        "{total} APK(s) scanned, {errors} could not be analysed, {findings} finding(s)."
    ).format(total=total, errors=errors, findings=findings)


def _result_block(result: Result, tr: Translator) -> Panel:
    title = _t(result.apk.path, "bold")
    if not result.ok:
        body = Text.assemble(
            _t(tr.gettext("could not be analysed: "), "bold red"),
            _t(result.error_kind or "", "red"),
            _t(" — "),
            _t(error_text(tr, result.error_kind or "", result.error_message)),
        )
        return Panel(body, title=title, title_align="left", border_style="red")
    parts: list[object] = [_app_table(result, tr)]
    if result.categories is not None:
        parts.append(_category_table(result, tr))
    parts.append(_permission_table(result, tr))
    if result.findings:
        parts.append(_finding_table(result, tr))
    warn = tr.gettext("warning")
    parts.extend(
        _t(f"{warn} [{w.kind}]: {warning_text(tr, w.kind, w.message)}", "yellow")
        for w in result.warnings
    )
    return Panel(Group(*parts), title=title, title_align="left")  # type: ignore[arg-type]


def _app_table(result: Result, tr: Translator) -> Table:
    app = result.app
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    if app is None:
        return grid
    grid.add_row(tr.gettext("package"), _t(app.package))
    if app.label:
        grid.add_row(tr.gettext("label"), _t(app.label))
    version = tr.gettext("{name} (code {code})").format(
        name=app.version_name or "-", code=app.version_code or "-"
    )
    grid.add_row(tr.gettext("version"), _t(version))
    sdk = tr.gettext("min {min}, target {target}, effective target {effective}").format(
        min=app.min_sdk or "-", target=app.target_sdk or "-", effective=app.effective_target_sdk
    )
    grid.add_row("SDK", _t(sdk))
    grid.add_row("sha256", _t(result.apk.sha256))
    if result.apk.duplicates:
        grid.add_row(tr.gettext("duplicates"), _t(", ".join(result.apk.duplicates)))
    return grid


def _category_table(result: Result, tr: Translator) -> Table:
    table = Table(title=tr.gettext("Sensitive categories"), title_justify="left", expand=False)
    for col in (N_("category"), N_("requested"), N_("members"), N_("disclosure"), N_("code")):
        table.add_column(tr.gettext(col))
    cats = result.categories or {}
    for category in Category:
        use = cats.get(category)
        if use is None:
            continue
        members = ", ".join(
            m.name.rsplit(".", 1)[-1] + (tr.gettext(" (implied)") if m.implied_by else "")
            for m in use.members
        )
        table.add_row(
            label(tr, "category", category.value),
            label(tr, "yesno", "yes" if use.requested else "no"),
            _t(members or "-"),
            label(tr, "disclosure", use.disclosure.value),
            label(tr, "used", use.used.value),
        )
    return table


def _permission_table(result: Result, tr: Translator) -> Table:
    table = Table(title=tr.gettext("Requested permissions"), title_justify="left", expand=False)
    table.add_column(tr.gettext("permission"), no_wrap=True)
    table.add_column(tr.gettext("element"))
    table.add_column("maxSdk")
    table.add_column(tr.gettext("protection"))
    table.add_column(tr.gettext("note"), overflow="fold")
    for perm in result.permissions:
        note = (
            tr.gettext("implied by {cause}").format(cause=_short(perm.implied_by))
            if perm.implied
            else ""
        )
        if perm.grantable is False:
            note = (note + "; " if note else "") + tr.gettext("not grantable to ordinary apps")
        table.add_row(
            _t(perm.name),
            _t(perm.element.replace("uses-permission", "").lstrip("-") or "-"),
            _t(perm.max_sdk_version or ""),
            _t(perm.protection_level or ""),
            _t(note),
        )
    if not result.permissions:
        table.add_row(tr.gettext("(none)"), "", "", "", "")
    return table


def _short(text: str | None) -> str:
    """Drop the ``android.permission.`` prefix where it only adds width."""
    return (text or "").replace("android.permission.", "")


def _finding_table(result: Result, tr: Translator) -> Table:
    table = Table(title=tr.gettext("Findings"), title_justify="left", expand=False)
    table.add_column(tr.gettext("severity"))
    table.add_column(tr.gettext("rule"))
    table.add_column(tr.gettext("message"), overflow="fold")
    for finding in result.findings:
        sev = finding.severity.label
        shown = label(tr, "severity", sev)
        message = render_message(finding, tr)
        if finding.waived is not None:
            message += " " + tr.gettext("[waived: {reason}]").format(reason=finding.waived)
            shown = tr.gettext("{severity} (waived)").format(severity=shown)
        table.add_row(
            _t(shown, _SEVERITY_STYLE.get(sev, "")),
            _t(finding.rule),
            _t(message),
        )
    return table
