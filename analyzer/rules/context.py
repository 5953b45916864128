"""The frozen view every rule reads: app, permissions, categories, policy artefacts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from analyzer.model import (
    AppInfo,
    Category,
    CategoryUse,
    DisclosureLevel,
    Finding,
    Permission,
    PolicySource,
)
from analyzer.tables import AppType


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Values built by ``scan``; rules never read files, globals or the environment."""

    app: AppInfo
    permissions: tuple[Permission, ...]
    categories: Mapping[Category, CategoryUse]
    policy_artefacts: tuple[str, ...] = ()
    manifest_complete: bool = True
    app_type: AppType | None = None  # given by the user (--app-type…); never guessed
    policy_sources: tuple[PolicySource, ...] = ()

    @property
    def has_policy(self) -> bool:
        return bool(self.policy_artefacts)

    def unread_policy_hosts(self) -> list[str]:
        """Hosts of the remote policies not read, when no policy document was read at all.

        Then "the policy never states why" would be a guess: the finding says instead
        that the policy on that host was not read.
        """
        documents = self.policy_documents()
        if any(s.read for s in documents):
            return []
        hosts = (urlsplit(s.ref).hostname for s in documents if s.type == "remote")
        return sorted({h for h in hosts if h})

    def policy_in_other_language(self) -> bool:
        """Was every policy document read in a language permaudit does not judge?

        A French or Korean policy names no data permaudit could find, so "never states
        why" would be a guess there too: the finding says the policy was not read in its
        language (docs/disclosure.md).
        """
        read = [s for s in self.policy_documents() if s.read]
        return bool(read) and all(s.language == "other" for s in read)

    def unread_policy_params(self) -> dict[str, object]:
        """What a finding's message says instead of "never states why" when the policy was
        not read: the hosts of the links not fetched, or that its language is not read."""
        if hosts := self.unread_policy_hosts():
            return {"unread_policy_hosts": hosts}
        return {"policy_language": "other"} if self.policy_in_other_language() else {}

    def policy_documents(self) -> list[PolicySource]:
        """The policy sources that are documents: not a string resource, not a declaration."""
        return [s for s in self.policy_sources if s.type not in ("string", "declaration")]

    def requested(self) -> list[CategoryUse]:
        """Categories requested (by a grantable member), in report order."""
        return [self.categories[c] for c in Category if self.requested_in(c)]

    def requested_in(self, category: Category) -> bool:
        use = self.categories.get(category)
        return bool(use and use.requested)

    def undisclosed(self, category: Category) -> bool:
        """Requested and not ``disclosed``."""
        use = self.categories.get(category)
        return bool(use and use.requested and use.disclosure is not DisclosureLevel.DISCLOSED)

    def grantable_members(self, category: Category) -> list[Permission]:
        """The requested permissions that put the app in ``category`` (grantable ones)."""
        use = self.categories.get(category)
        if use is None:
            return []
        names = {m.name for m in use.members}
        seen: set[str] = set()
        out = []
        for perm in self.permissions:
            if perm.name in names and perm.grantable is not False and perm.name not in seen:
                seen.add(perm.name)
                out.append(perm)
        return out

    def not_grantable(self, category: Category) -> list[str]:
        use = self.categories.get(category)
        names = {m.name for m in use.members} if use else set()
        return sorted(
            {p.name for p in self.permissions if p.name in names and p.grantable is False}
        )


def member_params(perms: list[Permission]) -> list[dict[str, str | None]]:
    """Each permission by its short name, with what implies it (None when declared)."""
    out: list[dict[str, str | None]] = []
    for perm in perms:
        short = perm.name
        if perm.name.startswith(("android.", "com.android.")):
            short = perm.name.rsplit(".", 1)[-1]
        cause = (perm.implied_by or "").replace("android.permission.", "") if perm.implied else None
        out.append({"name": short, "implied_by": cause})
    return out


def mark_incomplete_inventory(findings: Iterable[Finding], complete: bool) -> list[Finding]:
    """When the manifest was read only in part, say so on every finding.

    Each finding then carries ``inventory_incomplete: true`` in its evidence and its
    params (its message then says so in the reader's language): what was found stands,
    but more may have been hidden.
    """
    if complete:
        return list(findings)
    return [
        replace(
            f,
            params={**f.params, "inventory_incomplete": True},
            evidence={**f.evidence, "inventory_incomplete": True},
        )
        for f in findings
    ]
