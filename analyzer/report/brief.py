"""``--format brief``: exactly one line per APK, for a glance at a batch or a grep.

``package  worst-severity  undisclosed: categories  rules: ids`` (an APK that could not
be analysed: ``path  error  kind: message``). With a width (a terminal, or ``COLUMNS``
set) each line is cut to it; without one, lines are whole.
"""

from __future__ import annotations

from analyzer.i18n import Translator, translator
from analyzer.model import Result
from analyzer.report.base import Report
from analyzer.report.facts import Gettext, fired_rules, shorten, undisclosed, worst
from analyzer.report.safe import terminal


class BriefFormatter:
    """One line per result, in report order."""

    media_type = "text/plain"

    def __init__(
        self,
        width: int | None = None,
        gettext: Gettext | None = None,
        tr: Translator | None = None,
    ) -> None:
        self.width = width
        self.gettext: Gettext = gettext or tr or translator()

    def render(self, report: Report) -> str:
        lines = [self.line(r) for r in report.results]
        return "".join(f"{line}\n" for line in lines)

    def line(self, result: Result) -> str:
        """The one line for ``result`` (app text stripped of control characters)."""
        _ = self.gettext
        if not result.ok:
            text = (
                f"{terminal(result.apk.path)}  {_('error')}"
                f"  {terminal(result.error_kind)}: {terminal(result.error_message)}"
            )
        else:
            package = result.app.package if result.app else result.apk.path
            sev = worst(result)
            cats = ",".join(c.value for c in undisclosed(result)) or "-"
            rules = ",".join(fired_rules(result)) or "-"
            text = (
                f"{terminal(package) or '-'}  {sev.label if sev else _('none')}"
                f"  {_('undisclosed')}: {cats}  {_('rules')}: {rules}"
            )
        return shorten(text, self.width) if self.width else text
