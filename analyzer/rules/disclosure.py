"""``undisclosed-<category>``: a sensitive category requested without a stated purpose."""

from __future__ import annotations

from collections.abc import Iterable

from analyzer.i18n import N_
from analyzer.model import Category, CategoryUse, DisclosureLevel, Severity, Usage
from analyzer.rules.context import RuleContext, member_params
from analyzer.rules.registry import CheckFn, Hit, Rule, RuleStatus

WHAT = {
    Category.CALLS: N_("phone calls and phone state (call log, phone number, device identifiers)"),
    Category.LOCATION: N_("the device's location"),
    Category.MESSAGES: N_("SMS/MMS messages"),
    Category.CONTACTS: N_("the address book (contacts and accounts)"),
    Category.SETTINGS: N_("system settings"),
}

DOC = N_("""\
What it fires on
: The app requests access to {what}, declared or implied by the platform, and no
  privacy-policy sentence names this access together with a purpose (disclosure `none`
  or `policy_only`). Permissions ordinary apps cannot be granted do not count.
  {severity}

Why it matters
: Taking {what} without telling users why is what the Jiangsu Consumer Council cited
  against Baidu's apps in 2017 ("监听电话、定位、读取短彩信、读取联系人、修改系统设置",
  purpose not stated). A permission requested without a stated purpose is a violation
  under the legal basis below.

How to clear it
: State in the privacy policy (bundled, `--policy`, `--policy-dir`) what the app uses
  {what} for, in a sentence with a purpose ("用于…", "to …"); or declare it with
  `--declarations`; or remove the permission.

Reference
: Jiangsu Consumer Council v. Beijing Baidu Netcom (filed 11 Dec 2017, withdrawn
  15 Mar 2018 after rectification).
""")

TITLE = {
    Category.CALLS: N_("Calls access without disclosure"),
    Category.LOCATION: N_("Location access without disclosure"),
    Category.MESSAGES: N_("Messages access without disclosure"),
    Category.CONTACTS: N_("Contacts access without disclosure"),
    Category.SETTINGS: N_("Settings access without disclosure"),
}

SEVERITY_NOTE = N_(
    "Severity: high when a strong member is requested; medium when only weak members are."
)
SETTINGS_NOTE = N_("Severity: always medium.")


def code_params(use: CategoryUse) -> dict[str, list[str]]:
    """What the code does with the category: short API/URI names and SDKs (for messages)."""
    if use.used is not Usage.YES:
        return {"code": [], "sdks": []}
    apis = [
        e.value if e.type == "uri" else ".".join(e.value.split(".")[-2:])
        for e in use.code_evidence
        if e.type not in ("sdk", "receiver")
    ]
    sdks = sorted({e.sdk for e in use.code_evidence if e.sdk})
    return {"code": list(dict.fromkeys(a for a in apis if a)), "sdks": sdks}


def _make(category: Category) -> CheckFn:
    def check(ctx: RuleContext) -> Iterable[Hit]:
        if not ctx.undisclosed(category):
            return []
        use = ctx.categories[category]
        perms = ctx.grantable_members(category)
        params: dict[str, object] = {
            "permissions": member_params(perms),
            "disclosure": use.disclosure.value,
            **code_params(use),
        }
        if use.disclosure is DisclosureLevel.POLICY_ONLY:
            params.update(ctx.unread_policy_params())
        evidence = {
            "permissions": [p.name for p in perms],
            "implied": [p.name for p in perms if p.implied],
            "disclosure": use.disclosure.value,
            "not_grantable": ctx.not_grantable(category),
            "used": use.used.value,
            "code_evidence": [e.value for e in use.code_evidence],
        }
        return [Hit(params, category, evidence, grade=use.strength)]

    return check


def _rule(category: Category) -> Rule:
    settings = category is Category.SETTINGS
    return Rule(
        id=f"undisclosed-{category.value}",
        title=TITLE[category],
        default_severity=Severity.MEDIUM if settings else Severity.HIGH,
        status=RuleStatus.STABLE,
        check=_make(category),
        doc=DOC,
        doc_args={"what": WHAT[category], "severity": SETTINGS_NOTE if settings else SEVERITY_NOTE},
        graded=(
            {"strong": Severity.MEDIUM, "weak": Severity.MEDIUM}
            if settings
            else {"strong": Severity.HIGH, "weak": Severity.MEDIUM}
        ),
    )


RULES: tuple[Rule, ...] = tuple(_rule(category) for category in Category)
