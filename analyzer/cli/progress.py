"""The batch's progress bar on stderr: only for people (none with --quiet or when piped)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import typer
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


class ProgressLines:
    """For logs (CI, cluster jobs): a line every 10 s or every 1,000 APKs, and at the end."""

    def __init__(
        self,
        every_seconds: float = 10.0,
        every_count: int = 1000,
        clock: Callable[[], float] = time.monotonic,
        write: Callable[[str], None] = lambda line: typer.echo(line, err=True),
        tr: Translator | None = None,
    ) -> None:
        self.tr = tr or translator()
        self.every_seconds, self.every_count = every_seconds, every_count
        self.clock, self.write = clock, write
        self.total = self.done = self.errors = 0
        self.started = self.last = 0.0

    def start(self, total: int) -> None:
        self.total = total
        self.started = self.last = self.clock()

    def advance(self, done: Done) -> None:
        self.done += 1
        self.errors += not done.result.ok
        now = self.clock()
        due = now - self.last >= self.every_seconds or self.done % self.every_count == 0
        if due or self.done == self.total:
            self.last = now
            self.write(self.line(now))

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        text = self.tr.gettext(
            "progress {done}/{total} APKs, {rate}/s, ETA {eta}, {errors} error(s)"
        ).format(
            done=self.done,
            total=self.total,
            rate=f"{rate:.1f}",
            eta=_duration(left),
            errors=self.errors,
        )
        return f"permaudit: {text}"


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02}m" if hours else f"{minutes}m{secs:02}s"


def progress_for(
    quiet: bool, tr: Translator | None = None
) -> ProgressBar | ProgressLines | NoProgress:
    """A bar on an interactive stderr, lines in logs, nothing with ``--quiet``."""
    if quiet:
        return NoProgress()
    return ProgressBar(tr) if sys.stderr.isatty() else ProgressLines(tr=tr)
