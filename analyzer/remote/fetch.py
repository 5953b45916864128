"""Fetch one policy URL within limits; every failure is a value with a warning kind.

urllib3 connects to an address this module resolved and checked itself, while the request
keeps the host name (``Host`` header, TLS server name and certificate check): a name that
resolves to a private address is refused before any byte is sent, and so is every
redirect. Limits: a total time per URL, ``max_bytes`` of decoded body (gzip and deflate
are inflated progressively, so a bomb stops at the cap), at most 5 redirects, http and
https only, and the text content types a policy comes in.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from analyzer import __version__
from analyzer.remote.addresses import Resolver, allowed_host, is_public, system_resolver

if TYPE_CHECKING:  # imported where used: a scan that fetches nothing need not load TLS
    import urllib3

MAX_REDIRECTS = 5
TEXT_TYPES = ("text/html", "text/plain", "application/json")
USER_AGENT = f"permaudit/{__version__} (privacy-policy reader; +https://permaudit.example)"

TIMEOUT = "policy-fetch-timeout"
TOO_LARGE = "policy-fetch-too-large"
HTTP = "policy-fetch-http"
REDIRECTS = "policy-fetch-redirects"
SCHEME = "policy-fetch-scheme"
REFUSED = "policy-fetch-refused-address"
NOT_TEXT = "policy-fetch-not-text"
EMPTY = "policy-fetch-empty"
LOST = "policy-fetch-lost-text"
FETCH_WARNINGS = (TIMEOUT, TOO_LARGE, HTTP, REDIRECTS, SCHEME, REFUSED, NOT_TEXT, EMPTY, LOST)


@dataclass(frozen=True)
class FetchPolicy:
    """How a policy may be fetched; ``resolver`` is injectable so tests stay on loopback."""

    timeout: float = 15.0
    max_bytes: int = 4 * 1024 * 1024
    allow_hosts: tuple[str, ...] = ()
    resolver: Resolver = field(default=system_resolver)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A document read from the network (or the cache), with what makes it reproducible."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True, slots=True)
class FetchFailure:
    """Why a URL could not be read: ``kind`` is one of ``FETCH_WARNINGS``."""

    url: str
    kind: str
    message: str


class _Stop(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def fetch(url: str, policy: FetchPolicy) -> Fetched | FetchFailure:
    """GET ``url`` following at most ``MAX_REDIRECTS`` checked redirects."""
    deadline = time.monotonic() + policy.timeout
    seen: list[str] = []
    current = url
    try:
        while True:
            if current in seen:
                raise _Stop(REDIRECTS, f"redirect loop back to {current}")
            if len(seen) > MAX_REDIRECTS:
                raise _Stop(REDIRECTS, f"more than {MAX_REDIRECTS} redirects")
            seen.append(current)
            response = _request(current, policy, deadline)
            location = response.headers.get("Location")
            if response.status in (301, 302, 303, 307, 308) and location:
                response.release_conn()
                current = urljoin(current, location)
                continue
            return _read(url, current, response, policy, deadline)
    except _Stop as stop:
        return FetchFailure(url, stop.kind, str(stop))


def _target(url: str, policy: FetchPolicy) -> tuple[str, str, tuple[str, int]]:
    """(scheme, host, (address, port) to connect to) for ``url``, checked."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise _Stop(SCHEME, f"{url}: only http and https are fetched")
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise _Stop(SCHEME, f"{url}: not a valid port") from None
    if not host:
        raise _Stop(SCHEME, f"{url}: no host")
    try:
        addresses = policy.resolver(host, port)
    except OSError as exc:
        raise _Stop(REFUSED, f"{host}: cannot be resolved ({exc})") from None
    if not addresses:
        raise _Stop(REFUSED, f"{host}: resolves to no address")
    if not allowed_host(host, port, policy.allow_hosts):
        bad = [a for a, _ in addresses if not is_public(a)]
        if bad:
            raise _Stop(REFUSED, f"{host} resolves to {bad[0]}, not a public address")
    return scheme, host, addresses[0]


def _request(url: str, policy: FetchPolicy, deadline: float) -> urllib3.BaseHTTPResponse:
    import urllib3

    scheme, host, (address, port) = _target(url, policy)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _Stop(TIMEOUT, f"{url}: no time left ({policy.timeout:g} s per URL)")
    timeout = urllib3.Timeout(total=remaining)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {"Host": parts.netloc, "User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    pool: urllib3.HTTPConnectionPool
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address, port, server_hostname=host, assert_hostname=host, timeout=timeout
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout)
    try:
        return pool.urlopen(
            "GET", path, headers=headers, redirect=False, retries=False,
            preload_content=False, decode_content=True,
        )  # fmt: skip
    except urllib3.exceptions.TimeoutError:
        raise _Stop(TIMEOUT, f"{url}: no answer within {policy.timeout:g} s") from None
    except urllib3.exceptions.HTTPError as exc:
        raise _Stop(HTTP, f"{url}: {type(exc).__name__}") from None


def _read(
    url: str, final: str, response: urllib3.BaseHTTPResponse, policy: FetchPolicy, deadline: float
) -> Fetched:
    import urllib3

    if response.status >= 400:
        response.release_conn()
        raise _Stop(HTTP, f"{final}: HTTP {response.status}")
    ctype, charset = _content_type(response.headers.get("Content-Type", ""))
    if ctype not in TEXT_TYPES:
        response.release_conn()
        raise _Stop(NOT_TEXT, f"{final}: content type {ctype or 'missing'}")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > policy.max_bytes:
                raise _Stop(TOO_LARGE, f"{final}: more than {policy.max_bytes} bytes")
            if time.monotonic() > deadline:
                raise _Stop(TIMEOUT, f"{final}: not read within {policy.timeout:g} s")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise _Stop(TIMEOUT, f"{final}: not read within {policy.timeout:g} s") from None
    except urllib3.exceptions.HTTPError as exc:
        raise _Stop(HTTP, f"{final}: {type(exc).__name__}") from None
    finally:
        response.release_conn()
    body = b"".join(chunks)
    stamp = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    return Fetched(url, final, response.status, ctype, charset, body, stamp)


def _content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = next(
        (p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")),
        None,
    )
    return parts[0].lower(), charset


def decode_body(fetched: Fetched) -> str:
    """The document's text: the declared charset (GBK …), else UTF-8, else GB18030."""
    for encoding in (fetched.charset, "utf-8"):
        if not encoding:
            continue
        try:
            return fetched.body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return fetched.body.decode("gb18030", errors="replace")


__all__: Sequence[str] = ["FetchFailure", "FetchPolicy", "Fetched", "decode_body", "fetch"]
