"""A purpose that only restates the access gives no reason (docs/disclosure.md): "允许程序
写入系统设置，用于写入系统设置", "Contacts: used to access your contacts"; nor does a reason
clause that holds the access itself ("Because the app processes your SMS locally, …")."""

from __future__ import annotations

import re

from analyzer.disclosure.grammar import FILLER, Grammar, first_clause, without_tokens

_REASON = re.compile(r"because|since .*", re.I)  # a reason clause, not an aim
# who the access lets act, restated too: "(the permission allows) the app to read your contacts"
_ACTOR = re.compile(r"\b(?:us|the app|app|the application|application|to)\b", re.I)


def restates_access(grammar: Grammar, text: str) -> bool:
    """Does the purpose in ``text`` only restate the access? A second purpose ("用于获取位置
    信息，以便推荐附近门店"), a scenario, a use of its own ("用于读取验证码"), an access that is
    an aim in itself ("用于备份短信") or an example of the use after it ("用于接收短信，如：登录时
    接收验证码") is a reason. After "because" or "since …", a clause that accesses data is what
    the reason says, and the reason is for something else."""
    marker = grammar.find_purpose(text)
    if marker is None or grammar.any_scenario.search(text):
        return False
    if _REASON.fullmatch(marker.group(0)):  # "Because the app processes your SMS locally,
        # many of these rights …": the access is in the reason, which is for something else
        clause = first_clause(text[marker.end() :])
        return grammar.access.search(clause) is not None and bool(grammar.find_tokens(clause))
    if grammar.find_purpose(text, marker.end()):
        return False
    rest = first_clause(after := text[marker.end() :].lstrip(":： "))
    # "Purpose:" at the end: the reason is elsewhere
    if not rest.strip() or grammar.continues(after[len(rest) + 1 :].lstrip(":： ")):
        return False
    tokens = grammar.find_tokens(rest)
    if any(t.kind == "strong" for t in tokens) or grammar.aim_acts.search(rest):
        return False
    # a trap is a use of its own, not the data restated: "电话权限：用于联系客服"
    rest = without_tokens(rest, [t for t in tokens if t.kind != "trap"])
    for pattern in (grammar.access, grammar.permission, _ACTOR, FILLER):
        rest = pattern.sub("", rest)
    return not rest.strip()
