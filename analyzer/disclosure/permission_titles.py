"""A list item that is a permission's name titles the items under it.

"- **READ_PHONE_STATE**" / "  App reads the device id …": the description is read under the
name. A name may carry a note, however long ("* `RECEIVE_BOOT_COMPLETED`, … (automatically
granted at install time)"). A name described in its own item ("- `READ_PHONE_STATE` — to
read phone state") is an item like its siblings and titles nothing.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z]{2,}(?:_[A-Z]+)+"
_PERMISSION_NAME = re.compile(rf"\b{_NAME}\b")
_PACKAGE = r"(?:[a-z]\w*\.)*"  # "android.permission.RECEIVE_BOOT_COMPLETED"
_NAMES_NOTED = re.compile(rf"{_PACKAGE}{_NAME}(?:,\s*{_PACKAGE}{_NAME})*(?:\s*\([^()]*\))?")
_NAME_DESCRIBED = re.compile(rf"{_NAME}[`*]*\s*(?:\([^()]*\)\s*)?(?:[—–:：]|\s-\s)\s*\w")
_NOTED_CHARS = 120  # a name with its note is no longer than this


def longest_title(text: str, heading_chars: int) -> int:
    """How long a list item may be and still title what follows."""
    return _NOTED_CHARS if _NAMES_NOTED.fullmatch(text) else heading_chars


def is_permission_title(text: str) -> bool:
    """Is the item a permission's name (not one described in the item itself)?"""
    return bool(_PERMISSION_NAME.search(text)) and not _NAME_DESCRIBED.search(text)
