"""``undisclosed-<category>``: a sensitive category requested without a stated purpose."""

from __future__ import annotations

from collections.abc import Iterable

from analyzer.model import Category, CategoryUse, DisclosureLevel, Severity, Usage
from analyzer.rules.context import RuleContext, describe_members
from analyzer.rules.registry import CheckFn, Hit, Rule, RuleStatus

WHAT = {
    Category.CALLS: "phone calls and phone state (call log, phone number, device identifiers)",
    Category.LOCATION: "the device's location",
    Category.MESSAGES: "SMS/MMS messages",
    Category.CONTACTS: "the address book (contacts and accounts)",
    Category.SETTINGS: "system settings",
}

DOC = """\
What it fires on
: The app requests a {cat} permission ({what}) — declared, or implied by the platform —
  and no privacy-policy sentence names this access together with a purpose (disclosure
  `none` or `policy_only`). Permissions ordinary apps cannot be granted do not count.
  Severity: high when a strong member is requested{weak}.

Why it matters
: Taking {what} without telling users why is what the Jiangsu Consumer Council cited
  against Baidu's apps in 2017 ("监听电话、定位、读取短彩信、读取联系人、修改系统设置",
  purpose not stated). GB/T 35273 and the 2019 MIIT rules treat a permission requested
  without a stated purpose as a violation.

How to clear it
: State in the privacy policy (bundled, `--policy`, `--policy-dir`) what the app uses
  {what} for, in a sentence with a purpose ("用于…", "to …"); or declare it with
  `--declarations`; or remove the permission.

Reference
: Jiangsu Consumer Council v. Beijing Baidu Netcom (filed 11 Dec 2017, withdrawn
  15 Mar 2018 after rectification); GB/T 35273-2020 §5.3, §5.5; MIIT 《App违法违规收集使用
  个人信息行为认定方法》 (2019).
"""


def describe_code(use: CategoryUse) -> str:
    """One sentence on what the code does with the category (empty when not known)."""
    if use.used is not Usage.YES:
        return ""
    sdks = sorted({e.sdk for e in use.code_evidence if e.sdk})
    apis = [
        e.value if e.type == "uri" else ".".join(e.value.split(".")[-2:])
        for e in use.code_evidence
        if e.type != "sdk"
    ]
    shown = ", ".join(dict.fromkeys(a for a in apis if a))
    parts = [f"The code reaches it ({_clip(shown)})"]
    if sdks:
        parts.append(f"including the {', '.join(sdks)} SDK{'s' if len(sdks) > 1 else ''}")
    return " ".join(parts) + ". "


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _make(category: Category) -> CheckFn:
    def check(ctx: RuleContext) -> Iterable[Hit]:
        if not ctx.undisclosed(category):
            return []
        use = ctx.categories[category]
        perms = ctx.grantable_members(category)
        why = (
            "the app has no privacy policy at all"
            if use.disclosure is DisclosureLevel.NONE
            else "its privacy policy never names this access with a purpose"
        )
        message = (
            f"Requests access to {WHAT[category]} ({describe_members(perms)}) but {why}. "
            f"{describe_code(use)}"
            f"Users are not told why the app takes this data, which is what the 2017 Jiangsu "
            f"case was about. State the purpose of this access in the privacy policy, or "
            f"remove the permission."
        )
        evidence = {
            "permissions": [p.name for p in perms],
            "implied": [p.name for p in perms if p.implied],
            "disclosure": use.disclosure.value,
            "not_grantable": ctx.not_grantable(category),
            "used": use.used.value,
            "code_evidence": [e.value for e in use.code_evidence],
        }
        return [Hit(message, category, evidence, grade=use.strength)]

    return check


def _rule(category: Category) -> Rule:
    settings = category is Category.SETTINGS
    return Rule(
        id=f"undisclosed-{category.value}",
        title=f"{category.value.capitalize()} access without disclosure",
        default_severity=Severity.MEDIUM if settings else Severity.HIGH,
        status=RuleStatus.STABLE,
        check=_make(category),
        doc=DOC.format(
            cat=category.value,
            what=WHAT[category],
            weak=" (always medium for settings)"
            if settings
            else "; medium when only weak members are",
        ),
        graded=(
            {"strong": Severity.MEDIUM, "weak": Severity.MEDIUM}
            if settings
            else {"strong": Severity.HIGH, "weak": Severity.MEDIUM}
        ),
    )


RULES: tuple[Rule, ...] = tuple(_rule(category) for category in Category)
