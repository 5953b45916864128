"""What one text says, clause by clause: which data an access reaches, which data it only
names, whether the access is negated, and the purpose it states (docs/disclosure.md, "The
grammar"). The matcher reads a unit and its lead with it."""

from __future__ import annotations

import re

from analyzer.disclosure.clauses import Clause, negated, possessed, split_clauses
from analyzer.disclosure.grammar import LABEL, PARENTHESES, Grammar, Token
from analyzer.disclosure.permissions import listed_permissions, permission_names
from analyzer.disclosure.reading_record import Reading
from analyzer.disclosure.refusal_costs import take_refused
from analyzer.disclosure.sdk_rows import take_row_data
from analyzer.model import Category

LABEL_LIMIT = {"zh": 16, "en": 6}
_CLAUSE_END = re.compile(r"[，,;；。.!?！？]")
_INNERMOST_ASIDE = re.compile(r"[（(][^（(）)]*[）)]")
_USED_FOR = re.compile(r"\s*(?:仅|将|主要|只|均|会)?(?:用于|用来)")
# What may stand between an access verb and an act that shares its object ("collect and
# store", "收集并保存").
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|&|并|和|及|或|、|并且)?\s*", re.I)
# An English verb after the data reaches back to it only as a passive or a relative clause
# ("your location is collected", "contacts, which we read"): not as an infinitive ("…text
# messages from riders, and to receive notifications") nor with an object of its own.
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
# a linking verb after the subject of a pseudo-cleft: "The information we use to … is / are …"
_LINK = re.compile(r"\b(?:is|are|include|includes|consists? of|contains?)\b", re.I)
_LABEL_MARK = re.compile(r"[\s*_`]*(?:\s[-–—]\s|[:：])")  # "Text Messages –", "短信："
_SENTENCE_END = re.compile(r"[。.!?！？]")
_ENUMERATES = re.compile(r"\s*(?:主要)?(?:包括|包含|为|是)")  # after "这些信息": its items follow
_TO_YOU = re.compile(r"to (?:you|users)\b", re.I)  # "send an SMS text message to you"
_RECEIVE = re.compile(r"receiv", re.I)  # the user receiving what the service sends
# A record of calls in a text about customer service is the service's own call with the user
# (English call records are traps already: "recordings of phone calls", "calls with you")
_SERVICE_CALL = re.compile(r"客服|呼叫中心|客户服务")
_CALL_RECORDS = frozenset(("通话信息", "通话记录", "通话内容", "呼叫记录", "通話記錄"))
# The use a data phrase is named by: "用于反作弊的" + "地理位置信息"
_USE = r"(?:用于|用来)[^，,。；;、：:（）()]{1,12}"
_USE_DESCRIBES = re.compile(f"{_USE}的$")
# …and a use inside a noun phrase, between two 的 (the shortest): "记录您使用的用于接入邮箱的
# 其他程序所提供的设备信息" (no act of its own between the access and its object)
_ATTRIBUTIVE_USE = re.compile(f"的{_USE}?的")
_OWN_OBJECT = re.compile(
    r"\s+(?:(?:access|permission)\s+to\s+(?:access\s+)?)?"  # "Kids SMS requires access to the…"
    r"(?:your|the|a|an|our|their|its|his|her|this|these|those|all|any|some|such|certain)\b",
    re.I,
)


def _reach(text: str, clause: Clause, token: Token, grammar: Grammar) -> int | None:
    """Where the access that reaches ``token`` starts (the token itself when it is one).

    An object the purpose directly follows is used for it: "通讯录信息仅用于好友推荐".
    """
    if token.kind == "strong":
        return token.start
    verbs = [v for v in clause.verbs if not grammar.by_others(text, v.end())]
    acts = clause.acts
    used = grammar.find_purpose(text, token.end, clause.end)
    near = used and grammar.gap_words(text[token.end : used.start()]) <= grammar.reach
    if used and near and not any(token.end <= v.start() < used.start() for v in verbs):
        # "Location – not required for SMS forwarding": the negation governs that use
        denied = any(token.end <= n.start() < used.start() for n in clause.negs)
        return used.start() if denied else token.start
    # …and so is one the use describes: "用于反作弊的地理位置信息"
    window = max(clause.start, token.start - 16)  # the pattern spans at most 15 characters
    described = None if grammar.spaced else _USE_DESCRIBES.search(text, window, token.start)
    if described and not any(described.start() - 4 <= n.start() < token.start for n in clause.negs):
        return token.start

    # an act joined to the access before it shares its object: "collect and store your
    # location", "收集并保存您的位置信息"
    joined = {
        act.start()
        for act in acts
        for v in verbs
        if v.end() <= act.start() and _COORDINATED.fullmatch(text, v.end(), act.start())
    }

    def blocked(a: int, b: int) -> bool:
        return any(
            a <= act.start() and act.end() <= b and act.start() not in joined
            and not _aim_then_link(text, act, b, grammar)
            and not _describes_noun(text, act, b)
            for act in acts
        )  # fmt: skip

    before = [v for v in verbs if v.end() <= token.start and not blocked(v.end(), token.start)]
    if before:
        return before[-1].start()
    after = [v for v in verbs if v.start() >= token.end and not blocked(token.end, v.start())]
    if not after:
        return None
    verb = after[0]
    if grammar.spaced and (
        _INFINITIVE.search(text, 0, verb.start()) or _OWN_OBJECT.match(text, verb.end())
    ):
        return None
    return verb.start()


def _describes_noun(text: str, act: re.Match[str], until: int) -> bool:
    """Is the act a use that describes a noun before ``until`` ("您使用的用于接入邮箱的其他
    程序"), no act of its own? Not when ``until`` is inside it ("用于分析和定位的日志")."""
    found = _ATTRIBUTIVE_USE.match(text, act.start() - 1) if act.start() else None
    return found is not None and found.end() <= until


def _aim_then_link(text: str, act: re.Match[str], until: int, grammar: Grammar) -> bool:
    """Is the act an aim ("to provide") that a linking verb closes before the data: "The
    information we collect to provide our services includes your location"?"""
    aim = grammar.spaced and _INFINITIVE.search(text, max(0, act.start() - 4), act.start())
    return bool(aim) and _LINK.search(text, act.end(), until) is not None


def read(
    text: str, grammar: Grammar, tokens: list[Token] | None = None, purpose: str | None = ""
) -> Reading:
    """Everything the matcher needs to know about one text, clause by clause (``purpose``:
    the text's purpose marker when the caller has looked for it already)."""
    found = grammar.purpose(text) if purpose == "" else purpose
    reading = Reading(found)  # whether it is a definition is asked only when it matters
    tokens = grammar.find_tokens(text) if tokens is None else tokens
    carried = False  # a clause before ended in a colon after an access: "收集信息：A，B，C"
    listing = False  # …or in a semicolon, and the clauses since name data only: "收集A；B；C"
    purposes = False  # after "…for the following purposes:" come purposes, not data
    clauses = split_clauses(text, grammar, tokens)
    for index, clause in enumerate(clauses):
        listing = listing and grammar.names_only(text[clause.start : clause.end])
        introduced = carried or listing or _used_next(text, clause, clauses[index + 1 :], grammar)
        introduced |= reading.access and _lists_the_object(text, clause, grammar)
        states = [negated(text, clause, v.start(), grammar) for v in clause.verbs]
        reading.access |= not all(states) if states else False
        # "…，如果您选择不开启此权限，…": a refusal the user may make negates no access
        refusals = [v for v, state in zip(clause.verbs, states, strict=True) if state]
        reading.negated |= any(not grammar.conditional(text, clause.start, v) for v in refusals)
        if refusals and len(refusals) == len(states) and _takes_back(text, clause, grammar):
            _retract(reading)
        ends = text[clause.end : clause.end + 1]
        # "收集的信息包括：android版本：设备信息（IMEI）": a bare label passes the access on
        opens = ends in (":", "：") and (not all(states or [True]) or (carried and not states))
        listed_purposes = purposes
        # "…for the following purposes: Advertising, Managing contacts": purposes, not data
        purposes |= bool(states) and (  # not a bare "Purpose:" label
            grammar.purpose_intro.search(text, clause.start, clause.end + 1) is not None
        )
        opens &= not purposes
        carried = opens or (carried and ends in (",", "，") and not any(states))
        opened = ends in (";", "；") and bool(states) and not any(states)
        listing = opened or (listing and ends in (";", "；", ",", "，"))
        for token in [] if listed_purposes else clause.tokens:
            _read_token(text, clause, token, grammar, reading, introduced)
        if reading.refused and _takes_again(text, clause, states, grammar):
            for category, phrase in reading.refused.items():
                reading.accessed.setdefault(category, phrase)
                reading.named.setdefault(category, phrase)
    take_refused(text, grammar, reading)
    take_row_data(text, grammar, reading, tokens)
    _read_label(text, grammar, reading)
    for category, name in (*permission_names(text, grammar), *listed_permissions(text, grammar)):
        reading.strong.setdefault(category, name)
        reading.accessed.setdefault(category, name)
        reading.named.setdefault(category, name)
    if grammar.spaced and reading.negated and not reading.access:
        # a permission named where every access is negated is refused: "❌ ACCESS_FINE_LOCATION
        # | Zero GPS Tracking: Your physical location is never requested or accessed." (not in
        # Chinese, whose negations limit as often: "电话权限：…，除此之外不会基于其他用途进行调用")
        for category in [c for c in reading.accessed if c in reading.strong]:
            reading.refused.setdefault(category, reading.accessed.pop(category))
            reading.named.pop(category, None)
            reading.named_at.pop(category, None)
    return reading


def _takes_back(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Is a negated access's object the data the clauses before named: "…可能会触发获取
    Android_ID、修改系统设置，但我们并不会收集前述信息", "…, but we do not collect this
    information"? Not a permission ("不会通过该权限获取其他信息"), nor what follows a refusal
    the user may make ("如您不同意收集上述信息", "当您取消该授权后，我们将不再收集该信息")."""
    if any(t.kind != "trap" for t in clause.tokens):
        return False
    for verb in clause.verbs:
        refusal = grammar.denials.search(text, max(0, verb.start() - 40), verb.start())
        if refusal or grammar.conditional(text, clause.start, verb):
            return False
        after = text[verb.end() : clause.end].lstrip(" 您你的")
        object_ = grammar.anaphora.match(after)
        if object_ and not grammar.permission.search(object_.group(0)):
            return True
    return False


def _takes_again(text: str, clause: Clause, states: list[bool], grammar: Grammar) -> bool:
    """Does a clause that turns ("但", "but") from a refused access take the same data
    again, naming none or only a pronoun: "本应用不会收集IMEI，但集成的第三方SDK可能会因为安全
    原因收集", "We do not collect your location, but the SDK may collect it to show ads"?"""
    if not states or any(states) or any(t.kind != "trap" for t in clause.tokens):
        return False
    own = text[clause.start : clause.end]
    if grammar.contrasts.match(own.lstrip(" ，,")) is None:
        return False
    for verb in clause.verbs:
        after = text[verb.end() : clause.end].lstrip(" ")
        if not after or after[0] in "。.；;" or grammar.anaphora.match(after):
            return True
    return False


def _retract(reading: Reading) -> None:
    """What was accessed or named so far is refused."""
    for category, phrase in reading.accessed.items():
        reading.refused.setdefault(category, phrase)
        if category in reading.named_at:
            reading.refused_at.setdefault(category, reading.named_at[category])
    reading.accessed.clear()
    reading.named.clear()
    reading.named_at.clear()


def _lists_the_object(text: str, clause: Clause, grammar: Grammar) -> bool:
    """Does a Chinese clause list what an access before it collected: "我们会收集您的设备信息，
    用于风控验证，这些信息包括IMEI号、设备型号"?"""
    if grammar.spaced or clause.verbs:
        return False
    body = text[clause.start : clause.end].lstrip()
    named = grammar.list_anaphora.match(body)
    return named is not None and _ENUMERATES.match(body, named.end()) is not None


def _used_next(text: str, clause: Clause, following: list[Clause], grammar: Grammar) -> bool:
    """Data named alone, and the next clause says what it is used for: "设备标识符（如
    IMEI、OAID），用于用户唯一标识" (a field list's entry: the data is used). A longer
    clause is no name ("安全工具：包括但不限于…短信口令…等可在交易过程中，用于…的工具")."""
    if clause.verbs or not clause.tokens or not following:
        return False
    named, bare = "", text[clause.start : clause.end]
    while named != bare:  # nested asides too: "（如GAID（仅GMS服务）、MEID）"
        named, bare = bare, _INNERMOST_ASIDE.sub("", bare)
    if grammar.gap_words(named) > LABEL_LIMIT[grammar.lang]:
        return False
    after = following[0]
    joined = text[clause.end : after.start].strip() in (",", "，")
    return joined and _USED_FOR.match(text, after.start) is not None


def _read_token(
    text: str, clause: Clause, token: Token, grammar: Grammar, reading: Reading, introduced: bool
) -> None:
    category = token.category
    if token.kind == "trap" or category is None:
        return
    after = text[token.end : token.end + 24].lstrip(" 的")
    alias = PARENTHESES.match(after)  # "通话（电话）权限": an alias between name and 权限
    after = after[alias.end() :].lstrip() if alias else after
    if grammar.permission.match(after) or grammar.permission.search(token.phrase):
        token = Token(token.start, token.end, "strong", category, token.phrase)
    head = text[clause.start : token.start]
    if category is Category.SETTINGS and grammar.user_controls.search(head):
        return  # "您可以通过修改系统设置…": the user changes their own settings
    if token.kind == "strong":
        reading.strong.setdefault(category, token.phrase)
    elif token.phrase in _CALL_RECORDS and _SERVICE_CALL.search(text):
        return  # "当您与客服团队联系时，我们会以通话录音…的方式记录您的通话信息": its own calls
    elif _sent_to_user(text, clause, token, grammar):
        return  # "向您发送行程通知短信", "SMS to notify you": what the service sends the user
    at = _reach(text, clause, token, grammar)
    if at is None and introduced and not any(v.start() < token.start for v in clause.verbs):
        at = token.start  # a verb before it makes a sentence, not the list a colon introduced
        # ("(Note: We …)"); one after it is a noun's ("…、地理位置、软件使用记录信息")
    refused = at is not None and negated(text, clause, at, grammar, token.kind != "strong")
    if at is not None and not refused:
        reading.accessed.setdefault(category, token.phrase)
    if refused:
        reading.refused.setdefault(category, token.phrase)
        reading.refused_at.setdefault(category, token.start)
    else:
        reading.named.setdefault(category, token.phrase)
        reading.named_at.setdefault(category, token.start)


def _sent_to_user(text: str, clause: Clause, token: Token, grammar: Grammar) -> bool:
    """Is ``token`` what the service sends the user: after "向您发送" with no access
    between, or right before "to you" or "to notify you" ("email or SMS to notify you")?"""
    head = text[clause.start : token.start]
    # the last one is nearest the token; it may end inside it ("向您的注册手机发送短信验证码"
    # holds the phrase 手机发送短信)
    sent = list(grammar.to_user.finditer(head))
    if not grammar.spaced:  # Chinese phrases run into each other without a space
        into = text[clause.start : token.end]
        sent += [m for m in grammar.to_user.finditer(into) if m.start() < len(head) < m.end()]
        sent.sort(key=lambda m: m.end())
    after = grammar.access.finditer(head, sent[-1].end()) if sent else ()
    # "…users’ requests…" is no access; "agree to receive text messages … to receive such text
    # messages" speaks of the same texts the user receives
    if sent and all(possessed(head, verb) or _RECEIVE.match(verb.group(0)) for verb in after):
        return True
    tail = text[token.end : min(clause.end, token.end + 60)].lstrip()
    channel = token.category in (Category.MESSAGES, Category.CALLS)  # not "根据您的位置信息
    # 向您推送广告": a place or an address book is what the message is chosen by, no channel
    if channel and (grammar.to_user.match(tail) is not None or _TO_YOU.match(tail) is not None):
        return True
    # a label whose description is what the user receives: "Text Messages – … you may
    # consent to receiving automated text messages"
    label = _LABEL_MARK.match(text, token.end)
    described = _SENTENCE_END.split(text[label.end() :], maxsplit=1)[0] if label else ""
    return grammar.to_user.search(described) is not None


def _read_label(text: str, grammar: Grammar, reading: Reading) -> None:
    """A short label before a colon or a cell bar: "位置信息：…", "Location permission | …".

    A permission label's description is its purpose ("短信权限：自动识别并填写验证码"), and so is a
    data label's that opens with an aim ("位置信息：优化网络连接请求").
    """
    label = LABEL.match(text)
    short = label and PARENTHESES.sub("", label.group(1))
    if not label or not short or grammar.gap_words(short) > LABEL_LIMIT[grammar.lang]:
        return
    rest = text[label.end() :].strip()
    described = _CLAUSE_END.split(rest, maxsplit=1)[0]
    if grammar.negations.search(described) or grammar.to_user.search(rest):
        return  # "READ_CONTACTS, … — these are simply not needed", "Text Messages – … you
        # may consent to receiving automated text messages": no use of the device's data
    permission = grammar.permission.search(label.group(1)) is not None
    for token in grammar.find_tokens(label.group(1)):
        if token.kind != "trap" and token.category is not None:
            reading.label.setdefault(token.category, token.phrase)
            permission = permission or token.kind == "strong"  # "CALL_PHONE: Direct calling"
    groups = grammar.label_groups(text)
    for group in groups:
        reading.label.setdefault(*group)
        reading.strong.setdefault(*group)
    aimed = grammar.label_aims.match(rest) is not None  # "位置信息：优化…"
    if reading.label and (permission or groups or aimed) and rest and reading.purpose is None:
        reading.purpose = rest[:40]
