"""AndroidManifest.xml bytes (binary AXML or text XML) → lxml tree, as the platform reads it.

Binary manifests are decoded by our own reader (``binxml``), which follows
``libandroidfw``'s ``ResXMLTree`` rather than androguard's ``AXMLParser``: where the two
disagree (``attributeStart``, typed vs raw values, attribute order), the platform wins.
Attribute naming (framework resource ids → ``android:`` names) is in ``xmlnames``.
Text manifests (never on a device, but found in odd APKs) go through lxml with DTDs
refused. This module still offers ``silence_androguard`` for the deep evidence mode.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml import etree

from analyzer.apk.binxml import read_binary
from analyzer.apk.xmlnames import ANDROID_NS, NOT_STRING_NS, UNRESOLVED_NS
from analyzer.errors import BadManifest, TooLarge

__all__ = [
    "ANDROID_NS",
    "NOT_STRING_NS",
    "UNRESOLVED_NS",
    "ManifestTree",
    "parse_manifest",
    "silence_androguard",
]

_quiet = False


@dataclass(frozen=True, slots=True)
class ManifestTree:
    """The decoded root; ``stopped_at`` is the byte offset where reading ended early."""

    root: etree._Element
    stopped_at: int | None = None

    @property
    def complete(self) -> bool:
        return self.stopped_at is None


def silence_androguard() -> None:
    """Disable androguard's loguru output for the ``androguard`` logger only."""
    global _quiet  # one-way switch, idempotent: not configuration state
    if _quiet:
        return
    from loguru import logger

    logger.disable("androguard")
    logging.getLogger("androguard").disabled = True
    _quiet = True


def parse_manifest(data: bytes, max_depth: int, max_elements: int) -> ManifestTree:
    """Decode manifest bytes (binary AXML or text XML) into an lxml element tree."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] == b"<" and not _binary_header(data):
        return ManifestTree(_parse_text(stripped, max_depth, max_elements))
    tree = read_binary(data, max_depth, max_elements)
    return ManifestTree(tree.root, tree.stopped_at)


def _binary_header(data: bytes) -> bool:
    """A consistent ResXMLTree header: the platform reads such a file as binary whatever
    its first byte, so a chunk type of 0x..3c ("<") must not send it to the text parser."""
    if len(data) < 8:
        return False
    header_size = int.from_bytes(data[2:4], "little")
    size = int.from_bytes(data[4:8], "little")
    return 8 <= header_size <= size <= len(data)


def _parse_text(data: bytes, max_depth: int, max_elements: int) -> etree._Element:
    # No manifest on a device is text XML, and none needs a DTD: refuse DTDs outright so
    # no entity (internal or external, billion laughs or XXE) is ever expanded.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise BadManifest("text manifest declares a DTD or entities; refused")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():
            raise TooLarge(f"manifest nesting deeper than the XML parser allows ({exc})") from exc
        raise BadManifest(f"text manifest is not well-formed XML ({exc})") from exc
    if sum(1 for _ in root.iter()) > max_elements:
        raise TooLarge(f"manifest has more than {max_elements} elements")
    if _depth(root) > max_depth:
        raise TooLarge(f"manifest nesting deeper than {max_depth}")
    return root


def _depth(root: etree._Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        el, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((child, d + 1) for child in el)
    return deepest
