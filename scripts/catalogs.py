"""``make catalogs``: extract messages, merge them into the .po files, compile the .mo files.

Prints the messages that still lack a zh-CN translation and exits 1 when there are any.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from analyzer.i18n.catalogs import update
from analyzer.rules import REGISTRY


def rule_messages() -> Iterator[str]:
    """Titles and docs of every rule (they live in the registry, not in gettext calls)."""
    for rule in REGISTRY.values():
        yield rule.title
        yield rule.doc


def main() -> int:
    gaps = update(rule_messages())
    for gap in gaps:
        print(f"untranslated: {gap!r}", file=sys.stderr)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
