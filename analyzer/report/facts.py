"""Facts every human-readable format shows the same way: worst severity, categories taken
without disclosure, deciding sentences, policy sources, and display-cell widths.

One place, so the brief line, the terminal, Markdown and HTML never disagree about
what "worst" or "undisclosed" means. Nothing here escapes: each medium does that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rich.cells import cell_len

from analyzer.i18n import Translator, translator
from analyzer.model import (
    Category,
    DisclosureEvidence,
    DisclosureLevel,
    PolicySource,
    Result,
    Severity,
)

Gettext = Callable[[str], str]


def identity(text: str) -> str:
    """The default translator: English as written."""
    return text


def worst(result: Result) -> Severity | None:
    """The highest severity among active (not waived) findings, or None."""
    active = result.active_findings()
    return max(f.severity for f in active) if active else None


def severity_rank(result: Result) -> int:
    """Sort key putting the worst apps first: critical > high > medium > low > none > error."""
    sev = worst(result)
    if sev is not None:
        return -int(sev) - 2
    return 0 if result.ok else 1


def undisclosed(result: Result) -> list[Category]:
    """Categories requested and not disclosed (``policy_only`` is not disclosure)."""
    cats = result.categories or {}
    return [
        c
        for c in Category
        if c in cats and cats[c].requested and cats[c].disclosure is not DisclosureLevel.DISCLOSED
    ]


def fired_rules(result: Result) -> list[str]:
    """Rule IDs of active findings, worst first, each once."""
    ordered = sorted(result.active_findings(), key=lambda f: -int(f.severity))
    return list(dict.fromkeys(f.rule for f in ordered))


def deciding(result: Result) -> Iterator[tuple[Category, DisclosureEvidence]]:
    """The sentences (or declarations) that decided each category's disclosure."""
    for category, use in (result.categories or {}).items():
        for evidence in use.disclosure_evidence:
            yield category, evidence


def policy_sources(result: Result) -> list[PolicySource]:
    """The result's policy sources (DESIGN §2.3)."""
    return list(result.policy_sources)


def source_summary(source: PolicySource, _: Gettext = identity) -> str:
    """``asset assets/privacy.html (zh, read)``: one source on one line."""
    notes = [n for n in (language_label(source.language, _), source.locale) if n]
    if source.read is not None:
        notes.append(_("read") if source.read else _("not read"))
    tail = f" ({', '.join(notes)})" if notes else ""
    return f"{source.type} {source.ref}{tail}"


_CONDITION = re.compile(r"^(?P<cause>.+) and (?P<condition>targetSdkVersion < \d+)$")


def implied_cause(text: str, _: Gettext = identity) -> str:
    """What granted an implied permission, in the reader's language: aapt's words
    "ACCESS_FINE_LOCATION and targetSdkVersion < 29" with their "and" translated."""
    found = _CONDITION.match(text)
    return _("{cause} and {condition}").format(**found.groupdict()) if found else text


def language_label(code: str | None, _: Gettext = identity) -> str | None:
    """``en``, ``zh``, or words for a language permaudit does not read."""
    return _("neither English nor Chinese") if code == "other" else code


def cells(text: str) -> int:
    """Display cells of ``text`` on a terminal (CJK characters count 2)."""
    return cell_len(text)


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` display cells, marking the cut with ``…``."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        w = cell_len(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def translator_of(gettext: Gettext) -> Translator:
    """The ``Translator`` behind a formatter's ``_``: itself when it is one; English for a
    plain stand-in callable (tests), so messages and labels still render."""
    return gettext if isinstance(gettext, Translator) else translator()
