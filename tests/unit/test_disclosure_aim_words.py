"""Words that name a category without being the data (paraphrases of wordings in survey
107's English policies and READMEs of call, SMS and location apps): a category inside a
labelled item's purpose (analyzer/disclosure/aim_words.py), a permission item that describes
itself (analyzer/disclosure/permission_titles.py), a kind of app, and someone else's access."""

from __future__ import annotations

import pytest

from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _got
from tests.unit.test_disclosure_record_fields import _verdicts


@pytest.mark.parametrize(
    ("item", "want"),
    [
        # the label names the item; the category is what it serves
        ("Device ID: Unique device identifier for location tracking.", set()),
        ("Internet: For MMS messaging and the optional smart reply feature.", set()),
        (
            "POST_NOTIFICATIONS (Android 13+): Required to show a persistent notification "
            "that the location service is active.",
            set(),
        ),
        # …but a label that names the category, or an access of the item's own, still tells
        ("Location: Used to show the stores near you.", {"location"}),
        ("Permission: To read your SMS messages and find the codes in them.", {"messages"}),
        ("Phone: For dual SIM support and call functionality.", {"calls"}),
    ],
)
def test_a_category_inside_a_labelled_items_purpose(
    tables: Tables, item: str, want: set[str]
) -> None:
    text = f"The app requires the following permissions to function:\n\n- {item}\n"
    assert _verdicts(tables, text)[item] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a Chinese label that names its own data: the category in its use is the aim's
        ("读取通讯录：用于来电时显示对方的姓名", {"contacts"}),
        ("通话记录权限：获取您的通话记录，便于在语音拨号时找到目标联系人", {"calls"}),
        # …but not data the use describes, nor data after the aim's clause
        ("位置权限：用于反作弊的地理位置信息", {"location"}),
        ("获取位置：实现区域推送的功能；获取设备识别码IMEI用于统计", {"calls", "location"}),
    ],
)
def test_a_category_inside_a_chinese_labels_purpose(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_included_but_not_limited_to_negates_nothing(tables: Tables) -> None:
    """ "包括但不限于获取您的位置信息": 不 there is no negation of the access."""
    sentence = "为了方便您使用导航功能，我们会使用以下功能，包括但不限于获取您的位置信息、相机等。"
    assert _got(tables, sentence) == {"location"}


def test_a_purpose_field_still_speaks_of_its_record(tables: Tables) -> None:
    """ "Purpose: To screen incoming calls" is a record's field of purpose, not a label."""
    text = (
        "## Data We Access\n\nCall Log\n\nPurpose: To screen incoming calls and show your call "
        "history\n\nStorage: kept on your device\n"
    )
    got = _verdicts(tables, text)
    assert got["Purpose: To screen incoming calls and show your call history"] == {"calls"}


def test_a_permission_item_that_describes_itself_titles_nothing(tables: Tables) -> None:
    """ "- `READ_PHONE_STATE` — to read phone state" is one item of the list, not the title
    of the items after it."""
    text = (
        "### Required Permissions\n\n"
        "- `READ_CALL_LOG` — to detect missed calls\n"
        "- `READ_PHONE_STATE` — to read phone state\n"
        "- `INTERNET` — to talk to the backend\n"
        "- `POST_NOTIFICATIONS` — to show notifications\n"
    )
    got = _verdicts(tables, text)
    assert got["READ_PHONE_STATE — to read phone state"] == {"calls"}
    assert got["INTERNET — to talk to the backend"] == set()
    assert got["POST_NOTIFICATIONS — to show notifications"] == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a kind of app or feature is no access to calls
        (
            "This policy explains how we handle your data when you use our call blocking "
            "application.",
            set(),
        ),
        ("To provide call blocking functionality, the app requires access to:", set()),
        ("The app provides call blocking to stop spam.", {"calls"}),
        # guarding against someone else's access is no access of the app's
        (
            "You may set a password within the app to prevent unauthorized access to the SMS "
            "command functionality.",
            set(),
        ),
        (
            "We protect your location data against unauthorized access and use it to show "
            "nearby stores.",
            {"location"},
        ),
    ],
)
def test_survey_107_words_that_are_not_the_data(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want
