"""The words of a document's structure (``data/document_words.toml``), compiled once.

The readers (``blocks.py``, ``lines.py``) cut a policy into blocks before a sentence's
language is known, so they get no lexicon; their few words, English and Chinese together,
are data all the same, read once when this module is first imported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from analyzer.errors import InternalError
from analyzer.tables import read_data_file

_NOTHING = r"(?!x)x"  # an empty list: never matches


@dataclass(frozen=True, slots=True)
class DocumentWords:
    """The word lists of ``data/document_words.toml`` as patterns (any case)."""

    header_cell: re.Pattern[str]  # a header cell of a table flattened into paragraphs
    purpose_column: re.Pattern[str]  # …and the one that names the purpose column
    purpose_field: re.Pattern[str]  # "使用目的", "Why": a record's field of purpose
    following: re.Pattern[str]  # "the following", "如下": announces what follows
    list_lead: re.Pattern[str]  # "…, i.e." straight before a list: introduces it
    spaced_header: re.Pattern[str]  # "Permission Purpose": a spaced table's header line
    negative_cells: frozenset[str]  # "No", "N/A", "否": a row's cell that answers no
    positive_cells: frozenset[str]  # "Yes", "✓", "是": …and one that answers yes
    english_words: frozenset[str]  # "the", "and", "you": how English prose is told apart
    unused_permission_note: re.Pattern[str]  # "非使用权限": the lists below are not in use
    permission_code_list: re.Pattern[str]  # "包含的权限代码如下：…；": one such list
    permission_code_column: re.Pattern[str]  # "sdk名称 | 包含权限代码 | …": such a column
    permission_name_run: re.Pattern[str]  # "查看WLAN连接、获取粗略位置、…": such names in a row
    document_title: re.Pattern[str]  # "Privacy Policy": a heading that names the document
    description_start: re.Pattern[str]  # "用于…": a short line that describes, no heading
    planned_section: re.Pattern[str]  # "Future Improvements": a section of what may come
    use_label: re.Pattern[str]  # "How It's Used:": a bare label that only opens a list of uses


def _words(table: Mapping[str, Any], key: str) -> list[str]:
    words = table[key]
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise TypeError(f"{key} is not a list of strings")
    return words


def _anywhere(words: list[str]) -> str:
    """Any of ``words`` as written, anywhere (inside a longer word too)."""
    return "|".join(re.escape(w) for w in words) or _NOTHING


def _whole(words: list[str]) -> str:
    """Any of ``words``: an English one as a whole word ("the following"), a Chinese one
    anywhere ("具体如下")."""
    return "|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in words) or (
        _NOTHING
    )


def _spaced_header(pairs: list[Mapping[str, Any]]) -> str:
    """A whole line: the data column's name, white space, the purpose column's name."""
    lines = [
        rf"^\s*(?:{_anywhere(_words(p, 'data'))})\s+(?:{_anywhere(_words(p, 'purpose'))})\s*$"
        for p in pairs
    ]
    return "|".join(lines) or _NOTHING


def _purpose_field(words: list[str]) -> re.Pattern[str]:
    """A field's name that ends in a Chinese purpose word ("SDK使用目的"), or that is an
    English one whole ("Why", not "App usage")."""
    wide = _anywhere([w for w in words if not w.isascii()])
    ascii_words = _anywhere([w for w in words if w.isascii()])
    return re.compile(rf"^(?!基于)(?:.*(?:{wide})|(?:{ascii_words})s?)$", re.I)


def _name_run(verbs: list[str], nouns: list[str]) -> re.Pattern[str]:
    """Three or more permission names parted by "、", each a verb and a short object or a
    group's noun alone."""
    ending = r"(?=[、，,。；;：:|\s]|$)"
    name = rf"(?:(?:{_anywhere(verbs)})[^、，,。；;：:|\s]{{1,12}}|(?:{_anywhere(nouns)}){ending})"
    return re.compile(rf"(?:{name}、){{2,}}{name}")


def parse_document_words(doc: Mapping[str, Any]) -> DocumentWords:
    """The file's table, checked for shape; raises ``InternalError`` if broken."""
    try:
        return DocumentWords(
            re.compile(_anywhere(_words(doc, "header_cells")), re.I),
            re.compile(_anywhere(_words(doc, "purpose_columns")), re.I),
            _purpose_field(_words(doc, "purpose_fields")),
            re.compile(_whole(_words(doc, "following")), re.I),
            re.compile(rf"(?<!\w)(?:{_anywhere(_words(doc, 'list_leads'))})\s*$", re.I),
            re.compile(_spaced_header(list(doc["spaced_headers"])), re.I),
            frozenset(w.lower() for w in _words(doc, "negative_cells")),
            frozenset(w.lower() for w in _words(doc, "positive_cells")),
            frozenset(w.lower() for w in _words(doc, "english_words")),
            re.compile(_anywhere(_words(doc, "unused_permission_notes"))),
            re.compile(
                rf"(?:{_anywhere(_words(doc, 'permission_code_lists'))})\s*[：:]"
                r"(?:(?:(?!\s\s)[^；;。！？\n、]){1,24}(?:、|$|(?=[；;。！？\n]|\s\s)))+"
            ),
            re.compile(_anywhere(_words(doc, "permission_code_lists"))),
            _name_run(_words(doc, "permission_name_verbs"), _words(doc, "permission_name_nouns")),
            re.compile(_anywhere(_words(doc, "document_titles")), re.I),
            re.compile(rf"^\s*(?:{_anywhere(_words(doc, 'description_starts'))})"),
            re.compile(_whole(_words(doc, "planned_sections")), re.I),
            re.compile(
                rf"^[\s*_]*(?:{_anywhere(_words(doc, 'use_labels'))})[\s*_]*[:：]?[\s*_]*$", re.I
            ),
        )
    except (KeyError, TypeError) as exc:
        raise InternalError(f"document_words.toml: missing or malformed field {exc}") from exc


WORDS = parse_document_words(read_data_file("document_words.toml"))
