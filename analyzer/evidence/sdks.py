"""Third-party SDK attribution (sdks.toml) and packer detection (packers.toml).

Both work on class names the dex type tables define or reference and on the manifest's
components, so they cost nothing beyond the fast scan. An SDK's presence is evidence
for the categories the table lists (strength ``sdk``): linked, maybe not called. A
packer means the readable dex is a stub, so absence of evidence means nothing.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Iterable, Iterator

from analyzer.evidence.apis import Hit
from analyzer.tables import PackerEntry, SdkEntry


def prefix_matcher(prefixes: Iterable[str]) -> re.Pattern[str]:
    """One regex matching a class that is a prefix itself or lies in its package tree.

    Longest prefixes first, so ``com.google.android.gms.location`` wins over a shorter
    one; a single compiled alternation keeps tens of thousands of classes in C speed.
    """
    ordered = sorted(set(prefixes), key=len, reverse=True) or ["(?!)"]
    body = "|".join(re.escape(p) if p != "(?!)" else p for p in ordered)
    return re.compile(rf"({body})(?:$|[.$])")


def sdk_for(java: str, sdks: Iterable[SdkEntry]) -> SdkEntry | None:
    """The SDK (longest prefix) that class ``java`` belongs to, if any."""
    table = {s.prefix: s for s in sdks}
    m = prefix_matcher(table).match(java)
    return table[m.group(1)] if m else None


def sdk_hits(
    classes: Iterable[tuple[str, str]], sdks: tuple[SdkEntry, ...]
) -> Iterator[tuple[str, str, Hit]]:
    """(where, sdk name, hit) per SDK present in ``classes`` ((where, java name) pairs)."""
    table = {s.prefix: s for s in sdks}
    match = prefix_matcher(table).match
    seen: set[tuple[str, str]] = set()
    for where, java in classes:
        m = match(java)
        if m is None:
            continue
        sdk = table[m.group(1)]
        if (where, sdk.name) in seen:
            continue
        seen.add((where, sdk.name))
        for category in sdk.categories:
            yield where, sdk.name, Hit(category, "sdk", sdk.prefix, "sdk")


def find_packer(
    classes: Iterable[str], entries: Iterable[str], packers: tuple[PackerEntry, ...]
) -> str | None:
    """The first packer whose stub class or native library is present, else None."""
    stubs = {stub: packer.name for packer in packers for stub in packer.classes}
    match = prefix_matcher(stubs).match
    for java in classes:
        m = match(java)
        if m:
            return stubs[m.group(1)]
    libs = {posixpath.basename(n) for n in entries if n.startswith("lib/") and n.endswith(".so")}
    for packer in packers:  # one compiled pattern per packer: 250,000 libs stay cheap
        if packer.libs:
            match_lib = re.compile("|".join(fnmatch.translate(p) for p in packer.libs)).match
            if any(match_lib(lib) for lib in libs):
                return packer.name
    return None
