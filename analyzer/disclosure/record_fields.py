"""The fields of a record, each read with only what it may take from the whole record.

A record ("Permission: READ_CALL_LOG" / "Purpose: Monitor incoming calls…" / "Status:
Displayed in Settings → "Call Log"") is read like a table row: the whole record is one
unit, and each field is another, led by the record (``blocks.records``). A field is a cell
of that row, and a cell tells only its part:

- a field of purpose (its name "Why", "Purpose", or ending in 目的, 用途 …) that names no
  data of its own takes the record's data ("使用目的：推送消息" speaks of what its SDK
  collects), not the data of the paragraph that introduces the record;
- in a record that has such a field, the first field, one whose name is a column of data
  or purpose ("Permission", "收集个人信息类型") and one that states a purpose of its own take
  the record's purpose; any other is read alone: "Status: … "SMS Access"" and "Storage:
  Read from your device's contact database" say where the data is shown or kept, not why;
- a list of items each with its own subject ("读取通讯录：…" / "地理位置：…") keeps the whole
  record as its lead, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from analyzer.disclosure.blocks import CELL_BAR, FIELD, Unit, is_header_cell
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import Grammar

_KEY = re.compile(r"(?:^|(?<=\s))([^\s:：。.!?！？|]{1,12})[:：]")  # a field's name in a record


def is_record_field(unit: Unit) -> bool:
    """A field of a record of "name: value" paragraphs (not a table's cell row)."""
    record = unit.kind == "row" and unit.lead_kind == "header" and CELL_BAR not in unit.lead
    return record and FIELD.match(unit.text) is not None


def states_purpose(unit: Unit, grammar: Grammar) -> bool:
    """Is the unit a record's field of purpose ("使用目的：推送消息", "Why: To display …")
    that speaks of the record's subject? Not one that names data of its own: "华为PUSH使用
    目的：推送消息收集数据类型：设备识别信息（AAID）" is one SDK's entry in a list of them."""
    field = FIELD.match(unit.text) if is_record_field(unit) else None
    if field is None or not WORDS.purpose_field.match(field.group(1).strip()):
        return False
    return grammar.purpose(unit.text) is not None and not grammar.data_nouns.search(unit.text)


def _has_purpose_field(unit: Unit) -> bool:
    """Is the record one of attributes, one of them its purpose ("Purpose: …", "使用目的：…")?
    A list of items each with its own description ("读取通讯录：… 地理位置：…", "Youdao:
    …IMEI…") is not: each of those fields is read with the whole as before."""
    keys = (k.group(1).strip() for k in _KEY.finditer(unit.lead))
    return any(WORDS.purpose_field.match(key) for key in keys)


def _record_start(lead: str) -> int:
    """Where the record starts in a field's lead: after the paragraph that introduces it
    ("我们接入的第三方SDK如下：", which may name data of its own), else at 0."""
    for key in _KEY.finditer(lead):
        before = lead[: key.start()].rstrip()
        if before.endswith((":", "：")):
            return key.start()
    return 0


def _first(unit: Unit) -> bool:
    """Is the field its record's first? (The lead is the record, after the paragraph that
    introduces it when one does: "…我们会收集以下信息：".)"""
    before = unit.lead[: max(unit.lead.find(unit.text), 0)].rstrip()
    return not before or before.endswith((":", "："))


def as_field(unit: Unit, grammar: Grammar) -> Unit:
    """The unit as it is read: a record's field that may take nothing from the record is
    read alone; any other unit as it is."""
    field = FIELD.match(unit.text) if is_record_field(unit) else None
    if field is None:
        return unit
    if states_purpose(unit, grammar):  # the record's data, not the introduction's
        return replace(unit, lead=unit.lead[_record_start(unit.lead) :])
    if is_header_cell(field.group(1).strip()) or not _has_purpose_field(unit):
        return unit
    if _first(unit) or grammar.purpose(unit.text) is not None:
        return unit
    return replace(unit, lead="", lead_kind="")
