"""Word lists → regular expressions: the lexicon's phrases as one trie pattern each, so a
scan is linear in the text and the longest phrase wins at each position."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from analyzer.model import Category


def trie(phrases: Iterable[str]) -> str:
    """One regular expression for many phrases, as a trie: it fails on the first character
    that no phrase continues with, and prefers the longest phrase (greedy optional tails)."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [_char(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _char(char: str) -> str:
    """A phrase's space matches any run of white space ("by\u00a0 text message"), and its
    apostrophe a typographic one too ("your device’s IP address")."""
    if char == "'":
        return "['\u2019]"
    return r"\s+" if char == " " else re.escape(char)


def regexes(patterns: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a list of regular expressions (one that never matches for none)."""
    return re.compile("|".join(patterns) or r"(?!x)x", re.IGNORECASE)


def names(table: Mapping[Category, Iterable[str]]) -> dict[str, Category]:
    """Each name of a per-category table (lower-cased) → its category."""
    return {name.lower(): category for category, names in table.items() for name in names}


def alternation(phrases: Iterable[str], spaced: bool) -> re.Pattern[str]:
    """One pattern for many phrases, longest first; English ones on word boundaries."""
    unique = {p.lower() for p in phrases if p}
    if not unique:
        return re.compile(r"(?!x)x")
    body = trie(unique)
    if spaced:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return re.compile(f"(?:{body})", re.IGNORECASE)


class PhraseScanner:
    """Where the phrases of ``alternation`` occur in a text, found faster: the text is
    lower-cased once and searched with a case-sensitive trie. With ``re.IGNORECASE`` and
    Latin letters among the phrases the regex engine enters the pattern at every character;
    case-sensitive, it skips to the characters a phrase can start with (a Chinese text's
    tokens are found in a third of the time). The same spans as ``alternation``."""

    def __init__(self, phrases: Iterable[str], spaced: bool) -> None:
        self.unique = frozenset(p.lower() for p in phrases if p)
        self.spaced = spaced
        tail = r"(?![\w-])" if spaced else ""
        self.lowered = re.compile(f"(?:{trie(self.unique)}){tail}" if self.unique else r"(?!x)x")

    @functools.cached_property
    def fallback(self) -> re.Pattern[str]:
        """``alternation`` itself, compiled only for a text that needs it (a third of a
        grammar's build time, for a character few policies hold)."""
        return alternation(self.unique, self.spaced)

    def spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Each match's start, end and its lower-cased text, left to right."""
        low = text.lower()
        if len(low) != len(text):  # "İ" lower-cases to two characters: offsets would shift
            for match in self.fallback.finditer(text):
                yield match.start(), match.end(), match.group(0).lower()
            return
        pos = 0
        while (m := self.lowered.search(low, pos)) is not None:
            start, end = m.span()
            if self.spaced and start and (low[start - 1].isalnum() or low[start - 1] in "_-"):
                pos = start + 1  # inside a word: a phrase may still start later in it
                continue
            yield start, end, m.group(0)
            pos = end


def inside_latin_word(text: str, start: int, end: int) -> bool:
    """In a Chinese text, does a match that starts or ends with a Latin letter or digit
    run on into one ("IMEI" inside "IMEIS_ID")?"""
    before = start > 0 and text[start].isascii() and text[start - 1].isascii()
    after = end < len(text) and text[end - 1].isascii() and text[end].isascii()
    return (before and text[start - 1].isalnum()) or (after and text[end].isalnum())


# A title in book marks or an app's name before "APP": 《短信服务协议》, 爱上来电秀APP.
_NAMES = re.compile(r"《[^《》]{1,60}》|[\u4e00-\u9fff]{1,8}(?:APP|App|app)(?![A-Za-z])")


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where a Chinese text names a document or an app: the words in it are no data."""
    return [m.span() for m in _NAMES.finditer(text)]


def not_a_word(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Is a Chinese match part of a Latin word ("QIMEI") or of a name (``name_spans``)?"""
    return inside_latin_word(text, start, end) or any(a <= start and end <= b for a, b in names)


def group_name(cell: str) -> str:
    """A permission group's name as the group tables hold it: "`Phone` permission" → phone."""
    name = cell.strip(" `*_\"'“”‘’").removesuffix("权限").removesuffix(" permission")
    return name.strip().lower()


def joined_names(
    name: str, joiners: re.Pattern[str], known: Callable[[str], Category | None]
) -> list[tuple[Category, str]]:
    """What a name stands for, or several names joined by ``joiners`` ("Phone and SMS",
    "电话和短信"): nothing unless ``known`` knows every one of them."""
    whole = known(name)
    if whole is not None:
        return [(whole, name)]
    found = [(known(part), part.strip()) for part in joiners.split(name)]
    if any(category is None for category, _ in found):
        return []
    return [(category, part) for category, part in found if category is not None]
