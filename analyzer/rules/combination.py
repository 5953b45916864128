"""``jiangsu-combination``: the combination the Jiangsu Consumer Council complained about."""

from __future__ import annotations

from collections.abc import Iterable

from analyzer.model import JIANGSU_FOUR, DisclosureLevel, Severity
from analyzer.rules.context import RuleContext
from analyzer.rules.registry import Hit, rule


@rule(
    "jiangsu-combination",
    title="Several Jiangsu categories undisclosed",
    severity=Severity.HIGH,
    graded={"all-four": Severity.CRITICAL},
)
def jiangsu_combination(ctx: RuleContext) -> Iterable[Hit]:
    """What it fires on
    : Two or more of calls, location, messages and contacts are requested and none of them
      is disclosed with a purpose. High; critical when all four are. When the privacy
      policy could not be read (a link not fetched, a language permaudit does not judge),
      the message says so instead of "without stating why".

    Why it matters
    : This is the shape of the apps in the 2017 case: Mobile Baidu and Baidu Browser took
      calls, location, SMS and contacts at once without saying why. Together these let an
      app map a person's social graph, movements and messages.

    How to clear it
    : Disclose each category with a purpose (see the `undisclosed-*` rules), or drop the
      permissions the app does not need, until fewer than two remain undisclosed.

    Reference
    : Jiangsu Consumer Council v. Beijing Baidu Netcom (2017).
    """
    hits = [c for c in JIANGSU_FOUR if ctx.undisclosed(c)]
    if len(hits) < 2:
        return []
    grade = "all-four" if len(hits) == len(JIANGSU_FOUR) else None
    names = [c.value for c in hits]
    params: dict[str, object] = {"categories": names}
    if all(ctx.categories[c].disclosure is DisclosureLevel.POLICY_ONLY for c in hits):
        params.update(ctx.unread_policy_params())  # as undisclosed-*: why is not known
    return [Hit(params, None, {"categories": names}, grade=grade)]
