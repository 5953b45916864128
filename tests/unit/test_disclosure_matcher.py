"""Matcher precision/recall on the labelled set, and each trap of DESIGN §2.3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzer.disclosure.matcher import match_sentence
from analyzer.disclosure.sources import is_policy_title
from analyzer.tables import Tables

DATA = Path(__file__).resolve().parent.parent / "data"
LABELLED = DATA / "disclosure_labelled.jsonl"
HELDOUT = DATA / "disclosure_heldout.jsonl"
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.85
HELDOUT_RECALL_FLOOR = 0.7


def _rows(path: Path = LABELLED) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def score(tables: Tables, lang: str, path: Path = LABELLED) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    errors = []
    for row in _rows(path):
        if row["lang"] != lang:
            continue
        sentence = str(row["sentence"])
        got = {m.category.value for m in match_sentence(sentence, tables.lexicons)}
        want = set(row["expected"])  # type: ignore[call-overload]
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        if got != want:
            errors.append(f"{sentence!r}: got {sorted(got)} want {sorted(want)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, errors


def test_labelled_set_is_big_enough() -> None:
    rows = _rows()
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        assert len(mine) >= 40
        assert sum(1 for r in mine if not r["expected"]) >= 15


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_precision_and_recall(tables: Tables, lang: str) -> None:
    precision, recall, errors = score(tables, lang)
    assert precision >= PRECISION_FLOOR, errors
    assert recall >= RECALL_FLOOR, errors


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_heldout_precision_and_recall(tables: Tables, lang: str) -> None:
    """Sentences written after the lexicons were frozen: precision still >= 0.95."""
    precision, recall, errors = score(tables, lang, HELDOUT)
    assert precision >= PRECISION_FLOOR, errors
    assert recall >= HELDOUT_RECALL_FLOOR, errors


@pytest.mark.parametrize(
    "sentence",
    [
        "Please contact us if you want to delete your data.",
        "We use your contact information to send you receipts.",
        "如有疑问，请联系我们，我们将在15日内为您提供答复。",
        "我们会收集您的联系方式，用于向您发送订单通知。",
        "We do not collect your location to show ads.",
        "我们不会读取您的短信，用于任何目的。",
        "读取联系人数据",
        "read your contacts",
        "允许该应用读取您手机上存储的联系人相关数据，用于识别联系人。",
        "We send you a verification SMS to confirm your login.",
        "我们会向您发送短信验证码，用于验证您的身份。",
        # the service texting the user to check who they are (survey 173)
        "为完成创建账号，您需提供手机号码，我们将通过发短信或者邮件的方式来验证您的身份是否有效。",
        "我们会收集设备信息、设备型号、Android ID和OAID，用于识别设备。",
        "我们会记录您的IP地址，用于安全风控。",
        "We log your IP address to detect abuse.",
        "我们会使用您的账户信息，为您提供服务。",
        "账号信息用于登录和同步您的收藏。",
    ],
)
def test_traps_do_not_disclose(tables: Tables, sentence: str) -> None:
    assert match_sentence(sentence, tables.lexicons) == []


def test_match_names_keyword_and_cue(tables: Tables) -> None:
    (m,) = match_sentence("定位权限：用于为您提供天气预报。", tables.lexicons)
    assert (m.category.value, m.keyword, m.cue) == ("location", "定位", "用于")


def test_policy_titles(tables: Tables) -> None:
    assert is_policy_title("请阅读《隐私政策》", tables.lexicons) == "隐私政策"
    assert is_policy_title("Our Privacy Notice", tables.lexicons) == "privacy notice"
    assert is_policy_title("Settings", tables.lexicons) is None
