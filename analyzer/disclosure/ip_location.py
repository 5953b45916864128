"""Location inferred from the IP address is not the device's location (docs/disclosure.md,
"Location inferred from the IP address"): "your location (based on your IP address)" names
no access to the device's location, "IP address and location" lists two items."""

from __future__ import annotations

import re

from analyzer.disclosure.grammar import Grammar, Token
from analyzer.model import Category

_SENTENCE_END = re.compile(r"[。；;.!?！？]")
_CLAUSE_BREAK = re.compile(r"[，,]")
_LIST_JOIN = re.compile(
    r"\s*(?:information|data|信息|数据)?\s*(?:,?\s*\band\b|,?\s*\bor\b|,|，|、|/|&|和|及|以及)\s*"
    r"(?:(?:your|您的)\s*)?",
    re.I,
)
# …also with other items between them ("location data for mobile devices, browser type, and
# IP address"): separators and no word that ties the place to the address
_LIST_RUN = re.compile(r"[^.;:()（）]*(?:,|，|、)[^.;:()（）]*")
# Words that say the place is worked out: "infer", "derived", "estimated", 推断, 推算
_INFER_WORDS = r"\b(?:infer|deriv|estimat)\w*|推断|推算"
_TIES = re.compile(
    rf"\b(?:based|from|using|via|through|by|on|which)\b|根据|基于|通过|{_INFER_WORDS}", re.I
)
_INFERS = re.compile(_INFER_WORDS, re.I)
# An English title before what it names: "Location Information. We …", "General location
# information: …"
_TITLE = re.compile(r"^\s*[^.:;,]{1,40}(?::|\.\s)")


def _described(text: str, places: list[Token]) -> list[Token]:
    """The places the text describes: not its title's ("Location Information. We collect
    … the location of the device … (e.g., … inferred from an IP address)", "General location
    information: …"), which names what the rest says, however far from the IP it stands."""
    title = _TITLE.match(text)
    body = [t for t in places if title is None or t.start >= title.end()]
    return body or places


def location_from_ip(grammar: Grammar, text: str) -> bool:
    """Location inferred from the IP address is not taken from the device."""
    derivation = grammar.ip_derivation.search(text)
    derived_from_ip = derivation is not None
    device = grammar.device_location.search(text) is not None
    if device and not derived_from_ip:
        return False  # "latitude/longitude … based on your IP address" is still the IP's
    if derivation is not None and grammar.device_location.search(
        text, derivation.end(), derivation.end() + 40
    ):
        return False  # "(derived from your IP address, Bluetooth beacons or …)": not only
    places = [t for t in grammar.find_tokens(text) if t.category is Category.LOCATION]
    places = _described(text, places) if grammar.spaced else places
    if (
        derivation is not None
        and not device
        and places
        and all(
            derivation.end() <= t.start
            and not _SENTENCE_END.search(text, derivation.end(), t.start)
            for t in places
        )
    ):
        return True  # "通过您的IP地址来收集…信息，例如…所在的地理位置": all of it from the IP
    ips = [(m.start(), m.end()) for m in grammar.ip_location.finditer(text)]
    near = 80 if grammar.spaced else 30  # "your location (based on your IP address)"
    near *= 2 if derived_from_ip else 1

    def derived(place: Token, ip: tuple[int, int]) -> bool:
        if abs(place.start - ip[0]) > near:
            return False  # (asked first: the gap of a far pair is not read)
        # "IP address and location", "IP地址、位置信息": two items of a list, not one
        joined = _LIST_JOIN.fullmatch(text, ip[1], place.start) or _LIST_JOIN.fullmatch(
            text, place.end, ip[0]
        )
        gap = text[ip[1] : place.start] if ip[1] <= place.start else text[place.end : ip[0]]
        run = _LIST_RUN.fullmatch(gap) is not None and not _TIES.search(gap)
        if joined is not None or run:
            return False
        # "…IP地址以提供统计分析服务，并通过地理位置校准…": a purpose between them parts them,
        # unless the place is what it infers ("…, which allows us to infer your location")
        aim = grammar.find_purpose(gap)
        parted = aim is not None and not _INFERS.search(gap, aim.end())
        return not parted or _CLAUSE_BREAK.search(gap) is None

    return bool(ips) and all(any(derived(at, ip) for ip in ips) for at in places)
