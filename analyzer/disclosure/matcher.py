"""Does a unit disclose a category? An access that reaches the data, not negated, and why.

Precision comes first (a wrong ``disclosed`` hides a real violation), but a verdict must
also survive the shapes real policies take (docs/disclosure.md "The grammar"):

- the access verb must *reach* the object inside one clause, with no other act between
  (使用手机号码向您发送短信 does not read messages);
- a negation counts only when it governs that access verb ("we never sell it" does not
  undo "we use your location to show stores");
- a purpose may come from the unit or its lead (a table header, a list's introduction),
  and an object from a short label ("位置信息：用于导航") or the section heading;
- definitions and glossaries never disclose.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.disclosure.aim_words import drop_aim_words, names_before_aim
from analyzer.disclosure.blocks import Unit, cell_spans
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import LABEL, Grammar, Token
from analyzer.disclosure.grammars import grammar_for
from analyzer.disclosure.ip_location import location_from_ip
from analyzer.disclosure.own_permission import own_permission_first
from analyzer.disclosure.permission_aims import aimed_data
from analyzer.disclosure.permissions import (
    another_permissions_row,
    answers_no,
    framework_wording,
    names_permissions,
    permission_row,
)
from analyzer.disclosure.previous_sentence import leads_on, second_field, section_aim
from analyzer.disclosure.profile_location import location_in_profile
from analyzer.disclosure.reading import read
from analyzer.disclosure.reading_record import Reading
from analyzer.disclosure.record_fields import as_field, states_purpose
from analyzer.disclosure.restatement import restates_access
from analyzer.disclosure.sdk_rows import row_service
from analyzer.disclosure.sentences import SENTENCE_END
from analyzer.disclosure.title_sentences import title_sentence
from analyzer.disclosure.unused_permissions import ends_not_in_use
from analyzer.disclosure.users_act import is_user_control, users_act
from analyzer.lexicon import Lexicon
from analyzer.model import Category

_HEADING_MARK = re.compile(r"^[\s#*\d.、（()）一二三四五六七八九十]+")
_BARE_LABEL = re.compile(r"^[^.。:：;；!?！？]{1,40}[:：]\s*$")  # "**Location Data:**"


@dataclass(frozen=True, slots=True)
class Match:
    """One category disclosed by one unit, with the words that decided it."""

    category: Category
    keyword: str
    cue: str
    led: bool = False  # the unit's lead stated the purpose or the data


# An answer that opens with a demonstrative ("这可以实现…", "This lets the app …")
_DEMONSTRATIVE_OPENING = re.compile(
    r"^\s*(?:这样|这(?!些)|此(?!外)|(?:this|that|it)\b)\s*(?:可以|能够|能|将|会|will\b|can\b)?\s*",
    re.I,
)


def denied_after(unit: Unit, lexicons: Sequence[Lexicon]) -> set[Category]:
    """The categories whose access ``unit`` denies for the act of the sentence before it
    ("No location data is collected in this process")."""
    grammar = grammar_for(unit.text, lexicons)
    if grammar is None or unit.lead_kind != "previous" or not grammar.same_act.search(unit.text):
        return set()
    reading = read(unit.text, grammar)
    return set(reading.refused) - set(reading.accessed)


def match_unit(unit: Unit, lexicons: Sequence[Lexicon]) -> list[Match]:
    """The categories ``unit`` discloses, read with its lead (empty when none)."""
    grammar = grammar_for(unit.text, lexicons)
    if grammar is None:
        return []
    unit = as_field(unit, grammar)  # "Status: … "SMS Access"" takes no purpose from its record
    tokens = _tokens(unit.text, grammar)
    groups = permission_row(unit, grammar)
    if not _names_data(unit.text, grammar) and not groups:  # only the lead could name it
        if not _lead_may_name_data(unit, lexicons):
            return []  # most sentences of a policy name no data, nor does the one before
        if unit.lead_kind != "heading" and not _refers(unit, grammar):
            return []  # … or the unit does not speak of it
        if not _lends_data(unit, lexicons):
            return []  # (reading the lead costs most: asked last)
    if framework_wording(unit, grammar) or another_permissions_row(unit, tokens, grammar):
        return []
    if answers_no(unit) or ends_not_in_use(unit.text, grammar):
        return []  # "Precise location data | No | N/A | N/A", "… contacts (Not used yet)."
    recap, entry = leads_on(unit, grammar, tokens)
    led_purpose = entry or unit.lead_kind in ("heading", "intro", "header")
    stated = grammar.purpose(unit.text) or row_service(unit.text, grammar, tokens)
    aim = section_aim(unit, grammar, stated)
    if stated is None and not led_purpose and aim is None and not LABEL.match(unit.text):
        return []  # no reason anywhere (a label's description may be one: _read_label)
    own = read(unit.text, grammar, tokens, stated)
    needed = unit.lead_kind != "previous" or not own.named or entry  # pronouns; SDK entries
    lead = _read_lead(unit, lexicons) if unit.lead and needed else Reading()
    purpose = _purpose(unit, grammar, (own, lead), led_purpose, aim)
    if purpose is None or lead.denies_for(unit.lead_kind, own):
        return []  # "The app does not use the phone permission to:" / "- Access your contacts"
    drop_aim_words(unit.text, own, grammar)  # "Internet: For MMS messaging" names no SMS
    found = dict(own.accessed) or aimed_data(unit.text, own, purpose)
    led: dict[Category, str] = {}
    if not own.negated:
        for category, phrase in own.label.items():
            found.setdefault(category, phrase)
        if _listed(unit, lead, grammar) or (recap and lead.access and not lead.negated):
            told = _told_in_later_sentences(unit, own)
            led.update((c, p) for c, p in own.named.items() if c not in found and c not in told)
        led.update((c, name) for c, name in groups if c not in found)
        acts = own.access or not grammar.negations.search(unit.text)  # "这些信息将用于…"
        acts |= unit.lead_kind == "previous" and grammar.denials.search(unit.text) is not None
        acted = unit.lead_kind == "heading" and grammar.starts_with_act(unit.text)
        described = not names_before_aim(unit.text, own, stated, grammar) or acted
        if described and acts and _refers(unit, grammar) and not title_sentence(unit, grammar):
            # a refusal speaks of what the sentence before accessed; a pronoun of what it named
            by_refusal = unit.lead_kind == "previous" and not grammar.refers(unit.text, strict=True)
            spoken = lead.label or (lead.accessed if by_refusal else lead.named)
            led.update((c, p) for c, p in spoken.items() if c not in found)
        if unit.lead_kind == "heading" and own.purpose and not grammar.negations.search(unit.text):
            # under a permission's name, its description is its purpose
            led.update((c, p) for c, p in lead.strong.items() if c not in found)
    found.update(led)
    if not found or _not_the_apps_act(unit, grammar, tokens):
        return []
    if Category.LOCATION in found and _not_the_devices(unit, Category.LOCATION in led, grammar):
        del found[Category.LOCATION]
    by_lead = own.purpose is None
    return [Match(c, found[c], purpose, by_lead or c in led) for c in Category if c in found]


def _purpose(
    unit: Unit, grammar: Grammar, readings: tuple[Reading, Reading], led: bool, aim: str | None
) -> str | None:
    """The unit's reason: its own, unless it only restates the access (then none); else its
    lead's ("为向您提供…，我们会收集以下信息：", "… | 使用目的"); else, for a list's item, the
    heading's ("## Information collected when you use our services" / "We collect …,
    including:" / "- IMEI"); else the section's aim, when the unit accesses data itself."""
    own, lead = readings
    if own.purpose is not None:
        return None if restates_access(grammar, unit.text) else own.purpose
    purpose = lead.purpose if led else None
    if purpose is None and unit.lead_kind == "intro" and lead.access and unit.heading:
        purpose = grammar.purpose(unit.heading)
    if purpose is None and own.accessed and not own.negated:
        purpose = aim
    return purpose


def _not_the_apps_act(unit: Unit, grammar: Grammar, tokens: list[Token]) -> bool:
    """A definition or glossary entry, or what the user does ("您可以通过修改系统设置…");
    "choose recipients from your contacts" is still the app's access."""
    strong = any(t.kind == "strong" and t.category is not Category.SETTINGS for t in tokens)
    return grammar.is_definition(unit.text) or (users_act(unit, grammar, tokens) and not strong)


def _not_the_devices(unit: Unit, led: bool, grammar: Grammar) -> bool:
    """Is the location the unit (with its lead, when that lent it) names inferred from the
    IP address or a field of a profile, not the device's location?"""
    context = f"{unit.lead} {unit.text}" if led else unit.text
    return location_from_ip(grammar, context) or location_in_profile(grammar, context)


def _lead_may_name_data(unit: Unit, lexicons: Sequence[Lexicon]) -> bool:
    """Could the unit's lead name data? A sentence with no data word, label or permission
    name in it names none (a heading may be a permission's name, so it always could)."""
    grammar = grammar_for(unit.lead, lexicons) if unit.lead else None
    if grammar is None:
        return False
    return unit.lead_kind == "heading" or _names_data(unit.lead, grammar)


def _lends_data(unit: Unit, lexicons: Sequence[Lexicon]) -> bool:
    """Does the unit's lead, read, name data it could lend to a unit that names none? (Asked
    once ``_lead_may_name_data`` said it could.)"""
    lead = _read_lead(unit, lexicons)
    return bool(lead.label or lead.named or lead.strong)


@functools.lru_cache(maxsize=64)
def _tokens(text: str, grammar: Grammar) -> list[Token]:
    """Cached: a sentence is asked again as the lead of the next one. Callers only read."""
    return grammar.find_tokens(text)


@functools.lru_cache(maxsize=64)
def _names_data(text: str, grammar: Grammar) -> bool:
    """A data word, a permission's name as a label, or permissions named by their groups
    ("通话（电话）权限"). Cached like ``_tokens``."""
    named = any(t.kind != "trap" for t in _tokens(text, grammar))
    return named or bool(grammar.label_groups(text)) or names_permissions(text, grammar)


def _read_lead(unit: Unit, lexicons: Sequence[Lexicon]) -> Reading:
    """What the unit's lead says; a definition lends nothing, a heading its permission."""
    grammar = grammar_for(unit.lead, lexicons)
    heading = unit.lead_kind == "heading"
    return _lead_reading(unit.lead, heading, grammar, unit.title) if grammar else Reading()


@functools.lru_cache(maxsize=256)
def _lead_reading(lead: str, heading: bool, grammar: Grammar, title: str = "") -> Reading:
    """Cached: one heading or table header leads many units. The reading is shared, so
    callers only read it. (``title``: the last of a chain of headings.)"""
    if grammar.is_definition(lead):
        return Reading(definition=True)
    reading = read(lead, grammar, _tokens(lead, grammar))  # found when it was a unit
    if title:  # a chain of headings: those above lend their access and aim, not their data
        reading.keep_only(read(title, grammar, _tokens(title, grammar)).categories())
    if heading:
        _read_heading_group(title or lead, grammar, reading)  # "### Phone Access"
    return reading


def _listed(unit: Unit, lead: Reading, grammar: Grammar) -> bool:
    """Does the lead's access reach the data the unit only names? A table row's header, a
    list's introduction, and a heading that names an access to data ("## Information We
    Access" / "- SMS content to display conversations") do."""
    if unit.kind == "row":  # (not a table of those the data is given to, and why)
        return not lead.definition and (lead.access or not grammar.sharing.search(unit.lead))
    if not lead.access or lead.negated:
        return False
    if unit.lead_kind == "intro":
        return True
    heading = unit.lead_kind == "heading" and unit.kind == "item"
    return heading and grammar.data_nouns.search(unit.lead) is not None


def _told_in_later_sentences(unit: Unit, own: Reading) -> set[Category]:
    """Data a table row names first in a later sentence of a cell. The header reaches what a
    cell lists or its first sentence describes; a later sentence has acts of its own ("… |
    We collect … when you contact support. … where we facilitate phone calls between
    drivers and riders …"), as a paragraph's later sentences do. (What a cell sends the user,
    "to send emails, text messages", names no data there.) A semicolon in a cell parts the
    items of its list ("唯一设备识别码（imei/IMSI；设备mac地址）；地理位置；"), not sentences."""
    if unit.kind != "row":
        return set()
    later: list[tuple[int, int]] = []  # from a cell's first sentence end to the cell's end
    for start, end in cell_spans(unit.text):
        ends = SENTENCE_END.finditer(unit.text, start, end)
        first_end = next((m for m in ends if m.group() not in ";；"), None)
        if first_end is not None:
            later.append((first_end.end(), end))
    return {c for c, at in own.named_at.items() if any(a <= at < b for a, b in later)}


def _read_heading_group(heading: str, grammar: Grammar, lead: Reading) -> None:
    """A heading that is a permission group's name ("Phone Access", "电话权限") labels the
    description under it."""
    name = _HEADING_MARK.sub("", heading)
    if name in grammar.section_titles:  # "2.2 设备信息" titles device data, not the permission
        return
    category = grammar.permission_group(name)
    if category is not None:
        lead.label.setdefault(category, heading)


def _bare_label(unit: Unit, grammar: Grammar) -> bool:
    """A list's introduction that is only a short name and a colon ("**Location Data:**"),
    no act, negation or announcement in it ("Kids SMS does NOT:", "…存储在以下位置："): the
    list's heading."""
    lead = unit.lead
    if unit.lead_kind != "intro" or not _BARE_LABEL.match(lead):
        return False
    acts = (grammar.access, grammar.other_acts, grammar.negations, WORDS.following)
    return not any(pattern.search(lead) for pattern in acts)


def _refers(unit: Unit, grammar: Grammar) -> bool:
    """May this unit, which names no data, speak of the data its lead names?

    After a heading it may ("Location" / "Used to show nearby stores"), and so may a record
    of fields under it ("Phone State" / "What: … Why: …"); after another sentence only
    through a pronoun ("We use it to …", "这些信息将用于…").
    """
    if unit.lead_kind == "heading" or _bare_label(unit, grammar):
        text = unit.text
        if unit.kind == "header":  # a record ("What: … Why: …") describes its subject,
            return "|" not in text  # a table's header row ("Purpose | Data") only names columns
        described = grammar.starts_with_act(text) or grammar.refers(text)
        # "Allows the application to display caller name (for the Call Controller feature)"
        described |= grammar.not_purpose.match(text.lstrip(" -–—*•")) is not None
        return described or grammar.app_acts(text)
    if unit.lead_kind != "previous":  # a record's field of purpose speaks of the record's data
        return states_purpose(unit, grammar)
    # "如您拒绝，…", "If you deny, …": what breaks is the reason for the app's access before
    # (not for what the user does there: "…或您可以在收到的短信中回复“退订”")
    denial = grammar.denials.search(unit.text) is not None
    denial = denial and not is_user_control(unit.lead, grammar)
    # "Why do we need the SMS permission? To verify your number": the answer to a question
    # (also through a demonstrative: "允许访问您的粗略位置？ 这可以实现更准确的日光计算。")
    answer = unit.lead.endswith(("?", "？")) and grammar.starts_with_act(
        _DEMONSTRATIVE_OPENING.sub("", unit.text)
    )
    answer |= second_field(unit, grammar)  # "权限名称：WRITE_SETTINGS。使用场景：…"
    spoken = grammar.refers(unit.text, strict=True) and not _titled_otherwise(unit, grammar)
    # (asked last: "…申请获取您的相机权限，如果您拒绝授权该权限…" refuses the camera)
    return (spoken or denial or answer) and not own_permission_first(unit.text, grammar)


def _titled_otherwise(unit: Unit, grammar: Grammar) -> bool:
    """Does "this permission" refer to the label that titles the sentence before, a label
    that names no data ("Run at startup: CSO … (like phone state events). This permission
    allows the service to start when you boot")?"""
    spoken = (m.group() for m in grammar.anaphora.finditer(unit.text))
    label = LABEL.match(unit.lead)
    named = label is not None and _names_data(label.group(1), grammar)
    return label is not None and not named and any(grammar.permission.search(w) for w in spoken)


def match_sentence(sentence: str, lexicons: Sequence[Lexicon]) -> list[Match]:
    """``match_unit`` for a sentence without context (tests, declarations)."""
    return match_unit(Unit(sentence), lexicons)
