"""The policy cache: each fetched document with its URL, final URL, time, status and hash.

One folder per URL (named by the URL's sha256): ``meta.json`` and ``body``, written
atomically. A lock file per URL makes worker processes fetch each URL once per run (the
first fetches, the others wait and read the cache), and a lock per host keeps one fetch
per host at a time. ``--offline`` reads only the cache; ``--refresh-policies`` fetches
again the URLs not yet fetched in this run.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

from analyzer.remote.fetch import Fetched, FetchFailure

DEFAULT_CACHE = (
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "permaudit" / "policies"
)


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


class PolicyCache:
    """Fetched documents on disk, shared by the worker processes of one run."""

    def __init__(self, root: Path, run: str = "", offline: bool = False, refresh: bool = False):
        self.root = root
        self.run = run  # the batch run: --refresh-policies fetches once per run
        self.offline = offline
        self.refresh = refresh

    def _folder(self, url: str) -> Path:
        return self.root / _key(url)

    def load(self, url: str) -> tuple[Fetched, str] | None:
        """The cached document of ``url`` and the run that fetched it, if any."""
        folder = self._folder(url)
        try:
            meta = json.loads((folder / "meta.json").read_text("utf-8"))
            body = (folder / "body").read_bytes()
        except (OSError, ValueError):
            return None
        if hashlib.sha256(body).hexdigest() != meta.get("sha256"):
            return None  # a damaged entry is fetched again
        fields = {
            k: meta[k]
            for k in ("url", "final_url", "status", "content_type", "charset", "fetched_at")
        }
        return Fetched(body=body, **fields), str(meta.get("run", ""))

    def store(self, fetched: Fetched) -> None:
        folder = self._folder(fetched.url)
        folder.mkdir(parents=True, exist_ok=True)
        _write(folder / "body", fetched.body)
        meta = {k: v for k, v in asdict(fetched).items() if k != "body"}
        meta.update(sha256=fetched.sha256, run=self.run)
        _write(folder / "meta.json", json.dumps(meta, ensure_ascii=False, indent=1).encode())

    def get(
        self, url: str, fetcher: Callable[[str], Fetched | FetchFailure]
    ) -> Fetched | FetchFailure | None:
        """The document of ``url``: cached, or fetched once (None: offline and not cached)."""
        host = urlsplit(url).hostname or ""
        with _locked(self.root / "locks" / f"{_key(url)}.lock"):
            cached = self.load(url)
            if cached is not None and (not self.refresh or cached[1] == self.run):
                return cached[0]
            if self.offline:
                return cached[0] if cached else None
            with _locked(self.root / "locks" / f"host-{_key(host)}.lock"):
                result = fetcher(url)
            if isinstance(result, Fetched):
                self.store(result)
            return result
