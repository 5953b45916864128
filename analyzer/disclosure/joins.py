"""Blocks and units joined across the cuts of the layout, before they are judged.

Blocks are cut where the document's layout cuts them, but a policy's sentence can run
across two of them: a paragraph after a block ending in "；" goes on with it, data listed
after "；" share the access before them, and a paragraph after a list ("收集这些信息是为了…",
"We use this information to …") states the purpose for the list's items
(docs/disclosure.md "From text to units").
"""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.disclosure.blocks import Block, Unit, join_lines, starts_list_item
from analyzer.disclosure.grammar import Grammar
from analyzer.disclosure.grammars import grammar_for
from analyzer.lexicon import Lexicon

# The items a trailer may speak of: enough for any real list, and bounded.
_LIST_UNITS = 60


def join_continued_blocks(blocks: Sequence[Block]) -> list[Block]:
    """A paragraph after a block that ends in "；" goes on with its sentence:
    "<p>(2) 您的通讯录中的联系人；</p><p>通过读取通讯录选择接收人</p>" is one item, not an
    item and a heading. A paragraph that starts a list item of its own does not."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        ends = last is not None and last.kind in ("para", "item") and last.text[-1:] in "；;"
        if last is not None and ends and block.kind == "para" and not starts_list_item(block.text):
            out[-1] = Block(last.kind, join_lines([last.text, block.text]))
        else:
            out.append(block)
    return out


def join_semicolon_lists(every: Sequence[Unit], lexicons: Sequence[Lexicon]) -> list[Unit]:
    """Sentences are cut at every "；", but "我们会收集A；B；设备识别码（如IMEI）；位置信息" is
    one sentence: a part that only names data continues the one before, whose access and
    purpose reach it (``read``)."""
    out: list[Unit] = []
    part = ""  # the text of the unit before, as it was cut
    for unit in every:
        last = out[-1] if out else None
        listed = unit.lead_kind == "previous" and unit.lead == part and part.endswith(("；", ";"))
        grammar = grammar_for(unit.text, lexicons) if listed else None
        if last is not None and grammar is not None and _continues_list(unit.text, grammar):
            joined = last.text + ("" if grammar.lang == "zh" else " ") + unit.text
            out[-1] = Unit(joined, last.lead, last.kind, last.lead_kind)
        else:
            out.append(unit)
        part = unit.text
    return out


def _continues_list(text: str, grammar: Grammar) -> bool:
    """Only names data, or (in English) names data and then ends the list with its purpose
    ("…; SIM information …, MAC address and mobile network information to uniquely identify
    the devices")."""
    if grammar.names_only(text):
        return True
    if not grammar.spaced:  # "…权限，用于…；…权限用于…": Chinese lists state a use per item
        return False
    aim = grammar.purpose(text)  # as found, but "to <verb>" comes back in lower case
    at = text.lower().find(aim.lower()) if aim else -1
    head = text[:at] if at > 0 else ""
    named = grammar.data_nouns.search(head) or any(
        t.kind != "trap" for t in grammar.find_tokens(head)
    )
    if not named or ":" in head or "：" in head or grammar.refers(head):
        return False  # "说明：此权限用于…", "您提供的上述信息，仅作为…": a sentence of its own
    return grammar.names_only(head) and not grammar.access.search(head)


def attach_list_trailers(every: Sequence[Unit], lexicons: Sequence[Lexicon]) -> list[Unit]:
    """A paragraph right after a list or table whose first sentence speaks of the whole
    list ("上述信息", "this information") is read with the list as the sentence before
    it: its purpose reaches the data the items name."""
    out: list[Unit] = []
    run: list[str] = []  # the list items or table rows just before
    for unit in every:
        if unit.kind in ("item", "row"):
            run = [*run[-_LIST_UNITS + 1 :], unit.text]
        elif unit.kind == "para" and unit.lead_kind != "previous" and run:
            grammar = grammar_for(unit.text, lexicons)
            if grammar is not None and grammar.list_anaphora.search(unit.text):
                glue = "" if grammar.lang == "zh" else " "
                unit = Unit(unit.text, glue.join(run), "para", "previous")
            run = []
        else:
            run = []
        out.append(unit)
    return out
