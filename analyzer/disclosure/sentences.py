"""Blocks → sentences: where a sentence of a policy ends (docs/disclosure.md "From text to
units")."""

from __future__ import annotations

import re

# Abbreviations whose point ends no sentence ("device information (e.g. IMEI)").
_ABBREVIATION = r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bcf\.)(?<!\bviz\.)(?<!\bincl\.)"
# Each match is the mark that ends a sentence; it starts with a plain character class, so
# the search skips ahead to the next mark instead of testing lookbehinds at every position.
SENTENCE_END = re.compile(
    r"[。！？；;!?.](?:"
    r"(?<=[。！？；;!?])"
    r"|(?<=\.)" + _ABBREVIATION + r"(?=\s+[^a-z\s])"
    # a space lost after the point: "…analytics services.We only provide…"
    r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z])"
    r")"
)


def sentences(text: str) -> list[str]:
    """Split a block at 。！？；;!? and at '.' before a space and a capital or CJK (or
    straight before a capitalised word), never after an abbreviation."""
    parts, start = [], 0
    for mark in SENTENCE_END.finditer(text):
        parts.append(text[start : mark.end()])
        start = mark.end()
    parts.append(text[start:])
    return [s.strip() for s in parts if s.strip()]
