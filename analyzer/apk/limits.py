"""The caps that keep a hostile APK from exhausting time or memory (docs/security.md).

Every cap is a finite positive number: ``--limit max_ratio=nan`` (or ``inf``, ``-1``, ``0``)
is refused with a ``ValueError`` instead of silently turning a check off, because NaN
compares false with everything and would let every ratio through.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep a hostile APK from exhausting time or memory (docs/security.md)."""

    max_entries: int = 250_000
    max_entry_bytes: int = 512 * _MIB
    max_total_bytes: int = 16 * 1024 * _MIB
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 1 * _MIB
    max_manifest_bytes: int = 16 * _MIB
    max_xml_depth: int = 256
    max_xml_elements: int = 500_000
    max_policy_bytes: int = 4 * _MIB
    max_dex_bytes: int = 64 * _MIB
    max_arsc_items: int = 250_000
    max_file_bytes: int = 4 * 1024 * _MIB
    max_read_bytes: int = 2 * 1024 * _MIB

    def __post_init__(self) -> None:
        for f in fields(self):
            check(f.name, getattr(self, f.name))

    def with_overrides(self, pairs: list[str]) -> Limits:
        """Apply ``NAME=VALUE`` overrides (the CLI's ``--limit``); ValueError when malformed."""
        changes: dict[str, float | int] = {}
        known = [f.name for f in fields(self)]
        for pair in pairs:
            name, sep, value = pair.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in known:
                raise ValueError(f"unknown limit {pair!r}; known limits: {', '.join(known)}")
            try:
                number = float(value) if name == "max_ratio" else int(value)
            except ValueError:
                raise ValueError(f"limit {name} needs a number, not {value!r}") from None
            changes[name] = check(name, number)
        return replace(self, **changes)  # type: ignore[arg-type]


def check(name: str, value: object) -> float | int:
    """``value`` when it is a finite positive number; ValueError (naming the limit) otherwise."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"limit {name} needs a number, not {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"limit {name} must be a finite number, not {value!r}")
    if value <= 0:
        raise ValueError(f"limit {name} must be positive, not {value!r}")
    return value
