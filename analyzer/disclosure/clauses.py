"""Clauses: where an access, its object and a negation must meet (docs/disclosure.md).

A clause ends at a comma, semicolon, colon or cell bar, unless the comma only continues an
enumeration ("，包括IMEI", "访问您的联系人，设备信息和短信"); a negation governs the access
verb that follows it closely, not every act of the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from analyzer.disclosure.grammar import PARENTHESES, Grammar, Token
from analyzer.disclosure.sentences import SENTENCE_END

# A sentence end ends a clause too: a table cell may hold several sentences ("We collect
# … when you contact support. … we facilitate phone calls between drivers and riders").
_CLAUSE = {
    "zh": re.compile(r"[，,；;：:|。！？]"),
    "en": re.compile(
        r"[;:|]|,\s+(?=(?i:but|although|though|however|whereas)\b)|\s+(?=(?i:because)\b)|"
        + SENTENCE_END.pattern  # case matters there: a point ends a sentence before a capital
    ),
}
_PARENTHESIS = re.compile(r"[()（）]")
_CONJUNCTION = re.compile(r"或者|以及|或|和|及|与|、|,|，|\b(?:and|or)\b", re.I)
# A word after a possessive is a noun, not an act that takes the data ("your email address").
_POSSESSIVE = re.compile(
    r"(?:\b(?:your|our|their|his|her|its|my)|\b(?!(?:it|that|there|what|he|she|who|here|let)['’])"
    r"\w+['’]s?)\s+$",
    re.I,
)
# …and so is one before a noun it names ("email address", "contact details") or an item of a
# list of nouns ("your name, email, and location")
_NOUN_HEAD = re.compile(
    r"\s+(?:address(?:es)?|information|info|details|numbers?|lists?|preferences|history)\b", re.I
)
# Data sent to the service itself is collected: "the app transmits your GPS location to us"
_SENT = re.compile(r"(?:send|sends|sent|sending|transmit|transmits|transmitted|transmitting)", re.I)
_TO_US = re.compile(
    r"\bto (?:us|our (?:own )?(?:servers?|systems?|cloud|backend|back-end|platform))\b", re.I
)
_BY_USER = re.compile(r"\b(?:you|users?)\s+(?:[a-z]+\s+){0,2}$", re.I)
# …and so is data sent to a provider for what it sends back: "The detected coordinates are
# sent to OpenWeatherMap to determine the corresponding city"
_TO_PROVIDER_FOR = re.compile(
    r"\s+to\s+(?!us\b|you\b|users?\b)[^,;:.]{2,50}?\s+(?:solely\s+|only\s+)?(?:in order\s+)?"
    r"to\s+(?!(?:process|be|comply|perform|help|assist|us|the|you)\b)[a-z]{3,}",
    re.I,
)
_LIST_ITEM = re.compile(r"(?<=,\s)(?:e-?mail|contact)(?=\s*,|\s+(?:and|or)\b)", re.I)
# …or a Chinese act that only qualifies the data: "记录您…提供、形成或留存的信息，包括…位置信息"
_QUALIFIES = re.compile(r"(?:[、或和及与][\u4e00-\u9fff]{2})*的(?:个人)?(?:信息|数据|内容|资料)")
_TYPED = ("填写", "输入")  # …but what the user types stays typed: "填写、提交的信息，如…位置"
# "收集您的设备型号，操作系统，地理位置，…IMEI": nouns between commas after the verb
_SHORT_ITEMS = re.compile(r"[^，,。；！？]{1,16}(?:[，,][^，,。；！？]{1,16})*")
# What the user then cannot do is the user's act, neither an access nor a refused one: "如您
# 拒绝提供上述权限将可能导致您无法使用华盛人服务"
_USERS_INABILITY = re.compile(
    r"(?:您|你|用户)(?:将|可能|会|也|就|便|都|仍|则){0,3}(?:无法|不能|無法)(?:正常|继续)?$"
)


# The app's inability after the user's refusal is the cost of the refusal, no denial
_INABILITY = re.compile(r"无法|不能|無法|cannot|can't|can not|unable", re.I)
_TAKING = re.compile(r"收集|获取|读取|访问|调用|采集|获得|取得|提取|collect|access|read|obtain")
_TAKEN_WITHIN = 12  # characters from the verb to its data ("获取您的实时位置")
_COST_AFTER = re.compile(r"[，,；;][^。！？.!?]{4,}")  # a clause after the access's own


@dataclass(slots=True)
class Clause:
    """One clause's span and the phrases found in it (absolute positions in the text)."""

    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    verbs: list[re.Match[str]] = field(default_factory=list)
    acts: list[re.Match[str]] = field(default_factory=list)
    negs: list[re.Match[str]] = field(default_factory=list)


def split_clauses(text: str, grammar: Grammar, tokens: list[Token]) -> list[Clause]:
    """The clauses of ``text``, each with its tokens, access verbs, other acts, negations.

    Every pattern scans the whole text once; a verb inside a data phrase (记录 in 通话记录)
    is not a verb.
    """
    clauses, start = [], 0
    data = [t for t in tokens if t.kind != "trap"]
    ends = {t.end for t in data}
    inside = _parenthesized(text)
    for m in _CLAUSE[grammar.lang].finditer(text):
        if m.start() in inside:
            continue  # "设备（手机，电脑等）相关信息": an aside in parentheses ends no clause
        if m.group(0) in ",，" and grammar.continues(text[m.end() : m.end() + 16]):
            continue  # "，包括IMEI": the enumeration belongs to the clause before
        if (
            m.group(0) in ",，"
            and m.start() in ends
            and not grammar.negations.search(text, start, m.start())
            and _enumerates(text, m.end(), data, grammar)
        ):
            continue  # "访问您的联系人，设备信息和短信": data named one after another
        if (
            m.group(0) in ",，"
            and not grammar.spaced
            and _list_goes_on(text, start, m, tokens, grammar)
        ):
            continue  # "收集您的设备名称、Wi-Fi状态，设备识别符（如IMEI）": one list
        clauses.append(Clause(start, m.start()))
        start = m.end()
    clauses.append(Clause(start, len(text)))
    firsts = [c.start for c in clauses]

    def owner(pos: int) -> Clause:
        return clauses[bisect_right(firsts, pos) - 1]

    for token in tokens:
        owner(token.start).tokens.append(token)
    spans = [(t.start, t.end) for t in tokens]
    for pattern, attr in ((grammar.access, "verbs"), (grammar.other_acts, "acts"),
                          (grammar.negations, "negs")):  # fmt: skip
        for m in pattern.finditer(text):
            if attr == "acts" and _noun(text, m):
                continue
            if attr == "acts" and grammar.spaced and _sent_to_us(text, m, owner(m.start())):
                owner(m.start()).verbs.append(m)
                continue
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            if attr == "verbs" and (
                _from_elsewhere(text, m, grammar)
                or _USERS_INABILITY.search(text, max(0, m.start() - 12), m.start())
            ):
                continue
            getattr(owner(m.start()), attr).append(m)
    for clause in clauses:  # a send that is an access joined the verbs from the acts' pass
        clause.verbs.sort(key=lambda m: m.start())
    return clauses


def possessed(text: str, word: re.Match[str]) -> bool:
    """Is this verb a noun after a possessive: "your email", "users’ requests"?"""
    return _POSSESSIVE.search(text, max(0, word.start() - 16), word.start()) is not None


def _noun(text: str, act: re.Match[str]) -> bool:
    """Is this "other act" a noun: "your email", "email address", "name, email, and …", or
    a word that qualifies one ("留存的信息")?"""
    return (
        possessed(text, act)
        or _NOUN_HEAD.match(text, act.end()) is not None
        or _LIST_ITEM.match(text, act.start()) is not None
        or (_QUALIFIES.match(text, act.end()) is not None and act.group(0) not in _TYPED)
    )


def _sent_to_us(text: str, act: re.Match[str], clause: Clause) -> bool:
    """Is this "send" the device's data going to the service: "transmits your GPS location
    to us", "sent to our servers", or to a provider for what it sends back ("sent to
    OpenWeatherMap to determine the city")? Sent to anyone else it is sharing, no access."""
    if _SENT.fullmatch(act.group(0)) is None:
        return False
    by_user = _BY_USER.search(text, max(0, act.start() - 24), act.start()) is not None
    # (not "After you send the SMS message "STOP" to us")
    if by_user:
        return False
    return _TO_US.search(text, act.end(), clause.end) is not None or bool(
        _TO_PROVIDER_FOR.match(text, act.end(), clause.end)
    )


def _from_elsewhere(text: str, verb: re.Match[str], grammar: Grammar) -> bool:
    """Does the access take the data from another party, not from the device: "we get
    information from app stores", "我们可能从第三方间接获取…" (the lexicons' ``other_sources``:
    after the verb in English, before it in Chinese)?"""
    if grammar.spaced:
        return grammar.other_sources.match(text, verb.end(), verb.end() + 80) is not None
    return grammar.other_sources.search(text, max(0, verb.start() - 80), verb.start()) is not None


def _parenthesized(text: str) -> set[int]:
    """The positions inside parentheses that close again (an unclosed one is a typo)."""
    inside: set[int] = set()
    opened: list[int] = []
    for mark in _PARENTHESIS.finditer(text):
        at = mark.start()
        if mark.group() in "(（":
            opened.append(at)
        elif opened:
            start = opened.pop()
            if not opened:
                inside.update(range(start + 1, at))
    return inside


def _enumerates(text: str, at: int, data: list[Token], grammar: Grammar) -> bool:
    """Does the text at ``at`` go on naming data, straight away or after a few words and a
    conjunction ("，短信", "，设备信息和短信", ", device ID and SMS")?"""
    index = bisect_left(data, at, key=lambda t: t.start)
    if index == len(data):
        return False
    following = data[index]
    gap = text[at : following.start]
    if not gap.strip():
        return True
    short = grammar.gap_words(gap) <= (3 if grammar.spaced else 6)
    return short and bool(_CONJUNCTION.search(gap)) and not _has_act(gap, grammar)


def _list_goes_on(
    text: str, start: int, comma: re.Match[str], tokens: list[Token], grammar: Grammar
) -> bool:
    """Does a Chinese list of data ("收集您的A、B、C，D") go on after this comma: an access
    before a 、-list in this clause, and only nouns up to the next clause mark (an act
    inside a data or trap phrase is a noun's part: 存储 in "外部存储状态")?"""
    verb = grammar.access.search(text, start, comma.start())
    if verb is None:
        return False
    listed = text[verb.end() : comma.start()]
    if grammar.negations.search(text, start, comma.start()):
        return False
    end = _CLAUSE["zh"].search(text, comma.end())
    following = text[comma.end() : end.start() if end else len(text)]
    if _has_act(_without_phrases(following, comma.end(), tokens), grammar):
        return False
    # a 、-list before, or short nouns between commas on both sides ("设备型号，操作系统，…"),
    # their examples in parentheses aside ("设备型号，设备属性信息（例如…IMEI、IMSI…）")
    listed, following = PARENTHESES.sub("", listed), PARENTHESES.sub("", following)
    return "、" in listed or bool(
        _SHORT_ITEMS.fullmatch(listed) and _SHORT_ITEMS.fullmatch(following)
    )


def _without_phrases(text: str, at: int, tokens: list[Token]) -> str:
    """``text`` (found at ``at``) with the data and trap phrases in it blanked out."""
    chars = list(text)
    for token in tokens:
        for position in range(max(token.start, at), min(token.end, at + len(text))):
            chars[position - at] = " "
    return "".join(chars)


def _has_act(text: str, grammar: Grammar) -> bool:
    """Does ``text`` hold an access, another act, a negation or a purpose (not only nouns)?"""
    acts = (grammar.access, grammar.other_acts, grammar.negations, grammar.purposes)
    return any(p.search(text) for p in acts)


def negated(text: str, clause: Clause, at: int, grammar: Grammar, verb: bool = True) -> bool:
    """Does a negation before position ``at`` govern the access that starts there? Not the
    access the app cannot make once the user refused: "如您拒绝提供上述信息，我们将无法获取您的
    位置，无法根据地理位置展示服务内容" states the use the refusal costs."""
    for neg in clause.negs:
        if neg.end() > at:
            continue
        if verb and _refusal_costs(text, clause, neg, at, grammar):
            continue
        # an aside does not part them: "如您拒绝通讯信息（短信）授权"
        bare = PARENTHESES.sub("", text[neg.end() : at])
        gap = _CONJUNCTION.sub("", grammar.access.sub("", bare))
        reach = 2 if not grammar.spaced and len(neg.group(0)) == 1 else grammar.reach
        if grammar.gap_words(gap) <= reach:
            return not _excepted(text, clause, at, grammar)
    return False


def _refusal_costs(
    text: str, clause: Clause, neg: re.Match[str], at: int, grammar: Grammar
) -> bool:
    """Is the negation the data the app cannot take once the user refused, with what that
    costs said after it ("如您拒绝提供上述信息，我们将无法获取您的实时位置，无法更好地提供服务…")?
    Not a bare "…将无法获取您的位置。", nor a feature that cannot work ("如您拒绝，将无法拦截
    骚扰电话": the feature's act, not a taking), nor an act named with its object
    (``negated``'s ``verb``)."""
    if _INABILITY.fullmatch(neg.group(0)) is None or _TAKING.match(text, at) is None:
        return False
    if not any(t.kind != "trap" and 0 < t.start - at <= _TAKEN_WITHIN for t in clause.tokens):
        return False  # no data right after the verb: "将无法获得相应服务"
    refused = grammar.denials.search(text, 0, neg.start()) is not None
    return refused and _COST_AFTER.search(text, at) is not None


def _excepted(text: str, clause: Clause, at: int, grammar: Grammar) -> bool:
    """Does an exception after the access make its negation a limit ("does not use your
    contacts for anything other than displaying them", "不会用于除导航以外的目的")?

    Another act between the access and the exception takes the exception instead ("we do
    not collect your location or share it with anyone except …"); a purpose word (用于)
    is no other act.
    """
    found = grammar.exceptions.search(text, at, clause.end)
    if found is None:
        return False
    acts = (m for m in (*clause.verbs, *clause.acts) if not grammar.purposes.fullmatch(m[0]))
    return not any(at < m.start() < found.start() for m in acts)
