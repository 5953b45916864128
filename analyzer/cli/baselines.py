"""``--write-baseline`` and stale ``--baseline`` entries, once a report is written."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import typer

from analyzer.cli.output import write_atomically
from analyzer.i18n import translator
from analyzer.model import Result
from analyzer.rules.waivers import Waivers, baseline_of


def stale_source(waivers: Waivers) -> Callable[[], list[dict[str, Any]]] | None:
    """The JSON report's ``stale_baseline`` list, when a baseline was given."""
    if not waivers.baseline:
        return None
    return lambda: [entry.to_dict() for entry in waivers.stale()]


def finish_waivers(
    waivers: Waivers,
    results: Callable[[], Iterable[Result]],
    write_to: str | None,
    fail_on_stale: bool,
    lang: str,
) -> bool:
    """Write ``--write-baseline``; list stale entries on stderr. True: stale must fail."""
    if write_to:
        entries = baseline_of(results(), keep=waivers.baseline)
        text = json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
        write_atomically(Path(write_to), [text])
    stale = waivers.stale() if waivers.baseline else []
    tr = translator(lang)
    for entry in stale:
        line = tr.gettext("permaudit: stale baseline entry, no finding matches it: {what}")
        what = " ".join(x for x in (entry.package, entry.rule, entry.fingerprint or "") if x)
        typer.echo(line.format(what=what), err=True)
    return fail_on_stale and bool(stale)


def exit_code(code: int, stale_fails: bool) -> int:
    """Stale entries turn a clean run into exit 1 (``--fail-on-stale``)."""
    return 1 if stale_fails and code == 0 else code
