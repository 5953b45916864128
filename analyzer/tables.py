"""Data tables under ``analyzer/data/``: loaded once, checked for shape, passed as values.

Tables are data files (with their sources cited inside) rather than code, so a reviewer
can check them against the platform without reading Python. ``load_tables()`` is called
by the pipeline's caller and the result is handed down; nothing here is global.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from analyzer.errors import InternalError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass(frozen=True, slots=True)
class ImpliedRule:
    """One platform rule that grants ``permission`` beyond what is declared."""

    permission: str
    when: str
    sdk: int | None = None
    trigger: str | None = None

    def describe(self) -> str:
        """The ``implied_by`` text: what caused the grant, in the words aapt uses."""
        if self.when == "target_below":
            return f"targetSdkVersion < {self.sdk}"
        suffix = f" and targetSdkVersion < {self.sdk}" if self.sdk else ""
        return f"{self.trigger}{suffix}"


@dataclass(frozen=True, slots=True)
class Tables:
    """Every data table the analysis needs, with the version of each."""

    implied: tuple[ImpliedRule, ...]
    versions: Mapping[str, str]

    @property
    def data_version(self) -> str:
        """One string naming every table version, recorded in reports and the store key."""
        return ";".join(f"{k}={v}" for k, v in sorted(self.versions.items()))


def read_data_file(name: str) -> dict[str, Any]:
    """Parse one TOML file shipped in ``analyzer/data``."""
    try:
        text = resources.files("analyzer.data").joinpath(name).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InternalError(f"data table {name} is missing or malformed: {exc}") from exc


def _implied(doc: Mapping[str, Any]) -> tuple[ImpliedRule, ...]:
    rules = []
    for raw in doc["rule"]:
        if raw["when"] not in ("target_below", "requested"):
            raise InternalError(f"implied.toml: unknown condition {raw['when']!r}")
        rules.append(
            ImpliedRule(raw["permission"], raw["when"], raw.get("sdk"), raw.get("trigger"))
        )
    return tuple(rules)


def load_tables() -> Tables:
    """Load and validate every table; raises ``InternalError`` if a shipped file is broken."""
    implied_doc = read_data_file("implied.toml")
    return Tables(
        implied=_implied(implied_doc),
        versions={"implied": str(implied_doc["version"])},
    )
