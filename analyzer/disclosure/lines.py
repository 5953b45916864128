"""Plain text and Markdown lines → blocks: where a paragraph, a list item, a heading or a
table row starts (docs/disclosure.md, "Text units").

One line break inside a paragraph is a space; a blank line, a list marker, a heading or a
table line starts a new block. Tables copied as text (pipes, tabs, cells on their own
lines) become header and row blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.disclosure.blocks import (
    CELL_BAR,
    HEADER_CELL_CHARS,
    LIST_MARK,
    MD_CELL_BREAK,
    MD_RULE,
    Block,
    BlockKind,
    is_header_cell,
    join_lines,
    names_purpose_column,
)
from analyzer.disclosure.document_words import WORDS

_RULE_LINE = re.compile(r"^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_CLOSED_LINE = re.compile(r"[。；：;][\s*_]*$")
_CJK_LABEL = re.compile(
    r"^[\s*_]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9（）()/、]{0,11}[：:]\s*[^\s*_]"
)
_QUOTE = re.compile(r"^\s{0,3}>\s?")
# A short line numbered with a Chinese numeral and "、" ("五、用户注册") titles a section of
# a Chinese policy: a heading, not one more item of the list before it.
_SECTION_LINE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、\s*[^。；;：:\s][^。；;：:]{0,38}$")
# …and in plain English text, "4. Data Retention": a number, a capital, words only
_NUMBERED_TITLE = re.compile(r"^\d{1,2}\.\s+[A-Z][A-Za-z0-9 '’&/()-]{0,50}$")
_SENTENCE_LINE = re.compile(r"[。！？!?]\s*$")
_WRAPPED_COLUMNS = 40  # lines this wide, but the last, are a paragraph wrapped, not cells
_WIDE = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
# A table copied out of a page as text, one row per line and its cells run together with
# spaces, starts with a header line ("Permission Purpose": data/document_words.toml). In it,
# a longer line, one that ends in a colon, or a long one that ends a sentence is text again.
_SPACED_ROW_CHARS = 150
_SPACED_SENTENCE_CHARS = 60


def _split_header(block: Block) -> list[Block]:
    """A paragraph that turned out to be a table header, with the introduction that its
    lines ran on from ("我们会出于以下目的，收集和使用您的信息：序号 | 使用目的 | …")."""
    prefix = block.text[: block.text.index(CELL_BAR)]
    colon = max(prefix.rfind("："), prefix.rfind(":"))
    header = Block("header", _cells(block.text[colon + 1 :]))
    return [Block(block.kind, block.text[: colon + 1]), header] if colon > 0 else [header]


def _unpiped_table_lines(lines: Sequence[str]) -> set[int]:
    """The lines of GitHub tables written without outer pipes ("名称 | 目的⏎---|---⏎A | B"):
    a header line with a pipe, its rule, and the lines with a pipe after it."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        if "|" in lines[i - 1] and MD_RULE.match(lines[i]) and "|" in lines[i]:
            j = i + 1  # a row ending in a pipe goes on in the next line
            while j < len(lines) and ("|" in lines[j] or lines[j - 1].rstrip().endswith("|")):
                j += 1
            found.update(range(i - 1, j))
    return found


_WRAPPED_LINES = 4  # how far a tab row's wrapped cells may run on
_TITLE_CHARS = 60  # a list item's title line is this short
# …ends in no punctuation nor a word that goes on, and a sentence starts flush left after it
_OPEN_END = re.compile(
    r"(?:[.,;:!?。，；：！？、\-–—]|\b(?:and|or|of|to|the|a|an|your|our|for|with|in|on|that|so|by|as|is|are))\s*$",
    re.I,
)
_SENTENCE_START = re.compile(r"[A-Z][a-z]+\b")
_PAGE_LINE = 2000  # a tab-separated line longer than this is a page, its tabs paragraph ends


def _add_tab_row(line: str, blocks: list[Block], width: int) -> tuple[int, int]:
    """Add a tab-separated line: the table's header when it opens a table with short cells
    ("设备权限⇥业务功能⇥权限授权方式"), else a row. Returns the table's width and how many
    cells the row lacks (its text wrapped onto the next lines)."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    opens = not blocks or blocks[-1].kind not in ("header", "row")
    header = opens and all(len(c) <= HEADER_CELL_CHARS for c in cells)
    blocks.append(Block("header" if header else "row", " | ".join(cells)))
    width = line.count("\t") + 1 if header else width
    return width, max(0, width - line.count("\t") - 1)


def _tab_row(line: str) -> bool:
    """Two tabs, one of them between cells: leading tabs are indentation ("⇥⇥在聊天中，…")."""
    return line.count("\t") >= 2 and "\t" in line.strip()


def _wrapped_cells(row: Block, line: str) -> Block:
    """The row with the cells its text wrapped onto the next line."""
    return Block(row.kind, join_lines([row.text, _cells(line.replace("\t", "|"))]))


def _completed_below(lines: Sequence[str], at: int, missing: int) -> bool:
    """Do the few lines after a short tab row hold the cells it lacks (a cell's text
    wrapped onto them), before a blank line or the next row?"""
    for line in lines[at + 1 : at + 1 + _WRAPPED_LINES]:
        if not line.strip() or line.count("\t") >= 2:
            return False
        missing -= line.count("\t")
        if missing <= 0:
            return True
    return False


def paged(lines: Sequence[str]) -> list[str]:
    """A whole page scraped onto one line, its paragraphs parted by tabs, as the lines of its
    paragraphs: no table row is that long."""
    out: list[str] = []
    for line in lines:
        if len(line) > _PAGE_LINE and line.count("\t") >= 2:
            out.extend(part for cell in line.split("\t") for part in (cell, ""))
        else:
            out.append(line)
    return out


def from_lines(lines: Sequence[str], markdown: bool) -> list[Block]:
    """Plain text or Markdown lines → blocks (see ``plain_blocks``)."""
    blocks: list[Block] = []
    current: list[str] = []
    kind: BlockKind = "para"
    per_line = indent = 0  # a cell-a-line table's width ("第三方名称⏎使用目的⏎…"), an item's depth

    def flush() -> None:
        nonlocal current, kind, per_line
        text = join_lines(current)
        if text:
            in_table = bool(blocks) and blocks[-1].kind in ("header", "row")
            kind, text, per_line = _cell_lines(current, kind, text, per_line, in_table)
            blocks.append(_block(kind, text, indent))
        current, kind = [], "para"

    tabled = _unpiped_table_lines(lines) if markdown else set()
    width = missing = 0  # a tab-separated table's columns, and the cells its row lacks
    spaced = False  # inside a table whose cells are run together with spaces
    for index, raw in enumerate(lines):
        line = _QUOTE.sub("", raw) if markdown else raw
        spaced = spaced and _spaced_row(line)
        if not line.strip() or (not markdown and _RULE_LINE.match(line)):  # "=====": no text
            flush()
            missing = 0
        elif not markdown and WORDS.spaced_header.match(line):
            flush()
            blocks.append(Block("header", CELL_BAR.join(line.split())))
            spaced = True
        elif spaced:  # each line is a row: "Location Display of members nearby"
            flush()
            blocks.append(Block("row", line.strip()))
        elif (markdown and _MD_HEADING.match(line)) or _titles_section(lines, index, markdown):
            flush()
            blocks.append(Block("heading", _heading_text(line, markdown), _level(line, markdown)))
        elif not markdown and _tab_row(line):  # a table copied as tab-separated text
            flush()
            width, missing = _add_tab_row(line, blocks, width)
            if missing and not _completed_below(lines, index, missing):
                missing = 0  # a row short as written: the lines after it are text of their own
        elif missing and not current:  # a row's cells wrapped onto the lines after it
            blocks[-1] = _wrapped_cells(blocks[-1], line)
            missing -= line.count("\t")
        elif markdown and _SETEXT.match(line):  # "Location⏎========": the lines above are a
            if current and kind == "para":  # heading; a rule after a blank line is a break
                kind = "heading"
            flush()
        elif _is_table_line(line, markdown) or index in tabled:
            flush()
            _add_table_line(line, blocks)
        elif _starts_item(line, current, per_line if kind == "para" else 0):
            flush()
            kind, indent = "item", _indent(line, markdown)
            current.append(LIST_MARK.sub("", line, count=1))
        else:
            if kind == "item" and len(current) == 1 and _titled_item(current[0], line):
                flush()  # "1. Access to Contacts (READ_CONTACTS)⏎In order to …": a title
            current.append(line)
    flush()
    return blocks


def _block(kind: BlockKind, text: str, indent: int) -> Block:
    nested = indent if kind == "item" else 0
    return Block(kind, _cells(text) if kind == "row" else text, indent=nested)


def _indent(line: str, markdown: bool) -> int:
    """How deep a Markdown list item is nested; plain text, scraped, indents at random."""
    spread = line.expandtabs(4)
    return len(spread) - len(spread.lstrip()) if markdown else 0


def _starts_item(line: str, current: Sequence[str], row_width: int) -> bool:
    """A list marker or a label after a sentence starts an item, but not in a row of a
    table copied a cell a line (``row_width``), whose cell may be a numbered list
    ("1⏎获取设备识别码和状态⏎动态获取⏎1.用于登录…⏎2.用于…"), until the row has its cells."""
    in_row = bool(current) and row_width > 0 and len(current[0]) <= HEADER_CELL_CHARS
    if in_row and (len(current) < row_width or LIST_MARK.match(current[-1])):
        return False
    return LIST_MARK.match(line) is not None or (
        bool(current) and _labels_after_sentence(current[-1], line)
    )


def _titled_item(first: str, line: str) -> bool:
    """Is a list item's only line a title, the line after it a paragraph of its own? The
    title ends in no punctuation nor a word that goes on ("and", "the"), and the new line
    starts flush left with a capital, as a sentence does; a wrapped item goes on in
    lower case ("1. We collect your location so that⏎the courier can find you")."""
    title = first.strip()
    return (
        len(title) <= _TITLE_CHARS
        and not _WIDE.search(title)  # (English: Chinese titles are read by their marks)
        and _OPEN_END.search(title) is None
        and _SENTENCE_START.match(line) is not None
    )


def _titles_section(lines: Sequence[str], at: int, markdown: bool) -> bool:
    """A "五、用户注册" line, or in plain text "4. Data Retention", titles a section unless it
    is an item of a list: after a colon ("…收集以下信息：⏎一、位置信息"), after or before
    another such short line."""
    kinds = (_SECTION_LINE,) if markdown else (_SECTION_LINE, _NUMBERED_TITLE)
    title = next((kind for kind in kinds if kind.match(lines[at])), None)
    if title is None:
        return False
    before = next((x for x in reversed(lines[max(0, at - 3) : at]) if x.strip()), "")
    after = next((x for x in lines[at + 1 : at + 4] if x.strip()), "")
    listed = title.match(before) or title.match(after)
    return not before.rstrip().endswith((":", "：")) and not listed


def _level(line: str, markdown: bool) -> int:
    """A Markdown heading's level ("### …" is 3); 0 for a plain text's section title."""
    marks = _MD_HEADING.match(line) if markdown else None
    return marks.group(0).count("#") if marks else 0


def _heading_text(line: str, markdown: bool) -> str:
    if markdown and _MD_HEADING.match(line):
        return join_lines([_MD_HEADING.sub("", line)])
    return LIST_MARK.sub("", line, count=1).strip()  # "五、用户注册" → "用户注册"


def _cell_lines(
    lines: Sequence[str], kind: BlockKind, text: str, width: int, in_table: bool
) -> tuple[BlockKind, str, int]:
    """A table copied out of a page a cell a line, a blank line between rows: its header
    (then its width), a row of it, or the block as it was (then no such table goes on). In
    a table, a block with cell bars is a row whose cells each stand on their own line
    ("1⏎|⏎扫描⏎|⏎相机")."""
    if in_table and CELL_BAR in text:
        return "row", text, 0
    cells = _merged_items([c.strip() for c in lines])
    if kind == "para" and _header_of_cell_lines(cells):
        return "header", CELL_BAR.join(cells), len(cells)
    if kind == "para" and _row_of_cell_lines(cells, width):
        return "row", CELL_BAR.join(cells), width
    # one row that does not fit (a cell over several lines) does not end the table: the rows
    # after it still do ("个推（…）⏎设备平台与厂商、…⏎⏎高德（高德软件有限公司）⏎位置信息…⏎提供…")
    return kind, text, width if in_table and kind == "para" else 0


def _merged_items(lines: list[str]) -> list[str]:
    """A cell's numbered list, one line an item ("1.联网信息⏎2.设备信息"), as one cell."""
    cells: list[str] = []
    for line in lines:
        if cells and LIST_MARK.match(line) and LIST_MARK.match(cells[-1]):
            cells[-1] = join_lines([cells[-1], line])
        else:
            cells.append(line)
    return cells


def _header_of_cell_lines(cells: Sequence[str]) -> bool:
    """A paragraph of short lines that each name a column, one of them a purpose column: a
    table's header copied out of a page a cell a line ("第三方名称⏎使用目的⏎涉及个人信息")."""
    return len(cells) >= 3 and all(map(is_header_cell, cells)) and names_purpose_column(cells)


def _row_of_cell_lines(cells: Sequence[str], width: int) -> bool:
    """A paragraph under such a header with a line for each cell (the last may be empty; a
    cell may take two lines: "广州汇世信息科技有限公司⏎广州汇量信息科技有限公司"), not a paragraph
    hard-wrapped into as many lines."""
    wrapped = all(_columns(c) >= _WRAPPED_COLUMNS for c in cells[:-1])
    # (one line more only when the last is no sentence run on from the text after the table)
    longer = len(cells) == width + 1 and not _SENTENCE_LINE.search(cells[-1])
    return width > 0 and (width - 1 <= len(cells) <= width or longer) and not wrapped


def _columns(line: str) -> int:
    """How wide the line is on screen: a CJK character takes two columns."""
    return len(line) + len(_WIDE.findall(line))


def _spaced_row(line: str) -> bool:
    text = line.strip()
    sentence = len(text) > _SPACED_SENTENCE_CHARS and text.endswith(
        (".", "。", "!", "?", "！", "？")
    )
    return 0 < len(text) <= _SPACED_ROW_CHARS and not text.endswith((":", "：")) and not sentence


def _is_table_line(line: str, markdown: bool) -> bool:
    """A pipe table's row or rule, or (Markdown) a rule under cells on their own lines."""
    piped = line.lstrip().startswith("|")
    return (piped and line.count("|") >= 2) or (
        markdown and not piped and "|" in line and MD_RULE.match(line) is not None
    )


def _add_table_line(line: str, blocks: list[Block]) -> None:
    last = blocks[-1] if blocks else None
    if not line.lstrip().startswith("|") and MD_RULE.match(line):
        # a rule under a header whose cells stand on their own lines ("序号⏎|⏎使用目的")
        if last is not None and CELL_BAR in last.text:
            blocks[-1:] = _split_header(last)
    elif MD_RULE.match(line):
        if last is not None and (last.kind == "row" or CELL_BAR in last.text):
            blocks[-1] = Block("header", _cells(last.text))
    elif _cells(line):
        blocks.append(Block("row", _cells(line)))


def _labels_after_sentence(previous: str, line: str) -> bool:
    """Chinese lines of "label：description；" after a finished sentence are list items
    without markers ("…如下权限：⏎存储权限：…；⏎定位：…；"), not one wrapped paragraph."""
    return _CLOSED_LINE.search(previous) is not None and _CJK_LABEL.match(line) is not None


def _cells(line: str) -> str:
    line = MD_CELL_BREAK.sub(" ", line)
    return " | ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
