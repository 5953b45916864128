"""HTML for a large collection: a summary page and per-app pages, in a folder.

One self-contained page is the right evidence file for up to ``SINGLE_FILE_MAX_APKS``
APKs (a few megabytes). Above that a browser no longer opens it usefully, so the report
becomes a folder: ``index.html`` with the charts, the counts, the worst apps and links
to ``apps-NNNN.html`` pages of ``PAGE_SIZE`` apps each (every page is a full report of
its apps: filters, sections, rule glossary). Results are read one page at a time, so
memory holds one page, the counts and the list of worst apps, whatever the store's size.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from markupsafe import Markup

from analyzer.i18n import translator
from analyzer.model import Result
from analyzer.report.base import Report, ToolInfo
from analyzer.report.facts import Gettext, severity_rank, undisclosed, worst
from analyzer.report.html import HtmlFormatter, environment
from analyzer.report.safe import json_in_html
from analyzer.report.summary import SummaryCounter
from analyzer.report.views import bars, category_bars

SINGLE_FILE_MAX_APKS = 1000
PAGE_SIZE = 500
WORST_SHOWN = 100


@dataclass(frozen=True, slots=True)
class WorstApp:
    """A line of the index's worst-apps table, with a link into its page."""

    rank: int
    order: int
    severity: str
    package: str
    label: str
    path: str
    undisclosed: str
    page: str


def page_name(number: int) -> str:
    return f"apps-{number:04}.html"


def html_pages(
    tool: ToolInfo,
    source: Callable[[], Iterable[Result]],
    *,
    lang: str = "en",
    page_size: int = PAGE_SIZE,
) -> Iterator[tuple[str, str]]:
    """``(file name, HTML)`` for every page, then ``index.html`` last."""
    counter = SummaryCounter()
    worst_apps: list[tuple[int, int, WorstApp]] = []  # a bounded heap of the worst
    tr = translator(lang)
    formatter = HtmlFormatter(lang=lang, tr=tr)
    page: list[Result] = []
    pages = 0
    for order, result in enumerate(source()):
        counter.add(result)
        _keep_worst(worst_apps, order, result, page_name(pages + 1))
        page.append(result)
        if len(page) == page_size:
            pages += 1
            yield page_name(pages), formatter.render(Report(tool, page))
            page = []
    if page:
        pages += 1
        yield page_name(pages), formatter.render(Report(tool, page))
    ranked = sorted((w for _, _, w in worst_apps), key=lambda w: (w.rank, w.order))
    yield "index.html", _index(tool, counter, ranked, pages, tr, lang)


def _keep_worst(heap: list[tuple[int, int, WorstApp]], order: int, r: Result, page: str) -> None:
    rank = severity_rank(r)
    sev = worst(r)
    app = WorstApp(
        rank,
        order,
        sev.label if sev else ("none" if r.ok else "error"),
        r.app.package or "" if r.app else "",
        r.app.label or "" if r.app else "",
        r.apk.path,
        ", ".join(c.value for c in undisclosed(r)),
        page,
    )
    item = (-rank, -order, app)  # max-heap on badness via negation: pop the least bad
    if len(heap) < WORST_SHOWN:
        heapq.heappush(heap, item)
    elif item > heap[0]:
        heapq.heapreplace(heap, item)


def _index(
    tool: ToolInfo,
    counter: SummaryCounter,
    worst_apps: list[WorstApp],
    pages: int,
    gettext: Gettext,
    lang: str,
) -> str:
    s = counter.counts()
    page = (
        environment()
        .get_template("index.html.j2")
        .render(
            _=gettext,
            lang=lang,
            tool=tool,
            s=s,
            worst_apps=worst_apps,
            pages=[(page_name(n), n) for n in range(1, pages + 1)],
            page_size=PAGE_SIZE,
            cat_bars=category_bars(s["categories"]),
            sev_bars=bars(s["severities"]),
            rule_bars=bars(s["rules"]),
            summary_json=Markup(json_in_html(json.dumps(s, ensure_ascii=False))),
        )
    )
    return page.rstrip("\n") + "\n"
