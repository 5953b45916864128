"""Every binary corpus manifest: our attribute records equal ``aapt dump xmltree``'s.

A stronger check than the permission lists of test_manifest_vs_aapt.py: every element
and attribute record (resource id, type, raw string, non-string data) must be what
libandroidfw reads, and the permissions what the package parser takes from them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from analyzer.apk.binxml import TracedElement, read_binary
from analyzer.apk.manifest import manifest_from_tree
from tests.conftest import CORPUS, corpus_records, require_corpus
from tests.property import aaptoracle as oracle
from tests.property.test_manifest_oracle import _same, check_records, expected_names

RECORDS = [r for r in corpus_records() if r["aapt"] != "failed"] or [None]


@pytest.mark.corpus
@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r["file"] if r else "corpus-missing")
def test_records_equal_aapt(rec, tables) -> None:  # type: ignore[no-untyped-def]
    require_corpus()
    oracle.require_aapt()
    assert rec is not None
    path = Path(CORPUS / rec["file"])
    with zipfile.ZipFile(path) as zf:
        data = zf.read("AndroidManifest.xml")
    if data.lstrip()[:1] == b"<":
        return  # a text manifest: aapt cannot read it either
    expected = oracle.dump(path)
    assert expected.ok, "aapt read this APK when expected.jsonl was made"
    trace: list[TracedElement] = []
    tree = read_binary(data, 256, 500_000, trace)
    assert tree.stopped_at is None
    check_records(trace, expected.elements)
    assert len(trace) >= 1
    names = [p.name for p in manifest_from_tree(tree.root, tables).declared]
    wanted = expected_names(trace, expected)
    assert wanted is not None
    assert len(names) == len(wanted)
    assert all(_same(a, b) for a, b in zip(names, wanted, strict=True))
