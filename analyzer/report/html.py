"""One self-contained HTML page to file as evidence: charts, filters, a section per app.

Built from Jinja2 templates (``report/templates``) with autoescaping on, so no string
reaches the page unescaped by accident; ``finalize`` also strips control and bidi
characters from every value first (a right-to-left override would make
``evil\u202ekpa.exe`` read as ``evilexe.apk``). The one value marked safe is the JSON
summary, which ``json_in_html`` makes inert inside ``<script>`` (no ``</``, no
U+2028/2029). No network: CSS, SVG and the filter script are inline.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from analyzer.i18n.labels import label
from analyzer.report.base import Report
from analyzer.report.facts import implied_cause, language_label, undisclosed
from analyzer.report.localised import LocalisedDocument
from analyzer.report.safe import json_in_html, terminal
from analyzer.report.summary import summarize
from analyzer.report.views import app_views, bars, category_bars, glossary
from analyzer.rules.messages import render_message

_SEVERITY_ORDER = ("critical", "high", "medium", "low", "info", "none", "error")
_SEVERITIES = frozenset(_SEVERITY_ORDER[:5])


def _finalize(value: Any) -> Any:
    """Every ``{{ }}`` value: Markup passes, None is empty, anything else loses control chars."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    if isinstance(value, str):  # line breaks are harmless in HTML and shape rule docs
        return "\n".join(terminal(line) for line in value.split("\n"))
    return value


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("analyzer.report", "templates"),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class HtmlFormatter(LocalisedDocument):
    """A single HTML file with everything inline; ``lang`` is the page's language."""

    media_type = "text/html"

    def render(self, report: Report) -> str:
        from analyzer.rules import REGISTRY

        _ = self.gettext
        tr = self.tr
        s = summarize(report.results)
        apps = app_views(report)
        present = {a.worst for a in apps}
        filters = [
            ("severity", _("Severity"), [v for v in _SEVERITY_ORDER if v in present]),
            ("category", _("Category"), list(s["categories"])),
            ("rule", _("Rule"), sorted({r for a in apps for r in a.rules})),
            ("disclosure", _("Disclosure"), ["none", "policy_only", "disclosed"]),
        ]
        page = (
            environment()
            .get_template("report.html.j2")
            .render(
                _=_,
                lang=self.lang,
                tool=report.tool,
                s=s,
                apps=apps,
                filters=filters,
                undisclosed=lambda r: [label(tr, "category", c.value) for c in undisclosed(r)],
                sev_label=lambda v: label(tr, "severity", v) if v in _SEVERITIES else _(v),
                message=lambda f: render_message(f, self.tr),
                implied=lambda text: implied_cause(text, _),
                language=lambda code: language_label(code, _),
                cat_bars=category_bars(
                    {label(tr, "category", k): v for k, v in s["categories"].items()}
                ),
                sev_bars=bars({label(tr, "severity", k): v for k, v in s["severities"].items()}),
                rule_bars=bars(s["rules"]),
                rules=glossary(apps, REGISTRY, self.lang, self.gettext),
                summary_json=Markup(json_in_html(json.dumps(s, ensure_ascii=False))),
            )
        )
        return page.rstrip("\n") + "\n"
