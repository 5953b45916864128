"""Debian's ``aapt`` as an oracle for the binary manifest reader (libandroidfw's ResXMLTree).

``aapt dump xmltree`` prints every element and every attribute record as libandroidfw
reads it: resource id, typed value (for a string type it prints the *raw* string), and
the raw string. ``aapt dump xmlstrings`` prints the string pool. Together with the
package parser's rules (docs/security.md) they give the permissions Android would grant.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

AAPT = shutil.which("aapt") or "/usr/bin/aapt"
IN_CI = os.environ.get("CI", "").lower() == "true"
REQUEST = ("uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m")
NAME_ID = 0x01010003

_ELEMENT = re.compile(r"^( *)E: (.*) \(line=-?\d+\)$")
_ATTR = re.compile(r"^( *)A: (.*)$")
_RES_ID = re.compile(r"\(0x([0-9a-f]{8})\)=")
_NON_STRING = re.compile(r"=\(type 0x([0-9a-f]+)\)0x([0-9a-f]+)")
_REF = re.compile(r"=([@?])0x([0-9a-f]+)")
_RAW = re.compile(r' \(Raw: "(.*)"\)$')
_STRING = re.compile(r"^String #(\d+): ", re.MULTILINE)


def require_aapt() -> str:
    """aapt's path; skip locally when it is missing, fail under CI=true (CI installs it)."""
    if Path(AAPT).is_file():
        return AAPT
    if IN_CI:
        pytest.fail(f"aapt not found at {AAPT} (CI=true: the aapt oracle must run)")
    pytest.skip(f"aapt not found at {AAPT}")
    raise AssertionError("unreachable")


@dataclass
class Record:
    """One attribute line: resource id (0 if none), typed kind, non-string data, raw."""

    res_id: int
    is_string: bool
    data: int | None
    raw: str | None


@dataclass
class Element:
    depth: int
    tag: str
    attrs: list[Record] = field(default_factory=list)


@dataclass
class Dump:
    ok: bool
    elements: list[Element]
    pool: dict[int, str]
    crashed: bool = False  # aapt died on a signal or its printer gave up: no verdict


def normalize(text: str) -> str:
    """``ResTable::normalizeForOutput``: stop at NUL, escape backslash, newline, quote."""
    text = text.split("\0", 1)[0]
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def dump(apk: Path) -> Dump:
    """Run aapt on the APK's manifest and parse both dumps."""
    code, tree = _run("xmltree", apk)
    if code != 0:
        return Dump(False, [], {}, crashed=code < 0)
    if "***BAD DEPTH" in tree:  # aapt's printer gave up (an end tag first): no listing
        return Dump(False, [], {}, crashed=True)
    code, strings = _run("xmlstrings", apk)
    if code != 0:
        return Dump(False, [], {}, crashed=True)
    return Dump(True, parse_tree(tree), parse_pool(strings))


def _run(what: str, apk: Path) -> tuple[int, str]:
    proc = subprocess.run(
        [AAPT, "dump", what, str(apk), "AndroidManifest.xml"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


def parse_tree(text: str) -> list[Element]:
    elements: list[Element] = []
    for line in text.split("\n"):
        if m := _ELEMENT.match(line):
            # aapt prints "prefix:name" for an element in a namespace; the package parser
            # (XmlBlock.Parser.getName) sees the name alone.
            name = m.group(2).split(":", 1)[-1] if ":" in m.group(2) else m.group(2)
            elements.append(Element(len(m.group(1)), name))
        elif (m := _ATTR.match(line)) and elements:
            elements[-1].attrs.append(_record(m.group(2)))
    return elements


def _record(text: str) -> Record:
    res = _RES_ID.search(text)
    raw = _RAW.search(text)
    non_string = _NON_STRING.search(text)
    ref = _REF.search(text)
    data = None
    if non_string:
        data = int(non_string.group(2), 16)
    elif ref and not (raw and text.index(ref.group(0)) > raw.start()):
        data = int(ref.group(2), 16)
    is_string = data is None and "=(null)" not in text
    return Record(
        int(res.group(1), 16) if res else 0, is_string, data, raw.group(1) if raw else None
    )


def parse_pool(text: str) -> dict[int, str]:
    marks = list(_STRING.finditer(text))
    pool = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() - 1 if i + 1 < len(marks) else len(text.rstrip("\n"))
        pool[int(m.group(1))] = text[m.end() : end]
    return pool


def visible(records: list[tuple[int, object]], wanted: int) -> int | None:
    """``RetrieveAttributes``: the index of ``wanted`` if the first id >= it is it."""
    for i, (res_id, _) in enumerate(records):
        if res_id >= wanted:
            return i if res_id == wanted else None
    return None


def requested_children(elements: list[Element]) -> list[int]:
    """Indices of request elements that are direct children of the first root."""
    if not elements:
        return []
    root_depth = elements[0].depth
    out = []
    for i, el in enumerate(elements[1:], start=1):
        if el.depth <= root_depth:
            break
        if el.depth == root_depth + 2 and el.tag in REQUEST:
            out.append(i)
    return out
