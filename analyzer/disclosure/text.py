"""Policy bytes → plain text → blocks that follow the document, not its line breaks.

A policy is judged block by block (docs/disclosure.md "From text to units"): a paragraph,
a heading, a list item, a table row. A single line break inside a paragraph is a space
(hard-wrapped plain text, Markdown and HTML source alike), so "collects your precise
location⏎so that the courier can find you" stays one sentence. HTML is parsed with
lxml.html with network access and entity resolution off; scripts and styles are dropped.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from lxml import etree, html

from analyzer.disclosure.blocks import (
    MD_RULE,
    Block,
    BlockKind,
    join_lines,
    starts_list_item,
)
from analyzer.disclosure.lines import from_lines, paged
from analyzer.disclosure.markdown import (
    bold_titles,
    is_bold_title,
    markdown_html,
    markdown_line,
    strip_front_matter,
)
from analyzer.disclosure.strings_xml import resources_blocks

# Kangxi and supplementary radicals that look like ordinary characters ("⼿机", "使⽤"), as
# text copied out of some PDFs has them: read as the characters they stand for (NFKC).
_RADICALS = {
    cp: unicodedata.normalize("NFKC", chr(cp))
    for cp in range(0x2E80, 0x2FE0)
    if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
}
_RADICAL = re.compile("[\u2e80-\u2fdf]")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u2028]+")
_WIDE = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"  # CJK and full-width punctuation
_CJK_GAP = re.compile(f"(?<=[{_WIDE}]) (?=[{_WIDE}])")
_WIDE_END = re.compile(f"[{_WIDE}]$")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "title")
_BLOCKS = ("p", "div", "section", "article", "blockquote", "body", "center", "view")
# A section's number before its bold title: "ii. ", "2.1 ", "（三）", "一、"
_TITLE_NUMBER = re.compile(
    r"\s*(?:(?:[ivx]{1,4}|[a-z]|\d{1,3}(?:\.\d{1,3})*|[一二三四五六七八九十]{1,3})[.)、．]"
    r"|\d{1,3}(?:\.\d{1,3})+|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*",
    re.I,
)
_MD_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s+\S")
# No sentence starts with these: a line that does goes on with the text before it
_GOES_ON = re.compile(r"^\s*[，、；：）。]")
_SKIP = ("script", "style", "noscript")
_MAX_FRAMES = 8
# What a <head> holds; the parser also leaves there the HTML5 elements it does not know
# (<section>, <main>) when a fragment starts with <style>, and those are the policy.
_HEAD_ONLY = ("title", "meta", "link", "base", *_SKIP)


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (with or without BOM), else UTF-16 with BOM, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


# A text whose characters were lost before permaudit saw it (a GBK file opened as UTF-8 and
# saved again keeps only U+FFFD in their place), or that no encoding reads, says nothing a
# reader could judge: past this share of its visible characters it is not read at all.
LOST_SHARE = 0.2
_LOST_MINIMUM = 20  # replacement characters: a few stray ones in a long policy are no loss


LOST_TEXT = "most of its characters are lost (U+FFFD)"  # why such a text is not judged


def mostly_lost(text: str) -> bool:
    """Are most of the text's characters U+FFFD replacement characters?"""
    lost = text.count("\ufffd")
    visible = len(text) - sum(map(str.isspace, text))
    return lost >= _LOST_MINIMUM and lost >= LOST_SHARE * visible


def squeeze(text: str) -> str:
    """Runs of white space → one space; none left between two CJK characters."""
    return _CJK_GAP.sub("", _SPACE.sub(" ", text)).strip()


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<body" in head or "<p" in head or "<div" in head


def _parse_html(text: str) -> Any:
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    return html.document_fromstring(text, parser=parser)


def html_title(text: str) -> str:
    """The ``<title>`` and first heading of an HTML document (for policy detection)."""
    try:
        root = _parse_html(text[:65536])
    except (etree.ParserError, ValueError):
        return ""
    parts = [
        etree.tostring(el, method="text", encoding="unicode", with_tail=False)
        for el in root.iter("title", "h1", "h2")
    ]
    return " ".join(str(p) for p in parts[:3])


_BR = "\u2028"  # a <br>: a line break that may start a list item
_BLANK_LINE = re.compile(f"{_BR}[^\\S{_BR}]*{_BR}[\\s{_BR}]*")  # <br><br>: an empty line


class _HtmlBlocks:
    """Walks an lxml tree once, emitting a block per block element, row and list item."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.frames = 0  # documents read out of an <iframe srcdoc> (a few at most)

    def flush(self, kind: BlockKind = "para", level: int = 0) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        # "<p>…<br><br>…</p>": a blank line on the page ends a paragraph, as in plain text
        for part in _BLANK_LINE.split(raw) if kind == "para" else (raw,):
            self.emit(part, kind, level)

    def emit(self, raw: str, kind: BlockKind, level: int) -> None:
        lines = raw.split(_BR)
        if kind == "para" and any(starts_list_item(line) for line in lines[1:]):
            # "<p>We collect:<br>● your IMEI<br>● your name</p>": a list in one paragraph
            self.blocks.extend(from_lines([squeeze(line) for line in lines], markdown=False))
            return
        text = squeeze(raw)
        if text:
            self.blocks.append(Block(kind, text, level))

    def walk(self, el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            self.buffer.append(" ")
        elif tag == "head":
            for child in el:
                if child.tag not in _HEAD_ONLY:
                    self.walk(child)
        elif tag == "tr":
            self.flush()
            self.row(el)
        elif tag == "dt":  # "<dt>使用目的：</dt><dd>用于…</dd>": one "field：value" block
            self.flush()
            self.inner(el)
            if not "".join(self.buffer).rstrip().endswith((":", "：")):
                self.buffer.append(": ")
        elif tag == "dd":
            self.inner(el)
            self.flush()
        elif tag == "pre":  # preformatted text keeps its lines: read it as plain text,
            self.flush()  # or as Markdown when it holds a pipe table
            content = el.text_content()
            marked = any(MD_RULE.match(line) or _MD_HEADING_LINE.match(line) for line in
                         content.splitlines())  # fmt: skip
            self.blocks.extend(markdown_blocks(content) if marked else plain_blocks(content))
        elif tag in ("li", *_HEADINGS, *_BLOCKS, "ul", "ol", "table", "tbody", "thead"):
            self.flush()
            self.inner(el)
            heading = tag in _HEADINGS or (tag == "p" and _bold_title(el))
            level = int(tag[1]) if tag in _HEADINGS and tag != "title" else 0
            self.flush("item" if tag == "li" else "heading" if heading else "para", level)
        elif tag in ("b", "strong") and _titles_paragraph(el, self.buffer):
            self.inner(el)  # "<p><b>接收讯息（短信）</b><br>解析短信中的验证码…": a label
            title = "".join(self.buffer).rstrip()
            if title and not title.endswith((":", "：", "。", ".")):
                self.buffer.append("：" if _WIDE_END.search(title) else ": ")
        elif tag == "br":
            self.buffer.append(_BR)
        elif tag == "iframe" and el.get("srcdoc") and self.frames < _MAX_FRAMES:
            self.flush()  # a site builder's page shows its text from the frame's own document
            self.frames += 1
            with contextlib.suppress(etree.ParserError, ValueError):  # an empty frame
                self.walk(_parse_html(el.get("srcdoc")))
            self.flush()
        else:
            self.inner(el)
        if el.tail:
            self.buffer.append(el.tail)

    def inner(self, el: Any) -> None:
        if el.text and el.tag not in _SKIP:
            self.buffer.append(el.text)
        for child in el:
            self.walk(child)

    def row(self, tr: Any) -> None:
        cells = []
        header = True
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            header = header and cell.tag == "th"
            inner = _HtmlBlocks()
            inner.inner(cell)
            inner.flush()
            cells.append(" ".join(b.text for b in inner.blocks))
        text = " | ".join(c for c in cells if c)
        if text:
            self.blocks.append(Block("header" if header and cells else "row", text))


def _bold_title(p: Any) -> bool:
    """A paragraph that is one bold run and no sentence is a heading, however long
    ("**Information collected when you use our services**"), also after its number ("ii.
    **Access, Correct, Delete …**")."""
    children = list(p)
    only = len(children) == 1 and children[0].tag in ("b", "strong")
    numbered = not (p.text or "").strip() or _TITLE_NUMBER.fullmatch(p.text) is not None
    if not only or not numbered or (children[0].tail or "").strip():
        return False
    return is_bold_title(children[0].text_content())


def _titles_paragraph(el: Any, buffer: list[str]) -> bool:
    """Is this bold run the whole first line of its paragraph, a line break after it?"""
    following = el.getnext()
    alone = not (el.tail or "").strip() and following is not None and following.tag == "br"
    return alone and not "".join(buffer).strip()


def html_blocks(text: str) -> list[Block]:
    """Blocks of an HTML document: headings, paragraphs, list items and table rows."""
    try:
        root = _parse_html(text)
    except (etree.ParserError, ValueError):
        return plain_blocks(text)
    walker = _HtmlBlocks()
    walker.walk(root)
    walker.flush()
    return _first_rows_as_headers(walker.blocks)


def _first_rows_as_headers(blocks: list[Block]) -> list[Block]:
    """A table without ``<th>`` still has a header: its first row, when it has no data row
    before it (a row right after a non-row block)."""
    out: list[Block] = []
    for block in blocks:
        starts_table = block.kind == "row" and (not out or out[-1].kind not in ("row", "header"))
        out.append(Block("header", block.text) if starts_table else block)
    return out


def plain_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Blocks of plain text or Markdown: a blank line, a list marker, a heading or a table
    row ends a block; any other line break is a space."""
    lines = text.splitlines()
    if markdown:
        lines = [markdown_line(line) for line in bold_titles(lines)]
    return from_lines(lines if markdown else paged(_spans_rejoined(lines)), markdown)


def _spans_rejoined(lines: list[str]) -> list[str]:
    """A page's bold or linked spans copied out as paragraphs of their own ("2.基于电话权限的
    附加服务⏎⏎：为⏎⏎保障您的账号安全⏎⏎，您需要授权我们读取本机识别码。"): the blank lines
    before a line that goes on with the text before it end no paragraph."""
    out: list[str] = []
    for line in lines:
        if _GOES_ON.match(line):
            while out and not out[-1].strip():
                out.pop()
        out.append(line)
    return out


def markdown_blocks(text: str) -> list[Block]:
    """Markdown; raw HTML inside it (tables, lists) is read as HTML, the rest as Markdown.
    A YAML front matter (Jekyll, Hexo: "---⏎title: …⏎---") is the site's, not the text."""
    text = strip_front_matter(text)
    document = markdown_html(text)
    return plain_blocks(text, markdown=True) if document is None else html_blocks(document)


def json_blocks(text: str) -> list[Block]:
    """Every string value of a JSON document (each may itself be HTML)."""
    try:
        doc = json.loads(text)
    except ValueError:
        return plain_blocks(text)
    out: list[Block] = []
    for value in _strings(doc):
        out.extend(html_blocks(value) if looks_like_html(value) else plain_blocks(value))
    return out


def _strings(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def to_blocks(data: bytes, name: str = "") -> list[Block]:
    """Any supported policy file (text, HTML, Markdown, JSON, Android strings) → its blocks."""
    return text_blocks(decode(data), name)


def text_blocks(text: str, name: str = "") -> list[Block]:
    """Decoded policy text → blocks, by the file name's suffix or the text's look."""
    if _RADICAL.search(text):
        text = text.translate(_RADICALS)
    lower = name.lower()
    if lower.endswith(".json"):
        return json_blocks(text)
    if lower.endswith((".md", ".markdown")):
        return markdown_blocks(text)  # raw HTML inside Markdown is read as HTML there
    strings = resources_blocks(text, html_blocks, plain_blocks)
    if strings is not None:
        return strings
    if lower.endswith((".html", ".htm")) or looks_like_html(text):
        return html_blocks(text)
    return plain_blocks(text)


def to_text(data: bytes, name: str = "") -> str:
    """Any supported policy file → plain text, one block per line (for users and tests)."""
    return "\n".join(b.text for b in to_blocks(data, name))


__all__ = ["Block", "decode", "join_lines", "to_blocks", "to_text"]
