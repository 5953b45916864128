"""An SDK table's row scraped onto one line, its cells run together with no mark between
them (docs/disclosure.md, "SDK rows"): "穿山甲SDK（北京巨量引擎网络技术有限公司）设备标识信息
（IMEI、IMSI），地理位置信息，应用信息提供广告推荐 https://www.csjplatform.com/privacy". The
SDK collects the data its row names, for the service the row names; a row names its SDK
first and ends in the SDK's privacy link."""

from __future__ import annotations

import re

from analyzer.disclosure.grammar import Grammar, Token
from analyzer.disclosure.reading_record import Reading

# the SDK first: "…SDK", or a party with its company in parentheses ("个推（浙江每日互动…公司）")
_PARTY = re.compile(
    r"^\W{0,4}[^，。；：:（(|]{1,30}?(?:SDK|[（(][^（()）]{2,40}?(?:公司|集团)[^（()）]*[）)])",
    re.I,
)
# …or its company named outside parentheses, in a table with no link column
# ("友盟统计友盟同欣（北京）科技有限公司外部存储状态，…，IMEI，…用户使用效果统计分析"): the row's
# end stands for the link
_COMPANY = re.compile(r"^\W{0,4}(?!我们|本|您|你)[^，。；：:|]{1,40}?(?:有限公司|集团)")
_DATA_CELL_GAP = 12  # characters at most between the company and the data cell after it
_LINK = re.compile(r"https?://")
_TAIL_LINK = re.compile(r"https?://\S*\s*$")
_SENTENCE_MARK = re.compile(r"[。！？]")


def _link(text: str, grammar: Grammar, tokens: list[Token]) -> int | None:
    """Where the row's privacy link starts (or, with no link, where the row ends), if
    ``text`` is such a row (no cell bars: a table read as a table has its header). A row
    cut from the one before inside its link ("language=zh-cn&country=CN…华为推送IMEI…")
    names its SDK later; it still ends in its own link, with no sentence before it."""
    if grammar.spaced or "|" in text:
        return None
    if _PARTY.match(text) is None:
        tail = _TAIL_LINK.search(text)
        if tail is None:
            return _linkless(text, grammar, tokens)
        return None if _SENTENCE_MARK.search(text, 0, tail.start()) else tail.start()
    link = _LINK.search(text)
    return link.start() if link else _linkless(text, grammar, tokens)


def _linkless(text: str, grammar: Grammar, tokens: list[Token]) -> int | None:
    """A row with no link: its party's company named first, the data cell right after it
    with no verb between ("…科技有限公司外部存储状态，…"; not "…有限公司仅会出于…收集…")."""
    company = _COMPANY.match(text)
    if company is None or _SENTENCE_MARK.search(text.rstrip("。")):
        return None
    data = next((t for t in tokens if t.kind != "trap" and t.start >= company.end()), None)
    if data is None or data.start - company.end() > _DATA_CELL_GAP:
        return None
    if grammar.access.search(text, company.end(), data.start):
        return None
    return len(text)


def row_service(text: str, grammar: Grammar, tokens: list[Token]) -> str | None:
    """The service a row names before its link: its purpose (``tokens``: the text's, from
    the caller's scan)."""
    link = _link(text, grammar, tokens)
    return None if link is None else _service(text, link, grammar, tokens)


def take_row_data(text: str, grammar: Grammar, reading: Reading, tokens: list[Token]) -> None:
    """The data a row names before its link, not refused, is what the SDK collects, when the
    row says why: a service, or a purpose marker ("用于实现用户间的即时聊天")."""
    if not reading.named:
        return
    link = _link(text, grammar, tokens)
    if link is None:
        return
    if reading.purpose is None and _service(text, link, grammar, tokens) is None:
        return
    reading.take_named_before(link)


def _service(text: str, link: int, grammar: Grammar, tokens: list[Token]) -> str | None:
    """The first service word before ``link`` (a position) that is not inside a data name
    (识别 in 设备识别码, 定位 in 定位信息)."""
    for found in grammar.row_services.finditer(text, 0, link):
        if not any(t.start <= found.start() and found.end() <= t.end for t in tokens):
            return found.group(0)
    return None
