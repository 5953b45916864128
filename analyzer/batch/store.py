"""The SQLite result store behind ``batch`` and ``report`` (DESIGN §2.7).

A result is keyed by what determines it: the APK's sha256, the analyzer version, the
data tables' version and a hash of the options that change results
(``ScanConfig.cache_key()``). Re-running a batch therefore analyses only what is missing,
and changing any of those starts afresh without deleting older results.

Only the batch's parent process writes (one writer), each result as soon as its APK
finishes, in its own transaction, with WAL journaling: a killed batch loses at most the
APKs in flight, and readers (``permaudit report`` during a run) never block the writer.
Each key has exactly one row (upsert); ``writes`` counts how often it was written, which
is how tests prove that a resumed batch recomputed nothing.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast

from analyzer.errors import StoreError
from analyzer.i18n import N_
from analyzer.model import Result

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    apk_key TEXT NOT NULL,
    analyzer_version TEXT NOT NULL,
    data_version TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    path TEXT NOT NULL,
    duplicates TEXT NOT NULL,
    status TEXT NOT NULL,
    result TEXT NOT NULL,
    stored_at REAL NOT NULL,
    writes INTEGER NOT NULL DEFAULT 1,
    UNIQUE (apk_key, analyzer_version, data_version, config_hash)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at REAL NOT NULL,
    analyzer_version TEXT NOT NULL,
    data_version TEXT NOT NULL,
    config_hash TEXT NOT NULL,
    config TEXT NOT NULL
);
"""


def config_hash(cache_key: Mapping[str, object]) -> str:
    """A stable hash of ``ScanConfig.cache_key()`` (sorted JSON, so key order is irrelevant)."""
    text = json.dumps(cache_key, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class StoreKey:
    """Everything but the APK that a stored result depends on."""

    analyzer_version: str
    data_version: str
    config_hash: str

    def params(self) -> tuple[str, str, str]:
        return (self.analyzer_version, self.data_version, self.config_hash)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(value: str) -> str:
    """SQLite stores UTF-8: a non-UTF-8 file name (lone surrogates) is kept as escapes."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def apk_key(sha256: str | None, path: str) -> str:
    """The APK part of the key: its hash, or (unreadable file) its path."""
    return sha256 if sha256 else f"path:{_text(path)}"


_COLUMNS = {
    "results": {"apk_key", "analyzer_version", "data_version", "config_hash", "path", "result"},
    "runs": {"started_at", "analyzer_version", "data_version", "config_hash", "config"},
}
F = TypeVar("F", bound=Callable[..., Any])


def _damage_is_a_store_error(method: F) -> F:
    """A damaged page found mid-run is the store's fault: a ``StoreError``, not a trace."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise _unreadable(self.path, exc) from exc

    return cast(F, wrapper)


def _unreadable(path: Path, exc: BaseException) -> StoreError:
    return StoreError(N_("the store {path} cannot be read: {why}"), path=path, why=repr(exc))


class Store:
    """One SQLite file; open with ``Store.open(path)`` and use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) a store; a file that is not a permaudit store is refused."""
        if path.exists() and not path.is_file():
            raise StoreError(N_("{path} is not a regular file"), path=path)
        try:
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            for table, needed in _COLUMNS.items():
                have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                if not needed <= have:
                    conn.close()
                    template = N_("{path} is not a permaudit store (table {table} differs)")
                    raise StoreError(template, path=path, table=table)
        except sqlite3.Error as exc:
            raise StoreError(N_("cannot open store {path}: {why}"), path=path, why=exc) from exc
        return cls(conn, path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    @_damage_is_a_store_error
    def begin_run(self, key: StoreKey, config: Mapping[str, object]) -> None:
        """Record that a batch with ``key`` started (``report`` defaults to the last one)."""
        self._conn.execute(
            "INSERT INTO runs (started_at, analyzer_version, data_version, config_hash, config)"
            " VALUES (?, ?, ?, ?, ?)",
            (time.time(), *key.params(), json.dumps(config, sort_keys=True, default=str)),
        )

    @_damage_is_a_store_error
    def last_key(self) -> StoreKey | None:
        row = self._conn.execute(
            "SELECT analyzer_version, data_version, config_hash FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return StoreKey(*row) if row else None

    @_damage_is_a_store_error
    def stored_keys(self, key: StoreKey) -> set[str]:
        """APK keys that already have a result under ``key``."""
        rows = self._conn.execute(
            "SELECT apk_key FROM results WHERE analyzer_version=? AND data_version=?"
            " AND config_hash=?",
            key.params(),
        )
        return {r[0] for r in rows}

    @_damage_is_a_store_error
    def put(self, key: StoreKey, apk: str, result: Result) -> None:
        """Insert or replace the one result for this APK under ``key`` (its own transaction)."""
        doc = _text(json.dumps(result.to_dict(), ensure_ascii=False))
        self._conn.execute(
            "INSERT INTO results (apk_key, analyzer_version, data_version, config_hash, path,"
            " duplicates, status, result, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (apk_key, analyzer_version, data_version, config_hash) DO UPDATE SET"
            " path=excluded.path, duplicates=excluded.duplicates, status=excluded.status,"
            " result=excluded.result, stored_at=excluded.stored_at, writes=results.writes + 1",
            (
                apk,
                *key.params(),
                _text(result.apk.path),
                json.dumps(list(result.apk.duplicates)),
                result.status,
                doc,
                time.time(),
            ),
        )

    @_damage_is_a_store_error
    def put_many(self, key: StoreKey, items: Iterable[tuple[str, Result]]) -> int:
        """Insert many results in one transaction (imports, store builders); returns the count."""
        count = 0
        self._conn.execute("BEGIN")
        try:
            for apk, result in items:
                self.put(key, apk, result)
                count += 1
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        return count

    @_damage_is_a_store_error
    def relocate(self, key: StoreKey, apk: str, result: Result) -> None:
        """Record new paths for a stored result (same bytes found elsewhere) without
        counting a write: the analysis itself was not redone."""
        self._conn.execute(
            "UPDATE results SET path=?, duplicates=?, result=? WHERE apk_key=?"
            " AND analyzer_version=? AND data_version=? AND config_hash=?",
            (
                _text(result.apk.path),
                json.dumps(list(result.apk.duplicates)),
                _text(json.dumps(result.to_dict(), ensure_ascii=False)),
                apk,
                *key.params(),
            ),
        )

    @_damage_is_a_store_error
    def get(self, key: StoreKey, apk: str) -> Result | None:
        row = self._conn.execute(
            "SELECT result FROM results WHERE apk_key=? AND analyzer_version=?"
            " AND data_version=? AND config_hash=?",
            (apk, *key.params()),
        ).fetchone()
        return Result.from_dict(json.loads(row[0])) if row else None

    @_damage_is_a_store_error
    def results(self, key: StoreKey | None = None) -> list[Result]:
        """Stored results (all, or under ``key``) in path order, for ``permaudit report``."""
        return list(self.iter_results(key))

    def iter_results(self, key: StoreKey | None = None) -> Iterator[Result]:
        """The same, one row at a time: memory does not grow with the store."""
        sql = "SELECT result FROM results"
        params: Iterable[str] = ()
        if key is not None:
            sql += " WHERE analyzer_version=? AND data_version=? AND config_hash=?"
            params = key.params()
        try:
            for (doc,) in self._conn.execute(sql + " ORDER BY path, id", tuple(params)):
                yield Result.from_dict(json.loads(doc))
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise _unreadable(self.path, exc) from exc

    @_damage_is_a_store_error
    def count(self, key: StoreKey | None = None) -> int:
        """How many results are stored (all, or under ``key``)."""
        sql = "SELECT COUNT(*) FROM results"
        if key is None:
            return int(self._conn.execute(sql).fetchone()[0])
        sql += " WHERE analyzer_version=? AND data_version=? AND config_hash=?"
        return int(self._conn.execute(sql, key.params()).fetchone()[0])

    @_damage_is_a_store_error
    def rows(self) -> list[dict[str, object]]:
        """Bookkeeping columns of every row (for tests and ``--debug``)."""
        cur = self._conn.execute(
            "SELECT id, apk_key, path, status, stored_at, writes FROM results ORDER BY id"
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]


def stored_results(
    db: Path, every_run: bool
) -> tuple[Callable[[], Iterator[Result]], StoreKey | None, int]:
    """Re-iterable results of the last batch in ``db`` (or of every run), its key, the count.

    Each call of the returned function is one pass over the rows, one result at a time,
    so a report of any size needs memory for a single result.
    """
    if not db.is_file():
        raise StoreError(N_("no store at {path}"), path=db)
    with Store.open(db) as store:
        key = None if every_run else store.last_key()
        count = store.count(key)

    def results() -> Iterator[Result]:
        with Store.open(db) as store:
            yield from store.iter_results(key)

    return results, key, count
