"""Making untrusted APK text inert in each output medium (DESIGN §2.6).

Everything an APK supplies (package, label, permission names, policy sentences) is
untrusted. One function per medium, so every formatter escapes the same way.
"""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def terminal(text: object) -> str:
    """Strip control characters (ANSI escapes, bidi overrides) for terminal output.

    Rich markup is not interpreted because formatters pass text as ``rich.text.Text``;
    callers that build markup strings must also use ``rich.markup.escape``.
    """
    s = "" if text is None else str(text)
    s = s.replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub("", s)


def html_text(text: object) -> str:
    """Escape for HTML element content and quoted attributes."""
    return html.escape("" if text is None else str(text), quote=True)


def json_in_html(serialised: str) -> str:
    """Make a JSON string safe inside ``<script>``: no ``</``, no U+2028/2029."""
    return (
        serialised.replace("</", "<\\/")
        .replace("<!--", "<\\!--")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def csv_cell(text: object) -> str:
    """Prefix ``'`` to cells a spreadsheet would run as a formula."""
    s = "" if text is None else str(text)
    if s.startswith(_CSV_TRIGGERS):
        return "'" + s
    return s


def markdown_text(text: object) -> str:
    """Escape Markdown and inline HTML so app text cannot add links, tables or tags."""
    s = terminal(text)
    s = html.escape(s, quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+!|~>])", r"\\\1", s)
