"""Does a sentence disclose a category? Keyword AND purpose cue AND not negated.

Precision comes first (a wrong ``disclosed`` hides a real violation), so a sentence is
skipped when it is negated or reads like the framework's own permission description, and
look-alike phrases ("contact us", 发送短信验证码, IP地址 …) are blanked out before keywords
are matched. The lexicon of a sentence is chosen by its script: any CJK character → the
Chinese lexicon, else English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from analyzer.model import Category
from analyzer.tables import Lexicon

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BLANK = " \u2026 "


@dataclass(frozen=True, slots=True)
class Match:
    """One category disclosed by one sentence, with the words that decided it."""

    category: Category
    keyword: str
    cue: str


@lru_cache(maxsize=4096)
def _word_pattern(phrase: str) -> re.Pattern[str]:
    """Case-insensitive, on word boundaries where the phrase starts/ends with a word char."""
    start = r"\b" if phrase[:1].isalnum() else ""
    end = r"\b" if phrase[-1:].isalnum() else ""
    return re.compile(start + re.escape(phrase) + end, re.IGNORECASE)


def _find(text: str, phrases: Sequence[str], spaced: bool) -> str | None:
    for phrase in phrases:
        if spaced:
            if _word_pattern(phrase).search(text):
                return phrase
        elif phrase.lower() in text:
            return phrase
    return None


def _blank(text: str, phrases: Sequence[str], spaced: bool) -> str:
    for phrase in phrases:
        text = _word_pattern(phrase).sub(_BLANK, text) if spaced else text.replace(phrase, _BLANK)
    return text


def choose_lexicon(sentence: str, lexicons: Sequence[Lexicon]) -> Lexicon | None:
    """The Chinese lexicon for a sentence with CJK characters, else the English one."""
    want = "zh" if _CJK.search(sentence) else "en"
    return next((lex for lex in lexicons if lex.lang == want), None)


def match_sentence(sentence: str, lexicons: Sequence[Lexicon]) -> list[Match]:
    """The categories ``sentence`` discloses (empty when it discloses none)."""
    lexicon = choose_lexicon(sentence, lexicons)
    if lexicon is None:
        return []
    spaced = lexicon.lang != "zh"
    text = sentence.replace("\u2019", "'")
    lowered = text if spaced else text.lower()
    if _find(lowered, lexicon.negations, spaced) or _find(lowered, lexicon.not_purpose, spaced):
        return []
    cue = _find(lowered, lexicon.cues, spaced)
    if cue is None:
        return []
    stripped = _blank(text, lexicon.exclusions, spaced)
    stripped = stripped if spaced else stripped.lower()
    found = []
    for category in Category:
        keyword = _find(stripped, lexicon.keywords.get(category, ()), spaced)
        if keyword is not None:
            found.append(Match(category, keyword, cue))
    return found


def is_policy_title(text: str, lexicons: Sequence[Lexicon]) -> str | None:
    """The policy title (隐私政策, "privacy policy" …) that ``text`` contains, if any."""
    lowered = text.lower()
    for lexicon in lexicons:
        for title in lexicon.policy_titles:
            if title.lower() in lowered:
                return title
    return None
