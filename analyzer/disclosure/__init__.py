"""Disclosure per category: ``none`` / ``policy_only`` / ``disclosed`` (DESIGN §2.3).

``find_sources`` gathers the policy artefacts and the texts to search; ``assess`` fills the
``disclosure`` and ``disclosure_evidence`` of each ``CategoryUse``. Without any policy
artefact every category is ``none``: ordinary UI strings are not a policy. Once one exists,
every text (bundled policies, external policy, every string of every locale) is searched.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from analyzer.apk.archive import ApkFile
from analyzer.apk.resources import StringTable
from analyzer.disclosure.blocks import Unit, next_sentence
from analyzer.disclosure.document_words import WORDS
from analyzer.disclosure.glossary import base_term, redefined_terms
from analyzer.disclosure.grammars import grammar_for
from analyzer.disclosure.joins import (
    attach_list_trailers,
    join_continued_blocks,
    join_semicolon_lists,
)
from analyzer.disclosure.leads import units
from analyzer.disclosure.matcher import Match, denied_after, match_unit
from analyzer.disclosure.remote_sources import apk_links, remote_sources
from analyzer.disclosure.sources import (
    ExternalPolicy,
    PolicyText,
    Sources,
    bundled_policies,
    policy_dir_file,
    string_artefacts,
    string_texts,
)
from analyzer.disclosure.unused_permissions import says_codes_unused, without_code_lists
from analyzer.lexicon import Lexicon
from analyzer.model import (
    Category,
    CategoryUse,
    DisclosureEvidence,
    DisclosureLevel,
    PolicySource,
)
from analyzer.remote import RemoteOptions

MAX_EVIDENCE = 3


def find_sources(
    apk: ApkFile,
    strings: StringTable,
    lexicons: Sequence[Lexicon],
    *,
    package: str | None,
    policy: ExternalPolicy | None = None,
    policy_dir: str | None = None,
    declarations: Mapping[str, Mapping[str, str]] | None = None,
    declarations_ref: str = "",
    remote: RemoteOptions | None = None,
) -> Sources:
    """Every policy artefact of this APK (bundled, strings, external) and what to search."""
    bundled = bundled_policies(apk, lexicons)
    texts: list[PolicyText] = list(bundled.texts)
    found: list[PolicySource] = list(bundled.sources)
    if policy is not None:
        texts.append(PolicyText("policy-file", policy.path, None, policy.blocks))
        found.append(policy.source())
    if policy_dir is not None:
        in_dir = policy_dir_file(policy_dir, package)
        if in_dir is not None:
            texts.append(in_dir[0])
            found.append(in_dir[1])
    links = apk_links(apk, strings, search_assets=not bundled.texts)
    remote_texts, remote_found, remote_warnings = remote_sources(links, remote)
    texts.extend(remote_texts)
    found.extend(remote_found)
    found.extend(string_artefacts(strings, lexicons))
    declared: dict[Category, str] = {}
    if declarations and package is not None and package in declarations:
        declared = {Category(k): v for k, v in declarations[package].items()}
        found.append(PolicySource("declaration", declarations_ref))
    if found:  # without an artefact nothing is searched: spare reading every string
        texts.extend(string_texts(strings))
    return Sources(
        artefacts=tuple(f"{s.type}:{s.ref}" for s in found),
        texts=tuple(texts),
        declarations=declared,
        declarations_ref=declarations_ref,
        warnings=(*bundled.warnings, *remote_warnings),
        policy_sources=tuple(found),
    )


def search(
    texts: Sequence[PolicyText], lexicons: Sequence[Lexicon]
) -> dict[Category, list[DisclosureEvidence]]:
    """Disclosing units per category (at most ``MAX_EVIDENCE`` each, no repeats).

    The evidence is the unit whole, preceded by its lead when the lead decided part of it.
    """
    found: dict[Category, list[DisclosureEvidence]] = {c: [] for c in Category}
    seen: set[tuple[Category, str]] = set()
    for text in texts:
        for unit, matches in judge_units(text, lexicons):
            if all(len(found[c]) >= MAX_EVIDENCE for c in Category):
                return found
            for match in matches:
                sentence = _evidence_text(unit.text, unit.lead if match.led else "")
                key = (match.category, sentence)
                if key in seen or len(found[match.category]) >= MAX_EVIDENCE:
                    continue
                seen.add(key)
                found[match.category].append(
                    DisclosureEvidence(
                        text.source_type,
                        text.source_ref,
                        text.locale,
                        sentence,
                        match.keyword,
                        match.cue,
                    )
                )
    return found


def judge_units(
    text: PolicyText, lexicons: Sequence[Lexicon]
) -> Iterator[tuple[Unit, list[Match]]]:
    """Each unit of ``text`` with what it discloses, read in its document: with its lead,
    and with the document's own glossary."""
    every = join_semicolon_lists(list(units(join_continued_blocks(text.blocks))), lexicons)
    every = attach_list_trailers(every, lexicons)
    redefined = redefined_terms(every, lexicons)
    unused = says_codes_unused(text.blocks)
    for at, unit in enumerate(every):
        if _planned(unit):
            yield unit, []  # "## Future Improvements": what may come, not what is taken now
            continue
        matches = match_unit(without_code_lists(unit) if unused else unit, lexicons)
        if redefined:
            matches = [m for m in matches if not _redefined(m, unit, redefined, lexicons)]
        following = next_sentence(every, at)
        if matches and following is not None:
            denied = denied_after(following, lexicons)
            matches = [m for m in matches if m.category not in denied]
        yield unit, matches


def _planned(unit: Unit) -> bool:
    """Is the unit in a section of what the app may do one day (its heading, or the chain
    of headings above it)?"""
    section = unit.lead if unit.lead_kind == "heading" else unit.heading
    return bool(section) and _planned_section(section)


@functools.lru_cache(maxsize=256)
def _planned_section(section: str) -> bool:
    """Cached: the units of a section share its heading."""
    return WORDS.planned_section.search(section) is not None


def _redefined(
    match: Match, unit: Unit, redefined: Mapping[str, Category], lexicons: Sequence[Lexicon]
) -> bool:
    """Is the deciding word one the document's glossary defines as something else? A unit
    that names the device's own location (GPS, 精确位置) still speaks of the device."""
    if redefined.get(base_term(match.keyword)) is not match.category:
        return False
    grammar = grammar_for(unit.text, lexicons)
    device = grammar is not None and grammar.device_location.search(f"{unit.lead} {unit.text}")
    return not (match.category is Category.LOCATION and device)


def _evidence_text(text: str, lead: str) -> str:
    """The unit, after the lead that completed it (a record's lead already holds it)."""
    if not lead:
        return text
    return lead if text in lead else f"{lead} {text}"


def assess(
    categories: Mapping[Category, CategoryUse], sources: Sources, lexicons: Sequence[Lexicon]
) -> dict[Category, CategoryUse]:
    """Each category with its disclosure level and evidence."""
    if not sources.artefacts:
        return {c: replace(u, disclosure=DisclosureLevel.NONE) for c, u in categories.items()}
    found = search(sources.texts, lexicons)
    out = {}
    for category, use in categories.items():
        evidence = list(found.get(category, []))
        if category in sources.declarations:
            evidence.insert(
                0,
                DisclosureEvidence(
                    "declaration",
                    sources.declarations_ref,
                    None,
                    sources.declarations[category],
                    None,
                    None,
                ),
            )
        level = DisclosureLevel.DISCLOSED if evidence else DisclosureLevel.POLICY_ONLY
        out[category] = replace(use, disclosure=level, disclosure_evidence=tuple(evidence))
    return out
