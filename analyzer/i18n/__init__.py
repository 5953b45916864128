"""Languages for people: a ``Translator`` value handed to whatever writes text.

There is no current-language global: the CLI builds one ``Translator`` from ``--lang``
(or ``PERMAUDIT_LANG``) and passes it down to formatters, so two reports in two
languages can be rendered in one process. Catalogs are standard gettext ``.mo`` files
shipped as package data (``analyzer/i18n/locale``), compiled from the ``.po`` sources
with Babel (``make catalogs``); they load through ``importlib.resources``, so an
installed wheel and an editable install read them the same way.
"""

from __future__ import annotations

import functools
import gettext
import io
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

DOMAIN = "permaudit"
DEFAULT_LANG = "en"
LANGUAGES: tuple[str, ...] = ("en", "zh-CN")
_CATALOG_DIR = {"zh-CN": "zh_CN"}  # language tag → gettext locale folder
_ALIASES = {"en": "en", "en-us": "en", "en_us": "en", "zh-cn": "zh-CN", "zh_cn": "zh-CN"}


def N_(message: str) -> str:
    """Mark a string for extraction without translating it (translated where shown)."""
    return message


def parse_lang(text: str) -> str:
    """``zh_CN``, ``zh-cn`` … → ``zh-CN``; an unknown language is a ``ValueError``."""
    tag = _ALIASES.get(text.strip().lower())
    if tag is None:
        raise ValueError(f"unknown language {text!r}; choose one of {', '.join(LANGUAGES)}")
    return tag


@dataclass(frozen=True, slots=True)
class Translator:
    """Message lookup for one language; English is the source language (no catalog)."""

    lang: str
    catalog: gettext.NullTranslations

    @property
    def chinese(self) -> bool:
        return self.lang == "zh-CN"

    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message)

    def __call__(self, message: str) -> str:
        """A translator is also a plain ``gettext`` callable (``_("…")`` in formatters)."""
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalog.ngettext(singular, plural, n)

    def join(self, items: Iterable[str]) -> str:
        """A list in running text: ``a, b`` in English, ``a、b`` in Chinese."""
        return ("、" if self.chinese else ", ").join(items)


def catalog_bytes(lang: str) -> bytes:
    """The compiled catalog shipped for ``lang``."""
    folder = resources.files(__name__).joinpath("locale", _CATALOG_DIR[lang], "LC_MESSAGES")
    return folder.joinpath(f"{DOMAIN}.mo").read_bytes()


@functools.cache
def translator(lang: str = DEFAULT_LANG) -> Translator:
    """The translator for ``lang`` (cached: catalogs are immutable once loaded)."""
    tag = parse_lang(lang)
    if tag == DEFAULT_LANG:
        return Translator(tag, gettext.NullTranslations())
    return Translator(tag, gettext.GNUTranslations(io.BytesIO(catalog_bytes(tag))))


__all__ = ["DEFAULT_LANG", "LANGUAGES", "N_", "Translator", "parse_lang", "translator"]
