"""Building the gettext catalogs with Babel (``make catalogs``; tests check them).

Only development needs this module (and Babel): at run time the compiled ``.mo`` files
are read by the standard library's ``gettext``. Extraction looks for ``gettext``,
``ngettext``, ``N_`` and ``_`` calls in the Python code and Jinja2 templates under
``analyzer/``; rule titles and docs, which live in the rule registry, are passed in by
the caller (``scripts/catalogs.py``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from analyzer.i18n import DOMAIN

PACKAGE = Path(__file__).resolve().parent.parent
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
KEYWORDS = {"gettext": None, "ngettext": (1, 2), "N_": None, "g": None, "_": None}
METHODS = [
    ("**.py", "python"),
    ("**/templates/**.j2", "jinja2.ext:babel_extract"),  # the HTML report's templates
]
LOCALES = ("zh_CN",)


def template(extra: Iterable[str] = ()) -> Catalog:
    """Every message permaudit shows people: extracted from code, plus ``extra``."""
    catalog = Catalog(project="permaudit", domain=DOMAIN, fuzzy=False)
    for filename, lineno, message, comments, _context in extract_from_dir(
        str(PACKAGE), method_map=METHODS, keywords=KEYWORDS
    ):
        location = (f"analyzer/{filename}", lineno)
        catalog.add(message, None, [location], auto_comments=comments)
    for path, message in _in_f_strings():
        catalog.add(message, None, [(path, 0)])
    for message in extra:
        if message:
            catalog.add(message, None, [("analyzer/rules/__init__.py", 0)])
    return catalog


_CALL_IN_F_STRING = re.compile(r"""\{_\((['"])((?:(?!\1).)+)\1\)""")


def _in_f_strings() -> Iterator[tuple[str, str]]:
    """``{_('…')}`` inside f-strings, which Babel's Python extractor does not see."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for match in _CALL_IN_F_STRING.finditer(path.read_text(encoding="utf-8")):
            yield f"analyzer/{path.relative_to(PACKAGE)}", match.group(2)


def po_path(locale: str) -> Path:
    return LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(locale: str) -> Catalog:
    with po_path(locale).open("rb") as fh:
        return read_po(fh, locale=locale, domain=DOMAIN)


def missing(pot: Catalog, po: Catalog) -> list[str]:
    """Messages of ``pot`` with no (or a fuzzy) translation in ``po``."""
    out = []
    for message in pot:
        if not message.id:
            continue
        found = po.get(message.id)
        if found is None or not found.string or found.fuzzy:
            out.append(str(message.id))
    return out


def compiled(po: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, po, use_fuzzy=False)
    return buf.getvalue()


def update(extra: Iterable[str]) -> list[str]:
    """Rewrite the template and each ``.po`` (merged) and ``.mo``; return what is missing."""
    pot = template(extra)
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("wb") as fh:
        write_po(fh, pot, omit_header=True, sort_output=True, include_lineno=False)
    gaps = []
    for locale in LOCALES:
        po = read_catalog(locale)
        po.update(pot, no_fuzzy_matching=True)
        with po_path(locale).open("wb") as fh:
            write_po(fh, po, sort_output=True, include_lineno=False, ignore_obsolete=True)
        po_path(locale).with_suffix(".mo").write_bytes(compiled(read_catalog(locale)))
        gaps += [f"{locale}: {m}" for m in missing(pot, read_catalog(locale))]
    return gaps
