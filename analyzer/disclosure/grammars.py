"""Which compiled grammar reads a text: the Chinese one for a text with CJK characters, else
the English one. Each lexicon is compiled once per process."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from analyzer.disclosure.grammar import Grammar
from analyzer.lexicon import Lexicon

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_GRAMMARS: dict[int, tuple[Lexicon, Grammar]] = {}


def _grammar(lexicon: Lexicon) -> Grammar:
    """One compiled grammar per lexicon object (lexicons are loaded once per process)."""
    cached = _GRAMMARS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _GRAMMARS[id(lexicon)] = (lexicon, Grammar(lexicon))
    return cached[1]


def grammar_for(text: str, lexicons: Sequence[Lexicon]) -> Grammar | None:
    """The Chinese grammar for a text with CJK characters, else the English one."""
    want = "zh" if _has_cjk(text) else "en"
    for lexicon in lexicons:
        if lexicon.lang == want:
            return _grammar(lexicon)
    return None


@functools.lru_cache(maxsize=1024)
def _has_cjk(text: str) -> bool:
    """Cached: a unit's language is asked for by every step that reads it."""
    return _CJK.search(text) is not None
