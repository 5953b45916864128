"""A numbered or labelled list written inside one paragraph: its items, or none
(inline_lists)."""

from __future__ import annotations

import pytest

from analyzer.disclosure.inline_lists import inline_list


def test_items_after_the_colon_in_order() -> None:
    text = (
        "我们可能会收集：1）日志信息，如访问时间。此类信息用于统计。"
        "2）设备信息，如IMEI。（3）位置。"
    )
    assert inline_list(text) == (
        "我们可能会收集：",
        ["日志信息，如访问时间。此类信息用于统计。", "设备信息，如IMEI。", "位置。"],
    )


def test_items_with_a_bullet_before_each_number() -> None:
    """A page that set a bullet before each number ("这些信息包括：· (1)…。· (2)…")."""
    text = "这些信息包括：·\xa0(1)设备属性：如品牌。·\xa0(2)设备标识符：如IMEI。"
    assert inline_list(text) == ("这些信息包括：", ["设备属性：如品牌。", "设备标识符：如IMEI。"])


@pytest.mark.parametrize(
    "text",
    [
        "我们可能会收集：1）日志信息。",  # one item is no list
        "我们可能会收集：日志信息。2）设备信息。",  # no item 1 right after the colon
        "我们可能会收集：1）日志信息，见第2）条。",  # "2）" inside a sentence
        "我们可能会收集：1）日志信息。2.2 设备信息。",  # a section number
        "我们可能会收集：1）日志信息。" + "此类信息用于统计。" * 70 + "2）设备信息。",  # too far
    ],
)
def test_no_list(text: str) -> None:
    assert inline_list(text) is None


def test_labelled_items_after_the_following_information() -> None:
    """ "…收集下列信息：日志信息：…。设备信息：…" (survey 56): each kind of information and its
    colon, after a sentence's end, starts an item."""
    text = "在您使用我们的服务时，我们可能会收集下列信息：日志信息：如访问时间。设备信息：如IMEI。"
    assert inline_list(text) == (
        "在您使用我们的服务时，我们可能会收集下列信息：",
        ["日志信息：如访问时间。", "设备信息：如IMEI。"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "我们可能会收集下列信息：日志信息：如访问时间。",  # one item is no list
        "我们可能会收集：日志信息：如访问时间。设备信息：如IMEI。",  # no "the following"
        "我们可能会收集下列信息：日志信息：如访问时间，设备信息：如IMEI。",  # inside a sentence
    ],
)
def test_no_labelled_list(text: str) -> None:
    assert inline_list(text) is None
