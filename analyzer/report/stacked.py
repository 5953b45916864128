"""The terminal report below 100 columns: stacked lines instead of side-by-side tables.

Tables squeezed under 100 columns break words into 3-character cells; here every fact
is a line (``label: value``) indented under its heading, wrapped by display cells (CJK
counts 2) and folded inside long tokens, so no line is wider than the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import RenderableType
from rich.padding import Padding
from rich.text import Text

from analyzer.i18n.labels import error_text, label, warning_text
from analyzer.model import Category, Result
from analyzer.report.facts import (
    Gettext,
    cells,
    policy_sources,
    shorten,
    source_summary,
    translator_of,
)
from analyzer.report.safe import terminal as t
from analyzer.rules.messages import render_message

SEVERITY_STYLE = {
    "critical": "bold white on red",
    "high": "bold red",
    "medium": "yellow",
    "low": "cyan",
    "info": "dim",
}


def _line(indent: int, *parts: tuple[str, str] | str) -> RenderableType:
    text = Text.assemble(*parts, overflow="fold", no_wrap=False)
    return Padding(text, (0, 0, 0, indent))


def _short(name: str | None) -> str:
    return (name or "").replace("android.permission.", "")


def stacked_block(result: Result, width: int, _: Gettext) -> Iterator[RenderableType]:
    """The renderables for one APK, top to bottom."""
    tr = translator_of(_)
    yield _line(0, (t(result.apk.path), "bold"))
    if not result.ok:
        yield _line(
            2,
            (_("could not be analysed") + ": ", "bold red"),
            (t(result.error_kind or ""), "red"),
            " — " + t(error_text(tr, result.error_kind or "", result.error_message)),
        )
        return
    yield from _app_lines(result, _)
    if result.categories is not None:
        yield _line(0, (_("Sensitive categories"), "bold"))
        yield from _category_lines(result, width, _)
    sources = policy_sources(result)
    if sources:
        yield _line(0, (_("Policy sources"), "bold"))
        for source in sources:
            yield _line(2, t(source_summary(source, _)))
    perms = [
        _short(p.name) + (f" ({_('implied')})" if p.implied else "") for p in result.permissions
    ]
    yield _line(0, (_("Requested permissions") + f" ({len(perms)})", "bold"))
    yield _line(2, t(", ".join(perms) or _("none")))
    if result.findings:
        yield _line(0, (_("Findings"), "bold"))
        for f in result.findings:
            sev = f.severity.label
            waived = f" ({_('waived')}: {t(f.waived)})" if f.waived else ""
            shown = label(tr, "severity", sev)
            yield _line(2, (shown, SEVERITY_STYLE.get(sev, "")), "  " + t(f.rule) + waived)
            yield _line(4, t(render_message(f, tr)))
    for w in result.warnings:
        text = warning_text(tr, w.kind, w.message)
        yield _line(0, (f"{_('warning')} [{t(w.kind)}]: {t(text)}", "yellow"))


def _app_lines(result: Result, _: Gettext) -> Iterator[RenderableType]:
    app = result.app
    rows: list[tuple[str, str]] = []
    if app is not None:
        rows.append((_("package"), app.package or ""))
        if app.label:
            rows.append((_("label"), app.label or ""))
        rows.append((_("version"), f"{app.version_name or '-'} ({app.version_code or '-'})"))
        rows.append(
            (
                "SDK",
                f"min {app.min_sdk or '-'}, target {app.target_sdk or '-'},"
                f" {_('effective')} {app.effective_target_sdk}",
            )
        )
    rows.append(("sha256", result.apk.sha256 or "-"))
    if result.apk.duplicates:
        rows.append((_("duplicates"), ", ".join(result.apk.duplicates)))
    for name, value in rows:
        yield _line(2, (name + ": ", "bold"), t(value))


def _category_lines(result: Result, width: int, _: Gettext) -> Iterator[RenderableType]:
    tr = translator_of(_)
    cats = result.categories or {}
    for category in Category:
        use = cats.get(category)
        if use is None or not (use.requested or use.disclosure_evidence):
            continue
        members = ", ".join(
            _short(m.name) + (f" ({_('implied')})" if m.implied_by else "") for m in use.members
        )
        disclosure = label(tr, "disclosure", use.disclosure.value)
        used = label(tr, "used", use.used.value)
        yield _line(
            2,
            (label(tr, "category", category.value), "bold"),
            f"  {_('disclosure')} {disclosure} · {_('code')} {used}",
        )
        if members:
            yield _line(4, t(members))
        for ev in use.disclosure_evidence:
            yield _line(4, quote_line(ev.source_ref, ev.sentence, width - 4))


def quote_line(ref: str, sentence: str, width: int) -> str:
    """``source: “sentence”``, the sentence shortened so the line fits ``width`` cells."""
    head = f"{t(ref)}: “"
    room = max(width - cells(head) - 1, 12)
    return f"{head}{shorten(t(sentence), room)}”"
