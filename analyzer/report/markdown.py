"""Markdown for issues, pull requests and wikis: a summary table, then one section per APK.

All APK text goes through ``markdown_text``, which escapes Markdown punctuation and
inline HTML, so a label cannot add links, images, tables or tags to the rendered page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from analyzer.i18n import Translator, translator
from analyzer.i18n.labels import error_text, label, warning_text
from analyzer.model import Category, CategoryUse, Result
from analyzer.report.base import Report
from analyzer.report.safe import markdown_text
from analyzer.report.summary import summarize
from analyzer.rules.messages import render_message


def md(value: object) -> str:
    """App text made inert; a missing value shows as ``-`` rather than vanishing."""
    return "-" if value is None or value == "" else markdown_text(value)


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    head = list(header)
    yield "| " + " | ".join(head) + " |"
    yield "|" + "---|" * len(head)
    for row in rows:
        yield "| " + " | ".join(str(cell) for cell in row) + " |"


def _summary(report: Report, tr: Translator) -> Iterator[str]:
    s = summarize(report.results)
    g = tr.gettext
    yield "# " + g("permaudit report")
    yield ""
    yield g(
        "{tool} {version} (data {data}): {apks} APK(s), {ok} analysed, "
        "{errors} could not be analysed."
    ).format(
        tool=md(report.tool.name),
        version=md(report.tool.version),
        data=md(report.tool.data_version),
        apks=s["apks"],
        ok=s["ok"],
        errors=s["errors"],
    )
    yield ""
    yield from _table(
        (g("category"), g("requested"), g("disclosed")),
        (
            (label(tr, "category", c), v["requested"], v["disclosed"])
            for c, v in s["categories"].items()
        ),
    )
    if s["rules"]:
        yield ""
        yield from _table((g("rule"), g("findings")), ((md(r), n) for r, n in s["rules"].items()))
    if s["error_kinds"]:
        yield ""
        kinds = s["error_kinds"].items()
        yield from _table((g("error kind"), g("APKs")), ((md(k), n) for k, n in kinds))


def _app(result: Result, tr: Translator) -> Iterator[str]:
    g = tr.gettext
    yield ""
    yield f"## {md(result.apk.path)}"
    yield ""
    if not result.ok:
        yield f"**{g('Could not be analysed:')}** `{md(result.error_kind or '')}` —"
        yield md(error_text(tr, result.error_kind or "", result.error_message))
        return
    app = result.app
    if app is not None:
        yield f"- {g('package')}: {md(app.package)}"
        yield f"- {g('label')}: {md(app.label)}"
        version = g("{name} (code {code})").format(
            name=md(app.version_name), code=md(app.version_code)
        )
        yield f"- {g('version')}: {version}"
        sdk = g("min {min}, target {target}").format(min=md(app.min_sdk), target=md(app.target_sdk))
        yield f"- SDK: {sdk}"
    yield f"- sha256: {md(result.apk.sha256)}"
    if result.apk.duplicates:
        yield f"- {g('duplicates')}: " + ", ".join(md(p) for p in result.apk.duplicates)
    if result.categories is not None:
        yield ""
        yield from _category_table(result.categories, tr)
    yield ""
    perms = ", ".join(md(p.name) for p in result.permissions) or g("none")
    yield f"{g('Permissions')}: {perms}"
    if result.findings:
        yield ""
        yield from _table(
            (g("severity"), g("rule"), g("message")),
            (
                (
                    label(tr, "severity", f.severity.label) + (g(" (waived)") if f.waived else ""),
                    md(f.rule),
                    md(render_message(f, tr)),
                )
                for f in result.findings
            ),
        )
    if result.warnings:
        yield ""
    for warning in result.warnings:
        text = warning_text(tr, warning.kind, warning.message)
        yield f"- {g('warning')} `{md(warning.kind)}`: {md(text)}"


def _category_table(cats: Mapping[Category, CategoryUse], tr: Translator) -> Iterator[str]:
    g = tr.gettext
    yield from _table(
        (g("category"), g("requested"), g("members"), g("disclosure"), g("code")),
        (
            (
                label(tr, "category", c.value),
                label(tr, "yesno", "yes" if cats[c].requested else "no"),
                ", ".join(md(m.name) for m in cats[c].members) or "-",
                label(tr, "disclosure", cats[c].disclosure.value),
                label(tr, "used", cats[c].used.value),
            )
            for c in Category
            if c in cats
        ),
    )


class MarkdownFormatter:
    """GitHub-flavoured Markdown, safe to paste anywhere Markdown renders."""

    media_type = "text/markdown"

    def __init__(self, tr: Translator | None = None) -> None:
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        lines = list(_summary(report, self.tr))
        for result in report.results:
            lines.extend(_app(result, self.tr))
        return "\n".join(lines) + "\n"
