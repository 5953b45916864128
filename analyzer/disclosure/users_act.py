"""What the user does is no disclosure: "You can update your location permissions …",
"您可以通过系统设置关闭定位" (docs/disclosure.md, "And never"), unless the app acts too."""

from __future__ import annotations

import re

from analyzer.disclosure.blocks import Unit, cell_spans
from analyzer.disclosure.grammar import Grammar, Token

# "使用我们的服务", "联系我们", "访问我们平台上…", "撤回对我们…的授权", "sent to us", "consent
# you've given us", "by emailing us": the app named as an object or a place, not as the one
# who acts
_OBJECT_OF = re.compile(
    r"(?:使用|向|与|和|联系|通知|告知|给|访问|登录|在|对|"
    r"\b(?:to|from|by|at|of|given|gave|tell|told|contact(?:ing)?|email(?:ing)?)\s+)$",
    re.I,
)
_NUMBERING = re.compile(r"^(?:\d{1,3}[.、)）]|[（(]\d{1,3}[)）])\s*")
# A connective before the user's act, dropped first: "同时，您可通过联系客服取消…", "Also, you
# can …", "此外，如果您…"
_CONNECTIVE = re.compile(
    r"^(?:同时|此外|另外|并且|而且|但是|但|also|additionally|however|but)\s*[，,]?\s*", re.I
)
# A leading condition on the user: "If you …," "若您…，" "如果你…，" (also after an example
# marker: "例如，如果您…").
_CONDITION = re.compile(
    r"^(?:(?:例如|比如|譬如|for example|e\.g\.)[，,\s]*)?"
    r"(?:if you\b|(?:如果?|若|假如)(?:您|你)|(?:在|当)(?:您|你)[^，。；]{0,40}(?:时|过程中))",
    re.I,
)
_AFTER_COMMA = re.compile(r"[,，]\s*")
_OPENING_WORDS = 8
# What the user may do is let the app act: "您可以允许猫眼访问您的通讯录，从而…", "you can allow
# the app to read your contacts to …", "If you want to select the SIM card, you can grant
# this permission"
_LETS_THE_APP = re.compile(
    r"\s*(?:随时)?(?:选择)?(?:允许|授权)|\s*(?:allow|permit|authori[sz]e|grant)\b", re.I
)


def is_user_control(text: str, grammar: Grammar) -> bool:
    """ "You can update your location permissions …": the user acts, not the app."""
    head = _CONNECTIVE.sub("", _NUMBERING.sub("", text.lstrip(" -–—*•")))
    heads = [head]
    if _CONDITION.match(head):  # "若您…时，希望停止分享，您可通过…关闭": still the user's act
        heads += [head[m.end() :] for m in _AFTER_COMMA.finditer(head)]
    elif grammar.spaced:  # a short phrase before it: "In lieu of submitting a request, you
        # can correct …", "For instance, you can withdraw permission …" (not a purpose)
        first = _AFTER_COMMA.search(head)
        opening = head[: first.start()] if first else ""
        if first and len(opening.split()) <= _OPENING_WORDS and not grammar.purpose(opening):
            heads.append(head[first.end() :])
    starts = any(_starts_with_control(h, grammar) for h in heads)
    return starts and not any(_acts(text, m) for m in grammar.app_subjects.finditer(text))


def _acts(text: str, subject: re.Match[str]) -> bool:
    """Is the app, named here, the one who acts? Not as an object ("联系我们") nor as an
    owner ("退订我们的短信营销信息")."""
    owner = text.startswith("的", subject.end())
    country = subject.group(0) == "US"  # "under the CCPA and other US State privacy laws"
    return not owner and not country and not _OBJECT_OF.search(text, 0, subject.start())


def users_act(unit: Unit, grammar: Grammar, tokens: list[Token]) -> bool:
    """What the user can do: the unit, or each cell of a row that names data ("Right to
    withdraw consent | You can … remove permissions (e.g. phone contacts)")."""
    if is_user_control(unit.text, grammar):
        return True
    if unit.kind != "row":
        return False
    data = [t.start for t in tokens if t.kind != "trap"]
    cells = [unit.text[a:b] for a, b in cell_spans(unit.text) if any(a <= d < b for d in data)]
    return bool(cells) and all(is_user_control(cell.strip(), grammar) for cell in cells)


def _starts_with_control(text: str, grammar: Grammar) -> bool:
    control = grammar.user_controls.match(text)
    if control is None or _LETS_THE_APP.match(text, control.end()):
        return False
    return text[control.end() : control.end() + 1] not in "'’"
