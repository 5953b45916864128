"""``json.dumps(doc, indent=2)`` for documents whose long lists are produced on demand.

A store-sized report cannot hold every result in memory. The document's skeleton (tool
information, rule metadata) is dumped with a marker in place of each long list; the
lists are then written item by item, indented exactly as ``json.dumps`` would indent
them, so a streamed report is byte-identical to one rendered in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from analyzer.report.safe import json_text

ResultSource = Callable[[], Iterable[Any]]
"""Re-iterable input: each call starts a fresh pass (over a list, or over store rows)."""

_MARK = "__permaudit_stream_{}__"


def marker(name: str) -> str:
    """The placeholder to put in the skeleton where the list ``name`` goes."""
    return _MARK.format(name)


def dump_streaming(
    skeleton: Any, lists: Mapping[str, Callable[[], Iterable[Any]]], *, ensure_ascii: bool
) -> Iterator[str]:
    """Yield the text of ``skeleton`` with each ``marker(name)`` replaced by its list."""
    text = json_text(json.dumps(skeleton, indent=2, ensure_ascii=ensure_ascii))
    pos = 0
    while True:
        found = [(text.find(json.dumps(marker(n)), pos), n) for n in lists]
        found = [(i, n) for i, n in found if i >= 0]
        if not found:
            yield text[pos:] + "\n"
            return
        start, name = min(found)
        yield text[pos:start]
        line_start = text.rfind("\n", 0, start) + 1
        indent = len(text[line_start:]) - len(text[line_start:].lstrip(" "))
        yield from _list(lists[name](), indent, ensure_ascii)
        pos = start + len(json.dumps(marker(name)))


def _list(items: Iterable[Any], indent: int, ensure_ascii: bool) -> Iterator[str]:
    pad = " " * (indent + 2)
    first = True
    for item in items:
        body = json.dumps(item, indent=2, ensure_ascii=ensure_ascii).replace("\n", "\n" + pad)
        body = json_text(body)  # a non-UTF-8 file name must not make the JSON unwritable
        yield ("[\n" if first else ",\n") + pad + body
        first = False
    yield "[]" if first else "\n" + " " * indent + "]"
