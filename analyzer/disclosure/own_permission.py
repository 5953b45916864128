"""A sentence's "this permission" or refusal that speaks of a permission the sentence names
itself: "我们将申请获取您的相机权限，如果您拒绝授权该权限，这些功能将不能正常使用" refuses the
camera, not the location the sentence before asked for."""

from __future__ import annotations

from analyzer.disclosure.grammar import Grammar


def own_permission_first(text: str, grammar: Grammar) -> bool:
    """Does the sentence name a permission of no category ("相机权限", "camera permission")
    before its "this permission" or its refusal? Then they speak of that permission, not of
    the data of the sentence before."""
    spoken = [m.span() for m in grammar.anaphora.finditer(text)]
    refused = grammar.denials.search(text)
    first = min([a for a, _ in spoken] + ([refused.start()] if refused else []), default=0)
    for named in grammar.permission.finditer(text, 0, first):
        if any(a <= named.start() < b for a, b in spoken):
            continue
        before = text[max(0, named.start() - 16) : named.start()].rstrip(" 的").lower()
        for group in grammar.other_groups:
            if not before.endswith(group):
                continue
            if not grammar.spaced or not before[: -len(group)][-1:].isalnum():
                return True  # a whole word in English: not "multimedia" for "media"
    return False
