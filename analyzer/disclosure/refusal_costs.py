"""What a user's refusal costs names the use of the data refused (docs/disclosure.md,
"Refusals and their costs"): "如您拒绝提供GPS信息，会影响地理位置服务功能" and "地理位置信息
属于敏感信息，拒绝提供该信息只会导致您无法使用我们提供的提词助播功能" say the app reads the
location for that feature, though no access of the app is stated and the user's is refused."""

from __future__ import annotations

import re

from analyzer.disclosure.grammar import Grammar
from analyzer.disclosure.reading_record import Reading

_CLAUSE_END = re.compile(r"[，,；;。！？]")


def take_refused(text: str, grammar: Grammar, reading: Reading) -> None:
    """The data refused or named up to the refusal's own clause is accessed for the use
    its cost names (not data named after it: "…不会影响您使用位置及搜索服务，但可能会影响
    到您使用需要进行实名认证的附加功能")."""
    if not (reading.refused or reading.named):
        return
    cost = grammar.refusal_costs.search(text)  # it starts at the refusal
    if cost is None:
        return
    clause_end = _CLAUSE_END.search(text, cost.start())
    until = clause_end.start() if clause_end else len(text)
    for category, phrase in list(reading.refused.items()):
        at = reading.refused_at.get(category, text.find(phrase))  # unknown: its first place
        if -1 < at < until:  # not "…，我们收集设备信息（不包含IMEI）"
            reading.accessed.setdefault(category, reading.refused.pop(category))
    reading.take_named_before(until)
