"""Links to a privacy policy that an APK carries: in strings, assets and consent dialogs.

A link counts when its path says privacy, 隐私, yinsi or policy (the rule of DESIGN §2.3
for a URL in a string), or the text of its anchor is a policy title such as 《隐私政策》.
Candidates are ranked by how clearly they say so: ``MAX_LINKS`` fetches go to the best.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_LINKS = 3  # fetched per APK, best ranked first
_URL = re.compile(r"https?://[^\s\"'<>()\[\]{}\\,，。；]+", re.IGNORECASE)
_ANCHOR = re.compile(
    r"<a\b[^>]*?href\s*=\s*[\"'](https?://[^\"'<>\s]+)[\"'][^>]*>(.*?)</a>", re.I | re.S
)
_STRONG = re.compile(r"privacy|隐私|yinsi|yszc|个人信息", re.IGNORECASE)
_WEAK = re.compile(r"policy", re.IGNORECASE)  # DESIGN §2.3: a path that mentions policy
_TITLE = re.compile(
    r"隐私政策|隐私协议|隐私权政策|个人信息保护|隐私保护指引|隐私声明|privacy", re.I
)


def _score(url: str, anchor: str = "") -> int:
    """2: says privacy (path or anchor text); 1: the path says policy; 0: not a policy link."""
    path = url.split("://", 1)[-1].split("/", 1)[-1] if "/" in url.split("://", 1)[-1] else ""
    if _STRONG.search(path) or _TITLE.search(anchor):
        return 2
    if _WEAK.search(path):
        return 1
    return 0


def policy_links(texts: Iterable[str]) -> list[str]:
    """Policy URLs found in ``texts`` (strings, asset text, dialog markup), best first."""
    scores: dict[str, int] = {}
    for text in texts:
        if "http" not in text.lower():
            continue
        for m in _ANCHOR.finditer(text):
            url = m.group(1).rstrip(".")
            scores[url] = max(scores.get(url, 0), _score(url, m.group(2)))
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(".")
            scores[url] = max(scores.get(url, 0), _score(url))
    ranked = sorted((url for url, s in scores.items() if s > 0), key=lambda u: (-scores[u], u))
    return ranked
