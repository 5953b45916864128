"""Many APKs → results, resumably: stored results first, then the executor's.

Results are written to the store by the parent (the one writer) as each APK finishes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from analyzer.batch.plan import Unit
from analyzer.batch.store import Store, StoreKey
from analyzer.batch.workers import Job, ScanFn, WorkLimits, run_pool
from analyzer.model import Result
from analyzer.remote import Fetched, remote_documents
from analyzer.remote.links import MAX_LINKS
from analyzer.scan import ScanConfig, scan_path


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run: local worker count or a Dask scheduler, limits, and the scan function."""

    jobs: int = 1
    limits: WorkLimits = field(default_factory=WorkLimits)
    scheduler: str | None = None
    scan: ScanFn = scan_path
    retry: frozenset[str] = frozenset()  # error kinds whose stored results are redone


@dataclass(frozen=True, slots=True)
class Done:
    """One unit finished: ``index`` into the plan; ``reused`` when it came from the store."""

    index: int
    result: Result
    reused: bool


def policy_changed(result: Result, config: ScanConfig) -> bool:
    """With ``--refresh-policies``: has a remote policy this result judged changed (or
    become readable)? Only those APKs are judged again; each URL is fetched once per run."""
    remote = config.remote
    if remote is None or not (remote.fetch and remote.refresh):
        return False
    links = [s for s in result.policy_sources if s.type == "remote"][:MAX_LINKS]
    documents = remote_documents([s.ref for s in links], remote)
    for source, (_url, got) in zip(links, documents, strict=True):
        sha = got.sha256 if isinstance(got, Fetched) else None
        if sha != source.sha256:
            return True
    return False


def run_batch(
    units: Sequence[Unit], config: ScanConfig, store: Store, key: StoreKey, options: BatchOptions
) -> Iterator[Done]:
    """Yield stored results first, then each new result as soon as it is stored."""
    stored = store.stored_keys(key)
    todo: list[int] = []
    for index, unit in enumerate(units):
        if unit.key in stored:
            stored_result = store.get(key, unit.key)
            reusable = stored_result is not None and stored_result.error_kind not in options.retry
            if stored_result is not None and reusable and not policy_changed(stored_result, config):
                result = stored_result.with_path(unit.path).with_duplicates(unit.duplicates)
                if result != stored_result:  # same bytes, found at other paths this time
                    store.relocate(key, unit.key, result)
                yield Done(index, result, True)
                continue
        todo.append(index)
    jobs = [Job(index, units[index].path) for index in todo]
    if options.scheduler:
        from analyzer.batch.cluster import run_dask

        finished = run_dask(
            jobs, config, address=options.scheduler, limits=options.limits, scan=options.scan
        )
    else:
        finished = run_pool(
            jobs, config, workers=options.jobs, limits=options.limits, scan=options.scan
        )
    for index, result in finished:
        unit = units[index]
        result = result.with_duplicates(unit.duplicates)
        store.put(key, unit.key, result)
        yield Done(index, result, False)
