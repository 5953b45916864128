"""A real HTTP server on 127.0.0.1 for the remote-policy tests, and the resolver that
sends the reserved test domains to it (never to the network).

``*.permaudit.test`` resolves to the server; ``internal.test`` resolves to the server too,
but is never allowed: a request reaching it would be counted, so a test can prove that a
refused address is never contacted. Every other name fails to resolve.
"""

from __future__ import annotations

import gzip
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

PORT_ENV = "PERMAUDIT_TEST_POLICY_PORT"
EN_POLICY = (
    "<html><head><title>Privacy policy</title></head><body><h1>Privacy policy</h1>"
    "<p>We collect your approximate location from GPS so that we can show the weather"
    " where you are.</p></body></html>"
)
ZH_POLICY = (
    "<html><head><title>隐私政策</title></head><body><h1>隐私政策</h1>"
    "<p>为了向您提供附近的天气预报，我们会在您授权后收集您的位置信息。</p></body></html>"
)
# a Chinese policy after a lossy conversion: its characters became U+FFFD
LOST_POLICY = "<html><body><p>" + "\ufffd" * 40 + "GPS" + "\ufffd" * 30 + "</p></body></html>"
BOMB = gzip.compress(b"<html><body>" + b" " * (64 * 1024 * 1024) + b"</body></html>")


def loopback_resolver(host: str, port: int) -> list[tuple[str, int]]:
    """The test domains → the local server (its port from the environment)."""
    server_port = int(os.environ.get(PORT_ENV, "0"))
    if host.endswith(".permaudit.test") or host == "internal.test":
        return [("127.0.0.1", server_port)]
    raise OSError(f"{host}: no such test host")


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()
    mutable: ClassVar[list[bytes]] = [ZH_POLICY.encode()]  # /mutable serves the last one

    def log_message(self, *args: object) -> None:  # quiet
        return

    def _send(
        self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").split(":")[0]
        self.hits[f"{host}{self.path}"] += 1
        routes = {
            "/en/privacy.html": lambda: self._send(
                200, EN_POLICY.encode(), "text/html; charset=utf-8"
            ),
            "/legal/yinsi.html": lambda: self._send(
                200, ZH_POLICY.encode(), "text/html; charset=utf-8"
            ),
            "/zh/gbk.html": lambda: self._send(
                200, ZH_POLICY.encode("gbk"), "text/html; charset=GBK"
            ),
            "/chain/1": lambda: self._send(302, b"", "text/html", {"Location": "/chain/2"}),
            "/chain/2": lambda: self._send(302, b"", "text/html", {"Location": "/en/privacy.html"}),
            "/loop/a": lambda: self._send(302, b"", "text/html", {"Location": "/loop/b"}),
            "/loop/b": lambda: self._send(302, b"", "text/html", {"Location": "/loop/a"}),
            "/missing": lambda: self._send(404, b"not here", "text/plain"),
            "/image.png": lambda: self._send(200, b"\x89PNG....", "image/png"),
            "/spa": lambda: self._send(
                200,
                b"<html><body><div id='app'></div><script>boot()</script></body></html>",
                "text/html",
            ),
            "/lost.html": lambda: self._send(200, LOST_POLICY.encode(), "text/html; charset=utf-8"),
            "/bomb": lambda: self._send(200, BOMB, "text/html", {"Content-Encoding": "gzip"}),
            "/to-internal": lambda: self._send(
                302,
                b"",
                "text/html",
                {"Location": f"http://internal.test:{self.server.server_port}/secret"},
            ),  # type: ignore[attr-defined]
            "/secret": lambda: self._send(200, b"secret", "text/plain"),
            "/mutable": lambda: self._send(200, self.mutable[-1], "text/html; charset=utf-8"),
        }
        if self.path == "/huge":
            return self._huge()
        if self.path == "/slow":
            time.sleep(5)
            return self._send(200, EN_POLICY.encode(), "text/html")
        routes.get(self.path, lambda: self._send(404, b"", "text/plain"))()

    def _huge(self) -> None:
        size = 30 * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            return


def change_mutable(body: str) -> None:
    """What ``/mutable`` serves from now on (a policy that changed)."""
    _Handler.mutable.append(body.encode())


@contextmanager
def policy_server() -> Iterator[tuple[int, Counter[str]]]:
    """The server on a free port of 127.0.0.1, and its per-host-and-path hit counts."""
    _Handler.hits = Counter()
    _Handler.mutable = [ZH_POLICY.encode()]
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port, _Handler.hits
    finally:
        server.shutdown()
        server.server_close()
