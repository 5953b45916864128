"""Blocks and units: the pieces of a policy that are judged, each with its context.

A *block* is a heading, a paragraph, a list item or a table row. A *unit* is a sentence
of a block, carrying a *lead*: the context that can state the purpose or the access for
it (the table's header row, the clause that introduces a list, the section heading). So
"为向您提供外卖服务，我们会收集以下信息：" followed by "• 位置信息" discloses location,
and a permission table row is read with its header (docs/disclosure.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from typing import Literal

from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.inline_lists import inline_list
from analyzer.disclosure.permission_titles import is_permission_title, longest_title
from analyzer.disclosure.sections import Sections, nested, section_context
from analyzer.disclosure.sentences import sentences

BlockKind = Literal["heading", "para", "item", "header", "row"]
LeadKind = Literal["", "heading", "intro", "header", "previous"]

LIST_MARK = re.compile(
    r"^\s*(?:[-*+]\s+|[•·●▪◦■□➢►]\s*|\d{1,3}(?:\.\d{1,3})+\s+(?=[^\x00-\x7f])|\d{1,3}(?:\.\d{1,3})*[.)、．]\s*|[（(]\d{1,3}[）)]\s*"
    r"|[（(](?:[ivx]{1,4}|[a-z])[）)]\s*"
    r"|[一二三四五六七八九十]{1,3}[、.．]\s*|[（(][一二三四五六七八九十]{1,3}[）)]\s*"
    r"|第[一二三四五六七八九十百\d]{1,4}(?:条|章|节|部分)(?=\s*\S)\s*|[\u2460-\u2473]\s*"
    r"|[a-z][.)]\s+(?=[A-Z]))"
)
# A pipe table's delimiter row: "|---|:--:|", also "| - | - |" (GFM needs one hyphen a cell)
MD_RULE = re.compile(r"^\s*(?=[^|]*\|)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
# A line break inside a pipe table's cell, the only one Markdown allows there: "a.<br>B"
MD_CELL_BREAK = re.compile(r"(?:\s*<br\s*/?>\s*)+", re.IGNORECASE)
_WIDE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_CLOSED = re.compile(r"[。.!！?？;；,，、]\s*$")
_INTRO = re.compile(r"[:：]\s*$")
CELL_BAR = " | "  # how the readers join a table row's cells
FIELD = re.compile(r"^([^:：。.!?！？|]{1,12})[:：]\s*\S")
HEADING_CHARS = 40
_HEADING_KIND: dict[bool, LeadKind] = {True: "heading", False: ""}  # a lead under a heading
HEADER_CELL_CHARS = 15  # a header cell copied out of a page is no longer than this
_LONGEST_HEADING = 200  # a "heading" longer than this is a section marked up as one


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a document, its text already on one line."""

    kind: BlockKind
    text: str
    level: int = 0  # a heading's level where the markup tells it (<h2>, "##"), else 0


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence to judge, with the block context that may complete it."""

    text: str
    lead: str = ""
    kind: BlockKind = "para"
    lead_kind: LeadKind = ""  # what the lead is: it decides what it may complete
    heading: str = ""  # the section's heading, above a lead that is not it
    title: str = ""  # the nearest heading alone, when the lead is the chain of headings above


def cell_spans(row: str) -> list[tuple[int, int]]:
    """Where each cell of a row's text ("Location | To show nearby stores") starts and ends."""
    spans, at = [], 0
    for cell in row.split(CELL_BAR):
        spans.append((at, at + len(cell)))
        at += len(cell) + len(CELL_BAR)
    return spans


def next_sentence(every: Sequence[Unit], at: int) -> Unit | None:
    """The unit after ``every[at]`` when that unit leads it (the next sentence of its block)."""
    following = every[at + 1] if at + 1 < len(every) else None
    return following if following is not None and following.lead == every[at].text else None


def join_lines(lines: Iterable[str]) -> str:
    """Lines of one paragraph → one line: a space between words, none between CJK."""
    parts: list[str] = []
    for line in lines:
        piece = line.strip()
        if not piece:
            continue
        if parts and not (_WIDE.match(parts[-1][-1]) and _WIDE.match(piece[0])):
            parts.append(" ")
        parts.append(piece)
    return "".join(parts)


def starts_list_item(line: str) -> bool:
    """Does ``line`` start with a list marker ("- ", "●", "1.", "（一）", "①" …)?"""
    return LIST_MARK.match(line) is not None


def _is_heading(block: Block) -> bool:
    if block.kind == "heading":
        return True
    short = block.kind == "para" and len(block.text) <= HEADING_CHARS
    unbroken = "；" not in block.text and ";" not in block.text  # a heading has no "；"
    describes = WORDS.description_start.match(block.text) is not None  # "用于设置字体大小功能"
    closed = _CLOSED.search(block.text) or _INTRO.search(block.text)
    return short and unbroken and not closed and not describes


def records(blocks: Iterable[Block]) -> Iterator[Block]:
    """Runs of short "field：value" paragraphs are records, read like a table row.

    An SDK entry laid out as paragraphs ("SDK名称：某地图SDK" / "使用目的：提供定位服务" /
    "收集个人信息类型：位置信息") states the purpose for its data in another paragraph; the
    run becomes a header (the whole record) followed by one row per field.
    """
    run: list[Block] = []

    def flush() -> Iterator[Block]:
        if len(run) >= 2:
            yield Block("header", " ".join(b.text for b in run))
            yield from (Block("row", b.text) for b in run)
        else:
            yield from run
        run.clear()

    for block, one in _split_fields(blocks):
        field = FIELD.match(block.text) if one else None
        if field and run and FIELD.match(run[0].text).group(1) == field.group(1):  # type: ignore[union-attr]
            yield from flush()  # the same first field again: a new record
        if field:
            run.append(block)
            continue
        yield from flush()
        yield block
    yield from flush()


def _split_fields(blocks: Iterable[Block]) -> Iterator[tuple[Block, bool]]:
    """Each block, and whether it is a paragraph or item of one sentence (split once here).

    Records written inside a paragraph, their fields ended by "；" ("SDK名称：个推；SDK获取的
    权限：设备信息(IMEI…)；使用目的：消息推送；"), also in a policy that is one long line: each
    run of three or more such fields becomes one paragraph per field."""
    for block in blocks:
        if block.kind not in ("para", "item"):
            yield block, False
            continue
        parts = sentences(block.text)
        fields = [FIELD.match(p) is not None and p.endswith(("；", ";")) for p in parts]
        if sum(fields) < 3:
            yield block, len(parts) == 1
            continue
        rest: list[str] = []
        for is_field, run in groupby(zip(parts, fields, strict=True), key=itemgetter(1)):
            texts = [part for part, _ in run]
            if not (is_field and len(texts) >= 3):
                rest.extend(texts)
                continue
            if rest:
                yield _one_block(block.kind, " ".join(rest))
                rest = []
            yield from (_one_block(block.kind, text.rstrip("；;")) for text in texts)
        if rest:
            yield _one_block(block.kind, " ".join(rest))


def _one_block(kind: BlockKind, text: str) -> tuple[Block, bool]:
    return Block(kind, text), len(sentences(text)) == 1


def flattened_tables(blocks: Sequence[Block]) -> list[Block]:
    """A table copied out of a web page as one cell per paragraph ("调取设备权限" / "应用场景"
    / "调用权限目的" / "通讯录" / "手机充值" / "方便您输入充值手机号" …): a run of short header
    cells that names a purpose column, then short cells up to the next numbered or long
    paragraph. The header becomes a header row and every cell after it a row under it, so
    the purpose column reaches the data named in the cells."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        width = _flat_header(blocks, i)
        end = i + width
        while width and end < len(blocks) and _flat_cell(blocks[end]):
            end += 1
        if width and end - i >= 2 * width:  # at least one whole row
            out.append(Block("header", " | ".join(b.text for b in blocks[i : i + width])))
            out.extend(Block("row", b.text) for b in blocks[i + width : end])
            i = end
            continue
        out.append(blocks[i])
        i += 1
    return out


def _flat_header(blocks: Sequence[Block], start: int) -> int:
    """How many header cells start at ``start`` (0: none)."""
    width = 0
    while start + width < len(blocks) and width < 8:
        block = blocks[start + width]
        if not (_flat_cell(block) and is_header_cell(block.text)):
            break
        width += 1
    cells = [b.text for b in blocks[start : start + width]]
    return width if width >= 3 and names_purpose_column(cells) else 0


def is_header_cell(text: str) -> bool:
    """A short cell that names a column ("使用目的", "Permission"): a header of a table
    copied out of a page, a cell a paragraph or a cell a line."""
    return 0 < len(text) <= HEADER_CELL_CHARS and WORDS.header_cell.search(text) is not None


def names_purpose_column(cells: Sequence[str]) -> bool:
    """Does one of a header's cells name the purpose column, among two columns named apart
    (not "启用功能 / 禁用功能 / 按需选择您要启用远程控制的功能", a settings screen's strings)?"""
    named = {m.group().lower() for cell in cells for m in WORDS.header_cell.finditer(cell)}
    return WORDS.purpose_column.search(" ".join(cells)) is not None and len(named) >= 2


def _flat_cell(block: Block) -> bool:
    text = block.text
    short = len(text) <= 120 or not text.endswith(("。", "."))
    return block.kind in ("para", "heading") and short and not starts_list_item(text)


def units(blocks: Iterable[Block]) -> Iterator[Unit]:
    """Every sentence of every block, with the context that leads it."""
    titles: dict[str, str] = {}  # a chain of headings → the last of them
    for unit in _units(blocks, titles):
        title = titles.get(unit.lead, "") if unit.lead_kind == "heading" else ""
        yield replace(unit, title=title) if title else unit


def _units(blocks: Iterable[Block], titles: dict[str, str]) -> Iterator[Unit]:
    heading = intro = header = ""
    sections: Sections = ()
    listed = list(records(flattened_tables(list(blocks))))
    for i, block in enumerate(listed):
        after = listed[i + 1] if i + 1 < len(listed) else None
        if block.kind == "heading" and len(block.text) > _LONGEST_HEADING:
            block = Block("para", block.text)  # a whole section inside one <h3>: paragraphs
        before = listed[i - 1] if i else None
        if block.kind == "para" and intro and starts_list_item(block.text):
            block = Block("item", block.text)  # "…具体如下：" / "（1）设备信息：…" as paragraphs
        if _is_heading(block) or _is_label_item(block, (before, after), intro):
            sections = nested(sections, block.level, block.text)
            heading, intro, header = section_context(sections), "", ""
            if heading != block.text:
                titles[heading] = block.text
            yield Unit(block.text, "", "heading")
            continue
        lead, kind = heading, _HEADING_KIND[bool(heading)]
        if block.kind == "header":
            header = block.text
            yield Unit(block.text, intro or heading, "header", "intro" if intro else kind, heading)
            continue
        if block.kind == "para":
            intro = block.text if _introduces(block.text, after) else ""
            header = ""
        elif block.kind == "item" and _introduces_items(block, after):
            # "（一）我们可能会申请以下权限，…" / "- 位置": read under the heading, then the intro
            yield from _block_units(block, lead, kind, heading)
            intro = block.text
            continue
        elif block.kind == "row" and (intro or header):
            lead, kind = " ".join(p for p in (intro, header) if p), "header"
        elif block.kind == "item" and intro:
            lead, kind = intro, "intro"
        yield from _with_inline_list(block, lead, kind, heading)


def _introduces_items(block: Block, after: Block | None) -> bool:
    """A list item that introduces the items, or the table or record, after it (see
    ``_introduces``)."""
    numbered = after is not None and after.kind == "para" and starts_list_item(after.text)
    if after is None or (after.kind not in ("item", "header") and not numbered):
        return False
    return _introduces(block.text, after)


def _introduces(text: str, after: Block | None) -> bool:
    """Does ``text`` introduce what follows it? It ends in a colon, or announces "the
    following" to a list without ending its sentence ("…obtains the following data⏎- …")."""
    if _INTRO.search(text):
        return True
    if after is None or after.kind != "item":
        return False
    if WORDS.list_lead.search(text):  # "…to serve personalised ads, i.e.⏎* location data"
        return True
    return WORDS.following.search(text) is not None and not _CLOSED.search(text)


def _is_label_item(block: Block, around: tuple[Block | None, Block | None], intro: str) -> bool:
    """A short list item that titles what follows: a permission name, an item followed by
    a table's header, or by a paragraph outside an introduced list ("- **READ_PHONE_STATE**"
    / "App reads …"), unless it ends a list of items ("- Storage⏎- Write settings (to set
    as ringtone)")."""
    longest = longest_title(block.text, HEADING_CHARS)  # "RECORD_AUDIO (…)"
    if block.kind != "item" or len(block.text) > longest or _CLOSED.search(block.text):
        return False
    before, after = around
    table = after is not None and after.kind == "header" and CELL_BAR in after.text
    table = table and not _INTRO.search(block.text)  # not one that introduces it ("…如下：")
    if is_permission_title(block.text) or table:
        return True  # a permission's name, or the title of the table below ("（二）权限说明")
    last = before is not None and before.kind == "item"
    return not intro and not last and after is not None and after.kind == "para"


# A list item's name before its own sentence: short, no clause inside ("（1）设备及应用信息。",
# "Precise geolocation.", also a bare number the splitter cut off: "2.")
_ITEM_NAME = re.compile(r"[^，,；;：:]{1,24}[。.]")


def _with_inline_list(block: Block, lead: str, kind: LeadKind, heading: str) -> Iterator[Unit]:
    """The units of a block, its list written inside it read under its introduction
    ("…收集您的部分信息：1）日志信息…。2）终端设备信息…"): see ``inline_lists``."""
    found = inline_list(block.text) if block.kind in ("para", "item") else None
    if found is None:
        yield from _block_units(block, lead, kind, heading)
        return
    head, items = found
    intro = ""
    for unit in _block_units(Block(block.kind, head), lead, kind, heading):
        intro = unit.text
        yield unit
    for item in items:
        yield from _block_units(Block("item", item), intro, "intro", heading)


def _block_units(block: Block, lead: str, kind: LeadKind, heading: str) -> Iterator[Unit]:
    """The sentences of one block; a later sentence is led by the one before it."""
    parts = sentences(block.text) if block.kind != "row" else [block.text]
    if kind == "intro" and len(parts) > 1 and _ITEM_NAME.fullmatch(parts[0]):
        # "（1）设备及应用信息。如设备名称、…短信息等。": the item's name and what it lists are
        # one unit under the introduction
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
    previous = ""
    above = heading if kind not in ("heading", "") else ""  # the heading is no lead's twin
    for part in parts:
        if previous:  # a later sentence is led by the one before, under the same heading
            yield Unit(part, previous, block.kind, "previous", heading)
        else:
            yield Unit(part, lead, block.kind, kind if lead else "", above)
        previous = part
