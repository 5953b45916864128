"""A permission named only as "this permission" takes its data from the aim it serves.

"请授予此权限以分享你的位置", "如果你想要分享位置，我们需要取得权限", "This permission is needed
to share your location": the permission is asked for, unnamed, and the aim says what it is
for. The data the aim names (not negated, not already reached by an access) is what the
permission gives. Without such an aim an unnamed permission discloses nothing.
"""

from __future__ import annotations

import re

from analyzer.disclosure.reading_record import Reading
from analyzer.model import Category

# A permission named by a demonstrative or straight after the verb that asks for it, not
# by its group ("位置权限", "the location permission")
_UNNAMED = re.compile(
    r"(?:该|此|这个|这些|取得|获取|授予|申请|开启|需要|允许)权限|\b(?:this|that|the)\s+permissions?\b",
    re.I,
)

_ANY = re.compile(r"权限|\bpermissions?\b", re.I)
_VAGUE = re.compile(r"特定(?:的)?(?:功能|服务)|\bspecific (?:features?|functions?)\b", re.I)


def aimed_data(text: str, own: Reading, aim: str | None) -> dict[Category, str]:
    """The data an unnamed permission's aim names, or nothing."""
    if aim is None or own.negated:
        return {}
    unnamed = _UNNAMED.findall(text)
    if not unnamed:
        return {}
    if len(_ANY.findall(text)) > len(unnamed):
        return {}  # "选择电池优化权限：申请该权限是为了…": 该权限 is the one named before
    if _VAGUE.search(text):
        return {}  # "…将无法使用与通讯录信息相关的特定功能": no aim named
    start = text.find(aim)
    if start < 0:
        return {}
    return {c: p for c, p in own.named.items() if own.named_at.get(c, -1) >= start}
