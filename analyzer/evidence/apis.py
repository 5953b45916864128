"""Match one dex's id tables against apis.toml: member references and content URIs.

Method and field evidence come only from method_ids / field_ids (a class descriptor
plus a member name the code links against), strength ``reference``. A string that
merely spells a method name proves nothing and is ignored; a string holding a content
URI is kept with the weaker strength ``string``, because the URI may be dead text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from analyzer.evidence.dex import URI_MARK, DexFile, descriptor, java_name
from analyzer.tables import ApiMember, CodeTables, UriPattern

REFERENCE = "reference"
STRING = "string"


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of evidence for ``category`` before it becomes a ``CodeEvidence``."""

    category: str
    type: str
    value: str
    strength: str


def _targets(
    types: list[str], members: Iterable[ApiMember], kind: str
) -> dict[int, list[ApiMember]]:
    """Type index → the table members of that kind whose class is that type."""
    exact: dict[str, list[ApiMember]] = {}
    nested: list[tuple[str, ApiMember]] = []
    for m in members:
        if m.kind != kind:
            continue
        exact.setdefault(descriptor(m.cls), []).append(m)
        if m.nested:
            nested.append((descriptor(m.cls)[:-1] + "$", m))
    found: dict[int, list[ApiMember]] = {}
    for idx, desc in enumerate(types):
        hits = list(exact.get(desc, ()))
        if nested and "$" in desc and desc.endswith(";"):  # a well-formed class descriptor
            hits.extend(m for prefix, m in nested if desc.startswith(prefix))
        if hits:
            found[idx] = hits
    return found


def _member_hits(
    dex: DexFile,
    types: list[str],
    refs: Iterator[tuple[int, int]],
    targets: dict[int, list[ApiMember]],
) -> Iterator[Hit]:
    for cls, name_idx in refs:
        wanted = targets.get(cls)
        if not wanted:
            continue
        name = dex.string(name_idx)
        for m in wanted:
            if name in m.names or "*" in m.names:
                kind = "api" if m.kind == "method" else "field"
                yield Hit(m.category, kind, f"{java_name(types[cls])}.{name}", REFERENCE)


MAX_URI_CHARS = 200


def uri_matches(text: str, patterns: Iterable[UriPattern]) -> Iterator[tuple[str, str]]:
    """(category, uri) for each content URI in ``text`` that a pattern names.

    Linear in ``text``: each URI is read at most ``MAX_URI_CHARS`` past its start (the
    part kept as evidence), so one long run of repeated URIs costs one pass, not one
    pass per occurrence.
    """
    mark = URI_MARK.decode()
    at = text.find(mark)
    while at >= 0:
        for p in patterns:
            if not text.startswith(p.prefix, at):
                continue
            rest = text[at + len(p.prefix) : at + len(p.prefix) + 1]
            if rest in ("", "/", "?", '"', "'", " "):
                yield p.category, text[at : _uri_end(text, at)]
        at = text.find(mark, at + 1)


def _uri_end(text: str, at: int) -> int:
    window = text[at : at + MAX_URI_CHARS]
    for i, ch in enumerate(window):
        if ch in " \"'<>\n\t":
            return at + i
    return at + len(window)


def scan_dex(dex: DexFile, tables: CodeTables) -> tuple[list[Hit], list[str]]:
    """Evidence hits in ``dex`` and its type descriptors (for SDK and packer detection)."""
    types = dex.type_descriptors()
    hits: list[Hit] = []
    for kind, refs in (("method", dex.method_refs()), ("field", dex.field_refs())):
        targets = _targets(types, tables.members, kind)
        if targets:
            hits.extend(_member_hits(dex, types, refs, targets))
    uris: dict[tuple[str, str], None] = {}  # one text may repeat a URI a million times
    for text in dex.strings_containing(URI_MARK):
        uris.update(dict.fromkeys(uri_matches(text, tables.uris)))
    hits.extend(Hit(cat, "uri", uri, STRING) for cat, uri in uris)
    return hits, types
