"""Policy text → plain text → sentences (English and Chinese punctuation).

HTML is parsed with lxml.html with network access and entity resolution off; scripts and
styles are dropped. Table cells and list items end a sentence, so purpose tables
("位置信息 | 用于导航") are read row by row.
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree, html

_BLOCK_TAGS = (
    "title", "p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[。！？；;!?\n])|(?<=\.)(?=\s)|(?<=\.)$")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_MARKDOWN = re.compile(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s?|\d+\.\s+)", re.MULTILINE)
_MD_INLINE = re.compile(r"[*_`]+|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
MAX_SENTENCE = 600
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (with or without BOM), else UTF-16 with BOM, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def language_of(text: str) -> str | None:
    """``zh`` when a tenth of the letters are CJK, ``en`` for Latin letters, else None."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cjk and cjk * 10 >= cjk + latin // 5:
        return "zh"
    if latin:
        return "en"
    return "zh" if cjk else None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<body" in head or "<p" in head or "<div" in head


def html_to_text(text: str) -> str:
    """Visible text of an HTML document, one line per block element."""
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return text
    for bad in root.iter("script", "style", "noscript", "template"):
        bad.text = ""
        for child in list(bad):
            bad.remove(child)
    for el in root.iter(*_BLOCK_TAGS, "td", "th"):
        el.tail = ("\n" if el.tag not in ("td", "th") else " | ") + (el.tail or "")
    return str(etree.tostring(root, method="text", encoding="unicode"))


def html_title(text: str) -> str:
    """The ``<title>`` and first heading of an HTML document (for policy detection)."""
    parser = html.HTMLParser(no_network=True, remove_comments=True)
    try:
        root = html.document_fromstring(text[:65536], parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    parts = [
        etree.tostring(el, method="text", encoding="unicode", with_tail=False)
        for el in root.iter("title", "h1", "h2")
    ]
    return " ".join(str(p) for p in parts[:3])


def markdown_to_text(text: str) -> str:
    text = _MARKDOWN.sub("", text)
    return _MD_INLINE.sub(lambda m: m.group(1) or "", text)


def json_to_text(text: str) -> str:
    """Every string value of a JSON document, one per line (each may itself be HTML)."""
    try:
        doc = json.loads(text)
    except ValueError:
        return text
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            out.append(html_to_text(node) if looks_like_html(node) else node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    return "\n".join(out)


def to_text(data: bytes, name: str = "") -> str:
    """Any supported policy file (text, HTML, Markdown, JSON) → plain text."""
    text = decode(data)
    lower = name.lower()
    if lower.endswith(".json"):
        return json_to_text(text)
    if lower.endswith((".html", ".htm")) or looks_like_html(text):
        return html_to_text(text)
    if lower.endswith(".md"):
        return markdown_to_text(text)
    return text


def sentences(text: str) -> list[str]:
    """Split on 。！？；;!? and line ends, and on '.' followed by space; whitespace squeezed."""
    out = []
    for piece in _SENTENCE_END.split(text):
        clean = _SPACE.sub(" ", piece).strip(" \n|")
        if clean:
            out.append(clean[:MAX_SENTENCE])
    return out
