"""Markdown for issues, pull requests and wikis: a summary table, then one section per APK.

All APK text goes through ``markdown_text``, which escapes Markdown punctuation and
inline HTML, so a label cannot add links, images, tables or tags to the rendered page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from analyzer.model import Category, CategoryUse, Result
from analyzer.report.base import Report
from analyzer.report.safe import markdown_text
from analyzer.report.summary import summarize


def md(value: object) -> str:
    """App text made inert; a missing value shows as ``-`` rather than vanishing."""
    return "-" if value is None or value == "" else markdown_text(value)


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    head = list(header)
    yield "| " + " | ".join(head) + " |"
    yield "|" + "---|" * len(head)
    for row in rows:
        yield "| " + " | ".join(str(cell) for cell in row) + " |"


def _summary(report: Report) -> Iterator[str]:
    s = summarize(report.results)
    yield "# permaudit report"
    yield ""
    yield (
        f"{md(report.tool.name)} {md(report.tool.version)} (data {md(report.tool.data_version)}):"
        f" {s['apks']} APK(s), {s['ok']} analysed, {s['errors']} could not be analysed."
    )
    yield ""
    yield from _table(
        ("category", "requested", "disclosed"),
        ((c, v["requested"], v["disclosed"]) for c, v in s["categories"].items()),
    )
    if s["rules"]:
        yield ""
        yield from _table(("rule", "findings"), ((md(r), n) for r, n in s["rules"].items()))
    if s["error_kinds"]:
        yield ""
        yield from _table(("error kind", "APKs"), ((md(k), n) for k, n in s["error_kinds"].items()))


def _app(result: Result) -> Iterator[str]:
    yield ""
    yield f"## {md(result.apk.path)}"
    yield ""
    if not result.ok:
        yield f"**Could not be analysed:** `{md(result.error_kind or '')}` —"
        yield md(result.error_message)
        return
    app = result.app
    if app is not None:
        yield f"- package: {md(app.package)}"
        yield f"- label: {md(app.label)}"
        yield f"- version: {md(app.version_name)} (code {md(app.version_code)})"
        yield f"- SDK: min {md(app.min_sdk)}, target {md(app.target_sdk)}"
    yield f"- sha256: {md(result.apk.sha256)}"
    if result.apk.duplicates:
        yield "- duplicates: " + ", ".join(md(p) for p in result.apk.duplicates)
    if result.categories is not None:
        yield ""
        cats = result.categories
        yield from _table(
            ("category", "requested", "members", "disclosure", "code", "necessary"),
            (
                (
                    c.value,
                    "yes" if cats[c].requested else "no",
                    ", ".join(md(m.name) for m in cats[c].members) or "-",
                    cats[c].disclosure.value,
                    cats[c].used.value,
                    cats[c].necessary.value,
                )
                for c in Category
                if c in cats
            ),
        )
        yield from _necessity_line(cats)
    yield ""
    yield "Permissions: " + (", ".join(md(p.name) for p in result.permissions) or "none")
    if result.findings:
        yield ""
        yield from _table(
            ("severity", "rule", "message"),
            (
                (
                    f.severity.label + (" (waived)" if f.waived else ""),
                    md(f.rule),
                    md(f.message),
                )
                for f in result.findings
            ),
        )
    if result.warnings:
        yield ""
    for warning in result.warnings:
        yield f"- warning `{md(warning.kind)}`: {md(warning.message)}"


class MarkdownFormatter:
    """GitHub-flavoured Markdown, safe to paste anywhere Markdown renders."""

    media_type = "text/markdown"

    def render(self, report: Report) -> str:
        lines = list(_summary(report))
        for result in report.results:
            lines.extend(_app(result))
        return "\n".join(lines) + "\n"


def _necessity_line(cats: Mapping[Category, CategoryUse]) -> Iterator[str]:
    """The app type that ``necessary`` was judged against, with the regulation's wording."""
    ev = next((u.necessity_evidence for u in cats.values() if u.necessity_evidence), None)
    if ev:
        needs = "; ".join(str(x) for x in ev.get("necessary_information") or ()) or "无须个人信息"
        yield ""
        yield (
            f"- app type: {md(ev.get('name_zh'))} ({md(ev.get('app_type'))}), necessary "
            f"information (2021 规定): {md(needs)}"
        )
