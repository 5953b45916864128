"""Location as a field of the user's profile, or of a photo's metadata, is what the user
enters, shows others or uploads, not the device's location read by the app (docs/
disclosure.md, "Location in a profile"): "Profile data (such as name, date of birth,
location, sexual orientation)", "Metadata of the photo you upload (geolocation, …)"."""

from __future__ import annotations

import re

from analyzer.disclosure.grammar import Grammar
from analyzer.model import Category

# "profile data (such as name, …", "Profile Data, such as name, age, …", "profile
# information: name, photo, …": a profile whose fields are listed after it
_PROFILE_LIST = re.compile(
    r"(?:\bprofile(?:\s+(?:data|information|details|fields?))?"
    r"|\bmetadata of (?:the |your )?(?:photos?|images?|pictures?|videos?)\b[^(,.;:]{0,30}"
    r"|\b(?:photo|image|picture|video)\s+metadata)\s*"
    r"(?:\(|,|:|-|–)?\s*(?:\(?\s*(?:such as|including|e\.g\.|like|i\.e\.)\b)?",
    re.I,
)
_LIST_ITEMS = re.compile(r"[^.;:!?]*,[^.;:!?]*")  # at least one comma: a list, no sentence end
_GENERAL = frozenset({"location", "locations", "geolocation"})  # not GPS, precise location …
_COARSE_PLACE = r"(?:country|city|region|state|province|zip codes?|postal codes?)"
# "Country (location data)": the category a coarse place given as a field belongs to
_PLACE_FIELD = re.compile(rf"\b(?:{_COARSE_PLACE}|time ?zone)\s*\(\s*$", re.I)
# "location (the country you are accessing the content from)", "general location information
# such as city, state or geographic area", "Location Data: Zip codes you enter": a location
# glossed as a coarse place
_COARSE_GLOSS = re.compile(
    r"\s*(?:\(|,|:)?\s*(?:such as|e\.g\.,?|i\.e\.,?|like|namely)?\s*(?:the |your )?"
    rf"{_COARSE_PLACE}\b",
    re.I,
)
# Where such a gloss may start: after "information", "data" or the device the location is of
# ("the general location of your device (such as your city, state/province, or country)")
_DATA_WORD = re.compile(
    r"\s+(?:information|data|of (?:your|the|a) (?:device|phone|mobile device))\b", re.I
)
_PERMISSION_WORDING = re.compile(r"\b(?:coarse|approximate)\s+$", re.I)


def location_in_profile(grammar: Grammar, text: str) -> bool:
    """Is every location word of ``text`` a field in a listed profile ("Profile Data, such
    as name, age, … and location")? English only; an access verb inside the list ends it
    ("profile, and we collect your location …")."""
    if not grammar.spaced:
        return False
    found = [t for t in grammar.find_tokens(text) if t.category is Category.LOCATION]
    places = [
        t
        for t in found
        if not _PLACE_FIELD.search(text, max(0, t.start - 30), t.start)
        and not (_COARSE_GLOSS.match(text, _gloss_start(text, t.end)) and _plain(text, t.start))
    ]
    if found and not places:
        return True  # every location word only names the category of a place field
    profiles = list(_PROFILE_LIST.finditer(text))
    if not places or not profiles:
        return False

    def in_profile(start: int, end: int, phrase: str) -> bool:
        if phrase.lower() not in _GENERAL:
            return False
        first = text[end : end + 3].lstrip().startswith(",")  # "(geolocation, device ID, …"
        before = [p for p in profiles if p.end() <= start and start - p.end() <= 160]
        return any(
            (
                _LIST_ITEMS.fullmatch(text, p.end(), start) is not None
                or (first and not text[p.end() : start].strip(" ("))
            )
            and grammar.access.search(text, p.end(), start) is None
            for p in before
        )

    return all(in_profile(t.start, t.end, t.phrase) for t in places)


def _gloss_start(text: str, end: int) -> int:
    """Where a gloss of the location word may start: after "information", "data" or "of
    your device"."""
    following = _DATA_WORD.match(text, end)
    return following.end() if following else end


def _plain(text: str, start: int) -> bool:
    """A location word not qualified as the permission's own ("Coarse location data, such as
    country and city" is the approximate location permission's)."""
    return _PERMISSION_WORDING.search(text, max(0, start - 14), start) is None
