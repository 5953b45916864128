"""Finding messages, rendered from a finding's ``params`` in the reader's language.

A message is one or two sentences about this app with its evidence; background, legal
basis and fix are said once per rule (``permaudit explain``, docs/rules.md). Lists are
shortened to a few items with a count of the rest, so a message stays within 240
characters (160 in Chinese); the full lists live in the finding's ``evidence``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from analyzer.i18n import N_, Translator
from analyzer.i18n.labels import label
from analyzer.model import Finding

SHOWN = 3  # items of a list a message names before "+N more"

ACTION: Mapping[str, str] = {
    "calls": N_("Takes phone and call access"),
    "location": N_("Takes the device's location"),
    "messages": N_("Takes SMS/MMS access"),
    "contacts": N_("Reads the address book"),
    "settings": N_("Modifies system settings"),
}


def _few(tr: Translator, items: Sequence[str], shown: int = SHOWN) -> str:
    """The first ``shown`` items, then ``+N more``."""
    rest = len(items) - shown
    more = tr.gettext(" +{n} more").format(n=rest) if rest > 0 else ""
    if shown == 0:
        return more.strip()
    return tr.join(items[:shown]) + more


def _perm(tr: Translator, perm: Mapping[str, Any]) -> str:
    """A permission's short name; ``(implied)`` when only the platform grants it."""
    if perm.get("implied_by"):
        return tr.gettext("{name} (implied)").format(name=perm["name"])
    return str(perm["name"])


def _categories(tr: Translator, params: Mapping[str, Any]) -> str:
    return tr.join(label(tr, "category", c) for c in params.get("categories", ()))


def _undisclosed(tr: Translator, f: Finding) -> str:
    """Shown lists shrink until the message fits its language's limit (evidence is whole)."""
    p = f.params
    perms = [_perm(tr, m) for m in p.get("permissions", ())]
    sdks = [tr.gettext("{sdk} SDK").format(sdk=s) for s in p.get("sdks", ())]
    code = sdks + list(p.get("code", ()))  # an SDK's name says most about who takes the data
    if p.get("disclosure") == "none":
        why = tr.gettext("the app has no privacy policy and never states why")
    elif p.get("unread_policy_hosts"):
        hosts = tr.join(p["unread_policy_hosts"])
        why = tr.gettext(
            "its privacy policy (on {hosts}) was not read; pass it with --policy"
            " or --fetch-policies"
        )
        why = why.format(hosts=hosts)
    elif p.get("policy_language") == "other":
        why = tr.gettext(
            "its privacy policy is in a language permaudit does not read (only English and"
            " Chinese): check it by hand"
        )
    else:
        why = tr.gettext("the privacy policy never states why")
    action = tr.gettext(ACTION.get(f.category.value if f.category else "", "{category}"))
    text = ""
    for shown_perms, shown_code in ((2, 2), (2, 1), (1, 1), (1, 0)):
        evidence = _few(tr, perms, shown_perms)
        if code:
            evidence += tr.gettext("; code: {code}").format(code=_few(tr, code, shown_code))
        text = tr.gettext("{action} ({evidence}); {why}.").format(
            action=action, evidence=evidence, why=why
        )
        if len(text) <= max_length(tr):
            break
    return text


def max_length(tr: Translator) -> int:
    """The longest message allowed: 240 characters in English, 160 in Chinese."""
    return 160 if tr.chinese else 240


def _combination(tr: Translator, f: Finding) -> str:
    p = f.params
    n, categories = len(p.get("categories", ())), _categories(tr, p)
    if p.get("unread_policy_hosts"):
        return tr.gettext(
            "Takes {n} of the 4 kinds of access of the 2017 Jiangsu case ({categories}); its "
            "privacy policy (on {hosts}) was not read, so whether it states why is not known."
        ).format(n=n, categories=categories, hosts=_few(tr, p["unread_policy_hosts"], 2))
    if p.get("policy_language") == "other":
        return tr.gettext(
            "Takes {n} of the 4 kinds of access of the 2017 Jiangsu case ({categories}); its "
            "privacy policy is in a language permaudit does not read: check it by hand."
        ).format(n=n, categories=categories)
    return tr.gettext(
        "Takes {n} of the 4 kinds of access of the 2017 Jiangsu case without stating why: "
        "{categories}."
    ).format(n=n, categories=categories)


def _install_time(tr: Translator, f: Finding) -> str:
    return tr.gettext(
        "Targets SDK {target}, so {categories} access is granted at install, before the "
        "user is asked or told why."
    ).format(target=f.params.get("target"), categories=_categories(tr, f.params))


def _no_policy(tr: Translator, f: Finding) -> str:
    return tr.gettext(
        "Requests {categories} access, but no privacy policy was found in the APK or given."
    ).format(categories=_categories(tr, f.params))


def _unused(tr: Translator, f: Finding) -> str:
    cat = label(tr, "category", f.category.value) if f.category else ""
    return tr.gettext(
        "Requests {category} access ({permissions}), but no code was found that uses it."
    ).format(category=cat, permissions=_few(tr, list(f.params.get("permissions", ()))))


def _type(tr: Translator, params: Mapping[str, Any]) -> str:
    """The app type as the regulation names it (Chinese) or in English."""
    return str(params.get("type_zh" if tr.chinese else "type_en") or params.get("app_type", ""))


def _beyond(tr: Translator, f: Finding) -> str:
    cat = label(tr, "category", f.category.value) if f.category else ""
    perms = [_perm(tr, m) for m in f.params.get("permissions", ())]
    if f.params.get("needs_nothing"):
        text = tr.gettext(
            "Requests {category} access ({permissions}); a {type} app needs no personal "
            "information for its basic function (2021 rules)."
        )
    else:
        text = tr.gettext(
            "Requests {category} access ({permissions}), beyond the necessary personal "
            "information of a {type} app (2021 rules)."
        )
    return text.format(category=cat, permissions=_few(tr, perms, 2), type=_type(tr, f.params))


def _forced(tr: Translator, f: Finding) -> str:
    return tr.gettext(
        "Targets SDK {target}, so {categories} access beyond what a {type} app needs is "
        "granted at install and cannot be declined."
    ).format(
        target=f.params.get("target"),
        categories=_categories(tr, f.params),
        type=_type(tr, f.params),
    )


RENDERERS: Mapping[str, Callable[[Translator, Finding], str]] = {
    "forced-at-install": _forced,
    "jiangsu-combination": _combination,
    "install-time-grant": _install_time,
    "no-privacy-policy": _no_policy,
    "unused-sensitive-permission": _unused,
}


def render_message(finding: Finding, tr: Translator) -> str:
    """The finding's message in ``tr``'s language."""
    if "text" in finding.params and len(finding.params) == 1:
        return str(finding.params["text"])  # a finding stored before params existed
    if finding.rule.startswith("undisclosed-"):
        text = _undisclosed(tr, finding)
    elif finding.rule.startswith("beyond-necessary-"):
        text = _beyond(tr, finding)
    else:
        renderer = RENDERERS.get(finding.rule)
        text = finding.rule if renderer is None else renderer(tr, finding)  # None: a newer rule
    if finding.params.get("inventory_incomplete"):
        text += " " + tr.gettext(
            "The manifest was read only in part: the inventory may be incomplete."
        )
    return text


def message_fn(tr: Translator) -> Callable[[Finding], str]:
    """``render_message`` bound to one translator (for ``Result.to_dict``)."""
    return lambda finding: render_message(finding, tr)
