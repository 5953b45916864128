"""Manifest evidence: receivers for SMS / phone-state broadcasts, SDK components.

A receiver registered in the manifest for ``SMS_RECEIVED`` or ``PHONE_STATE`` is woken by
the platform with the message or call state, even if no dex reference is found (the code
may be reflective or packed), so it counts as evidence of its own kind, ``receiver``.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from analyzer.apk.axml import ANDROID_NS
from analyzer.evidence.apis import Hit

_A_NAME = f"{{{ANDROID_NS}}}name"
COMPONENTS = ("activity", "activity-alias", "service", "receiver", "provider")
MANIFEST = "AndroidManifest.xml"


def _qualified(name: str, package: str | None) -> str:
    """Resolve ``.Foo`` / ``Foo`` against the package, as the platform does."""
    if name.startswith(".") and package:
        return package + name
    if "." not in name and package:
        return f"{package}.{name}"
    return name


def receiver_hits(
    root: etree._Element, package: str | None, actions: tuple[tuple[str, str], ...]
) -> Iterator[tuple[str, Hit]]:
    """(receiver class, hit) for each receiver whose intent filters name a listed action."""
    wanted = dict(actions)
    for app in root.iterchildren("application"):
        for receiver in app.iterchildren("receiver"):
            cls = _qualified(str(receiver.get(_A_NAME) or ""), package)
            for action in receiver.iterfind("intent-filter/action"):
                name = str(action.get(_A_NAME) or "")
                if name in wanted:
                    yield cls, Hit(wanted[name], "receiver", f"{name} → {cls}", "manifest")


def component_classes(root: etree._Element, package: str | None) -> Iterator[tuple[str, str]]:
    """(element tag, fully qualified class) of every component the manifest declares."""
    for app in root.iterchildren("application"):
        for tag in COMPONENTS:
            for el in app.iterchildren(tag):
                name = el.get(_A_NAME)
                if name:
                    yield tag, _qualified(str(name), package)


def application_class(root: etree._Element, package: str | None) -> str | None:
    """The ``<application android:name>`` class, where packers put their stub."""
    for app in root.iterchildren("application"):
        name = app.get(_A_NAME)
        if name:
            return _qualified(str(name), package)
    return None
