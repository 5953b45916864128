"""Markdown policies: inline markup to text, and Markdown with raw HTML to one HTML page.

Policies in app repositories mix Markdown with raw HTML tables (a permission table in a
``PRIVACY.md``). Such a file is turned into one HTML page so that the HTML reader sees its
tables; a file without raw HTML is read line by line as plain text (``text.plain_blocks``).
"""

from __future__ import annotations

import re

from analyzer.disclosure.blocks import MD_CELL_BREAK, MD_RULE

_MD_INLINE = re.compile(
    r"[*`]+|(?<!\w)_+|_+(?!\w)|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)"
)  # emphasis, code, images, links; an underscore inside a word (ACCESS_FINE_LOCATION) stays
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_HTML_BLOCK = re.compile(r"<(?:table|tr|td|th|p|div|ul|ol|li|h[1-6])\b", re.IGNORECASE)
# Raw HTML elements that may hold blank lines: until they close, the Markdown is inside them.
_OPENS = re.compile(r"<(table|div|ul|ol|dl|details|section|blockquote)\b", re.IGNORECASE)
_CLOSES = re.compile(r"</(table|div|ul|ol|dl|details|section|blockquote)\s*>", re.IGNORECASE)
_MD_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+(?:\s+[\"'(].*)?\s*$")
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A paragraph that is one bold run ("**Information collected when you use our services**")
_BOLD_PARAGRAPH = re.compile(r"^\s{0,3}(\*\*|__)(?=\S)([^*_]+?)(?<=\S)\1\s*$")
_BOLD_TITLE_CHARS = 120  # a bold paragraph longer than this is emphasis, not a title
_SENTENCE_END = re.compile(r"[。.!！?？;；,，、:：]\s*$")
MD_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")


def markdown_inline(text: str) -> str:
    """Markdown inline markup → its text; escapes (ACCESS\\_FINE) → the character."""
    parts = _MD_ESCAPE.split(text)  # odd items are escaped characters: kept as they are
    return "".join(
        p if i % 2 else _MD_INLINE.sub(lambda m: m.group(1) or "", p) for i, p in enumerate(parts)
    )


def markdown_line(line: str) -> str:
    """One Markdown line's text; a table row and a list marker ("* ", "- ") stay as they are
    (an asterisk bullet is not emphasis)."""
    if line.lstrip().startswith("|"):
        return line
    if _MD_LINK_DEFINITION.match(line):  # "[ACCESS_FINE_LOCATION]: https://…" is not text
        return ""
    bullet = MD_LIST.match(line)
    at = bullet.end() if bullet else 0
    return line[:at] + markdown_inline(line[at:])


def is_bold_title(text: str) -> bool:
    """Is the text of a paragraph that is one bold run a title? Short enough, and no
    sentence: a bold sentence (".", ":", …) is emphasis; a question is a title ("What
    Information Do We Collect?")."""
    text = text.strip()
    asked = text.rstrip("?？")
    return 0 < len(text) <= _BOLD_TITLE_CHARS and not _SENTENCE_END.search(asked)


def _bold_paragraph(text: str) -> str | None:
    """The title that a Markdown paragraph holding one bold run is, if it is one."""
    bold = _BOLD_PARAGRAPH.match(text)
    return bold.group(2) if bold and is_bold_title(bold.group(2)) else None


def bold_titles(lines: list[str]) -> list[str]:
    """Each paragraph that is a bold title alone (a blank line above and below) as a
    heading ("###### …"): a title longer than a short paragraph's is no heading otherwise.
    So is a bold title that opens a paragraph and ends in a hard line break ("**B) How Do
    You Access …?**␣␣⏎In some parts of the world, …")."""
    out = list(lines)
    for i, line in enumerate(lines):
        first = i == 0 or not lines[i - 1].strip()
        alone = first and (i + 1 == len(lines) or not lines[i + 1].strip())
        broken = first and (line.endswith("  ") or line.endswith("\\"))
        title = _bold_paragraph(line.rstrip(" \\")) if alone or broken else None
        if title:
            out[i] = "###### " + title
    return out


def strip_front_matter(text: str) -> str:
    """Without a YAML front matter (Jekyll, Hexo: "---⏎title: …⏎---"): the site's, not text."""
    return _FRONT_MATTER.sub("", text, count=1)


def markdown_html(text: str) -> str | None:
    """Markdown with raw HTML → one HTML page; ``None`` when it has no raw HTML blocks.

    A paragraph inside a raw element that is still open (a blank line inside a ``<td>``)
    stays raw: escaping it would turn the element's closing tags into text.
    """
    if not _HTML_BLOCK.search(text):
        return None
    parts, depth = [], 0
    for paragraph in re.split(r"\n\s*\n", text):
        stripped = paragraph.strip()
        if not stripped or depth > 0 or stripped.startswith("<"):
            parts.append(paragraph)
        else:
            parts.append(_paragraph_html(stripped))
        depth = max(0, depth + len(_OPENS.findall(paragraph)) - len(_CLOSES.findall(paragraph)))
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _paragraph_html(stripped: str) -> str:
    heading = re.match(r"(#{1,6})\s+(.*)", stripped, re.DOTALL)
    if heading:
        level = len(heading.group(1))
        return f"<h{level}>{_escape(markdown_inline(heading.group(2)))}</h{level}>"
    title = _bold_paragraph(stripped)
    if title:
        return f"<h6>{_escape(markdown_inline(title))}</h6>"
    if _is_pipe_table(stripped):
        return _pipe_table_html(stripped)
    if all(MD_LIST.match(line) for line in stripped.splitlines()):
        items = (MD_LIST.sub("", line) for line in stripped.splitlines())
        return "".join(f"<li>{_escape(markdown_inline(i))}</li>" for i in items)
    return f"<p>{_escape(markdown_inline(stripped))}</p>"


def _is_pipe_table(paragraph: str) -> bool:
    lines = paragraph.splitlines()
    piped = all(line.lstrip().startswith("|") for line in lines)
    unpiped = "|" in lines[0] and MD_RULE.match(lines[1]) is not None if len(lines) >= 2 else False
    return len(lines) >= 2 and (piped or (unpiped and all("|" in line for line in lines)))


def _pipe_table_html(paragraph: str) -> str:
    """A Markdown pipe table → an HTML table; the row above a ``|---|`` rule is the header."""
    lines = paragraph.splitlines()
    rows = []
    for i, line in enumerate(lines):
        if MD_RULE.match(line):
            continue
        header = i + 1 < len(lines) and MD_RULE.match(lines[i + 1]) is not None
        cells = MD_CELL_BREAK.sub(" ", line).strip().strip("|").split("|")
        tag = "th" if header else "td"
        rows.append(
            "<tr>"
            + "".join(f"<{tag}>{_escape(markdown_inline(c.strip()))}</{tag}>" for c in cells)
            + "</tr>"
        )
    return "<table>" + "".join(rows) + "</table>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
