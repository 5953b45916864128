"""Android string resources (``res/values*/strings.xml``) given as a policy: the strings as
the app shows them, without resource names, tags, escapes or entities."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from analyzer.disclosure.blocks import Block

_RESOURCES = re.compile(r"<resources[\s>]")
_HTML_PAGE = re.compile(r"<(?:html|body|p|div|h[1-6]|ul|ol|table)\b", re.IGNORECASE)
_ANDROID_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|.)|"')  # an escape, or a bare quote


def resources_blocks(
    text: str,
    html: Callable[[str], list[Block]] | None = None,
    plain: Callable[[str], list[Block]] | None = None,
) -> list[Block] | None:
    """An Android string-resource file (``res/values*/strings.xml``) as the app shows it.

    Each string, and each item of a string array or plurals, is read on its own. As aapt
    compiles it, the file's own line breaks and indentation are one space and ``\\n`` is a
    line break, so a long string written with ``\\n\\n`` between its paragraphs keeps
    them (read by ``plain``; without it each string is one paragraph). Resource names,
    tags and escapes are not text (entities and the network stay off). A string that
    holds an HTML page (in CDATA, shown in a WebView) is read by ``html``.
    """
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if not head.startswith("<") or not _RESOURCES.search(head):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None or root.tag != "resources":
        return None
    blocks = []
    for element in root.iter("string", "item"):
        value = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
        shown = _android_unescape(" ".join(str(value).split())).strip()
        if html is not None and _HTML_PAGE.search(shown):
            blocks.extend(html(shown))
        elif plain is not None and "\n" in shown:
            blocks.extend(plain(shown))
        elif shown:
            blocks.append(Block("para", " ".join(shown.split())))
    return blocks


def _android_unescape(value: str) -> str:
    """``\\n``, ``\\'``, ``\\u4e2d`` → the characters; unescaped double quotes only group."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code is None:
            return ""  # a bare quote
        if len(code) == 5:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": " "}.get(code, code)

    return _ANDROID_ESCAPE.sub(one, value)
