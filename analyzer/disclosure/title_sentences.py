"""A heading that is a sentence titles the text under it; it is no name a pronoun stands for.

Under "### Phone State" a description that says "it" or "this" speaks of the phone state.
Under a README's title "# CallFlash! Flash alert on Calls, SMS & Instant Messaging apps!"
"… this is a Samsung-Talkback issue" does not speak of SMS: a heading that names data is a
few words, and a longer one is a title sentence (docs/disclosure.md, "Word sense").
"""

from __future__ import annotations

from analyzer.disclosure.blocks import Unit
from analyzer.disclosure.grammar import Grammar

# words in English, characters in Chinese (``Grammar.gap_words``)
_TITLE_LIMIT = {"en": 8, "zh": 20}


def title_sentence(unit: Unit, grammar: Grammar) -> bool:
    """Is the unit's heading a title sentence rather than the name of what it describes?"""
    limit = _TITLE_LIMIT[grammar.lang]
    return unit.lead_kind == "heading" and grammar.gap_words(unit.lead) > limit
