"""SDK table rows scraped onto one line, their cells run together, and the one-click login
SDKs that read the device's own number (surveys 108-154 of real Chinese policies; the rows
here are paraphrases with made-up links)."""

from __future__ import annotations

import pytest

from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _disclosed, _got


@pytest.mark.parametrize(
    ("row", "want"),
    [
        # the SDK and its company, the data, the service, the privacy link
        (
            "某广告SDK（某网络技术有限公司）设备标识信息（IMEI、IMSI），地理位置信息，应用信息"
            "提供广告推荐 https://example.com/privacy",
            {"calls", "location"},
        ),
        (
            "某推送（某科技股份有限公司）手机状态和身份、存储卡内容提供消息推送和通知服务 "
            "https://example.com/privacy",
            {"calls"},
        ),
        ("某地图SDK 设备信息、位置信息提供定位服务 https://example.com/privacy", {"location"}),
        # …a service its own name says, or a purpose marker
        ("某推送SDK 设备信息（IMEI、IMSI） https://example.com/privacy", {"calls"}),
        ("某云信SDK 用于实现即时聊天设备信息IMEI https://example.com/privacy", {"calls"}),
        # a row cut from the one before inside its link names its SDK later, and ends in its
        # own link with no sentence before it
        (
            "language=zh-cn&country=CN某科技有限公司某推送IMEI；位置信息；短信权限推广消息"
            "https://example.com/privacy",
            {"calls", "location", "messages"},
        ),
        ("日志信息，位置信息，唯一应用程序编号推送广告http://example.com/detail?", {"location"}),
    ],
)
def test_a_row_discloses_what_its_sdk_collects(tables: Tables, row: str, want: set[str]) -> None:
    assert _got(tables, row) == want


@pytest.mark.parametrize(
    "row",
    [
        # no service named: the row alone says no why (识别 inside 设备识别码 names none)
        "某某SDK 设备信息（IMEI、IMSI）、后台运行时获取设备信息 https://example.com/privacy",
        "某某SDK 设备识别码、设备信息（IMEI） https://example.com/privacy",
        # no link and no service: the row says no why
        "某某SDK（某某网络技术有限公司）设备标识信息（IMEI、IMSI）、地理位置信息",
        # a sentence before the link is no row
        "我们会收集您的位置信息。推送服务详见https://example.com/privacy",
        # data the row says is not collected
        "某地图SDK 不收集位置信息，提供地图展示服务 https://example.com/privacy",
    ],
)
def test_what_is_not_such_a_row(tables: Tables, row: str) -> None:
    assert _got(tables, row) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the device's own number, read rather than typed in (surveys 126, 128, 145)
        ("某SDK读取您的手机号码，以根据您的指令实现账号一键登录。", {"calls"}),
        ("某SDK用于实现App一键登录和验证用户手机号码与本机流量卡号是否一致的服务。", {"calls"}),
        ("允许读取电话号码、用户拨打和接收电话，用于联系商家。", {"calls"}),
        # …not the number the user types in, nor a read the app denies
        ("注册时您需要提供手机号码，用于接收验证码。", set()),
        ("我们不会读取您的手机号码，用于任何目的。", set()),
    ],
)
def test_the_devices_own_number(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("row", "want"),
    [
        # a table with no link column: the SDK, its company, the data, the service (survey 164)
        (
            "某广告SDK（某网络技术有限公司）设备标识信息（IMEI、IMSI）、地理位置信息提供广告推荐",
            {"calls", "location"},
        ),
        (
            "某统计某某（北京）科技有限公司外部存储状态，最近一次地理位置信息，SIM卡序列号，IMEI，"
            "MAC地址，WiFi信息用户使用效果统计分析",
            {"calls", "location"},
        ),
        # …not a sentence that starts with a company and acts before its data
        ("某某广告传媒有限公司仅会出于本政策所述的目的收集您的位置信息。", set()),
        ("我们与第三方服务公司合作（某某股份有限公司），他们会收集IMEI。", set()),
    ],
)
def test_a_row_with_no_link_column(tables: Tables, row: str, want: set[str]) -> None:
    assert _got(tables, row) == want


def test_locating_the_products_bugs_is_no_location(tables: Tables) -> None:
    """ "定位产品bug" finds a fault, as 定位问题 does (survey 159)."""
    table = "| SDK | 使用目的 |\n|---|---|\n| 友盟 | 便于帮助开发者分析错误，定位产品{} |\n"
    assert _disclosed(tables, table.format("bug"), "policy.md") == set()
    assert _disclosed(tables, table.format("问题"), "policy.md") == set()


@pytest.mark.parametrize(
    "purpose",
    [
        # a fault the locating names after it (survey 168; bulk: Bugly's and 友盟's stock rows)
        "为提高服务稳定性，便于相关服务崩溃后快速准确定位存在问题",
        "为了定位软件闪退、运行异常",
        "用于进行身份验证、定位崩溃日志",
        "用于帮助开发者定位线上问题",
    ],
)
def test_locating_a_fault_is_no_location(tables: Tables, purpose: str) -> None:
    table = f"| SDK | 使用目的 |\n|---|---|\n| 友盟 | {purpose} |\n"
    assert _disclosed(tables, table, "policy.md") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # an SDK that "adopts" the device's data uses it (survey 159)
        ("有道SDK会采用您的设备IMEI、Mac地址等，用于差异化的广告投放。", {"calls"}),
        # …but adopting a technique takes no data
        ("我们采用加密技术保护您的位置信息。", set()),
        # 搜集, a common variant of 收集 (survey 171)
        (
            "我们的站点也会搜集您的设备信息（如IDFA、操作系统、设备型号、AndroidID、IMEI以及MAC"
            "地址等）用于统计分析您在APP内的效果。",
            {"calls"},
        ),
    ],
)
def test_other_verbs_that_take_the_devices_data(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_verb_after_the_data_of_a_colons_list_is_a_nouns(tables: Tables) -> None:
    """ "软件使用记录信息" at the end of the list a colon opens: 使用 and 记录 there name a
    record, they do not make the list a sentence of its own (survey 161)."""
    text = (
        "为了保障账号安全，我们会收集您的设备信息包括：设备型号、SIM卡序列号、地理位置、"
        "存储（相册、媒体和其他文件）、产品版本号以及软件使用记录信息。"
    )
    assert _got(tables, text) == {"calls", "location"}
