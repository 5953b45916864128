"""Property: whatever refs a dex holds, the fast scan reports exactly the table's ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.evidence.apis import scan_dex
from analyzer.evidence.dex import DexFile, descriptor
from analyzer.tables import load_tables
from tests.dexbuilder import build_dex

CODE = load_tables().code
TABLE_METHODS = sorted(
    (descriptor(m.cls), n) for m in CODE.members if m.kind == "method" for n in m.names
)
ident = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,12}", fullmatch=True)
other_class = st.builds(lambda a, b: f"L{a}/{b};", ident, ident)
text = st.text(min_size=0, max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    table=st.lists(st.sampled_from(TABLE_METHODS), max_size=6, unique=True),
    noise=st.lists(st.tuples(other_class, ident), max_size=10, unique=True),
    strings=st.lists(text, max_size=8),
)
def test_exactly_the_table_methods_are_reported(
    table: list[tuple[str, str]], noise: list[tuple[str, str]], strings: list[str]
) -> None:
    noise = [n for n in noise if n not in TABLE_METHODS]
    data = build_dex(methods=table + noise, strings=strings)
    hits, types = scan_dex(DexFile("classes.dex", data), CODE)
    got = {h.value for h in hits if h.type == "api"}
    want = {f"{d[1:-1].replace('/', '.')}.{n}" for d, n in table}
    assert got == want
    assert {d for d, _ in table + noise} <= set(types)
