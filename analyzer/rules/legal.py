"""The legal basis of each rule, read from ``analyzer/data/legal.toml``.

Kept as data so lawyers can review and correct citations without reading code; each
reference there names its source.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from importlib import resources
from typing import Any

from analyzer.rules.registry import LegalRef

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def load_legal() -> Mapping[str, tuple[LegalRef, ...]]:
    """Rule ID → its references; a rule naming an undefined reference is a KeyError."""
    text = resources.files("analyzer.data").joinpath("legal.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    refs = {
        key: LegalRef(
            document=ref["document"],
            provision=ref["provision"],
            summary_en=ref["summary_en"],
            summary_zh=ref["summary_zh"],
            url=ref.get("source", ""),
        )
        for key, ref in data["refs"].items()
    }
    return {rule_id: tuple(refs[k] for k in keys) for rule_id, keys in data["rules"].items()}
