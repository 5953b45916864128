"""Markdown for pull-request comments and case files: the HTML report's content as text.

Summary counts, the apps worst first, then per app its findings, categories, deciding
sentences, code evidence, SDKs and policy sources (each with its source), and the
glossary of the rules that fired with their legal basis. All APK text goes through
``markdown_text``, which escapes Markdown punctuation and inline HTML, so a label cannot
add links, images, tables or tags to the rendered page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from analyzer.i18n.labels import warning_text
from analyzer.report.base import Report
from analyzer.report.facts import Gettext, language_label, undisclosed
from analyzer.report.localised import LocalisedDocument
from analyzer.report.safe import markdown_text
from analyzer.report.summary import summarize
from analyzer.report.views import AppView, RuleView, app_views, glossary
from analyzer.rules.messages import render_message


def md(value: object) -> str:
    """App text made inert; a missing value shows as ``-`` rather than vanishing."""
    return "-" if value is None or value == "" else markdown_text(value)


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    head = list(header)
    yield ""
    yield "| " + " | ".join(head) + " |"
    yield "|" + "---|" * len(head)
    for row in rows:
        yield "| " + " | ".join(str(cell) for cell in row) + " |"


class MarkdownFormatter(LocalisedDocument):
    """GitHub-flavoured Markdown, safe to paste anywhere Markdown renders."""

    media_type = "text/markdown"

    def render(self, report: Report) -> str:
        from analyzer.rules import REGISTRY

        apps = app_views(report)
        lines = list(self._summary(report))
        lines.extend(self._overview(apps))
        for view in apps:
            lines.extend(self._app(view))
        lines.extend(self._glossary(glossary(apps, REGISTRY, self.lang, self.gettext)))
        return "\n".join(lines) + "\n"

    def _summary(self, report: Report) -> Iterator[str]:
        _ = self.gettext
        s = summarize(report.results)
        tool = report.tool
        yield f"# {_('permaudit report')}"
        yield ""
        yield (
            f"{md(tool.name)} {md(tool.version)} ({_('data')} {md(tool.data_version)}):"
            f" {s['apks']} APK(s), {s['ok']} {_('analysed')},"
            f" {s['errors']} {_('could not be analysed')}."
        )
        yield from _table(
            (_("category"), _("requested"), _("disclosed")),
            ((c, v["requested"], v["disclosed"]) for c, v in s["categories"].items()),
        )
        yield from _table(
            (_("severity"), _("findings")), ((k, v) for k, v in s["severities"].items())
        )
        if s["rules"]:
            yield from _table(
                (_("rule"), _("findings")), ((md(r), n) for r, n in s["rules"].items())
            )
        if s["error_kinds"]:
            yield from _table(
                (_("error kind"), "APKs"), ((md(k), n) for k, n in s["error_kinds"].items())
            )

    def _overview(self, apps: Sequence[AppView]) -> Iterator[str]:
        _ = self.gettext
        yield ""
        yield f"## {_('Apps')}"
        yield ""
        yield _("Worst first: critical, high, medium, low, no finding, could not be analysed.")
        yield from _table(
            (_("severity"), _("package"), _("label"), _("path"), _("undisclosed"), _("findings")),
            (
                (
                    a.worst,
                    md(a.result.app.package if a.result.app else None),
                    md(a.result.app.label if a.result.app else None),
                    md(a.result.apk.path),
                    ", ".join(c.value for c in undisclosed(a.result)) or "-",
                    len(a.result.active_findings()),
                )
                for a in apps
            ),
        )

    def _app(self, a: AppView) -> Iterator[str]:
        _ = self.gettext
        r = a.result
        title = r.app.package if r.app else r.apk.path
        yield ""
        yield f"### {md(title)} ({a.worst})"
        yield ""
        yield f"- {_('path')}: {md(r.apk.path)}"
        yield f"- sha256: {md(r.apk.sha256)}"
        if r.apk.duplicates:
            yield f"- {_('duplicates')}: " + ", ".join(md(p) for p in r.apk.duplicates)
        if not r.ok:
            yield f"- **{_('Could not be analysed')}:** `{md(r.error_kind or '')}` —"
            yield f"  {md(r.error_message)}"
            return
        if r.app is not None:
            yield f"- {_('label')}: {md(r.app.label)}"
            yield f"- {_('version')}: {md(r.app.version_name)} ({md(r.app.version_code)})"
            yield (
                f"- SDK: min {md(r.app.min_sdk)}, target {md(r.app.target_sdk)},"
                f" {_('effective target')} {r.app.effective_target_sdk}"
            )
        yield from self._findings(a)
        yield from self._evidence(a)
        yield ""
        perms = ", ".join(
            md(p.name) + (f" ({_('implied')})" if p.implied else "") for p in r.permissions
        )
        yield f"{_('Requested permissions')}: {perms or _('none')}"
        if r.warnings:
            yield ""
        for w in r.warnings:
            yield f"- {_('warning')} `{md(w.kind)}`: {md(warning_text(self.tr, w.kind, w.message))}"

    def _findings(self, a: AppView) -> Iterator[str]:
        _ = self.gettext
        if not a.findings:
            return
        yield ""
        yield f"#### {_('Findings')}"
        yield from _table(
            (_("severity"), _("rule"), _("message")),
            (
                (
                    f.severity.label + (f" ({_('waived')}: {md(f.waived)})" if f.waived else ""),
                    md(f.rule),
                    md(render_message(f, self.tr)),
                )
                for f in a.findings
            ),
        )

    def _category_table(self, a: AppView) -> Iterator[str]:
        _ = self.gettext
        yield from _table(
            (
                _("category"),
                _("requested"),
                _("members"),
                _("disclosure"),
                _("code"),
                _("necessary"),
            ),
            (
                (
                    c.category,
                    _("yes") if c.requested else _("no"),
                    ", ".join(md(n) + (f" ({_('implied')})" if i else "") for n, i in c.members)
                    or "-",
                    c.disclosure,
                    c.used,
                    c.necessary,
                )
                for c in a.categories
            ),
        )

    def _evidence(self, a: AppView) -> Iterator[str]:
        _ = self.gettext
        if a.categories:
            yield ""
            yield f"#### {_('Sensitive categories')}"
            yield from self._category_table(a)
            yield from _necessity_line(a, _)
            yield ""
            yield f"#### {_('Deciding sentences')}"
            yield ""
            said = False
            for c in a.categories:
                for e in c.sentences:
                    said = True
                    yield f"- **{c.category}**: “{md(e.sentence)}”"
                    yield f"  ({_('source')}: {md(e.source_type)} {md(e.source_ref)})"
            if not said:
                yield _("No sentence discloses any category.")
            code = [(c.category, e) for c in a.categories for e in c.code]
            if code:
                yield ""
                yield f"#### {_('Code evidence')}"
                yield from _table(
                    (_("category"), _("type"), _("value"), _("source"), "SDK"),
                    ((c, md(e.type), md(e.value), md(e.where), md(e.sdk)) for c, e in code),
                )
        if a.sdks:
            yield ""
            yield f"#### {_('SDKs')}"
            yield ""
            yield from (f"- {md(n)} ({_('source')}: {md(w)})" for n, w in a.sdks)
        if a.sources is None:
            return
        yield ""
        yield f"#### {_('Policy sources')}"
        yield ""
        if not a.sources:
            yield _("No policy source listed.")
        for p in a.sources:
            read = "" if p.read is None else f", {_('read') if p.read else _('not read')}"
            lang = f", {md(language_label(p.language, _))}" if p.language else ""
            yield f"- {md(p.type)} {md(p.ref)}{lang}{read}, sha256 {md(p.sha256)}"

    def _glossary(self, rules: Sequence[RuleView]) -> Iterator[str]:
        _ = self.gettext
        if not rules:
            return
        yield ""
        yield f"## {_('Rules')}"
        for rule in rules:
            yield ""
            yield f"### `{rule.id}` {md(rule.title)} ({rule.severity})"
            yield ""
            for head, text in rule.sections:
                yield f"- **{md(head)}**: {md(text)}" if head else f"- {md(text)}"
            for b in rule.legal_basis:
                summary = f": {md(b.summary)}" if b.summary else ""
                yield f"- {_('Legal basis')}: **{md(b.document)}** {md(b.provision)}{summary}"


def _necessity_line(a: AppView, _: Gettext) -> Iterator[str]:
    """The app type that ``necessary`` was judged against, with the regulation's wording."""
    if a.necessity is not None:
        n = a.necessity
        yield ""
        yield (
            f"- {_('App type')}: {md(n.name_zh)} ({md(n.app_type)}),"
            f" {_('Necessary information (2021 rules)')}: {md(n.needs)}"
        )
