"""A record's fields, each read with only what it may take from the whole record
(analyzer/disclosure/record_fields.py)."""

from __future__ import annotations

from analyzer.disclosure import judge_units
from analyzer.disclosure.sources import PolicyText
from analyzer.disclosure.text import to_blocks
from analyzer.tables import Tables


def _verdicts(tables: Tables, text: str, name: str = "policy.md") -> dict[str, set[str]]:
    """What each unit of one document discloses, keyed by its text."""
    policy = PolicyText("policy-file", name, None, tuple(to_blocks(text.encode(), name)))
    out: dict[str, set[str]] = {}
    for unit, matches in judge_units(policy, tables.lexicons):
        out.setdefault(unit.text, set()).update(m.category.value for m in matches)
    return out


PERMISSION_RECORDS = (
    "## Permissions\n\n"
    "### Call log\n"
    "- **Permission**: `android.permission.READ_CALL_LOG`\n"
    "- **Purpose**: Match incoming calls against your blocking rules\n"
    '- Shown in: Settings → Permission status → "Call log"\n\n'
    "### Messages\n"
    "- **Permission**: `android.permission.RECEIVE_SMS`\n"
    "- **Purpose**: Forward incoming SMS to your webhook\n"
    "- Storage: Read from the device's SMS inbox, nothing kept\n"
)


def test_a_field_that_says_where_data_is_shown_or_kept_takes_no_purpose(tables: Tables) -> None:
    got = _verdicts(tables, PERMISSION_RECORDS)
    assert got['Shown in: Settings → Permission status → "Call log"'] == set()
    assert got["Storage: Read from the device's SMS inbox, nothing kept"] == set()


def test_the_records_data_and_purpose_fields_still_disclose(tables: Tables) -> None:
    got = _verdicts(tables, PERMISSION_RECORDS)
    assert got["Permission: android.permission.READ_CALL_LOG"] == {"calls"}
    assert got["Purpose: Match incoming calls against your blocking rules"] == {"calls"}
    assert got["Purpose: Forward incoming SMS to your webhook"] == {"messages"}


SDK_RECORDS = (
    "我们接入的第三方SDK如下：\n\n"
    "SDK名称：某推送SDK；使用目的：推送消息；收集个人信息类型：设备标识符（IMEI）、粗略位置信息；"
    "隐私政策链接：https://push.example.com/privacy；\n\n"
    "SDK名称：某支付SDK；使用目的：完成支付；收集个人信息类型：支付账号；"
    "隐私政策链接：https://pay.example.com/privacy；\n"
)


def test_a_field_of_purpose_speaks_of_its_records_data(tables: Tables) -> None:
    """ "使用目的：推送消息" is why the SDK of its record collects the IMEI and location."""
    assert _verdicts(tables, SDK_RECORDS, "policy.txt")["使用目的：推送消息"] == {
        "calls",
        "location",
    }


def test_a_field_of_purpose_takes_no_data_from_another_record(tables: Tables) -> None:
    assert _verdicts(tables, SDK_RECORDS, "policy.txt")["使用目的：完成支付"] == set()


def test_a_field_of_purpose_takes_no_data_from_the_introduction(tables: Tables) -> None:
    text = (
        "我们会读取设备的IMEI用于安全风控。我们接入的第三方SDK如下：\n\n"
        "SDK名称：某支付SDK；使用目的：完成支付；收集个人信息类型：支付账号；"
        "隐私政策链接：https://pay.example.com/privacy；\n"
    )
    assert _verdicts(tables, text, "policy.txt")["使用目的：完成支付"] == set()


def test_an_entry_of_a_list_of_sdks_names_its_own_data(tables: Tables) -> None:
    """Entries keyed by each SDK ("甲PUSH使用目的：…收集数据类型：…"): one entry's purpose is
    not another's data."""
    text = (
        "第三方SDK列表：\n\n"
        "甲PUSH使用目的：推送消息收集数据类型：设备识别信息（IMEI）、位置信息\n\n"
        "乙PUSH使用目的：推送消息收集数据类型：设备识别信息（AAID）\n"
    )
    got = _verdicts(tables, text, "policy.txt")
    assert got["乙PUSH使用目的：推送消息收集数据类型：设备识别信息（AAID）"] == set()


def test_a_list_of_labelled_items_is_read_as_before(tables: Tables) -> None:
    """Items each with its own subject ("读取通讯录：…", "地理位置：…") are no record of one
    subject's attributes: each keeps what it says."""
    text = (
        "我们需要您授权的权限：\n\n"
        "读取通讯录：在新建收货地址时，可以直接选择通讯录联系人，方便快速填写\n\n"
        "地理位置：用于推荐附近的门店\n"
    )
    got = _verdicts(tables, text, "policy.txt")
    assert got["读取通讯录：在新建收货地址时，可以直接选择通讯录联系人，方便快速填写"] == {
        "contacts"
    }
    assert got["地理位置：用于推荐附近的门店"] == {"location"}


def test_an_english_field_is_one_of_purpose_only_by_its_whole_name(tables: Tables) -> None:
    """ "App usage: …" names data (how often apps are launched), not the purpose of the
    "Location: …" item beside it, as "Usage: …" would."""
    text = (
        "#### Data we collect\n\n"
        "- **App usage:** Frequency of app launches.\n"
        "- **Location:** Your current location for weather forecasts.\n"
    )
    assert _verdicts(tables, text)["App usage: Frequency of app launches."] == set()


def test_an_english_list_of_data_items_lends_no_purpose_across_items(tables: Tables) -> None:
    """Items each named by their own data, none a field of purpose, are a list and not one
    record: the weather forecasts are the location's purpose, not the contacts' (survey 167,
    a launcher's "Data Collected" list)."""
    text = (
        "#### Data we collect\n\n"
        "- **Contacts:** Names and phone numbers.\n"
        "- **Location:** Your current location for weather forecasts.\n"
    )
    got = _verdicts(tables, text)
    assert got["Contacts: Names and phone numbers."] == set()
    assert got["Location: Your current location for weather forecasts."] == {"location"}
    assert "contacts" not in set().union(*got.values())
