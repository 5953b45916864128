"""Which language a policy is written in: one of the two permaudit reads, or another.

Only English and Chinese wording is judged. A policy in French or Korean names no data
that permaudit could find, so "the policy never states why" would be a guess: such a
source is marked ``other`` and the finding says the policy was not read in its language
(docs/disclosure.md, "Policies in other languages").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.disclosure.blocks import Block
from analyzer.disclosure.document_words import WORDS

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")  # Japanese writes Han characters too
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")  # a word of letters, any script
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 20000  # characters: enough to tell, and bounded for a huge policy
_SURE_WORDS = 30  # fewer words than this: a label or a title, taken as English
_ENGLISH_SHARE = 0.06  # English prose has about a quarter function words
_OTHER_LETTERS = 50  # letters of another script (Korean, Russian, Arabic …)
_KANA_LETTERS = 20  # this many kana, a quarter of the Han characters or more: Japanese


def language_of(text: str) -> str | None:
    """``zh``, ``en``, ``other`` (a language permaudit does not read), or None (no letters).

    ``zh`` when a tenth of the letters are Chinese (and the text is not Japanese); ``en``
    when English prose is among the Latin words, or too few of them to tell; ``other``
    when the letters are of another language (a bilingual policy with an English half is
    ``en``: that half is read).
    """
    sample = text[:_SAMPLE]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    latin = len(_LATIN.findall(sample))
    japanese = kana >= _KANA_LETTERS and kana * 4 >= han
    if han and not japanese and han * 10 >= han + latin // 5:
        return "zh"
    words = [w.lower() for w in _WORD.findall(sample)]
    if _english(words):
        return "en"
    others = len(_LETTER.findall(sample)) - han - latin
    if japanese or len(words) >= _SURE_WORDS or others >= _OTHER_LETTERS:
        return "other"
    if latin:
        return "en"  # a label or a title: too short to tell
    return "zh" if han else None


def blocks_language(blocks: Sequence[Block]) -> str | None:
    """The language of a document read into blocks (its first 200 tell)."""
    return language_of(" ".join(b.text for b in blocks[:200]))


def _english(words: list[str]) -> bool:
    """English prose: enough words, a fair share of them function words."""
    if len(words) < _SURE_WORDS:
        return False
    function = sum(w in WORDS.english_words for w in words)
    return function >= _ENGLISH_SHARE * len(words)
