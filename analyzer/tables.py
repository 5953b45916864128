"""Data tables under ``analyzer/data/``: loaded once, checked for shape, passed as values.

Tables are data files (with their sources cited inside) rather than code, so a reviewer
can check them against the platform without reading Python. ``load_tables()`` is called
by the pipeline's caller and the result is handed down; the only state here is that
``load_tables()`` reads the shipped files once per process.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from analyzer.aosp import ProtectionLevels, load_protection_levels
from analyzer.errors import InternalError
from analyzer.lexicon import Lexicon, parse_lexicon
from analyzer.model import Category

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass(frozen=True, slots=True)
class ImpliedRule:
    """One platform rule that grants ``permission`` beyond what is declared."""

    permission: str
    when: str
    sdk: int | None = None
    trigger: str | None = None

    def describe(self) -> str:
        """The ``implied_by`` text: what caused the grant, in the words aapt uses."""
        if self.when == "target_below":
            return f"targetSdkVersion < {self.sdk}"
        suffix = f" and targetSdkVersion < {self.sdk}" if self.sdk else ""
        return f"{self.trigger}{suffix}"


@dataclass(frozen=True, slots=True)
class CategoryMembers:
    """The permissions that put an app in one category (data/categories.toml)."""

    strong: tuple[str, ...]
    weak: tuple[str, ...] = ()

    def strength_of(self, name: str) -> str | None:
        """``"strong"``, ``"weak"`` or None when ``name`` is not a member."""
        if name in self.strong:
            return "strong"
        if name in self.weak:
            return "weak"
        return None


@dataclass(frozen=True, slots=True)
class ApiMember:
    """A framework member (method or field) whose reference reaches ``category``."""

    category: str
    cls: str
    kind: str
    names: frozenset[str]
    nested: bool = False


@dataclass(frozen=True, slots=True)
class UriPattern:
    """A content URI prefix that names a provider of ``category``."""

    category: str
    prefix: str


@dataclass(frozen=True, slots=True)
class SdkEntry:
    """A third-party SDK (by package prefix) that reaches some categories."""

    name: str
    prefix: str
    categories: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class PackerEntry:
    """A packer / protector, known by its stub classes and native libraries."""

    name: str
    classes: tuple[str, ...]
    libs: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class CodeTables:
    """The code-evidence tables: apis.toml, sdks.toml, packers.toml."""

    members: tuple[ApiMember, ...] = ()
    uris: tuple[UriPattern, ...] = ()
    sdks: tuple[SdkEntry, ...] = ()
    packers: tuple[PackerEntry, ...] = ()
    actions: tuple[tuple[str, str], ...] = ()  # (receiver action, category)


@dataclass(frozen=True, slots=True)
class AppType:
    """One app type of the 2021 必要个人信息范围规定 (data/app_types.toml)."""

    id: str
    number: int
    name_zh: str
    name_en: str
    basic_function: str
    necessary_information: tuple[str, ...]
    device: frozenset[Category]

    def needs(self, category: Category) -> bool:
        """Whether the type's necessary information needs ``category`` from the device."""
        return category in self.device


@dataclass(frozen=True, slots=True)
class AppTypes:
    """The app-type table: types by id, in the regulation's order."""

    types: Mapping[str, AppType] = field(default_factory=dict)
    document: str = ""


@dataclass(frozen=True, slots=True)
class Tables:
    """Every data table the analysis needs, with the version of each; loaded once, up front."""

    implied: tuple[ImpliedRule, ...]
    versions: Mapping[str, str]
    protection: ProtectionLevels
    base_levels: tuple[str, ...]
    grant_flags: frozenset[str]
    categories: Mapping[Category, CategoryMembers] = field(default_factory=dict)
    lexicons: tuple[Lexicon, ...] = ()
    code: CodeTables = field(default_factory=CodeTables)
    app_types: AppTypes = field(default_factory=AppTypes)

    @property
    def data_version(self) -> str:
        """One string naming every table version, recorded in reports and the store key."""
        return ";".join(f"{k}={v}" for k, v in sorted(self.versions.items()))


def read_data_file(name: str) -> dict[str, Any]:
    """Parse one TOML file shipped in ``analyzer/data``."""
    try:
        text = resources.files("analyzer.data").joinpath(name).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InternalError(f"data table {name} is missing or malformed: {exc}") from exc


def _implied(doc: Mapping[str, Any]) -> tuple[ImpliedRule, ...]:
    rules = []
    for raw in doc["rule"]:
        if raw["when"] not in ("target_below", "requested"):
            raise InternalError(f"implied.toml: unknown condition {raw['when']!r}")
        rules.append(
            ImpliedRule(raw["permission"], raw["when"], raw.get("sdk"), raw.get("trigger"))
        )
    return tuple(rules)


def _categories(doc: Mapping[str, Any]) -> dict[Category, CategoryMembers]:
    try:
        return {
            c: CategoryMembers(tuple(doc[c.value]["strong"]), tuple(doc[c.value].get("weak", ())))
            for c in Category
        }
    except (KeyError, TypeError) as exc:
        raise InternalError(f"categories.toml: missing or malformed category {exc}") from exc


def _app_types(doc: Mapping[str, Any]) -> AppTypes:
    personal = {c.value: c for c in Category if c is not Category.SETTINGS}
    try:
        types = {}
        for raw in doc["type"]:
            unknown = set(raw["device"]) - set(personal)
            if unknown or raw["id"] in types:
                raise InternalError(f"app_types.toml: bad entry {raw['id']!r}")
            types[str(raw["id"])] = AppType(
                str(raw["id"]),
                int(raw["number"]),
                str(raw["name_zh"]),
                str(raw["name_en"]),
                str(raw["basic_function"]),
                tuple(str(x) for x in raw["necessary_information"]),
                frozenset(personal[c] for c in raw["device"]),
            )
        return AppTypes(types, str(doc["document"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise InternalError(f"app_types.toml is malformed: {exc!r}") from exc


LEXICON_FILES = ("lexicon_en.toml", "lexicon_zh.toml")


def _code_tables(
    apis: Mapping[str, Any], sdks: Mapping[str, Any], packers: Mapping[str, Any]
) -> CodeTables:
    try:
        members = tuple(
            ApiMember(
                m["category"], m["class"], m["kind"], frozenset(m["names"]), m.get("nested", False)
            )
            for m in apis["member"]
        )
        uris = tuple(UriPattern(u["category"], u["prefix"]) for u in apis["uri"])
        actions = tuple((a["name"], a["category"]) for a in apis["action"])
        sdk = tuple(
            SdkEntry(s["name"], s["prefix"], tuple(s["categories"]), s["source"])
            for s in sdks["sdk"]
        )
        packer = tuple(
            PackerEntry(p["name"], tuple(p["classes"]), tuple(p["libs"]), p["source"])
            for p in packers["packer"]
        )
    except (KeyError, TypeError) as exc:
        raise InternalError(f"code evidence tables are malformed: {exc!r}") from exc
    if any(m.kind not in ("method", "field") for m in members):
        raise InternalError("apis.toml: kind must be method or field")
    named = [m.category for m in members] + [u.category for u in uris] + [c for _, c in actions]
    named += [c for s in sdk for c in s.categories]
    unknown = set(named) - {c.value for c in Category}
    if unknown:
        raise InternalError(f"code evidence tables name unknown categories: {sorted(unknown)}")
    return CodeTables(members, uris, sdk, packer, actions)


@functools.cache
def load_tables() -> Tables:
    """Load and validate every table; raises ``InternalError`` if a shipped file is broken.

    Once per process: the shipped files do not change while it runs, and a worker forked
    after the command loaded them has them already."""
    implied_doc = read_data_file("implied.toml")
    categories_doc = read_data_file("categories.toml")
    lexicon_docs = [read_data_file(name) for name in LEXICON_FILES]
    apis, sdks, packers = (read_data_file(f"{n}.toml") for n in ("apis", "sdks", "packers"))
    versions = {
        "implied": str(implied_doc["version"]),
        "categories": str(categories_doc["version"]),
        "apis": str(apis["version"]),
        "sdks": str(sdks["version"]),
        "packers": str(packers["version"]),
    }
    for doc in lexicon_docs:
        versions[f"lexicon_{doc['lang']}"] = str(doc["version"])
    app_types_doc = read_data_file("app_types.toml")
    versions["app_types"] = str(app_types_doc["version"])
    protection_doc = read_data_file("protection.toml")
    protection = load_protection_levels()
    versions["protection"] = f"{protection_doc['version']}/{protection.source}"
    return Tables(
        implied=_implied(implied_doc),
        versions=versions,
        protection=protection,
        base_levels=tuple(protection_doc["base_levels"]),
        grant_flags=frozenset(protection_doc["grant_flags"]),
        categories=_categories(categories_doc),
        lexicons=tuple(parse_lexicon(doc) for doc in lexicon_docs),
        code=_code_tables(apis, sdks, packers),
        app_types=_app_types(app_types_doc),
    )
