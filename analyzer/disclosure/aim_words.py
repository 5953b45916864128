"""Data a labelled item names only inside its own purpose is the purpose, not the item.

Under "Information We Collect", "- Device ID: Unique device identifier for location
tracking" lists a device ID; "location" is what it is for. "- POST_NOTIFICATIONS: Required
to show a notification that the location service is active" and "- Internet: For MMS
messaging" likewise: the label names the item, and its description says what it serves.

A category is the aim's when the label does not name it, it comes after the purpose marker
in the same clause or cell, and no access of the item's own reaches it first ("- Permission:
To read your SMS" keeps its SMS). Items without a label are left alone: "- To distribute
information relevant to your current location" under "We use your data:" uses the location.
In Chinese only a label that names data of its own counts ("读取通讯录：用于来电时显示对方的
姓名"), and not data the use describes: "用于反作弊的地理位置信息" is the data.
"""

from __future__ import annotations

import re

from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import LABEL, Grammar
from analyzer.disclosure.reading_record import Reading
from analyzer.model import Category

_CLAUSE_END = re.compile(r"[:;,.!?()|：；，。！？（）、]")
# a label's description that opens with its aim: "Required to show …", "For MMS messaging"
_DESCRIBED_AIM = re.compile(r"\s*(?:(?:required|needed|necessary|used)\s+)?(?:for|to)\b", re.I)


def named_in_aim(text: str, own: Reading, grammar: Grammar) -> set[Category]:
    """The categories a labelled item names only inside its own purpose."""
    label = LABEL.match(text) if grammar.spaced or own.label else None
    if label is None or WORDS.purpose_field.match(label.group(1).strip()):
        return set()  # "Purpose: To screen incoming calls" labels no item: it is the aim
    aims = []  # (where the aim starts, where its own acts may start: "to collect" is one)
    if own.purpose and (at := text.find(own.purpose, label.end())) >= 0:
        aims.append((at, at))
    described = _DESCRIBED_AIM.match(text, label.end())
    if described:
        aims.append((described.start(), described.end()))
    if not aims:
        return set()
    start, acts_from = min(aims)
    return {
        category
        for category, at in own.named_at.items()
        if at >= start
        and category not in own.strong
        and category not in own.label
        and (grammar.spaced or not text.startswith("的", at - 1))
        and _CLAUSE_END.search(text, start, at) is None
        and grammar.access.search(text, acts_from, at) is None
    }


def drop_aim_words(text: str, own: Reading, grammar: Grammar) -> None:
    """Leave out of ``own`` what the text names only inside a labelled item's aim."""
    for category in named_in_aim(text, own, grammar):
        own.accessed.pop(category, None)
        own.named.pop(category, None)


def names_before_aim(text: str, own: Reading, purpose: str | None, grammar: Grammar) -> bool:
    """Does ``text`` name data of its own before its purpose? Under "### Call log", "This is
    needed to show missed calls in the widget" names calls only as what the use shows: it
    describes the heading's data. English only, and only after a purpose marker or "to" +
    verb: a scenario ("If you share a location in a chat, …") names its own data."""
    if not purpose or not grammar.spaced:
        return bool(own.named)
    if not own.named_at:
        return False  # (nothing named at a known place: no need to find the marker again)
    at = text.find(purpose)
    marker = grammar.find_purpose(text)
    aim = at > 0 and ((marker is not None and marker.start() == at) or purpose.startswith("to "))
    return any(not aim or named < at for named in own.named_at.values())
