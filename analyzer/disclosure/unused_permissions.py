"""Permission codes an SDK holds but does not use (docs/disclosure.md, "Permission codes
not in use").

A compliance template lists, per SDK, the permissions its code contains, and says that
these are not permissions in use: "SDK中包含的权限代码（非使用权限），以及包含的信息如下：1）
“友盟组件化基础库”包含的权限代码如下：…获取精确位置…；收集信息的目的：…；收集的信息：…IMEI…".
In a document that says so, those lists disclose nothing; what the entry says it collects,
with its purpose, still does. The words are in ``data/document_words.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from analyzer.disclosure.blocks import CELL_BAR, Block, Unit
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import Grammar

_CELL = 20  # characters: a header cell, not an introduction that names the same words
_TRAILING_ASIDE = re.compile(r"[（(]([^（()）]{1,40})[）)][\W_]*$")


def says_codes_unused(blocks: Iterable[Block]) -> bool:
    """Does the document say its lists of permission codes are not in use?"""
    return any(WORDS.unused_permission_note.search(b.text) for b in blocks)


def without_code_lists(unit: Unit) -> Unit:
    """The unit with its lists of permission codes taken out (itself when it has none), as
    lists ("…包含的权限代码如下：…；"), as a table's column ("sdk名称 | 包含权限代码 | …") or as
    a run of permission names ("查看WLAN连接、获取粗略位置、获取精确位置、…")."""
    unit = _without_code_column(unit)
    lists, runs = WORDS.permission_code_list, WORDS.permission_name_run
    if not any(p.search(t) for p in (lists, runs) for t in (unit.text, unit.lead)):
        return unit
    text, lead = (runs.sub("", lists.sub("", t)) for t in (unit.text, unit.lead))
    return replace(unit, text=text, lead=lead)


def _without_code_column(unit: Unit) -> Unit:
    """A table row with the cell under a "包含权限代码" header emptied."""
    if unit.kind != "row" or CELL_BAR not in unit.lead:
        return unit
    header = unit.lead.split(CELL_BAR)  # (its first cell may hold the introduction too)
    named = [WORDS.permission_code_column.search(c) and len(c) <= _CELL for c in header]
    at = next((i for i, hit in enumerate(named) if hit), None)
    cells = unit.text.split(CELL_BAR)
    if at is None or len(cells) != len(header):
        return unit
    cells[at] = ""
    return replace(unit, text=CELL_BAR.join(cells))


def ends_not_in_use(text: str, grammar: Grammar) -> bool:
    """Does the unit end by saying its permission is not in use ("READ_CONTACTS is needed for
    picking contacts (Not used yet).", "读取通讯录：用于添加好友（暂未使用）"; the lexicons'
    ``not_in_use``)?"""
    aside = _TRAILING_ASIDE.search(text)
    return aside is not None and grammar.not_in_use.search(aside.group(1)) is not None
