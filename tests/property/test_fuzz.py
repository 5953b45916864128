"""Fuzzing with hypothesis: mutated APKs and manifests give typed results, in bounded work.

Work is counted, not timed: a profile hook counts Python function calls during one scan,
and the count must stay under a bound proportional to the input size. The examples are
derandomised, so CI runs the same cases every time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.apk.archive import Limits
from analyzer.apk.axml import parse_manifest
from analyzer.errors import ERROR_KINDS, AnalyzerError, InternalError
from analyzer.model import Result
from analyzer.scan import ScanConfig, scan_path
from tests.conftest import SAMPLES
from tests.hostile.builders import ok_manifest

SAMPLE_BYTES = [p.read_bytes() for p in sorted(SAMPLES.glob("*.apk"))]
MANIFEST = ok_manifest()
CALLS_PER_BYTE = 400
FUZZ = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def counted(fn, *args):  # type: ignore[no-untyped-def]
    """Run fn(*args) and return (result, number of Python calls made)."""
    calls = 0

    def hook(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(hook)
    try:
        return fn(*args), calls
    finally:
        sys.setprofile(None)


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buf = bytearray(data)
    for pos, value in edits:
        buf[pos % len(buf)] = value
    if cut is not None:
        buf = buf[: max(1, cut % (len(buf) + 1))]
    return bytes(buf)


edits_st = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=12)


@FUZZ
@given(
    sample=st.integers(0, max(len(SAMPLE_BYTES) - 1, 0)),
    edits=edits_st,
    cut=st.none() | st.integers(0, 1 << 20),
)
def test_mutated_apks_give_typed_results(tmp_path_factory, sample, edits, cut) -> None:  # type: ignore[no-untyped-def]
    data = mutate(SAMPLE_BYTES[sample], edits, cut)
    path = Path(tmp_path_factory.mktemp("fz")) / "m.apk"
    path.write_bytes(data)
    from analyzer.tables import load_tables

    tables = load_tables()
    result, calls = counted(scan_path, str(path), ScanConfig(), tables)
    assert isinstance(result, Result)
    if result.error is not None:
        assert result.error.kind != "internal", result.error.message
    assert calls < CALLS_PER_BYTE * len(data) + 200_000


@FUZZ
@given(edits=edits_st, cut=st.none() | st.integers(0, 1 << 16))
def test_mutated_binary_manifests_raise_only_typed_errors(edits, cut) -> None:  # type: ignore[no-untyped-def]
    data = mutate(MANIFEST, edits, cut)
    limits = Limits()

    def parse() -> object:
        try:
            return parse_manifest(data, limits.max_xml_depth, limits.max_xml_elements)
        except AnalyzerError as exc:
            return exc

    _, calls = counted(parse)
    assert calls < CALLS_PER_BYTE * len(data) + 50_000


@FUZZ
@given(st.binary(max_size=2048))
def test_random_manifest_bytes(data: bytes) -> None:
    """Random bytes are a typed error, or (rarely) a tree whose root is an element."""
    limits = Limits()
    try:
        root = parse_manifest(data, limits.max_xml_depth, limits.max_xml_elements)
    except AnalyzerError as exc:
        assert exc.kind in ERROR_KINDS and exc.kind != InternalError.kind
        return
    assert isinstance(root.tag, str) and root.tag
