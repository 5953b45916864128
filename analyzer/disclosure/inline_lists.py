"""Numbered lists written inside one paragraph, as pages scraped onto one line hold them.

"…我们可能会收集您的部分信息：1）日志信息，…。2）终端设备信息，包括…IMEI…。" is an
introduction and two list items: each item is read under the introduction, as it would be
had the page kept its lines (docs/disclosure.md, "From text to units"). The list must start
right after the colon with item 1, and items 2, 3 … follow in order, each after the end of
a sentence; a section number ("2.6") or a number inside a sentence starts no item.
"""

from __future__ import annotations

import re

_BULLET = r"(?:[·•●]\s*)?"  # a bullet the page set before each number: "。· (2)"
_FIRST = re.compile(rf"[:：]\s*(?={_BULLET}(?:[（(]1[)）]|1[)）]))")
_MARK_AT_START = re.compile(rf"^{_BULLET}(?:[（(]\d{{1,2}}[)）]|\d{{1,2}}[)）])\s*")


def _mark(number: int) -> re.Pattern[str]:
    """Item ``number``'s mark after a sentence's end: "。2）", "； （2）", "。· (2)"."""
    return re.compile(
        rf"(?<=[。；;！？!?])\s*(?P<mark>{_BULLET}(?:[（(]{number}[)）]|{number}[)）]))"
    )


_MARKS = [_mark(n) for n in range(1, 31)]
_LONGEST_ITEM = 600  # characters from one item's mark to the next: a later "2）" is another list


# …or labelled: "…可能会收集下列信息：日志信息：…。设备信息：…IMEI…。" (each item a kind of
# information and its colon, after the end of a sentence)
_LABEL_FIRST = re.compile(
    r"(?:以下|下列|如下)[^。：:]{0,12}[:：]\s*(?=[\u4e00-\u9fff]{1,8}信息[:：])"
)
_LABEL = re.compile(r"(?<=[。；;])\s*(?P<mark>[\u4e00-\u9fff]{1,8}信息[:：])")


def inline_list(text: str) -> tuple[str, list[str]] | None:
    """The paragraph up to its introduction's colon, and the items after it (the last runs
    to the paragraph's end: nothing marks where the list ends); None without such a list."""
    colon = _FIRST.search(text)
    if colon is None:
        return _labelled_list(text)
    starts = [colon.end()]
    for mark in _MARKS[1:]:
        found = mark.search(text, starts[-1] + 1, starts[-1] + _LONGEST_ITEM)
        if found is None:
            break
        starts.append(found.start("mark"))
    if len(starts) < 2:
        return None
    items = [_MARK_AT_START.sub("", item, count=1) for item in _cut(text, starts)]
    return text[: colon.start() + 1].strip(), items


def _labelled_list(text: str) -> tuple[str, list[str]] | None:
    """An introduction to "the following information" and the labelled items after it."""
    colon = _LABEL_FIRST.search(text)
    if colon is None:
        return None
    starts = [colon.end()]
    while (found := _LABEL.search(text, starts[-1] + 1, starts[-1] + _LONGEST_ITEM)) is not None:
        starts.append(found.start("mark"))
    if len(starts) < 2:
        return None
    return text[: colon.end()].strip(), _cut(text, starts)


def _cut(text: str, starts: list[int]) -> list[str]:
    """The items that start at ``starts``, each up to the next (the last to the end)."""
    ends = [*starts[1:], len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
