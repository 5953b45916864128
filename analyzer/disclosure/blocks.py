"""Blocks and units: the pieces of a policy that are judged, each with its context.

A *block* is a heading, a paragraph, a list item or a table row. A *unit* is a sentence
of a block, carrying a *lead*: the context that can state the purpose or the access for
it. This module holds both kinds and what rewrites the blocks before units are cut:
runs of "field：value" paragraphs read as records, and tables flattened into paragraphs.
``leads`` cuts the units and gives each its lead (docs/disclosure.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Literal

from analyzer.disclosure.document_words import WORDS
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
CELL_BAR = " | "  # how the readers join a table row's cells
INTRO = re.compile(r"[:：]\s*$")  # a text that ends in a colon introduces what follows
FIELD = re.compile(r"^([^:：。.!?！？|]{1,12})[:：]\s*\S")
HEADING_CHARS = 40
HEADER_CELL_CHARS = 15  # a header cell copied out of a page is no longer than this


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a document, its text already on one line."""

    kind: BlockKind
    text: str
    level: int = 0  # a heading's level where the markup tells it (<h2>, "##"), else 0
    indent: int = 0  # a Markdown list item's indentation: how deep it is nested


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


def answer_cells(row: str) -> list[str]:
    """A row's cells as answers to compare ("No", "**Yes**"): without emphasis marks, lower
    case."""
    return [row[a:b].strip(" *`_").lower() for a, b in cell_spans(row)]


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


def records(blocks: Iterable[Block]) -> Iterator[Block]:
    """Runs of short "field：value" paragraphs are records, read like a table row.

    An SDK entry laid out as paragraphs ("SDK名称：某地图SDK" / "使用目的：提供定位服务" /
    "收集个人信息类型：位置信息") states the purpose for its data in another paragraph; the
    run becomes a header (the whole record) followed by one row per field. English list
    items each named by their own data are a list, not a record (``_data_items``).
    """
    run: list[Block] = []

    def flush() -> Iterator[Block]:
        if len(run) >= 2 and not _data_items(run):
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


def _data_items(run: Sequence[Block]) -> bool:
    """A run of English list items each named by its own data ("- **Contacts:** names and
    phone numbers" / "- **Location:** for weather forecasts") is a list, not one record:
    no item lends its purpose to another. A record has a field of purpose ("Why:",
    "Purpose:"); Chinese permission lists ("允许程序读取短信内容: …时使用") stay records."""
    keys = [FIELD.match(b.text) for b in run]
    names = [k.group(1).strip(" *_`") for k in keys if k is not None]
    return (
        run[0].kind == "item"
        and all(name.isascii() for name in names)
        and not any(WORDS.purpose_field.match(name) for name in names)
    )


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
    paragraph, or one that introduces a list ("…以下权限:"). The header becomes a header
    row and every cell after it a row under it, so the purpose column reaches the data named
    in the cells."""
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
    if block.kind == "para" and INTRO.search(text):
        return False  # "…可能会获取到以下权限:" introduces the list after the table
    return block.kind in ("para", "heading") and short and not starts_list_item(text)
