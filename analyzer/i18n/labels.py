"""Names people read for enum values (categories, severities, levels…), marked for gettext.

The values themselves (``"calls"``, ``"high"``, ``"policy_only"``) stay the same in every
language in JSON, CSV columns and rule IDs; only what is shown to people is translated.
"""

from __future__ import annotations

from collections.abc import Mapping

from analyzer import errors
from analyzer.i18n import N_, Translator

LABELS: Mapping[str, Mapping[str, str]] = {
    "category": {
        "calls": N_("phone and calls"),
        "location": N_("location"),
        "messages": N_("SMS/MMS"),
        "contacts": N_("contacts"),
        "settings": N_("system settings"),
    },
    "severity": {
        "critical": N_("critical"),
        "high": N_("high"),
        "medium": N_("medium"),
        "low": N_("low"),
        "info": N_("info"),
    },
    "disclosure": {
        "none": N_("no policy"),
        "policy_only": N_("policy, purpose not stated"),
        "disclosed": N_("disclosed"),
    },
    "used": {
        "yes": N_("used"),
        "no-evidence": N_("no evidence"),
        "unknown": N_("unknown"),
        "not-checked": N_("not checked"),
    },
    "yesno": {"yes": N_("yes"), "no": N_("no")},
    "app": {
        "package": N_("package"),
        "version_code": N_("version code"),
        "version_name": N_("version name"),
        "label": N_("label"),
        "min_sdk": N_("min SDK"),
        "target_sdk": N_("target SDK"),
        "effective_target_sdk": N_("effective target SDK"),
    },
    # What each error kind means; in English the error's own detailed message is shown.
    "error": {
        errors.NotFound.kind: N_("The file was not found."),
        errors.NotAZip.kind: N_("The file is not a ZIP archive."),
        errors.TruncatedApk.kind: N_("The APK is truncated."),
        errors.NoManifest.kind: N_("The APK has no AndroidManifest.xml."),
        errors.BadManifest.kind: N_("The manifest could not be read."),
        errors.TooLarge.kind: N_("The APK exceeds a safety limit."),
        errors.ZipBomb.kind: N_("The APK looks like a ZIP bomb."),
        errors.UnsupportedBundle.kind: N_("App bundles are not supported; give the APKs."),
        errors.TimedOut.kind: N_("The analysis took too long."),
        errors.OutOfMemory.kind: N_("The analysis ran out of memory."),
        errors.WorkerLost.kind: N_("The worker analysing this APK was lost."),
        errors.NotARegularFile.kind: N_("Not a regular file (a FIFO, device or socket)."),
        errors.UnsupportedCompression.kind: N_(
            "The manifest is compressed with a method Android does not read."
        ),
        errors.InternalError.kind: N_("Internal error of permaudit."),
    },
    # What each warning kind means; in English the warning's own detailed message is shown.
    "warning": {
        "bad-resources": N_("The resource table could not be read."),
        "bad-dex": N_("A dex file could not be read."),
        "no-dex": N_(
            "The manifest declares app components but the APK has no classes.dex; the code "
            "may be loaded at run time, so code use is unknown."
        ),
        "deep-skipped": N_("Deep analysis skipped: the dex is too large."),
        "deep-analysis": N_("Deep analysis failed."),
        "unreadable-policy": N_("A policy file could not be read."),
        "policy-budget": N_("Too much bundled policy text: later policy files were skipped."),
        "zip-anomaly": N_("The ZIP structure is irregular."),
        "partial-manifest": N_(
            "The manifest could be read only in part; the permission list may be incomplete."
        ),
        "dex-too-large": N_(
            "A dex file over the size limit was skipped; code evidence is incomplete."
        ),
        errors.UnsupportedCompression.kind: N_(
            "Some entries use a compression method that cannot be read."
        ),
    },
}


def warning_text(tr: Translator, kind: str, message: str, group: str = "warning") -> str:
    """A warning (or error) for people: its own English message, or in Chinese what its
    kind means. The detailed English message stays in the JSON report.
    """
    if tr.chinese and kind in LABELS[group]:
        return label(tr, group, kind)
    return message


def error_text(tr: Translator, kind: str, message: str) -> str:
    """Why an APK could not be analysed, for people (see ``warning_text``)."""
    return warning_text(tr, kind, message, "error")


def label(tr: Translator, kind: str, value: str) -> str:
    """The translated name of ``value``; an unknown value is shown as it is."""
    text = LABELS[kind].get(value)
    return tr.gettext(text) if text else value


# Words that formatters translate inside f-strings or through variables (column lists),
# where extraction cannot see a literal argument: listed once here so they reach the
# catalog. The zh-CN test over the samples fails when one is missing.
UI_WORDS: tuple[str, ...] = (
    N_("count"),
    N_("duplicates"),
    N_("Permissions"),
    N_("Sensitive categories"),
    N_("Findings"),
    N_("warning"),
    N_("Rules"),
    N_("Legal basis:"),
    N_("Categories requested vs disclosed"),
    N_("Apps"),
    N_("Filter"),
    N_("package, label, category…"),
    N_("shown"),
    N_("Could not be analysed:"),
    N_("package"),
    N_("label"),
    N_("version"),
    N_("category"),
    N_("requested"),
    N_("disclosed"),
    N_("members"),
    N_("disclosure"),
    N_("evidence"),
    N_("code"),
    N_("path"),
    N_("status"),
    N_("permissions"),
    N_("categories"),
    N_("findings"),
    N_("max severity"),
    N_("rule"),
    N_("severity"),
    N_("message"),
    N_("[waived: {reason}]"),
)
