"""Units: every sentence of every block, with the lead that may complete it.

A unit's *lead* is the context that can state the purpose or the access for it: the
table's header row, the clause that introduces a list, the section heading, or the
sentence before it in the same block. So "为向您提供外卖服务，我们会收集以下信息：" followed
by "• 位置信息" discloses location, and a permission table row is read with its header
(docs/disclosure.md). The blocks themselves, their records and flattened tables, are
``blocks``' concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from analyzer.disclosure.blocks import (
    CELL_BAR,
    HEADING_CHARS,
    INTRO,
    Block,
    LeadKind,
    Unit,
    flattened_tables,
    records,
    starts_list_item,
)
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.inline_lists import inline_list
from analyzer.disclosure.permission_titles import is_permission_title, longest_title
from analyzer.disclosure.sections import Sections, nested, section_context
from analyzer.disclosure.sentences import sentences

_CLOSED = re.compile(r"[。.!！?？;；,，、]\s*$")
_HEADING_KIND: dict[bool, LeadKind] = {True: "heading", False: ""}  # a lead under a heading
_LONGEST_BARE_ITEM = 80  # a list item whose mark was lost: a line, not a paragraph
_FIELD_MARK = re.compile(r"[:：]")
_LONGEST_HEADING = 200  # a "heading" longer than this is a section marked up as one


def units(blocks: Iterable[Block]) -> Iterator[Unit]:
    """Every sentence of every block, with the context that leads it."""
    titles: dict[str, str] = {}  # a chain of headings → the last of them
    for unit in _units(blocks, titles):
        title = titles.get(unit.lead, "") if unit.lead_kind == "heading" else ""
        yield replace(unit, title=title) if title else unit


def _units(blocks: Iterable[Block], titles: dict[str, str]) -> Iterator[Unit]:
    heading = intro = header = ""
    bare_list = False  # the blocks before were an introduction and its bare items
    sections: Sections = ()
    nesting = _Nesting()
    listed = list(records(flattened_tables(list(blocks))))
    for i, block in enumerate(listed):
        after = listed[i + 1] if i + 1 < len(listed) else None
        if block.kind == "heading" and len(block.text) > _LONGEST_HEADING:
            block = Block("para", block.text)  # a whole section inside one <h3>: paragraphs
        before = listed[i - 1] if i else None
        bare = bare_list and _bare_item(block, after)  # right after its introduction
        bare_list = bare
        if block.kind == "para" and intro and (starts_list_item(block.text) or bare):
            block = Block("item", block.text)  # "…具体如下：" / "（1）设备信息：…" as paragraphs
        if block.kind == "item":
            intro = nesting.intro_for(block, intro)
        else:
            nesting.close()
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
            bare_list = bool(intro)
            header = ""
        elif block.kind == "item" and _introduces_items(block, after):
            # "（一）我们可能会申请以下权限，…" / "- 位置": read under the heading, then the intro
            yield from _block_units(block, lead, kind, heading)
            nesting.open(block, intro)
            intro = block.text
            continue
        elif block.kind == "row" and (intro or header):
            lead, kind = " ".join(p for p in (intro, header) if p), "header"
        elif block.kind == "item" and intro and not (heading and WORDS.use_label.match(intro)):
            lead, kind = intro, "intro"  # (under "How It's Used:", the heading's items)
        yield from _with_inline_list(block, lead, kind, heading)


@dataclass
class _Nesting:
    """A list an item opens, nested under it ("- **Searchable data:**" / "    - Contacts: …"):
    an item back at that item's indentation, after deeper ones, ends the nested list, and
    the introduction before that item leads again ("- **Media playback metadata:** …" is
    no searchable data). Where the markup tells no indentation (HTML), nothing ends here."""

    indent: int | None = None  # the opening item's indentation, while its list goes on
    outer: str = ""  # the introduction before the opening item
    deeper: bool = False  # an item deeper than the opening one came after it

    def open(self, item: Block, intro: str) -> None:
        self.indent, self.outer, self.deeper = item.indent, intro, False

    def close(self) -> None:
        self.indent = None

    def intro_for(self, item: Block, intro: str) -> str:
        if self.indent is None:
            return intro
        if item.indent > self.indent:
            self.deeper = True
            return intro
        if not self.deeper:
            return intro
        self.indent = None
        return self.outer


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
    if INTRO.search(text):
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
    table = table and not INTRO.search(block.text)  # not one that introduces it ("…如下：")
    if (is_permission_title(block.text) and not _among_permissions(around)) or table:
        return True  # a permission's name, or the title of the table below ("（二）权限说明")
    last = before is not None and before.kind == "item"
    return not intro and not last and after is not None and after.kind == "para"


def _among_permissions(around: tuple[Block | None, Block | None]) -> bool:
    """Is an item next to another that names permissions? Then it is one of a list of them
    ("The app may request:⏎- ACCESS_FINE_LOCATION⏎- READ_PHONE_STATE⏎- INTERNET"), no title."""
    return any(b is not None and b.kind == "item" and is_permission_title(b.text) for b in around)


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


def _bare_item(block: Block, after: Block | None) -> bool:
    """A list item whose mark was lost, a short paragraph of its own after an introduction
    ("We may collect:⏎⏎Last known location⏎⏎Device information⏎⏎4. Sharing"): the next
    block is another such paragraph, a heading or nothing. One that a sentence follows
    titles that sentence ("Location⏎⏎Used to show nearby stores.")."""
    if not _bare(block):
        return False
    return after is None or after.kind == "heading" or _bare(after)


def _bare(block: Block) -> bool:
    """A short paragraph with no sentence end and no field label ("使用目的：…", a record's
    line): a heading, or an item without its mark."""
    return _open_line(block, _LONGEST_BARE_ITEM) and not _FIELD_MARK.search(block.text)


def _is_heading(block: Block) -> bool:
    if block.kind == "heading":
        return True
    describes = WORDS.description_start.match(block.text) is not None  # "用于设置字体大小功能"
    return _open_line(block, HEADING_CHARS) and not describes


def _open_line(block: Block, longest: int) -> bool:
    """A paragraph of at most ``longest`` characters that ends no sentence, introduces
    nothing and holds no "；" (a heading's shape, and a bare item's)."""
    if block.kind != "para" or len(block.text) > longest:
        return False
    unbroken = "；" not in block.text and ";" not in block.text
    return unbroken and not (_CLOSED.search(block.text) or INTRO.search(block.text))
