"""The one hand-off to the disclosure step: policy URLs in, documents (or failures) out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.remote.cache import DEFAULT_CACHE, PolicyCache
from analyzer.remote.fetch import Fetched, FetchFailure, FetchPolicy, fetch
from analyzer.remote.links import MAX_LINKS


@dataclass(frozen=True)
class RemoteOptions:
    """``--fetch-policies``, ``--offline``, ``--refresh-policies``, ``--policy-cache``,
    ``--allow-host``; picklable, so worker processes share the cache on disk."""

    fetch: bool = False
    offline: bool = False
    refresh: bool = False
    cache_dir: str = str(DEFAULT_CACHE)
    run: str = ""
    policy: FetchPolicy = field(default_factory=FetchPolicy)

    @property
    def active(self) -> bool:
        return self.fetch or self.offline


def remote_documents(
    urls: Sequence[str], options: RemoteOptions
) -> list[tuple[str, Fetched | FetchFailure | None]]:
    """For the best ``MAX_LINKS`` URLs: the document (cache or network), a failure, or
    None (offline, not cached)."""
    cache = PolicyCache(Path(options.cache_dir), options.run, options.offline, options.refresh)
    return [(url, cache.get(url, lambda u: fetch(u, options.policy))) for url in urls[:MAX_LINKS]]
