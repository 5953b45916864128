"""Terms a document defines for itself: its glossary overrides the lexicon's word sense.

Mozilla's notices define "Location" as "we infer your location from your IP address" and
"Contact data" as "the email address you give us"; a table elsewhere that lists
"Location" or "Contact data" among the data used for a purpose then speaks of those, not
of the device's location or address book. A glossary is a table row or label under a
lead that names itself one ("数据定义", "Data type | Description") whose first cell is a
single data word and whose description has no purpose marker (用于, "in order to": that
makes it a disclosure, not a definition) and no permission (a description that needs a
device permission speaks of the device's data). A Chinese policy may also define a term in
place, for what follows: "位置信息（基于IP地址，仅收集至国家/省/市，下同）".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from analyzer.disclosure.blocks import Unit, answer_cells, next_sentence
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.grammar import Grammar
from analyzer.disclosure.grammars import grammar_for
from analyzer.disclosure.ip_location import location_from_ip
from analyzer.lexicon import Lexicon
from analyzer.model import Category

_ENTRY = re.compile(r"^\s*([^|:：]{1,24}?)\s*[|:：]\s*(.+)$", re.S)
# A term and its note "(…, 下同)": the note holds for the rest of the document
_SAME_BELOW = re.compile(r"([\u4e00-\u9fff]{2,6})[（(]([^（()）]{1,40}?)[，,、]?\s*以?下同[）)]")
_TITLE_SENTENCE = re.compile(r"\s*([A-Za-z][A-Za-z ]{2,30}?)\s*[.:]\s*")  # "Location Information."
_SUFFIX = re.compile(r"(?:数据|信息|资料|\s+data|\s+information|\s+info)$", re.I)


def base_term(word: str) -> str:
    """ "位置数据" and "位置" are one term; so are "Location data" and "location"."""
    return _SUFFIX.sub("", word.strip(" `*_")).strip().lower()


def redefined_terms(units: Iterable[Unit], lexicons: Sequence[Lexicon]) -> dict[str, Category]:
    """Data words this document defines as something other than their category's device
    data (by their base term)."""
    out: dict[str, Category] = {}
    listed = list(units)
    glossary_leads: dict[tuple[str, str], bool] = {}  # one heading leads many units
    for at, unit in enumerate(listed):
        out.update(_defined_below(unit.text, lexicons))
        if titled := _titled_ip_location(unit, lexicons):
            out[titled] = Category.LOCATION
        entry = _ENTRY.match(unit.text)
        grammar = grammar_for(unit.text, lexicons) if entry else None
        if entry is None or grammar is None:
            continue  # a glossary entry is "term: description" or a row "term | …"
        key = (unit.lead, grammar.lang)
        if key not in glossary_leads:
            glossary_leads[key] = bool(unit.lead) and grammar.glossary.search(unit.lead) is not None
        if not glossary_leads[key]:
            # outside a glossary, only an entry that says its location is the IP address's
            # defines the term: "Location Information: We will automatically collect the
            # approximate location information about you, mainly inferred based on your IP"
            term = _ip_location_term(entry.group(1), entry.group(2), grammar)
            if term:
                out[term] = Category.LOCATION
            continue
        if grammar.purposes.search(unit.lead):
            continue  # "Data Type | Purpose": a table of uses, not of definitions
        if _answers(unit.text):
            continue  # "Location | No | No | Only to YOUR chosen contacts": a summary
        if grammar.purposes.search(entry.group(2)):
            continue  # "用于…", "in order to …": a disclosure, not a definition
        following = next_sentence(listed, at)
        rest = following.text if following else ""
        if grammar.permission.search(f"{entry.group(2)} {rest}"):
            continue  # "通讯录信息：您所存储的联系人…。为收集上述信息，我们需要…电话权限"
        term = entry.group(1)
        tokens = [t for t in grammar.find_tokens(term) if t.category is not None]
        if len(tokens) != 1 or base_term(tokens[0].phrase) != base_term(term):
            continue
        category = tokens[0].category
        assert category is not None
        description = entry.group(2)
        named = {t.category for t in grammar.find_tokens(description) if t.kind != "trap"}
        from_ip = category is Category.LOCATION and location_from_ip(grammar, description)
        if from_ip or category not in named:
            out[base_term(term)] = category
    return out


def _answers(row: str) -> bool:
    """Does a row answer yes or no after its first cell ("Data Type | Collected? | …" /
    "Location | No | No | …", a data-safety summary), rather than describe its term?"""
    return any(
        c in WORDS.negative_cells or c in WORDS.positive_cells for c in answer_cells(row)[1:]
    )


def _defined_below(text: str, lexicons: Sequence[Lexicon]) -> dict[str, Category]:
    """A location term a Chinese policy defines in place for the rest of the document, as
    derived from the IP address: "位置信息（基于IP地址，仅收集至国家/省/市，下同）"."""
    out: dict[str, Category] = {}
    for found in _SAME_BELOW.finditer(text) if "下同" in text else ():
        grammar = grammar_for(found.group(0), lexicons)
        note = found.group(2)
        if grammar is None or not grammar.ip_location.search(note):
            continue
        if grammar.device_location.search(note):
            continue
        tokens = [t for t in grammar.find_tokens(found.group(1)) if t.category is not None]
        if len(tokens) == 1 and tokens[0].category is Category.LOCATION:
            out[base_term(tokens[0].phrase)] = Category.LOCATION
    return out


def _titled_ip_location(unit: Unit, lexicons: Sequence[Lexicon]) -> str:
    """An IP-derived location entry (``_ip_location_term``) written as a title sentence and
    the sentence after it: "Location Information." / "We collect information about your
    approximate location, including information based on your SIM card region and IP
    address." (its base term, else "")."""
    title = _TITLE_SENTENCE.fullmatch(unit.lead) if unit.lead_kind == "previous" else None
    grammar = grammar_for(unit.text, lexicons) if title else None
    return _ip_location_term(title.group(1), unit.text, grammar) if title and grammar else ""


def _ip_location_term(term_text: str, description: str, grammar: Grammar) -> str:
    """The term of a "Location …: …" entry whose description derives it from the IP address
    only and gives no purpose (its base term), else "". (Asked of every such entry outside
    a glossary: the IP derivation, rarest, is looked for first.)"""
    if grammar.ip_derivation.search(description) is None or grammar.purposes.search(description):
        return ""
    tokens = [t for t in grammar.find_tokens(term_text) if t.category is not None]
    if len(tokens) != 1 or tokens[0].category is not Category.LOCATION:
        return ""
    term = base_term(tokens[0].phrase)
    if not base_term(term_text).endswith(term):  # (after a bullet such as "l ")
        return ""
    return term if location_from_ip(grammar, description) else ""
