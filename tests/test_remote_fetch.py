"""Fetching remote policies against a real HTTP server on 127.0.0.1 (tests/policyserver.py).

Every name resolves through the test resolver: nothing here can reach beyond loopback.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyzer.disclosure.remote_sources import remote_sources
from analyzer.remote import Fetched, FetchFailure, FetchPolicy, RemoteOptions, decode_body, fetch
from analyzer.remote.addresses import is_public
from analyzer.remote.cache import PolicyCache
from analyzer.remote.fetch import (
    EMPTY,
    HTTP,
    LOST,
    NOT_TEXT,
    REDIRECTS,
    REFUSED,
    SCHEME,
    TIMEOUT,
    TOO_LARGE,
)
from tests.policyserver import PORT_ENV, loopback_resolver, policy_server

HOST = "policy.permaudit.test"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[int, Counter[str]]]:
    with policy_server() as (port, hits):
        os.environ[PORT_ENV] = str(port)
        yield port, hits
        os.environ.pop(PORT_ENV, None)


def _policy(port: int, timeout: float = 10.0) -> FetchPolicy:
    return FetchPolicy(timeout=timeout, allow_hosts=(f"{HOST}:{port}",), resolver=loopback_resolver)


def _url(port: int, path: str) -> str:
    return f"http://{HOST}:{port}{path}"


def test_policies_in_english_and_chinese_utf8_and_gbk(server: tuple[int, Counter[str]]) -> None:
    port, _ = server
    en = fetch(_url(port, "/en/privacy.html"), _policy(port))
    assert isinstance(en, Fetched) and "approximate location" in decode_body(en)
    gbk = fetch(_url(port, "/zh/gbk.html"), _policy(port))
    assert isinstance(gbk, Fetched) and gbk.charset == "GBK"
    assert "位置信息" in decode_body(gbk)


def test_a_redirect_chain_is_followed_and_a_loop_is_not(server: tuple[int, Counter[str]]) -> None:
    port, _ = server
    chain = fetch(_url(port, "/chain/1"), _policy(port))
    assert isinstance(chain, Fetched) and chain.final_url.endswith("/en/privacy.html")
    loop = fetch(_url(port, "/loop/a"), _policy(port))
    assert isinstance(loop, FetchFailure) and loop.kind == REDIRECTS


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/missing", HTTP), ("/huge", TOO_LARGE), ("/bomb", TOO_LARGE), ("/image.png", NOT_TEXT)],
)
def test_failures_are_warnings_of_their_kind(
    server: tuple[int, Counter[str]], path: str, kind: str
) -> None:
    port, _ = server
    got = fetch(_url(port, path), _policy(port))
    assert isinstance(got, FetchFailure) and got.kind == kind, got
    if path == "/missing":
        assert "404" in got.message


def test_a_slow_answer_times_out(server: tuple[int, Counter[str]]) -> None:
    port, _ = server
    got = fetch(_url(port, "/slow"), _policy(port, timeout=1.0))
    assert isinstance(got, FetchFailure) and got.kind == TIMEOUT


def test_only_http_and_https(server: tuple[int, Counter[str]]) -> None:
    port, _ = server
    got = fetch("file:///etc/passwd", _policy(port))
    assert isinstance(got, FetchFailure) and got.kind == SCHEME


def test_a_refused_address_is_never_contacted(server: tuple[int, Counter[str]]) -> None:
    port, hits = server
    # internal.test resolves to 127.0.0.1 (loopback) and is not allowed: refused before
    # any connection, directly or through a redirect
    direct = fetch(f"http://internal.test:{port}/secret", _policy(port))
    assert isinstance(direct, FetchFailure) and direct.kind == REFUSED
    redirected = fetch(_url(port, "/to-internal"), _policy(port))
    assert isinstance(redirected, FetchFailure) and redirected.kind == REFUSED
    assert hits[f"{HOST}/to-internal"] == 1
    assert not [key for key in hits if key.startswith("internal.test")]


def test_public_addresses() -> None:
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1::")
    for private in ("127.0.0.1", "10.1.2.3", "192.168.1.1", "169.254.169.254", "::1",
                    "fe80::1", "0.0.0.0", "::ffff:127.0.0.1", "not an address"):  # fmt: skip
        assert not is_public(private), private


def test_a_page_without_text_is_empty(server: tuple[int, Counter[str]], tmp_path: Path) -> None:
    port, _ = server
    options = RemoteOptions(fetch=True, cache_dir=str(tmp_path), policy=_policy(port))
    texts, sources, warnings = remote_sources([_url(port, "/spa")], options)
    assert texts == [] and [w.kind for w in warnings] == [EMPTY]
    assert sources[0].read is False


def test_a_page_whose_characters_are_lost_is_not_judged(
    server: tuple[int, Counter[str]], tmp_path: Path
) -> None:
    port, _ = server
    options = RemoteOptions(fetch=True, cache_dir=str(tmp_path), policy=_policy(port))
    texts, sources, warnings = remote_sources([_url(port, "/lost.html")], options)
    assert texts == [] and [w.kind for w in warnings] == [LOST]
    assert sources[0].read is False and "U+FFFD" in warnings[0].message


def test_the_cache_fetches_once_and_serves_offline(
    server: tuple[int, Counter[str]], tmp_path: Path
) -> None:
    port, hits = server
    url = _url(port, "/legal/yinsi.html")
    before = hits[f"{HOST}/legal/yinsi.html"]
    cache = PolicyCache(tmp_path)
    for _ in range(3):
        got = cache.get(url, lambda u: fetch(u, _policy(port)))
        assert isinstance(got, Fetched)
    assert hits[f"{HOST}/legal/yinsi.html"] == before + 1
    offline = PolicyCache(tmp_path, offline=True).get(url, lambda u: pytest.fail("no network"))
    assert isinstance(offline, Fetched) and offline.sha256 == got.sha256
    cold = PolicyCache(tmp_path / "cold", offline=True).get(url, lambda u: pytest.fail("no"))
    assert cold is None
    options = RemoteOptions(fetch=True, cache_dir=str(tmp_path), policy=_policy(port))
    texts, sources, _ = remote_sources([url], options)
    (source,) = sources
    assert source.read and source.sha256 == got.sha256 and source.fetched_at
    assert texts[0].source_type == "remote" and source.language == "zh"
