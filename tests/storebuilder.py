"""Build large result stores quickly by cloning real results under new keys.

Used by the store-scale benchmark and the tests of streamed reports: a store of 10^5
results takes seconds to build this way, instead of hours of analysis. Each clone gets
its own sha256, path and package name (``<package>.c<i>``), so stores can also be
matched by package (``permaudit diff --db``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from analyzer.batch.collection import store_key
from analyzer.batch.store import Store, StoreKey
from analyzer.model import Result
from analyzer.scan import ScanConfig


def clones(templates: Sequence[Result], count: int) -> Iterator[tuple[str, Result]]:
    """``count`` results cycling through ``templates``, each under a new key."""
    for i in range(count):
        base = templates[i % len(templates)]
        sha = hashlib.sha256(f"clone-{i}".encode()).hexdigest()
        apk = replace(base.apk, path=f"apks/{i:07}.apk", sha256=sha, duplicates=())
        app = base.app and replace(base.app, package=f"{base.app.package}.c{i}")
        yield sha, replace(base, apk=apk, app=app)


def build_store(db: Path, templates: Sequence[Result], count: int, data_version: str) -> StoreKey:
    """A store at ``db`` holding ``count`` clones, recorded as one batch run."""
    config = ScanConfig()
    key = store_key(config, data_version)
    with Store.open(db) as store:
        store.begin_run(key, config.cache_key())
        store.put_many(key, clones(templates, count))
    return key
