"""Manifest evidence: receivers for SMS / phone-state broadcasts, SDK components.

A receiver registered in the manifest for ``SMS_RECEIVED`` or ``PHONE_STATE`` is woken by
the platform with the message or call state, even if no dex reference is found (the code
may be reflective or packed), so it counts as evidence of its own kind, ``receiver``.
"""

from __future__ import annotations

from collections.abc import Iterator

from analyzer.apk.components import Components
from analyzer.evidence.apis import Hit

MANIFEST = "AndroidManifest.xml"


def receiver_hits(
    components: Components, actions: tuple[tuple[str, str], ...]
) -> Iterator[tuple[str, Hit]]:
    """(receiver class, hit) for each receiver whose intent filters name a listed action."""
    wanted = dict(actions)
    for receiver in components.receivers():
        for name in receiver.actions:
            if name in wanted:
                cls = receiver.name
                yield cls, Hit(wanted[name], "receiver", f"{name} → {cls}", "manifest")


def component_classes(components: Components) -> Iterator[tuple[str, str]]:
    """(element tag, fully qualified class) of every component the manifest declares."""
    for component in components.items:
        yield component.tag, component.name
