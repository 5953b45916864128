"""The sentence before as context: what it gives the sentence after it.

An SDK entry states what the SDK is for, then what it collects ("“微博”SDK：用于分享到微博。
需要收集的信息包括：设备信息（IMEI）"); a sentence may sum up the one before ("Such
information may include …"), announce what follows, or bring in the party the next one
speaks of ("… uses Google AdMob to display ads. AdMob may collect …") (docs/disclosure.md).
"""

from __future__ import annotations

import re

from analyzer.disclosure.blocks import LIST_MARK, Unit
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import LABEL, Grammar, Token

# A lead that gives its purpose to the sentence after it. An SDK entry states what the SDK
# is for, then what it collects ("“微博”SDK：用于分享到微博。需要收集的信息包括：设备信息
# （IMEI）"); a sentence may announce what follows ("…, we will collect … the following.
# Device information: …").
_ENTRY_LEAD = re.compile(rf"sdk|(?:{WORDS.following.pattern})\W*$", re.I)
_LEADING_MARKS = re.compile(r"^\W*")
# A capitalised name opening a sentence: "AdMob may …", "Google Analytics collects …"
_NAME_SUBJECT = re.compile(r"^\W*((?:[A-Z][\w+.-]*\s+){0,3}[A-Z][\w+.-]*)\s")


def leads_on(unit: Unit, grammar: Grammar, tokens: list[Token]) -> tuple[bool, bool]:
    """Does the sentence before give this one its purpose: an SDK entry's first sentence,
    one that the unit sums up ("Such information may include …"; ``recap``), one that
    announces what follows, one whose act the unit opens by naming ("In doing so, …",
    "在此过程中，…"), or one that brought in the party the unit speaks of?"""
    if unit.lead_kind != "previous":
        return False, False
    found = grammar.recaps.search(unit.text)
    noun = found.groupdict().get("noun") if found else None  # repeated: said before?
    recap = found is not None and (noun is None or noun.lower() in unit.lead.lower())
    entry = recap or _ENTRY_LEAD.search(unit.lead) is not None
    # "… use tracking technologies to serve you advertisements. In doing so, these third
    # parties will collect … the geographic location of your … device": the act before
    entry |= grammar.same_act.match(_LEADING_MARKS.sub("", unit.text)) is not None
    return recap, entry or _names_the_same_party(unit, grammar, tokens)


def _names_the_same_party(unit: Unit, grammar: Grammar, tokens: list[Token]) -> bool:
    """Does the sentence go on about the party the one before introduced, with its purpose:
    "… uses Google AdMob to display ads. AdMob may collect … your location"? Its subject is
    a name found inside that sentence (not at its start: "We …. We …" is no entry)."""
    subject = _NAME_SUBJECT.match(unit.text) if grammar.spaced else None
    if subject is None:  # (``leads_on`` asks only for a unit led by the sentence before)
        return False
    if any(t.start < subject.end(1) for t in tokens):
        return False  # "Location data is …": data, not a party
    at = unit.lead.find(subject.group(1))
    before = unit.lead[max(0, at - 60) : at] if at > 0 else ""
    intro = list(grammar.party_intro.finditer(before))  # "uses Google AdMob": two words on
    return bool(intro) and len(before[intro[-1].end() :].split()) <= 2


def second_field(unit: Unit, grammar: Grammar) -> bool:
    """Is the unit the second field of a record whose first field, the sentence before,
    names what it is about: "7.权限名称：android.permission.WRITE_SETTINGS。使用场景：…" (a
    field that states a use speaks of the first field's subject)?"""
    field = LABEL.match(unit.text)
    if field is None or grammar.purpose(field.group(0)) is None:
        return False
    mark = LIST_MARK.match(unit.lead)
    return LABEL.match(unit.lead[mark.end() if mark else 0 :]) is not None


def section_aim(unit: Unit, grammar: Grammar, stated: str | None) -> str | None:
    """The aim a section's heading names, for a later sentence of it that states none: "##
    开展内部数据分析和研究，…改善我们的产品或服务" / "…。我们收集的数据可能包括…IMEI…" (a marker,
    not a scenario: "## Information collected when you use …" does not cover the section)."""
    if stated is not None or unit.lead_kind != "previous" or not unit.heading:
        return None
    found = grammar.find_purpose(unit.heading)
    return found.group(0) if found else None
