"""Mutated sample manifests read as libandroidfw reads them, with Debian's aapt as oracle.

Hypothesis mutates ``attributeStart``, ``attributeSize``, ``attributeCount``, chunk sizes
and string-pool offsets of the samples' manifests (derandomised, bounded). For each
mutant, ``aapt dump xmltree`` (libandroidfw's ``ResXMLTree``) gives every element and
attribute record; our reader must find the same records (resource id, type, raw string,
non-string data), and our permissions must be what the package parser takes from them:
the visible ``android:name`` (RetrieveAttributes' walk) of a direct ``<manifest>`` child,
typed string ``pool[data]`` looked up in aapt's own ``xmlstrings`` dump. Where aapt
refuses the file, we must give a typed error or a partial read.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.apk.archive import Limits
from analyzer.apk.binxml import TracedElement, read_binary
from analyzer.apk.manifest import manifest_from_tree
from analyzer.apk.xmlnames import clean, safe_name
from analyzer.errors import AnalyzerError
from tests.axmlbuilder import build_apk, build_axml, manifest, uses_permission, uses_sdk
from tests.conftest import SAMPLES
from tests.property import aaptoracle as oracle


def _samples() -> list[bytes]:
    out = []
    for apk in sorted(SAMPLES.glob("*.apk")):
        with zipfile.ZipFile(apk) as zf:
            out.append(zf.read("AndroidManifest.xml"))
    perms = [uses_permission(f"android.permission.{p}") for p in ("READ_SMS", "CALL_PHONE")]
    out.append(build_axml(manifest("org.oracle", *perms, uses_sdk(21, 30))))
    out.append(build_axml(manifest("org.oracle", *perms), utf8=True, styled=True))
    return out


SAMPLE_MANIFESTS = _samples()


def sites(data: bytes) -> list[tuple[int, int]]:
    """(offset, width) of the fields to mutate in a well-formed manifest."""
    found: list[tuple[int, int]] = []
    off = struct.unpack_from("<H", data, 2)[0]
    while off + 8 <= len(data):
        ctype, hsize, size = struct.unpack_from("<HHI", data, off)
        if size < 8:
            break
        found.append((off + 4, 4))  # chunk size
        if ctype == 0x0102:
            ext = off + hsize
            found += [(ext + 8, 2), (ext + 10, 2), (ext + 12, 2)]  # start, size, count
        elif ctype == 0x0001:
            count = struct.unpack_from("<I", data, off + 8)[0]
            found.append((off + 20, 4))  # stringsStart
            found += [(off + hsize + 4 * i, 4) for i in range(count)]  # string offsets
        off += size
    return found


SITES = [sites(m) for m in SAMPLE_MANIFESTS]

edit = st.tuples(
    st.integers(0, 1 << 16),  # which site
    st.sampled_from([-40, -20, -8, -4, -2, -1, 1, 2, 4, 8, 20, 40, 0x14, 0x100]) | st.integers(),
)

ORACLE = settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def mutate(sample: int, edits: list[tuple[int, int]]) -> bytes:
    buf = bytearray(SAMPLE_MANIFESTS[sample])
    for pick, delta in edits:
        off, width = SITES[sample][pick % len(SITES[sample])]
        fmt = "<H" if width == 2 else "<I"
        (value,) = struct.unpack_from(fmt, buf, off)
        struct.pack_into(fmt, buf, off, (value + delta) % (1 << (8 * width)))
    return bytes(buf)


@ORACLE
@given(
    sample=st.integers(0, len(SAMPLE_MANIFESTS) - 1),
    edits=st.lists(edit, min_size=1, max_size=3),
)
def test_mutants_read_as_libandroidfw(tmp_path_factory, tables, sample, edits) -> None:  # type: ignore[no-untyped-def]
    oracle.require_aapt()
    data = mutate(sample, edits)
    apk = Path(tmp_path_factory.mktemp("oracle")) / "m.apk"
    apk.write_bytes(build_apk(data))
    expected = oracle.dump(apk)
    if expected.crashed:
        return  # aapt itself crashed on this mutant: no oracle
    trace: list[TracedElement] = []
    limits = Limits()
    try:
        tree = read_binary(data, limits.max_xml_depth, limits.max_xml_elements, trace)
    except AnalyzerError:
        return  # a typed error is always an acceptable answer
    if not expected.ok:
        # aapt (setTo) refuses a file shorter than its header says even when </manifest>
        # is inside it; we read that to its end. Anything else aapt refuses is partial.
        declared = struct.unpack_from("<I", data, 4)[0]
        assert tree.stopped_at is not None or declared > len(data)
        return
    check_records(trace, expected.elements)
    try:
        ours = manifest_from_tree(tree.root, tables, tree.stopped_at).declared
    except AnalyzerError:
        return
    names = [p.name for p in ours]
    wanted = expected_names(trace, expected)
    if wanted is None:
        return
    assert len(names) == len(wanted)
    for mine, theirs in zip(names, wanted, strict=True):
        # aapt prints with %s, so a name holding a NUL ends there; ours shows it as U+FFFD.
        assert _same(mine, theirs)


def check_records(trace: list[TracedElement], elements: list[oracle.Element]) -> None:
    """Each element we read has the attribute records aapt prints, in order."""
    assert len(trace) <= len(elements)
    for (tag, records), element in zip(trace, elements, strict=False):
        if _comparable(element.tag) and element.tag:
            # aapt stops printing a name at a NUL; ours keeps the rest (made safe).
            theirs = safe_name(element.tag)
            assert tag.startswith(theirs) or tag.replace("_", "") == theirs.replace("_", "")
        assert len(records) == len(element.attrs)
        for (res_id, raw, vtype, vdata), rec in zip(records, element.attrs, strict=True):
            assert res_id == rec.res_id
            if rec.data is not None and vtype not in (0x07, 0x08):  # dynamic refs: resolved
                assert vdata == rec.data
            if raw is not None and rec.raw is not None and _comparable(raw):
                assert oracle.normalize(raw) == rec.raw
            assert (vtype == 0x03) == rec.is_string or vtype == 0x00


def expected_names(trace: list[TracedElement], expected: oracle.Dump) -> list[str] | None:
    """What the package parser grants: typed string names, first per element family.

    None (no verdict) when a name's string is one aapt cannot show as the platform reads
    it: aapt reads strings with ``stringAt`` (UTF-16 length checked, its own UTF-8
    decoding) where XmlBlock uses ``string8At`` + ``NewStringUTF`` for UTF-8 pools.
    """
    names: list[str] = []
    seen: set[tuple[bool, str]] = set()
    for index in oracle.requested_children(expected.elements[: len(trace)]):
        tag, records = trace[index]
        pos = oracle.visible([(r[0], None) for r in records], oracle.NAME_ID)
        if pos is None or records[pos][2] != 0x03:
            continue
        name = expected.pool.get(records[pos][3])
        if not name or "\ufffd" in name:
            return None
        name = clean(name)
        family = (tag == "uses-permission", name)
        if family not in seen:
            seen.add(family)
            names.append(name)
    return names


def _same(mine: str, theirs: str) -> bool:
    """Equal, allowing for what aapt's printing loses: it ends a UTF-16 string at a NUL
    and drops code units it cannot convert (lone surrogates), which we show as U+FFFD."""
    if mine == theirs:
        return True
    if mine.startswith(theirs) and mine[len(theirs)] == "\ufffd":
        return True
    return "\ufffd" in mine and mine.replace("\ufffd", "") == theirs


def _comparable(text: str) -> bool:
    return text.isascii() and text.isprintable()


def test_missing_aapt_fails_under_ci(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    monkeypatch.setattr(oracle, "AAPT", "/nonexistent/aapt")
    monkeypatch.setattr(oracle, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception):
        oracle.require_aapt()
    monkeypatch.setattr(oracle, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception):
        oracle.require_aapt()
