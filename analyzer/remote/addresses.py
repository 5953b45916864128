"""Which addresses a policy may be fetched from: public ones, or exact hosts allowed."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

Resolver = Callable[[str, int], list[tuple[str, int]]]  # (host, port) → (address, port)s


def system_resolver(host: str, port: int) -> list[tuple[str, int]]:
    """Every (address, port) the system resolves ``host`` to (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys((str(info[4][0]), int(info[4][1])) for info in infos))


def is_public(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved and unspecified."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def allowed_host(host: str, port: int, allow: Sequence[str]) -> bool:
    """``--allow-host HOST[:PORT]``: exact names only, no wildcard, no blanket switch."""
    host = host.lower()
    return any(entry.lower() in (host, f"{host}:{port}") for entry in allow)
