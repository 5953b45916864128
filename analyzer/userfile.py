"""Files the user names on the command line: read bounded, decoded strictly, parsed shallow.

`--policy`, `--policy-dir`, `--declarations`, `--baseline` and `--app-types` are often
copied from the web, so they get the same care as an APK: only regular files (a FIFO
must not hang the tool, ``/dev/zero`` must not exhaust memory), read up to a size cap,
decoded strictly, parsed with a nesting bound and no lone surrogates. Every failure is a
``UsageError``: one line, exit 2.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any

from analyzer.errors import UsageError
from analyzer.i18n import N_
from analyzer.regular import NotRegular, open_regular_fd

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MAX_DATA_BYTES = 16 * 1024 * 1024  # declarations, baselines, type maps
MAX_DEPTH = 32  # nesting of JSON/TOML containers; these files are two or three deep
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def read_user_file(path: str, option: str, max_bytes: int = MAX_DATA_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, else a ``UsageError``."""
    if _URL.match(path):
        raise UsageError(
            N_(
                "{option} {path}: a URL; permaudit reads only local files here (save the"
                " page and pass the file; docs/disclosure.md explains remote policies)"
            ),
            option=option,
            path=path,
        )
    try:
        fd, _ = open_regular_fd(path)
    except NotRegular as exc:
        raise UsageError(
            N_("{option} {path}: not a regular file"), option=option, path=path
        ) from exc
    except (OSError, ValueError) as exc:
        raise _unreadable(option, path, exc) from exc
    try:
        chunks, left = [], max_bytes + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _unreadable(option, path, exc) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise UsageError(
            N_("{option} {path}: larger than the {limit}-byte limit"),
            option=option,
            path=path,
            limit=max_bytes,
        )
    return data


def _unreadable(option: str, path: str, exc: BaseException) -> UsageError:
    template = N_("cannot read {option} {path}: {why}")
    return UsageError(template, option=option, path=path, why=_why(exc))


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return "the path contains a NUL byte" if "null" in str(exc) else str(exc)


def decode_strict(data: bytes, option: str, path: str) -> str:
    """UTF-8 (a BOM allowed), or UTF-16 with its BOM; anything else is refused."""
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        template = N_("{option} {path}: not UTF-8 text (byte {byte})")
        raise UsageError(template, option=option, path=path, byte=exc.start) from None


def parse_data(text: str, option: str, path: str) -> Any:
    """JSON, or TOML for a ``.toml`` name: nesting bounded, no lone surrogates."""
    depth = max_nesting(text)
    if depth > MAX_DEPTH:
        template = N_("{option} {path}: nested {depth} levels deep (at most {most})")
        raise UsageError(template, option=option, path=path, depth=depth, most=MAX_DEPTH)
    try:
        doc = tomllib.loads(text) if path.lower().endswith(".toml") else json.loads(text)
    except (ValueError, RecursionError) as exc:
        kind = "TOML" if path.lower().endswith(".toml") else "JSON"
        template = N_("{option} {path}: not valid {kind} ({detail})")
        detail = _first_line(exc)
        raise UsageError(template, option=option, path=path, kind=kind, detail=detail) from None
    if has_surrogate(doc):
        template = N_("{option} {path}: contains a lone surrogate (such as \\ud800)")
        raise UsageError(template, option=option, path=path)
    return doc


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def max_nesting(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings, in one linear pass."""
    depth = deepest = 0
    in_string: str | None = None
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == in_string:
                in_string = None
        elif ch in "\"'":
            in_string = ch
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def has_surrogate(value: Any) -> bool:
    """Whether any string in a parsed document holds a lone surrogate (iteratively)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def load_data_file(path: str, option: str) -> Any:
    """Read, decode and parse a JSON/TOML file the user named (see the module docstring)."""
    return parse_data(decode_strict(read_user_file(path, option), option, path), option, path)
