"""Nested sections: a sub-heading is read inside the headings above it.

"## Information collected when you use our services" / "### Location" / "- GPS": the
sub-heading names the data, the heading above it the access and the scenario. Where the
markup gives levels (<h2>, "###"), a unit's heading context is the chain of headings it
stands under, from the shallowest; a heading without a level (a short paragraph, a bold
title, a plain text's "五、…") is the deepest. A heading that names the document ("Privacy
Policy") is no section's context. The headings above lend their access and aim; only the
last one's data counts (``matcher._lead_reading``).
"""

from __future__ import annotations

import re

from analyzer.disclosure.document_words import WORDS

Sections = tuple[tuple[int, str], ...]  # (level, text) from the shallowest heading down

_DEEPEST = 99  # a heading without a level: below every one that has one
_LONGEST_CONTEXT = 200  # characters: a longer chain reads as the last heading alone
# "2.3 ", "A. ", "（一）": a heading's own number, dropped when headings are joined
_NUMBER = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Za-z][.)]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])\s*"
)


def nested(sections: Sections, level: int, text: str) -> Sections:
    """The chain after a heading of ``level`` (0: none given): it closes every section at
    its level or deeper, and opens its own."""
    depth = level or _DEEPEST
    above = tuple(s for s in sections if s[0] < depth and not WORDS.document_title.search(s[1]))
    return (*above, (depth, text))


def section_context(sections: Sections) -> str:
    """The text a unit is read under: its heading, after the headings above it."""
    if len(sections) < 2:
        return sections[-1][1] if sections else ""
    # joined as clauses: "…Collected When You Use Our Services; Location Information" (a
    # space would make new phrases of the words at the joins, a colon new labels)
    joined = "; ".join(_NUMBER.sub("", text).rstrip(" :：;；") for _, text in sections)
    return joined if len(joined) <= _LONGEST_CONTEXT else sections[-1][1]
