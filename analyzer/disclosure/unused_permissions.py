"""Permission codes an SDK holds but does not use (docs/disclosure.md, "Permission codes
not in use").

A compliance template lists, per SDK, the permissions its code contains, and says that
these are not permissions in use: "SDK中包含的权限代码（非使用权限），以及包含的信息如下：1）
“友盟组件化基础库”包含的权限代码如下：…获取精确位置…；收集信息的目的：…；收集的信息：…IMEI…".
In a document that says so, those lists disclose nothing; what the entry says it collects,
with its purpose, still does. The words are in ``data/document_words.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from analyzer.disclosure.blocks import Block, Unit
from analyzer.disclosure.document_words import WORDS


def says_codes_unused(blocks: Iterable[Block]) -> bool:
    """Does the document say its lists of permission codes are not in use?"""
    return any(WORDS.unused_permission_note.search(b.text) for b in blocks)


def without_code_lists(unit: Unit) -> Unit:
    """The unit with its lists of permission codes taken out (itself when it has none)."""
    lists = WORDS.permission_code_list
    if lists.search(unit.text) is None and lists.search(unit.lead) is None:
        return unit
    return replace(unit, text=lists.sub("", unit.text), lead=lists.sub("", unit.lead))
