"""Manifest tree → app identity, SDK levels, requested and implied permissions (DESIGN §2.1).

The reading must equal the platform's (checked against ``aapt`` on the shared corpus):

* requested = ``<uses-permission>``, ``<uses-permission-sdk-23>`` and
  ``<uses-permission-sdk-m>`` that are direct children of ``<manifest>``; elements nested
  elsewhere (e.g. inside ``<application>``) are ignored, as the platform ignores them;
* names are kept exactly as written (no package prefix for dotless names);
* ``android:`` attributes are looked up by resource id, with typed values (see ``binxml``);
* duplicates are merged, first occurrence wins, per element family;
* SDK levels are kept as declared; the effective target is target, else min, else 1, with
  a codename counting as 10000 (the platform's ``CUR_DEVELOPMENT``);
* a manifest read only in part (a corrupt chunk before ``</manifest>``) keeps what was
  read and says where reading stopped (``partial-manifest`` warning).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from analyzer.apk.archive import ApkFile
from analyzer.apk.axml import ANDROID_NS, parse_manifest
from analyzer.apk.components import Components, read_components
from analyzer.errors import BadManifest
from analyzer.model import AppInfo, ManifestStatus, Permission, ResultWarning
from analyzer.tables import ImpliedRule, Tables

CUR_DEVELOPMENT = 10000
_INT32 = re.compile(r"-?[0-9]{1,10}")  # ASCII only: Integer.parseInt's digits
_CODENAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
_HEX = re.compile(r"[0-9a-fA-F]{8}")
USES_PERMISSION = "uses-permission"
USES_PERMISSION_SDK23 = "uses-permission-sdk-23"
REQUEST_ELEMENTS = (USES_PERMISSION, USES_PERMISSION_SDK23, "uses-permission-sdk-m")

_A_NAME = f"{{{ANDROID_NS}}}name"
_A_MAX_SDK = f"{{{ANDROID_NS}}}maxSdkVersion"
_A_MIN_SDK = f"{{{ANDROID_NS}}}minSdkVersion"
_A_TARGET_SDK = f"{{{ANDROID_NS}}}targetSdkVersion"
_A_VERSION_CODE = f"{{{ANDROID_NS}}}versionCode"
_A_VERSION_NAME = f"{{{ANDROID_NS}}}versionName"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the manifest says: identity, SDK levels, permissions and components."""

    app: AppInfo
    declared: tuple[Permission, ...]
    implied: tuple[Permission, ...]
    components: Components = field(default_factory=Components)
    stopped_at: int | None = None

    @property
    def status(self) -> ManifestStatus | None:
        """For ``Result.manifest``: None when read to its end, else where reading stopped."""
        if self.stopped_at is None:
            return None
        return ManifestStatus(complete=False, stopped_at=self.stopped_at)

    @property
    def warnings(self) -> tuple[ResultWarning, ...]:
        """``invalid-manifest-value`` per refused SDK level; ``partial-manifest`` when the
        tree could not be read to its end."""
        if self.stopped_at is None:
            return invalid_values(self.app)
        return (
            *invalid_values(self.app),
            ResultWarning(
                "partial-manifest",
                f"AndroidManifest.xml could be read only up to byte {self.stopped_at} "
                f"(0x{self.stopped_at:x}): "
                "permissions declared after it are not known (the inventory may be "
                "incomplete; Android itself would refuse this manifest)",
            ),
        )

    @property
    def permissions(self) -> tuple[Permission, ...]:
        """Declared first (manifest order), then implied."""
        return self.declared + self.implied

    @property
    def application_label(self) -> str | None:
        """``android:label`` of ``<application>`` as written (may be an ``@0x…`` reference)."""
        return self.components.application_label


def read_manifest(apk: ApkFile, tables: Tables) -> Manifest:
    """Read and decode ``AndroidManifest.xml`` of an opened APK."""
    data = apk.read_manifest()
    limits = apk.limits
    tree = parse_manifest(data, limits.max_xml_depth, limits.max_xml_elements)
    return manifest_from_tree(tree.root, tables, tree.stopped_at)


def manifest_from_tree(
    root: etree._Element, tables: Tables, stopped_at: int | None = None
) -> Manifest:
    """Build the ``Manifest`` value from an already decoded tree."""
    if root.tag != "manifest":
        raise BadManifest(f"root element is <{root.tag}>, not <manifest>")
    min_sdk, target_sdk = _sdk_levels(root)
    app = AppInfo(
        package=root.get("package"),
        version_code=root.get(_A_VERSION_CODE),
        version_name=root.get(_A_VERSION_NAME),
        label=None,
        min_sdk=min_sdk,
        target_sdk=target_sdk,
        effective_target_sdk=effective_target(min_sdk, target_sdk),
    )
    declared = requested_permissions(root)
    implied = implied_permissions(declared, app.effective_target_sdk, tables.implied)
    components = read_components(root, app.package)
    return Manifest(
        app=app, declared=declared, implied=implied, components=components, stopped_at=stopped_at
    )


def _sdk_levels(root: etree._Element) -> tuple[str | None, str | None]:
    """min/target SDK as declared; with several ``<uses-sdk>`` the last value wins (as aapt)."""
    min_sdk: str | None = None
    target_sdk: str | None = None
    for el in root.iterchildren("uses-sdk"):
        min_sdk = _sdk_value(el.get(_A_MIN_SDK), min_sdk)
        target_sdk = _sdk_value(el.get(_A_TARGET_SDK), target_sdk)
    return min_sdk, target_sdk


def _sdk_value(value: str | None, previous: str | None) -> str | None:
    """A hex-typed level is an integer to the platform (``TypedValue.data``): show it in decimal."""
    if value is None:
        return previous
    if value.startswith("0x") and len(value) == 10 and _HEX.fullmatch(value[2:]):
        number = int(value, 16)
        return str(number - (1 << 32) if number & 0x80000000 else number)
    return value


def sdk_number(value: str | None) -> int | None:
    """An SDK level as the platform counts it: an int32 in ASCII digits → int, a codename
    (an ASCII letter first) → 10000; anything else the platform would reject → None.

    ``str.isdigit`` alone would accept "²" and a 5,000-digit string, which ``int()`` then
    refuses; Android's ``Integer.parseInt`` accepts neither.
    """
    if value is None:
        return None
    text = value.strip()
    if _INT32.fullmatch(text):
        number = int(text)
        return number if -(2**31) <= number < 2**31 else None
    if _CODENAME.fullmatch(text):
        return CUR_DEVELOPMENT
    return None


def invalid_values(app: AppInfo) -> tuple[ResultWarning, ...]:
    """A warning per SDK level the platform would refuse (it counts as not declared)."""
    bad = [
        (name, value)
        for name, value in (("minSdkVersion", app.min_sdk), ("targetSdkVersion", app.target_sdk))
        if value is not None and sdk_number(value) is None
    ]
    return tuple(
        ResultWarning(
            "invalid-manifest-value",
            f"android:{name}={value[:40]!r}{'…' if len(value) > 40 else ''} is not a number"
            " or codename Android accepts; it is ignored",
        )
        for name, value in bad
    )


def effective_target(min_sdk: str | None, target_sdk: str | None) -> int:
    """Target SDK, else min SDK, else 1 (DESIGN §2.1)."""
    for value in (target_sdk, min_sdk):
        number = sdk_number(value)
        if number is not None:
            return number
    return 1


def requested_permissions(root: etree._Element) -> tuple[Permission, ...]:
    """Direct ``<manifest>`` children that request a permission, duplicates merged."""
    seen: set[tuple[str, str]] = set()
    found: list[Permission] = []
    for el in root.iterchildren(*REQUEST_ELEMENTS):
        name = el.get(_A_NAME)
        if not name:
            continue
        family = USES_PERMISSION if el.tag == USES_PERMISSION else USES_PERMISSION_SDK23
        if (family, name) in seen:
            continue
        seen.add((family, name))
        found.append(
            Permission(
                name=name,
                element=str(el.tag),
                max_sdk_version=el.get(_A_MAX_SDK),
                min_sdk_version=el.get(_A_MIN_SDK),
            )
        )
    return tuple(found)


def implied_permissions(
    declared: tuple[Permission, ...], target: int, rules: tuple[ImpliedRule, ...]
) -> tuple[Permission, ...]:
    """Permissions the platform grants beyond the declared ones, each with ``implied_by``.

    Rules are applied until nothing changes, so chains (target < 4 → WRITE_EXTERNAL →
    READ_EXTERNAL) come out as the platform grants them.
    """
    have = {p.name for p in declared}
    implied: list[Permission] = []
    changed = True
    while changed:
        changed = False
        for rule in rules:
            if rule.permission in have or not _applies(rule, have, target):
                continue
            have.add(rule.permission)
            implied.append(
                Permission(
                    name=rule.permission,
                    element=USES_PERMISSION,
                    implied=True,
                    implied_by=rule.describe(),
                )
            )
            changed = True
    return tuple(implied)


def _applies(rule: ImpliedRule, have: set[str], target: int) -> bool:
    below = rule.sdk is None or target < rule.sdk
    if rule.when == "target_below":
        return below
    return below and rule.trigger in have
