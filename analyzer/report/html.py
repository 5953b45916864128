"""One self-contained HTML page: summary, SVG chart, filterable table, a section per app.

No network: CSS, SVG and the few lines of JS are inline, so the file can be mailed or
archived. Every APK string passes through ``esc`` (``html_text``); the only JSON in the
page goes through ``json_in_html``. The templates below have no slot that skips them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from analyzer.i18n import Translator, translator
from analyzer.i18n.labels import error_text, label, warning_text
from analyzer.model import Category, CategoryUse, Result
from analyzer.report.base import Report
from analyzer.report.safe import html_text, json_in_html, terminal
from analyzer.report.summary import summarize
from analyzer.rules.explain import legal_line
from analyzer.rules.messages import render_message

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:2em;color:#222;max-width:110em}
table{border-collapse:collapse;margin:.5em 0;max-width:100%}
td{overflow-wrap:anywhere}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th[data-sort]{cursor:pointer;background:#f3f3f3}
tr.error td{background:#fff0f0}
.sev-critical,.sev-high{color:#b00;font-weight:bold}.sev-medium{color:#a60}
section.app{border-top:2px solid #ddd;margin-top:1.5em}
#filter{padding:.3em;width:20em}
"""

_JS = """
(function(){
  var table=document.getElementById('apps');
  var body=table.tBodies[0];
  var filter=document.getElementById('filter');
  var count=document.getElementById('visible');
  function apply(){
    var q=filter.value.toLowerCase(), n=0;
    Array.prototype.forEach.call(body.rows,function(row){
      var show=row.textContent.toLowerCase().indexOf(q)!==-1;
      row.style.display=show?'':'none'; if(show){n++;}
    });
    count.textContent=String(n);
  }
  filter.addEventListener('input',apply);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('data-dir')!=='asc';
      th.setAttribute('data-dir',asc?'asc':'desc');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[i].textContent,y=b.cells[i].textContent;
        var nx=parseFloat(x),ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
"""


def esc(value: object) -> str:
    """The one escape for app text: HTML-escaped, and without control or bidi characters
    (a right-to-left override would make ``evil\u202ekpa.exe`` read as ``evilexe.apk``)."""
    return html_text(terminal(value))


def _chart(categories: Mapping[str, Mapping[str, int]]) -> str:
    """Horizontal bars: apps requesting each category vs apps disclosing it."""
    top = max([1, *(v["requested"] for v in categories.values())])
    bar_w, row_h = 300, 34
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{bar_w + 300}"'
        f' height="{row_h * len(categories) + 30}" aria-label="categories requested vs disclosed">'
    ]
    for i, (name, counts) in enumerate(categories.items()):
        y = 10 + i * row_h
        req = round(bar_w * counts["requested"] / top)
        dis = round(bar_w * counts["disclosed"] / top)
        parts.append(
            f'<text x="0" y="{y + 14}" font-size="12">{esc(name)}</text>'
            f'<rect x="80" y="{y}" width="{req}" height="12" fill="#c0392b"/>'
            f'<rect x="80" y="{y + 14}" width="{dis}" height="12" fill="#27ae60"/>'
            f'<text x="{85 + max(req, dis)}" y="{y + 14}" font-size="11">'
            f"{counts['requested']} requested / {counts['disclosed']} disclosed</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _counts(title: str, counts: Mapping[str, int], tr: Translator) -> str:
    if not counts:
        return ""
    rows = "".join(f"<tr><td>{esc(k)}</td><td>{v}</td></tr>" for k, v in counts.items())
    head = f"<tr><th>{esc(title)}</th><th>{esc(tr.gettext('count'))}</th></tr>"
    return f"<h3>{esc(title)}</h3><table>{head}{rows}</table>"


def _app_row(i: int, r: Result, tr: Translator) -> str:
    app = r.app
    cats = r.categories or {}
    requested = tr.join(
        label(tr, "category", c.value) for c in Category if c in cats and cats[c].requested
    )
    active = r.active_findings()
    worst = max(f.severity for f in active).label if active else ""
    status = r.status if r.ok else f"error: {r.error_kind}"
    shown = label(tr, "severity", worst) if worst else ""
    cells = (
        f'<a href="#app-{i}">{esc(r.apk.path)}</a>',
        esc(app.package if app else ""),
        esc(app.label if app else ""),
        esc(status),
        str(len(r.permissions)),
        esc(requested),
        str(len(active)),
        f'<span class="sev-{esc(worst)}">{esc(shown)}</span>',
    )
    css = "" if r.ok else ' class="error"'
    return f"<tr{css}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _detail(i: int, r: Result, tr: Translator) -> Iterator[str]:
    g = tr.gettext
    yield f'<section class="app" id="app-{i}"><h2>{esc(r.apk.path)}</h2>'
    yield f"<p>sha256 <code>{esc(r.apk.sha256)}</code></p>"
    if r.apk.duplicates:
        yield f"<p>{esc(g('duplicates'))}: " + ", ".join(esc(p) for p in r.apk.duplicates) + "</p>"
    if not r.ok:
        kind = r.error_kind or ""
        message = error_text(tr, kind, r.error_message)
        head = esc(g("Could not be analysed:"))
        yield f"<p><strong>{head} ({esc(kind)})</strong> {esc(message)}</p>"
        yield "</section>"
        return
    if r.app is not None:
        fields = r.app.to_dict()
        yield (
            "<table>"
            + "".join(
                f"<tr><th>{esc(label(tr, 'app', k))}</th><td>{esc(v)}</td></tr>"
                for k, v in fields.items()
            )
            + "</table>"
        )
    yield f"<h3>{esc(g('Permissions'))}</h3><ul>"
    for p in r.permissions:
        note = " " + esc(g("implied by {cause}").format(cause=p.implied_by)) if p.implied else ""
        yield f"<li>{esc(p.name)} <small>{esc(p.protection_level)}</small>{note}</li>"
    yield "</ul>"
    if r.categories is not None:
        yield from _category_table(r.categories, tr)
    if r.findings:
        yield f"<h3>{esc(g('Findings'))}</h3><ul>"
        for f in r.findings:
            waived = ""
            if f.waived:
                waived = f" <em>{esc(g('[waived: {reason}]').format(reason=f.waived))}</em>"
            sev = f.severity.label
            yield (
                f'<li><span class="sev-{esc(sev)}">{esc(label(tr, "severity", sev))}</span>'
                f' <a href="#rule-{esc(f.rule)}">{esc(f.rule)}</a>:'
                f" {esc(render_message(f, tr))}{waived}</li>"
            )
        yield "</ul>"
    for w in r.warnings:
        text = warning_text(tr, w.kind, w.message)
        yield f"<p>{esc(g('warning'))} {esc(w.kind)}: {esc(text)}</p>"
    yield "</section>"


def _category_table(cats: Mapping[Category, CategoryUse], tr: Translator) -> Iterator[str]:
    g = tr.gettext
    cols = ("category", "requested", "members", "disclosure", "evidence", "code")
    yield f"<h3>{esc(g('Sensitive categories'))}</h3><table><tr>"
    yield "".join(f"<th>{esc(g(c))}</th>" for c in cols) + "</tr>"
    for c in Category:
        use = cats.get(c)
        if use is None:
            continue
        members = ", ".join(esc(m.name) for m in use.members)
        evidence = "<br>".join(
            f"{esc(e.source_ref)}: &ldquo;{esc(e.sentence)}&rdquo;" for e in use.disclosure_evidence
        )
        code = "<br>".join(f"{esc(e.type)} {esc(e.value)}" for e in use.code_evidence)
        yield (
            f"<tr><td>{esc(label(tr, 'category', c.value))}</td>"
            f"<td>{esc(label(tr, 'yesno', 'yes' if use.requested else 'no'))}</td>"
            f"<td>{members}</td><td>{esc(label(tr, 'disclosure', use.disclosure.value))}</td>"
            f"<td>{evidence}</td>"
            f"<td>{esc(label(tr, 'used', use.used.value))}<br>{code}</td></tr>"
        )
    yield "</table>"


def _glossary(tr: Translator) -> Iterator[str]:
    """Each rule once: title, default severity, legal basis and what to do about it."""
    from analyzer.rules import REGISTRY

    yield f"<h2>{esc(tr.gettext('Rules'))}</h2>"
    for rule in REGISTRY.values():
        yield f'<section class="rule" id="rule-{esc(rule.id)}"><h3>{esc(rule.id)}</h3>'
        yield f"<p><strong>{esc(tr.gettext(rule.title))}</strong> — "
        sev = label(tr, "severity", rule.default_severity.label)
        yield esc(tr.gettext("Default severity: {severity}").format(severity=sev)) + "</p>"
        yield f"<p>{esc(tr.gettext('Legal basis:'))}</p><ul>"
        yield "".join(f"<li>{esc(legal_line(ref, tr))}</li>" for ref in rule.legal_basis)
        yield f"</ul><pre>{esc(rule.doc_text(tr.gettext).strip())}</pre></section>"


def _page(report: Report, s: Mapping[str, Any], tr: Translator) -> Iterator[str]:
    tool = report.tool
    g = tr.gettext
    yield f'<!DOCTYPE html><html lang="{esc(tr.lang)}"><head><meta charset="utf-8">'
    yield '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
    yield " style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
    title = esc(g("permaudit report"))
    yield f"<title>{title}</title><style>{_CSS}</style></head><body>"
    about = g("{tool} {version}, data {data}.")
    about = about.format(tool=tool.name, version=tool.version, data=tool.data_version)
    yield f"<h1>{title}</h1><p>{esc(about)}"
    counts = g("{apks} apps scanned, {errors} could not be analysed.")
    yield " " + esc(counts.format(apks=s["apks"], errors=s["errors"])) + "</p>"
    yield f"<h2>{esc(g('Categories requested vs disclosed'))}</h2>" + _chart(s["categories"])
    yield '<p><span style="color:#c0392b">&#9632;</span> ' + esc(g("apps requesting the category"))
    yield ' <span style="color:#27ae60">&#9632;</span> ' + esc(g("apps disclosing it")) + "</p>"
    yield _counts(g("rule"), s["rules"], tr) + _counts(g("error kind"), s["error_kinds"], tr)
    yield f'<h2>{esc(g("Apps"))}</h2><p><label>{esc(g("Filter"))} <input id="filter" type="search"'
    yield f' placeholder="{esc(g("package, label, category…"))}"></label>'
    yield f' <span id="visible">{len(report.results)}</span> {esc(g("shown"))}</p>'
    yield '<table id="apps"><thead><tr>'
    cols = ("path", "package", "label", "status", "permissions", "categories")
    for col in (*cols, "findings", "max severity"):
        yield f'<th data-sort="1">{esc(g(col))}</th>'
    yield "</tr></thead><tbody>"
    yield from (_app_row(i, r, tr) for i, r in enumerate(report.results))
    yield "</tbody></table>"
    for i, r in enumerate(report.results):
        yield from _detail(i, r, tr)
    yield from _glossary(tr)
    summary_json = json_in_html(json.dumps(s, ensure_ascii=False))
    yield f'<script type="application/json" id="summary">{summary_json}</script>'
    yield f"<script>{_JS}</script></body></html>"


class HtmlFormatter:
    """A single HTML file with everything inline."""

    media_type = "text/html"

    def __init__(self, tr: Translator | None = None) -> None:
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        return "\n".join(_page(report, summarize(report.results), self.tr)) + "\n"
