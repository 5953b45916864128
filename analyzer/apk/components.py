"""The app's components as the manifest declares them: what code evidence needs to know.

Code evidence looks at receivers' intent filters (an ``SMS_RECEIVED`` receiver is woken
with the message), at component classes (SDKs announce themselves there), at the
``<application android:name>`` class (where packers put their stub) and at
``android:hasCode``. Reading them here keeps the lxml tree inside the ``apk`` layer.
Class names are resolved against the package as the platform does (``.Foo`` and ``Foo``).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from analyzer.apk.axml import ANDROID_NS

COMPONENT_TAGS = ("activity", "activity-alias", "service", "receiver", "provider")
_A_NAME = f"{{{ANDROID_NS}}}name"
_A_LABEL = f"{{{ANDROID_NS}}}label"
_A_HAS_CODE = f"{{{ANDROID_NS}}}hasCode"


@dataclass(frozen=True, slots=True)
class Component:
    """One declared component: its element, fully qualified class and intent actions."""

    tag: str
    name: str
    actions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Components:
    """Everything under ``<application>`` that later stages read."""

    items: tuple[Component, ...] = ()
    application_class: str | None = None
    application_label: str | None = None
    has_code: bool = True

    def receivers(self) -> tuple[Component, ...]:
        return tuple(c for c in self.items if c.tag == "receiver")


def qualified(name: str, package: str | None) -> str:
    """Resolve ``.Foo`` / ``Foo`` against the package, as the platform does."""
    if name.startswith(".") and package:
        return package + name
    if "." not in name and package:
        return f"{package}.{name}"
    return name


def read_components(root: etree._Element, package: str | None) -> Components:
    """The first ``<application>``'s components (the platform reads only one)."""
    app = next(root.iterchildren("application"), None)
    if app is None:
        return Components()
    items = []
    for el in app.iterchildren(*COMPONENT_TAGS):
        name = el.get(_A_NAME)
        if not name:
            continue
        actions = tuple(
            str(action.get(_A_NAME) or "") for action in el.iterfind("intent-filter/action")
        )
        items.append(Component(str(el.tag), qualified(str(name), package), actions))
    app_class = app.get(_A_NAME)
    return Components(
        items=tuple(items),
        application_class=qualified(str(app_class), package) if app_class else None,
        application_label=app.get(_A_LABEL),
        has_code=str(app.get(_A_HAS_CODE)).lower() not in ("false", "0"),
    )
