"""The JSON report (DESIGN §2.6): one document, ``schema_version`` first.

Written as a stream (``chunks``): the results list is produced item by item, so a
report of a whole store needs memory for one result at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from analyzer.i18n import Translator, translator
from analyzer.model import SCHEMA_VERSION
from analyzer.report.base import Report, ToolInfo
from analyzer.report.jsonstream import ResultSource, dump_streaming, marker
from analyzer.rules.messages import message_fn


def chunks(
    tool: ToolInfo,
    source: ResultSource,
    tr: Translator | None = None,
    stale: Callable[[], Iterable[Mapping[str, Any]]] | None = None,
) -> Iterator[str]:
    """The document in pieces; ``source()`` is read once; messages in ``tr``'s language.

    ``stale`` (given with ``--baseline``) lists the baseline entries no result matched; it
    is read after the results, so it knows them all.
    """
    message = message_fn(tr or translator())
    skeleton: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": tool.to_dict(),
        "results": marker("results"),
    }
    lists: dict[str, Callable[[], Iterable[Any]]] = {
        "results": lambda: (r.to_dict(message) for r in source())
    }
    if stale is not None:
        skeleton["stale_baseline"] = marker("stale_baseline")
        lists["stale_baseline"] = lambda: (dict(e) for e in stale())
    return dump_streaming(skeleton, lists, ensure_ascii=False)


class JsonFormatter:
    """One JSON document; the schema is ``docs/report.schema.json``."""

    media_type = "application/json"

    def __init__(self, tr: Translator | None = None) -> None:
        self.tr = tr or translator()

    def render(self, report: Report) -> str:
        return "".join(chunks(report.tool, lambda: report.results, self.tr))
