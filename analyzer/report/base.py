"""What every formatter receives: the results plus tool information. Formatters are pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from analyzer.model import SCHEMA_VERSION, Result
from analyzer.model.result import MessageFn


@dataclass(frozen=True, slots=True)
class ToolInfo:
    """Name and versions written into every report."""

    name: str
    version: str
    data_version: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "data_version": self.data_version}


@dataclass(frozen=True, slots=True)
class Report:
    """Results in argument (or store) order, ready to render."""

    tool: ToolInfo
    results: Sequence[Result]

    def to_dict(self, message: MessageFn | None = None) -> dict[str, object]:
        """JSON-ready; ``message`` renders each finding's text (see ``rules.messages``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": self.tool.to_dict(),
            "results": [r.to_dict(message) for r in self.results],
        }


class Formatter(Protocol):
    """``Report → str``; never opens files, prints or logs (the CLI writes the string)."""

    media_type: str

    def render(self, report: Report) -> str: ...
