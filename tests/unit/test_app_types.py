"""The app-type table against the regulation's own wording (tests/data fixture)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from analyzer.model import Category
from analyzer.tables import Tables

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

WORDING: dict[str, str] = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "data" / "necessary_information_2021.toml").read_text(
        "utf-8"
    )
)
NONE_NEEDED = "无须个人信息，即可使用基本功能服务"
# Words that name data read from the device, per category. What the user types (注册用户移动
# 电话号码, 联系电话, 联系方式) and the service's own friend list (即时通信联系人账号列表) are not.
DEVICE_WORDS = {
    Category.LOCATION: ("位置信息", "行踪轨迹"),
    Category.CALLS: ("通话记录", "本机号码", "设备识别码"),
    Category.MESSAGES: ("短信", "彩信"),
    Category.CONTACTS: ("通讯录",),
}
_ITEM = re.compile(r"（[一二三四五六七八九十]+）(?P<name>\S+?类)，基本功能服务为“(?P<bf>[^”]+)”，")


def _derived_device(text: str) -> set[Category]:
    return {c for c, words in DEVICE_WORDS.items() if any(w in text for w in words)}


def _necessary_part(text: str) -> str:
    return text.split("”，", 1)[1]


def test_fixture_quotes_39_types() -> None:
    assert len(WORDING) == 39
    for name, text in WORDING.items():
        match = _ITEM.match(text)
        assert match and match["name"] == name, text


def test_all_39_types_have_both_names_and_stable_ids(tables: Tables) -> None:
    types = list(tables.app_types.types.values())
    assert len(types) == 39
    assert [t.number for t in types] == list(range(1, 40))
    assert {t.name_zh for t in types} == set(WORDING)
    assert all(t.name_en and re.fullmatch(r"[a-z]+(-[a-z]+)*", t.id) for t in types)
    for wanted in ("map-navigation", "ride-hailing", "browser", "input-method", "utility"):
        assert wanted in tables.app_types.types


def test_thirteen_types_need_nothing_as_the_wording_says(tables: Tables) -> None:
    derived = {n for n, text in WORDING.items() if NONE_NEEDED in text}
    table = {t.name_zh for t in tables.app_types.types.values() if not t.necessary_information}
    assert len(derived) == 13
    assert table == derived
    assert {"浏览器类", "输入法类", "实用工具类"} <= derived


def test_device_needs_follow_from_the_wording(tables: Tables) -> None:
    for entry in tables.app_types.types.values():
        text = _necessary_part(WORDING[entry.name_zh])
        assert set(entry.device) == _derived_device(text), entry.id
    location = {t.id for t in tables.app_types.types.values() if Category.LOCATION in t.device}
    assert location == {"map-navigation", "ride-hailing", "vehicle-sharing"}


def test_wording_and_basic_function_match_the_table(tables: Tables) -> None:
    for entry in tables.app_types.types.values():
        text = WORDING[entry.name_zh]
        match = _ITEM.match(text)
        assert match and match["bf"] == entry.basic_function, entry.id
        for item in entry.necessary_information:
            assert item in text, (entry.id, item)


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("注册用户移动电话号码", set()),
        ("即时通信联系人账号列表", set()),
        ("收货人姓名、联系电话", set()),
        ("读取通讯录", {Category.CONTACTS}),
        ("乘车人位置信息、行踪轨迹", {Category.LOCATION}),
    ],
)
def test_typed_information_is_not_device_access(text: str, device: set[Category]) -> None:
    assert _derived_device(text) == device


def test_settings_are_never_a_need(tables: Tables) -> None:
    assert all(Category.SETTINGS not in t.device for t in tables.app_types.types.values())


def test_app_types_version_reaches_data_version(tables: Tables) -> None:
    assert "app_types=" in tables.data_version


def test_docs_list_every_type(tables: Tables) -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "app-types.md").read_text("utf-8")
    for entry in tables.app_types.types.values():
        assert f"| {entry.number} | `{entry.id}` | {entry.name_zh} | {entry.name_en} |" in docs
