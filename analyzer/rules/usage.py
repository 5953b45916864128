"""Rules about code evidence: permissions requested that the code shows no sign of using."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from analyzer.model import Category, CategoryUse, Severity, Usage
from analyzer.rules.registry import Hit, rule


@rule(
    "unused-sensitive-permission",
    title="Sensitive permission with no code evidence",
    severity=Severity.LOW,
)
def unused_sensitive_permission(ctx: Any) -> Iterator[Hit]:
    """What it fires on
    A sensitive category (calls, location, messages, contacts, settings) is requested,
    all of the app's code was read, and no API reference, content URI, receiver or
    known SDK reaching that category was found (``used`` is ``no-evidence``). It never
    fires for packed apps (``used`` is ``unknown``), with ``--no-code``, or when the
    manifest could be read only in part (``manifest.complete`` false): absence of
    evidence is then no evidence.

    Why it matters
    Permissions the app does not need still widen what a compromised or repackaged app
    can do, and the Jiangsu complaint counted requested access, not only used access.
    Over-asking is also the first thing app-store reviewers question.

    How to clear it
    Remove the permission from the manifest (and from merged library manifests with
    ``tools:node="remove"``), or, if the code reaches the data in a way the scan cannot
    see (reflection, native code, a dynamically loaded dex), waive the finding with a
    baseline entry that says so.

    Reference
    DESIGN §2.4 (code evidence); Android "Permissions best practices"
    (developer.android.com/privacy-and-security/minimize-permission-requests).
    """
    if not getattr(ctx, "manifest_complete", True):
        return
    categories: Mapping[Category, CategoryUse] = ctx.categories or {}
    yield from check_unused(categories)


def check_unused(categories: Mapping[Category, CategoryUse]) -> Iterator[Hit]:
    """One low finding per requested category whose ``used`` is ``no-evidence``."""
    for cat in Category:
        use = categories.get(cat)
        if use is None or not use.requested or use.used is not Usage.NO_EVIDENCE:
            continue
        names = [m.name for m in use.members]
        yield Hit(
            category=cat,
            params={"permissions": [n.rsplit(".", 1)[-1] for n in names]},
            evidence={"permissions": names, "used": use.used.value},
        )
