"""Platform-level rules: install-time grants and a missing privacy policy."""

from __future__ import annotations

from collections.abc import Iterable

from analyzer.model import Severity
from analyzer.rules.context import RuleContext
from analyzer.rules.registry import Hit, rule

INSTALL_TIME_MAX = 22


@rule("install-time-grant", title="Sensitive access granted at install", severity=Severity.MEDIUM)
def install_time_grant(ctx: RuleContext) -> Iterable[Hit]:
    """What it fires on
    : The effective target SDK is 22 or lower and a sensitive category is requested.

    Why it matters
    : On Android 5.1 and older every requested permission is granted at install; on 6.0–9
      an app targeting 22 or lower still gets them at install without a runtime dialog
      (users can only revoke them later in Settings). This is the "before installation,
      no notice" of the 2017 Jiangsu complaint. Android 10+ shows a one-time review screen
      and Android 14 refuses to install targets below 23.

    How to clear it
    : Target API 23 or higher and request the permissions at runtime, with a prompt that
      says why.

    Reference
    : Jiangsu Consumer Council v. Beijing Baidu Netcom (2017).
    """
    requested = ctx.requested()
    target = ctx.app.effective_target_sdk
    if target > INSTALL_TIME_MAX or not requested:
        return []
    names = [u.category.value for u in requested]
    evidence = {"effective_target_sdk": target, "categories": names}
    return [Hit({"target": target, "categories": names}, None, evidence)]


@rule("no-privacy-policy", title="No privacy policy", severity=Severity.MEDIUM)
def no_privacy_policy(ctx: RuleContext) -> Iterable[Hit]:
    """What it fires on
    : A sensitive category is requested and no policy artefact exists: no bundled policy
      file, no string resource naming a privacy policy or linking to one, and no
      `--policy`, `--policy-dir` or `--declarations` entry for the package.

    Why it matters
    : Without a policy users cannot learn what is collected or why. The rectified Baidu
      apps of 2018 showed a privacy policy at first launch; GB/T 35273 requires one.

    How to clear it
    : Ship a privacy policy (assets/privacy_policy.html, or a link in the app's strings),
      or give the audit your published policy with `--policy` / `--policy-dir`.

    Reference
    : Jiangsu Consumer Council v. Beijing Baidu Netcom (2017).
    """
    requested = ctx.requested()
    if ctx.has_policy or not requested:
        return []
    names = [u.category.value for u in requested]
    return [Hit({"categories": names}, None, {"categories": names})]
