"""A whole batch run: plan, open the store, run, stream each result, report progress.

This is the batch layer's entry point for the CLI, which only supplies callbacks (a
progress display, a writer for streamed output) and prints what comes back. Ctrl-C
becomes ``Interrupted``, which says how much is safely stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from analyzer import __version__
from analyzer.batch.lock import RunLock
from analyzer.batch.plan import Unit, discover, plan
from analyzer.batch.runner import BatchOptions, Done, run_batch
from analyzer.batch.store import Store, StoreKey, config_hash
from analyzer.errors import Interrupted
from analyzer.i18n import N_
from analyzer.model import Result
from analyzer.scan import ScanConfig


class Progress(Protocol):
    """What the batch tells a progress display (the CLI's rich bar, or nothing)."""

    def start(self, total: int) -> None: ...

    def advance(self, done: Done) -> None: ...


class NoProgress:
    """A progress display that shows nothing (``--quiet``, tests)."""

    def start(self, total: int) -> None:
        return None

    def advance(self, done: Done) -> None:
        return None


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """What was planned and where the results came from; the results are in the store.

    Nothing here grows with the results themselves: reports read them back from the
    store, in plan order, one at a time (``results``).
    """

    db: Path
    key: StoreKey
    units: Sequence[Unit]
    paths_found: int
    from_store: int

    def counts(self) -> dict[str, int]:
        """The extra summary counts: paths found, analysed now, taken from the store."""
        return {
            "paths": self.paths_found,
            "from_store": self.from_store,
            "analysed": len(self.units) - self.from_store,
        }

    def results(self) -> Iterator[Result]:
        """One pass over the stored results, in plan order (each call a fresh pass)."""
        with Store.open(self.db) as store:
            for unit in self.units:
                result = store.get(self.key, unit.key)
                if result is not None:
                    yield result


def store_key(config: ScanConfig, data_version: str) -> StoreKey:
    """The key under which results of this configuration are stored."""
    return StoreKey(__version__, data_version, config_hash(config.cache_key()))


@dataclass(frozen=True, slots=True)
class BatchRun:
    """Everything one batch needs: inputs, options, store and callbacks."""

    paths: Sequence[str]
    config: ScanConfig
    db: Path
    data_version: str
    options: BatchOptions = field(default_factory=BatchOptions)
    progress: Progress = field(default_factory=NoProgress)
    on_result: Callable[[Result], object] | None = None


def run_collection(run: BatchRun) -> BatchOutcome:
    """Analyse every path (resuming from the store); every result ends up in the store."""
    with RunLock(run.db), Store.open(run.db) as store:
        found = discover(run.paths)
        units = plan(found, run.config.limits.max_file_bytes)
        key = store_key(run.config, run.data_version)
        finished = reused = 0
        store.begin_run(key, run.config.cache_key())
        run.progress.start(len(units))
        try:
            for done in run_batch(units, run.config, store, key, run.options):
                finished += 1
                reused += done.reused
                if run.on_result is not None:
                    run.on_result(done.result)
                run.progress.advance(done)
        except KeyboardInterrupt:
            template = N_(
                "interrupted; {done} of {total} result(s) are in {path},"
                " run the same command again to resume"
            )
            raise Interrupted(template, done=finished, total=len(units), path=run.db) from None
    return BatchOutcome(run.db, key, units, len(found), reused)
