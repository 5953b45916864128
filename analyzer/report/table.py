"""The terminal table (default format): one block per APK, for people.

From 100 columns up, side-by-side tables in a panel; below that, the stacked layout of
``stacked.py`` (a line per fact), so nothing is squeezed into 3-character columns.
Built from ``rich`` renderables with app text passed as ``Text`` (never as markup) and
stripped of control characters, so an app label cannot restyle or hijack the terminal.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from analyzer.i18n import Translator, translator
from analyzer.i18n.labels import error_text, label, warning_text
from analyzer.model import Category, Result
from analyzer.report.base import Report
from analyzer.report.facts import (
    Gettext,
    implied_cause,
    policy_sources,
    source_summary,
    translator_of,
)
from analyzer.report.safe import terminal
from analyzer.report.stacked import SEVERITY_STYLE as _SEVERITY_STYLE
from analyzer.report.stacked import quote_line, stacked_block
from analyzer.rules.messages import render_message

STACKED_BELOW = 100  # columns; narrower terminals get one fact per line
MIN_CELL = 8  # no table cell narrower than this (the issue: "imp/lie/d" in 3-column cells)


def _t(value: object, style: str = "") -> Text:
    return Text(terminal(value), style=style, overflow="fold")  # a CJK run has no space to wrap at


class TableFormatter:
    """Render results as terminal tables; ``color=False`` gives plain text."""

    media_type = "text/plain"

    def __init__(
        self,
        color: bool = False,
        width: int = 110,
        gettext: Gettext | None = None,
        tr: Translator | None = None,
    ) -> None:
        self.color = color
        self.width = max(width, 40)
        self.gettext: Gettext = gettext or tr or translator()

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
        _ = self.gettext
        for result in report.results:
            if self.width < STACKED_BELOW:
                console.print(Group(*stacked_block(result, self.width, _)))
                console.print()
            else:
                console.print(_result_block(result, self.width, _))
        console.print(_t(_summary_line(report, _)), overflow="fold")
        return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def _summary_line(report: Report, _: Gettext) -> str:
    total = len(report.results)
    errors = sum(1 for r in report.results if not r.ok)
    findings = sum(len(r.active_findings()) for r in report.results)
    return _(
        "{total} APK(s) scanned, {errors} could not be analysed, {findings} finding(s)."
    ).format(total=total, errors=errors, findings=findings)


def _result_block(result: Result, width: int, _: Gettext) -> Panel:
    tr = translator_of(_)
    title = _t(result.apk.path, "bold")
    if not result.ok:
        body = Text.assemble(
            _t(_("could not be analysed") + ": ", "bold red"),
            _t(result.error_kind or "", "red"),
            _t(" — "),
            _t(error_text(tr, result.error_kind or "", result.error_message)),
        )
        return Panel(body, title=title, title_align="left", border_style="red")
    parts: list[object] = [_app_table(result, _)]
    if result.categories is not None:
        parts.append(_category_table(result, _))
        parts.extend(_deciding_lines(result, width - 4, _))
    sources = policy_sources(result)
    if sources:
        parts.append(_t(_("Policy sources"), "bold"))
        parts.extend(_t("  " + source_summary(s, _)) for s in sources)
    parts.append(_permission_table(result, _))
    if result.findings:
        parts.append(_finding_table(result, _))
    parts.extend(
        _t(f"{_('warning')} [{w.kind}]: {warning_text(tr, w.kind, w.message)}", "yellow")
        for w in result.warnings
    )
    return Panel(Group(*parts), title=title, title_align="left")  # type: ignore[arg-type]


def _deciding_lines(result: Result, width: int, _: Gettext) -> list[Text]:
    """The sentence that decided each disclosure, cut to the panel's width."""
    lines = []
    for category in Category:
        use = (result.categories or {}).get(category)
        for ev in use.disclosure_evidence if use else ():
            prefix = f"{category.value}  "
            quote = quote_line(ev.source_ref, ev.sentence, width - len(prefix))
            lines.append(Text(prefix + quote, overflow="fold"))
    if lines:
        lines.insert(0, _t(_("Deciding sentences"), "bold"))
    return lines


def _app_table(result: Result, _: Gettext) -> Table:
    tr = translator_of(_)
    app = result.app
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    if app is None:
        return grid
    grid.add_row(_("package"), _t(app.package))
    if app.label:
        grid.add_row(_("label"), _t(app.label))
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
        grid.add_row(_("duplicates"), _t(", ".join(result.apk.duplicates)))
    return grid


def _category_table(result: Result, _: Gettext) -> Table:
    tr = translator_of(_)
    table = Table(title=_("Sensitive categories"), title_justify="left", expand=False)
    for col in ("category", "requested", "members", "disclosure", "code", "necessary"):
        table.add_column(_(col), min_width=MIN_CELL)
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
            category.value,
            _("yes") if use.requested else _("no"),
            _t(members or "-"),
            use.disclosure.value,
            use.used.value,
            use.necessary.value,
        )
    return table


def _permission_table(result: Result, _: Gettext) -> Table:
    table = Table(title=_("Requested permissions"), title_justify="left", expand=False)
    table.add_column(_("permission"), no_wrap=True)
    table.add_column(_("element"), min_width=MIN_CELL)
    table.add_column("maxSdk", min_width=MIN_CELL)
    table.add_column(_("protection"), min_width=MIN_CELL)
    table.add_column(_("note"), overflow="fold", min_width=MIN_CELL)
    for perm in result.permissions:
        note = ""
        if perm.implied:
            note = f"{_('implied by')} {implied_cause(_short(perm.implied_by), _)}"
        if perm.grantable is False:
            note = (note + "; " if note else "") + _("not grantable to ordinary apps")
        table.add_row(
            _t(perm.name),
            _t(perm.element.replace("uses-permission", "").lstrip("-") or "-"),
            _t(perm.max_sdk_version or ""),
            _t(perm.protection_level or ""),
            _t(note),
        )
    if not result.permissions:
        table.add_row(_("(none)"), "", "", "", "")
    return table


def _short(text: str | None) -> str:
    """Drop the ``android.permission.`` prefix where it only adds width."""
    return (text or "").replace("android.permission.", "")


def _finding_table(result: Result, _: Gettext) -> Table:
    tr = translator_of(_)
    table = Table(title=_("Findings"), title_justify="left", expand=False)
    for col in ("severity", "rule", "message"):
        table.add_column(_(col), min_width=MIN_CELL)
    for finding in result.findings:
        sev = finding.severity.label
        shown = label(tr, "severity", sev)
        message = render_message(finding, tr)
        if finding.waived is not None:
            message = f"{message} [{_('waived')}: {finding.waived}]"
        table.add_row(
            _t(
                shown if finding.waived is None else f"{shown} ({_('waived')})",
                _SEVERITY_STYLE.get(sev, ""),
            ),
            _t(finding.rule),
            _t(message),
        )
    return table
