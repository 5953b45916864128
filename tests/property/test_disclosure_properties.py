"""Invariants of the disclosure verdict (issue 12), checked on generated documents."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzer.disclosure import search
from analyzer.disclosure.matcher import match_sentence
from analyzer.disclosure.sources import PolicyText
from analyzer.disclosure.text import text_blocks
from analyzer.disclosure.tries import PhraseScanner, alternation
from analyzer.model import Category
from analyzer.tables import Tables, load_tables

TABLES = load_tables()

ENGLISH = [
    "We collect your precise location so that the courier can find you.",
    "When you invite friends, we read your contacts to show who already uses the app.",
    "The app reads the one-time code in the incoming SMS to confirm your number.",
    "We do not access your call log.",
    "Please contact us if you have questions about this policy.",
    "We send you a verification SMS when you log in.",
    "Location data is used to show the weather for the city you are in.",
    "We never sell your personal information to advertisers.",
]
CHINESE = [
    "为了向您推荐附近的门店，我们会在您授权后收集您的位置信息。",
    "当您使用通讯录导入功能时，我们会读取您的通讯录，用于帮助您添加好友。",
    "我们会读取短信中的验证码并自动填写，以便您快速登录。",
    "我们不会读取您的通话记录。",
    "如有疑问，请联系我们。",
    "我们会向您发送短信验证码，用于验证您的身份。",
    "以便我们定位问题并改进服务。",
    "我们不会向任何第三方出售您的个人信息。",
]
OTHER_ACTS_EN = [", and we never sell it", ", and we do not share it with advertisers"]
OTHER_ACTS_ZH = ["，且不会向第三方分享", "，我们不会将其出售给任何人"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def disclosed(document: str, name: str) -> set[Category]:
    text = PolicyText("policy-file", name, None, tuple(text_blocks(document, name)))
    return {c for c, found in search([text], TABLES.lexicons).items() if found}


def _wrap(paragraph: str, cuts: list[int], english: bool) -> str:
    """Hard-wrap ``paragraph``: a line break at each chosen gap (a space in English)."""
    if english:
        words = paragraph.split(" ")
        chosen = {c % len(words) for c in cuts}
        return "".join(w + ("\n" if i in chosen else " ") for i, w in enumerate(words)).strip()
    chosen = {c % len(paragraph) for c in cuts}
    return "".join(ch + ("\n" if i in chosen else "") for i, ch in enumerate(paragraph))


@FAST
@given(
    st.booleans(),
    st.lists(st.integers(0, len(ENGLISH) - 1), min_size=1, max_size=5),
    st.lists(st.integers(0, 10_000), max_size=12),
    st.sampled_from(["p.txt", "p.md", "p.html"]),
)
def test_line_breaks_inside_a_paragraph_never_change_a_verdict(
    english: bool, picks: list[int], cuts: list[int], name: str
) -> None:
    pool = ENGLISH if english else CHINESE
    paragraph = (" " if english else "").join(pool[i] for i in picks)
    wrapped = _wrap(paragraph, cuts, english)
    if name.endswith(".html"):
        paragraph, wrapped = f"<p>{paragraph}</p>", f"<p>{wrapped}</p>"
    assert disclosed(wrapped, name) == disclosed(paragraph, name)


@FAST
@given(st.sampled_from(ENGLISH + CHINESE), st.integers(0, 1))
def test_a_negated_clause_about_another_act_never_removes_a_disclosure(
    sentence: str, which: int
) -> None:
    english = sentence.isascii()
    tail = (OTHER_ACTS_EN if english else OTHER_ACTS_ZH)[which]
    body, end = sentence[:-1], sentence[-1]
    before = {m.category for m in match_sentence(sentence, TABLES.lexicons)}
    after = {m.category for m in match_sentence(body + tail + end, TABLES.lexicons)}
    assert before <= after


def _objects(lang: str) -> list[str]:
    lexicon = next(lex for lex in TABLES.lexicons if lex.lang == lang)
    return sorted({w for c in Category for w in lexicon.objects[c]})


@FAST
@given(st.data(), st.sampled_from(["zh", "en"]), st.booleans())
def test_a_definition_list_never_discloses(data: st.DataObject, lang: str, as_list: bool) -> None:
    items = data.draw(st.lists(st.sampled_from(_objects(lang)), min_size=1, max_size=8))
    if lang == "zh":
        intro = data.draw(st.sampled_from(["本政策中涉及的个人信息包括", "个人敏感信息是指"]))
        doc = intro + ("：\n\n" + "\n".join(f"{i + 1}. {w}" for i, w in enumerate(items))
                       if as_list else "：" + "、".join(items) + "。")  # fmt: skip
    else:
        intro = data.draw(st.sampled_from(["Personal information means", "Sensitive data means"]))
        doc = intro + (":\n\n" + "\n".join(f"- {w}" for w in items)
                       if as_list else " " + ", ".join(items) + ".")  # fmt: skip
    assert disclosed(doc, "p.txt") == set()


@pytest.fixture(scope="module")
def tables() -> Tables:
    return TABLES


def test_the_pools_hold_disclosures_and_non_disclosures(tables: Tables) -> None:
    """The generators above are only meaningful when the pools mix both verdicts."""
    for pool in (ENGLISH, CHINESE):
        verdicts = [bool(match_sentence(s, tables.lexicons)) for s in pool]
        assert any(verdicts) and not all(verdicts)


PHRASES = ["imei", "call log", "位置信息", "GPS", "sms", "短信", "location", "loc", "通讯录"]
TEXT_PIECES = ["IMEI", "imei", "xIMEI", "Call  Log", "call-log", "位置信息", "gps", "SMSes",
               "短信", "Location", "loc", "İ", "通讯录", " ", "-", "_", "a", "，"]  # fmt: skip


@FAST
@given(st.lists(st.sampled_from(TEXT_PIECES), max_size=12), st.booleans())
def test_phrase_scanner_finds_what_the_case_insensitive_pattern_finds(
    pieces: list[str], spaced: bool
) -> None:
    """The lower-cased scan is only faster: the same spans as ``re.IGNORECASE``."""
    text = "".join(pieces)
    scanner = PhraseScanner(PHRASES, spaced)
    want = [m.span() for m in alternation(PHRASES, spaced).finditer(text)]
    assert [(start, end) for start, end, _ in scanner.spans(text)] == want
