"""The framework's public resource ids (public.xml), read once with lxml.

``androguard.core.axml`` imports ``androguard.core.resources.public``, which parses
androguard's copy of frameworks/base core/res/res/values/public.xml with minidom when it
is imported: about 80 ms of every single-APK scan that reads ``resources.arsc``. This
module reads the same file with lxml (about 10 ms) and, before androguard's resource
parser is imported, registers the tables under that module's name, so androguard and
``xmlnames`` share one read. If the file cannot be read, nothing is registered and
androguard reads it its own way.
"""

from __future__ import annotations

import sys
import types
from functools import cache
from pathlib import Path

from lxml import etree

_MODULE = "androguard.core.resources.public"


@cache
def _tables() -> dict[str, dict[str, int]] | None:
    """``{type: {name: id}}`` from public.xml, or None when it cannot be read."""
    import androguard.core.resources  # the package only: its __init__ reads nothing

    path = Path(androguard.core.resources.__file__).with_name("public.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError):
        return None
    tables: dict[str, dict[str, int]] = {}
    for entry in root.iter("public"):
        kind, name, res_id = entry.get("type"), entry.get("name"), entry.get("id")
        if kind and name and res_id:
            try:
                tables.setdefault(kind, {})[name] = int(res_id, 16)
            except ValueError:
                continue
    return tables


@cache
def attribute_names() -> dict[int, str]:
    """Framework attribute id → name (``android:allowBackup`` is 0x01010280)."""
    tables = _tables() or {}
    return {res_id: name for name, res_id in tables.get("attr", {}).items()}


def preload() -> None:
    """Give androguard the tables before it imports its own, slower reader of them."""
    if _MODULE in sys.modules:
        return
    tables = _tables()
    if tables is None:
        return
    module = types.ModuleType(_MODULE, "public.xml as read by analyzer.apk.public_xml")
    module.SYSTEM_RESOURCES = {  # type: ignore[attr-defined]  # the shape androguard reads
        kind: {
            "forward": dict(tables.get(name, {})),
            "inverse": {v: k for k, v in tables.get(name, {}).items()},
        }
        for kind, name in (("attributes", "attr"), ("styles", "style"))
    }
    sys.modules[_MODULE] = module
    import androguard.core.resources as package

    package.public = module
