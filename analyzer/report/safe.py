"""Making untrusted APK text inert in each output medium (DESIGN §2.6).

Everything an APK supplies (package, label, permission names, policy sentences) is
untrusted. One function per medium, so every formatter escapes the same way.
"""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp)(://)|\b(www)(\.)")


def visible_surrogates(text: str) -> str:
    """Lone surrogates (a non-UTF-8 file name kept with ``surrogateescape``) as ``\\xNN``.

    The original byte stays readable, and the output stays valid UTF-8.
    """

    def show(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _SURROGATE.sub(show, text)


def json_text(serialised: str) -> str:
    """JSON that encodes as UTF-8: lone surrogates become ``\\udcXX`` escapes."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", serialised)


def terminal(text: object) -> str:
    """Strip control characters (ANSI escapes, bidi overrides) for terminal output.

    Rich markup is not interpreted because formatters pass text as ``rich.text.Text``;
    callers that build markup strings must also use ``rich.markup.escape``.
    """
    s = "" if text is None else str(text)
    s = s.replace("\n", " ").replace("\t", " ")
    return visible_surrogates(_CONTROL.sub("", s))


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
    """Strip control and bidi characters; prefix ``'`` to cells a spreadsheet would run
    as a formula (checked after stripping, so a hidden control cannot unmask one)."""
    s = visible_surrogates(_CONTROL.sub("", "" if text is None else str(text)))
    if s.startswith(_CSV_TRIGGERS):
        return "'" + s
    return s


def markdown_text(text: object) -> str:
    """Escape Markdown and inline HTML so app text cannot add links, tables or tags."""
    s = terminal(text)
    s = html.escape(s, quote=False)
    s = re.sub(r"([\\`*_{}\[\]()#+!|~>])", r"\\\1", s)
    # a bare URL would autolink (GFM): an entity for its ":" or "." keeps it plain text
    return _AUTOLINK.sub(lambda m: f"{m[1]}&#58;//" if m[1] else f"{m[3]}&#46;", s)
