"""Permissions named in a policy's own words: groups before a permission word ("电话和短信
权限"), a group's name opening a table row under a permission header, rows about a
permission of no category, a row that answers no, and the framework's own wording of a
permission (docs/disclosure.md, "The grammar")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from analyzer.disclosure.blocks import Unit, answer_cells
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import PARENTHESES, Grammar, Token
from analyzer.disclosure.tries import joined_names
from analyzer.model import Category

_FIELD_START = re.compile(r"[:：。!?！？]|\.\s")  # where a label's description may start
_PERMISSION_LIST = {
    # "电话和短信权限"; "通话（电话）权限" names one permission by two names
    "zh": re.compile(
        r"((?:[\u4e00-\u9fff]{1,4}[和、及与或/（(])+[\u4e00-\u9fff]{1,4}?)[）)]?(?:的)?权限"
    ),
    # "the Phone and SMS permissions", also one name: "the Phone permission", "Call Logs
    # permission" (the words before the name are tried off in ``_name_tails``)
    "en": re.compile(
        r"\b((?:[A-Za-z][\w-]*\s*(?:,|\band\b|\bor\b|&|/)\s*)*[A-Za-z][\w-]*"
        r"(?:\s[A-Za-z][\w-]*)?)\s+permissions?\b",
        re.I,
    ),
}
# Permissions listed after a permission word and a colon: "使用的权限：拨打电话、读取手机状态
# 和身份、发送短信", "包含的权限代码如下：…", "Permissions: Phone, SMS, Camera". The list runs
# to the end of the sentence or to the next field's label ("使用目的：").
_COLON_LIST = {
    "zh": re.compile(r"权限(?:代码|名称|列表|清单)?(?:如下|包括|有)?\s*[:：]\s*([^。；;:：\n]+)"),
    "en": re.compile(r"\bpermissions?(?: used| requested| required)?\s*:\s*([^.;:\n]+)", re.I),
}
_LIST_END = re.compile(r"(?<=[\u4e00-\u9fff）)])等(?=[，,])")
_NAME_CHARS, _NAME_WORDS = 16, 5  # longer items describe; a list of names has none
_ITEM_SPLIT = re.compile(r"\s*(?:[、，,/;；]|\band\b)\s*", re.I)
_NAME_PREFIX = re.compile(r"(?:的|您|你|需要|要|和|及|与|或)$")
_CJK_TAIL = re.compile(r"[\u4e00-\u9fff]+$")
_LIST_SPLIT = re.compile(r"\s*(?:[和、及与或/,&（(]|\band\b|\bor\b)\s*", re.I)

_CONSTANT_CELL = re.compile(r"^[\s`*_[]*(?:android\.permission\.)?[A-Z][A-Z0-9_]{3,}[^\w|]*\|")
# a unit that opens with a permission's name: "相机权限允许使用相机…", "Camera permission: …"
_OPENING_PERMISSION = re.compile(
    r"^[\s`*_\-•]*(?:\d{1,2}[.、)）]\s*)?(?:基于)?([^\s\d|:：，,。(（]{1,8}?|[a-z][a-z ]{1,20}?)"
    r"\s*(?:权限|permission\b)",
    re.I,
)
_LABEL_MARKS = re.compile(r"[:：]")
# "此权限", "this permission": the permission named before, not another one
_THIS_ONE = re.compile(r"(?:[此该本]|这个|这项|\bthis\s+|\bthat\s+)$", re.I)
# "Phone | …", "Phone: …", "Phone – …", "Phone (to detect calls)"
_FIRST_CELL = re.compile(r"^\s*([^|:：–—(（]{1,30}?)\s*(?:[|:：]|\s[–—-]\s|[–—]|[(（])")
# …or a list item that is only the name ("The app requires these permissions:" / "- Phone")
_WHOLE_ITEM = re.compile(r"^\s*([^|:：–—(（]{1,30}?)\s*$")


def names_permissions(text: str, grammar: Grammar) -> bool:
    """Does ``text`` name permissions by their groups ("通话（电话）权限", "电话和短信权限")?"""
    if grammar.permission.search(text) is None:
        return False
    return bool(_PERMISSION_LIST[grammar.lang].search(text)) or any(
        listed_permissions(text, grammar)
    )


def permission_names(text: str, grammar: Grammar) -> Iterator[tuple[Category, str]]:
    """Permission groups named together before one permission word: "电话和短信权限",
    "Phone and SMS permissions" — each name is a permission."""
    if not grammar.permission.search(text):  # the list pattern is slow; most texts lack it
        return
    for found in _PERMISSION_LIST[grammar.lang].finditer(text):
        before = text[max(0, found.start() - (16 if grammar.spaced else 8)) : found.start()]
        if grammar.negations.search(before):
            continue
        # the first name starts where its word starts: "设备信息权限、存储权限", not "信息"
        lead = _CJK_TAIL.search(text, max(0, found.start() - 4), found.start())
        names = (lead.group(0) if lead else "") + found.group(1)
        parts = _LIST_SPLIT.split(names)
        if any(grammar.access.match(words) for words in parts[1:]):
            continue  # "收集设备信息、申请设备权限": acts listed, not permission names
        named = [_group_named(words, grammar) for words in parts]
        if _glued_to_latin(text, found.start(), grammar):
            named[0] = None  # "IMEI信息、存储权限": 信息 ends a longer word, no group's name
        # "收集的信息及所需的权限": when the words before the permission word name no group,
        # it is theirs, and only a name with a permission word of its own counts; so it is
        # when the list ends in a group of no category, unless every item names a group
        last = bool(named) and named[-1] is not None
        # a last name that is also a plain data noun ("WIFI状态及信息权限": 信息 is SMS's group
        # only among other groups' names)
        last &= not grammar.data_nouns.fullmatch(parts[-1].strip()) or all(named)
        whole = last or _names_groups(text, found.start(), parts, named, grammar)
        for words, group in zip(parts, named, strict=True):
            if group is not None and (whole or grammar.permission.search(words)):
                yield group


def listed_permissions(text: str, grammar: Grammar) -> Iterator[tuple[Category, str]]:
    """Permissions listed after a permission word and a colon, each item a permission's own
    name ("使用的权限：拨打电话、读取手机状态和身份、发送短信"): 发送短信 there is SEND_SMS, not
    a text the service sends the user. An item that is no permission's name names nothing."""
    for found in _COLON_LIST[grammar.lang].finditer(text):
        before = text[max(0, found.start() - (16 if grammar.spaced else 8)) : found.start()]
        if grammar.negations.search(before) or grammar.not_in_use.search(text, 0, found.start()):
            continue  # "不需要以下权限：…", "SDK中包含的权限代码（非使用权限）…"
        # asides first (their commas part no items), and the list ends at 等 ("…拍照等，这些权限…")
        listed = _LIST_END.split(PARENTHESES.sub("", found.group(1)), maxsplit=1)[0]
        items = _ITEM_SPLIT.split(listed)
        labelled = text[found.end() : found.end() + 1] in (":", "：")
        if any(_described(item, grammar) for item in items[: -1 if labelled else None]):
            continue  # "推送权限：如您需要接收…发送给您的通知消息、短信": a description
        for at, item in enumerate(items):
            name = item.strip(" `*_\"'“”‘’")
            last = labelled and at == len(items) - 1  # "发送短信使用目的": the next label
            named = _permission_name(name, grammar, prefix=last)
            if named is not None:
                yield named


def _described(item: str, grammar: Grammar) -> bool:
    """Is this item of a colon's list a description rather than a permission's name?"""
    words = len(item.split()) if grammar.spaced else len(item.strip())
    return words > (_NAME_WORDS if grammar.spaced else _NAME_CHARS)


def _permission_name(name: str, grammar: Grammar, prefix: bool) -> tuple[Category, str] | None:
    """The permission ``name`` names (a group or its label); with ``prefix``, the longest
    start of it that does ("发送短信使用目的" → 发送短信)."""
    ends = [len(name)]
    if prefix:
        cuts = [m.start() for m in re.finditer(r"\s", name)] if grammar.spaced else []
        ends += sorted(cuts or range(len(name) - 1, 1, -1), reverse=True)
    for end in ends:
        part = name[:end].strip()
        if part.removesuffix("权限").strip() in grammar.section_titles:
            continue  # "设备信息权限": device data in general, no one permission
        category = grammar.permission_group(part) or grammar.labels.get(part.lower())
        if category is not None:
            return category, part
    return None


def _group_named(words: str, grammar: Grammar) -> tuple[Category, str] | None:
    """The permission group that ``words`` name, by their tail ("需要电话" → 电话)."""
    for name in _name_tails(words, grammar):
        category = grammar.permission_group(name)
        if category is not None:
            return category, name
    return None


def _glued_to_latin(text: str, start: int, grammar: Grammar) -> bool:
    """Does the Chinese word at ``start`` go on a Latin one ("Wifi信息", "IMEI信息")?"""
    before = text[start - 1 : start]
    return not grammar.spaced and before.isascii() and before.isalnum()


def _names_groups(
    text: str,
    start: int,
    parts: list[str],
    named: list[tuple[Category, str] | None],
    grammar: Grammar,
) -> bool:
    """Does every item of a list before a permission word name a permission group, of a
    category or of none ("电话、存储和相机权限")? Not a list whose first word starts inside a
    Latin one ("Wifi信息、位置信息、录音权限": data, and 信息 there is no permission)."""
    if not parts or _glued_to_latin(text, start, grammar):
        return False
    return all(
        group is not None or _other_group_named(words, grammar)
        for words, group in zip(parts, named, strict=True)
    )


def _other_group_named(words: str, grammar: Grammar) -> bool:
    """Do ``words`` end in a permission group's name of no category ("相机", "Camera")?"""
    return any(grammar.names_other_group(name) for name in _name_tails(words, grammar))


def _name_tails(words: str, grammar: Grammar) -> list[str]:
    """ "需要电话": in Chinese the name is a tail of the words, after a verb, 的 or 您 — the
    tail 信息 of 手机信息 is no name of its own."""
    if grammar.spaced:  # "needs Phone": the name is the last word or two
        tail = words.split()
        return [words, " ".join(tail[-2:]), tail[-1]] if tail else []
    return [words] + [
        words[i:]
        for i in range(1, len(words))
        if _NAME_PREFIX.search(words[:i]) or grammar.access_end.search(words[:i])
    ]


def another_permissions_row(unit: Unit, tokens: list[Token], grammar: Grammar) -> bool:
    """ "WAKE_LOCK | Keeps the device awake during location tracking": a table row about a
    permission of no category speaks of that permission, whatever data it mentions; so does
    a unit that opens with such a permission's name under another's ("地理位置权限" /
    "相机权限允许使用相机用于…拍照": a table read a cell a line)."""
    cell = _CONSTANT_CELL.match(unit.text) if unit.kind == "row" else None
    if cell is not None:
        return not any(t.kind == "strong" and t.start < cell.end() for t in tokens)
    named = _OPENING_PERMISSION.match(unit.text)
    if named is None:
        return False
    rest = unit.text[named.end() :]
    named_again = any(
        not _THIS_ONE.search(rest, 0, m.start()) for m in grammar.permission.finditer(rest)
    )  # (not "…：我们向您申请获取此权限", the same one)
    if named_again or len(_LABEL_MARKS.findall(rest)) > 1:
        return False  # items run together: "存储权限：用于…获取粗略的位置：用于…", "相机权限…
        # 选择手机通讯录…，需要打开通讯录权限"
    return grammar.names_other_group(named.group(1))


def permission_row(unit: Unit, grammar: Grammar) -> list[tuple[Category, str]]:
    """A table row or list item that starts with permission groups' names, under a header
    or an introduction that speaks of permissions ("Permission | Why we need it" / "Phone |
    To pause during calls"; "The app requires these permissions:" / "Phone and SMS: …")."""
    listed = (unit.kind, unit.lead_kind) in (("row", "header"), ("item", "intro"))
    cell = _FIRST_CELL.match(unit.text) if listed else None
    if cell is None and listed and unit.kind == "item":
        cell = _WHOLE_ITEM.match(unit.text)
    if cell is None or not grammar.permission.search(unit.lead):
        return []
    return joined_names(cell.group(1).strip(), grammar.name_joiners, grammar.permission_group)


def answers_no(unit: Unit) -> bool:
    """A table row whose every cell after its first answers no (``negative_cells`` of
    ``document_words.toml``): a data-safety table's "not collected, no purpose"; or one whose
    status is a feature not built yet ("联系人恢复 | ⏳ | 开发中，基础框架已完成")."""
    if unit.kind != "row":
        return False
    cells = answer_cells(unit.text)
    if any(WORDS.planned_section.match(c) for c in cells[1:]):
        return True
    return len(cells) >= 2 and all(c in WORDS.negative_cells for c in cells[1:])


# A permission named as the subject of "allows the app to …": the app's words for its use
_PERMISSION_SUBJECT = re.compile(r"\bpermissions?\s+(?:(?:also|only|will|would)\s+)?$", re.I)


def framework_wording(unit: Unit, grammar: Grammar) -> bool:
    """The framework's own wording ("允许应用访问精确位置", "allows the app to …") is no
    purpose; a row keeps its header's, an item its introduction's, the wording its own."""
    wording = grammar.not_purpose.search(unit.text)
    if wording is None:
        return False
    if unit.lead_kind in ("header", "intro") and grammar.purpose(unit.lead) is not None:
        return False
    if _PERMISSION_SUBJECT.search(unit.text, 0, wording.start()):
        return False  # "The location permission allows the app to show nearby stores": a use
    # "Allows the application to know if a call is active (for the Call Controller feature)",
    # "为了减少…广告，应用需要允许应用…获取位置信息": a request, its reason first in its field
    field = _FIELD_START.split(unit.text[: wording.start()])[-1]
    return grammar.purpose(unit.text[wording.end() :]) is None and not grammar.purpose(field)
