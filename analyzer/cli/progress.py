"""The batch's progress bar on stderr: only for people (none with --quiet or when piped)."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from analyzer.batch.collection import NoProgress
from analyzer.batch.runner import Done
from analyzer.i18n import Translator, translator


class _RateColumn(ProgressColumn):
    """APKs per second (rich has a rate column only for bytes)."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} APK/s" if speed else "- APK/s")


class ProgressBar:
    """A rich progress bar driven by the batch layer's callbacks."""

    def __init__(self, tr: Translator | None = None) -> None:
        self._tr = tr or translator()
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn(self._tr.gettext("ETA")),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task: TaskID | None = None

    def close(self) -> None:
        if self._task is not None:
            self._bar.stop()

    def start(self, total: int) -> None:
        if total:
            self._bar.start()
            self._task = self._bar.add_task(self._tr.gettext("analysing"), total=total)

    def advance(self, done: Done) -> None:
        if self._task is not None:
            self._bar.advance(self._task)


def progress_for(quiet: bool, tr: Translator | None = None) -> ProgressBar | NoProgress:
    """A bar on an interactive stderr; nothing with ``--quiet`` or when stderr is piped."""
    if quiet or not sys.stderr.isatty():
        return NoProgress()
    return ProgressBar(tr)
