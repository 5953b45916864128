"""Wordings real policies use that the grammar once misread (surveys of real policies,
December 2026; the sentences here are paraphrases, not quotations)."""

from __future__ import annotations

import pytest

from analyzer.disclosure.sentences import sentences
from analyzer.disclosure.text import text_blocks, to_blocks
from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _disclosed, _got
from tests.unit.test_disclosure_record_fields import _verdicts


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a scenario addressed to 你 or 用户, or a long one with a parenthesis inside
        ("当你使用活动功能时，我们会收集你的位置信息。", {"location"}),
        ("当用户使用附近的人功能时，应用会获取用户的位置信息。", {"location"}),
        (
            "当您开启设备定位并使用我们基于位置提供的服务（含定位标签、附近的门店功能）时，"
            "我们会收集您的GPS位置信息。",
            {"location"},
        ),
        # 拨打 without 电话; a permission named with its alias in parentheses
        ("当您使用联系商家功能时，我们会调用手机拨打功能。", {"calls"}),
        ("为保障您正常使用服务，我们需要访问您的通话（电话）权限，以获得设备标识符。", {"calls"}),
        # one access verb before a list of data separated by semicolons
        (
            "当您使用服务时，我们会收集设备型号；网络信息；唯一设备识别码（如IMEI）；位置信息（经纬度）。",
            {"calls", "location"},
        ),
        # a data label whose parenthesis is long
        (
            "设备标识符（IMEI、IDFA、Android ID、MAC、OAID、VAID、AAID、IMSI、MEID）：用于识别设备",
            {"calls"},
        ),
        ("为此，我们需要收集您的IMEI。", {"calls"}),
        # the code in an SMS the device received, read on the device
        ("为了帮助您快速填写验证码，我们会读取您收到的短信验证码。", {"messages"}),
    ],
)
def test_chinese_wordings_that_disclose(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # 位置 as a place on a page, or where a login came from
        "我们会在网页中显著的位置发布相关规则以便通知用户。",
        "如果检测到可疑活动（例如从不同于平常的位置登录您的帐号）时，我们可能会通知您。",
        # the user changing or withdrawing a grant is not a use scenario
        "如您想更改相关功能的授权范围（包括位置、通讯录），您可以通过设置修改。",
        "若您在使用位置相关服务时，希望停止分享，您可通过手机设置关闭定位。",
        # 以 inside 可以 is no "so as to": no purpose here
        "我们还可能使用多种技术进行定位，例如您设备的传感器数据就可以提供附近基站的信息。",
        # locating a bug, written the other way round
        "第三方SDK名称：崩溃统计SDK 用途：统计分析、Bug定位收集的个人信息类型：网络信息、存储信息",
        # withdrawing the user's grant "to us" is the user's act
        "您可以通过关闭移动设备对应功能，从而撤回对我们访问您的位置、相机的授权，以保护隐私。",
        # a record of the calls the user makes to customer service is the service's own
        "当您与客服团队联系时，我们会以通话录音的方式记录您的通话信息，以便我们处理纠纷。",
        "此外，系统可能会记录您与客服之间的通话记录，以便更好地帮您解决问题。",
        # locating a bug, as a noun phrase
        "本应用只会收集手机品牌、系统版本，用于bug的定位适配。",
        # data asked of an institution, not taken from the device
        "我们会向征信机构查询并获取您的信用信息及位置信息，用于风控审核。",
        # another service's address book
        "我们会读取您的微信通讯录信息，以便您在下单时不再手动输入收货人信息。",
        # the record of talking with customer service is not the call log
        "我们会收集您与我们的沟通信息（包括文字、图片、音视频、通话记录形式），用于处理您的投诉。",
        # checking the code the user typed is done on the server
        "我们会识别短信验证码是否正确以验证您的身份。",
    ],
)
def test_chinese_wordings_that_do_not_disclose(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


def test_a_device_information_permission_is_the_phone_permission(tables: Tables) -> None:
    # 设备信息 names the phone group in Chinese permission lists; 信息 alone (the SMS group on
    # some phones) is only the tail of that word
    table = (
        "| SDK名称 | 使用目的 | 所需权限 |\n|---|---|---|\n"
        "| 推送SDK | 用于推送消息 | 设备信息权限、存储权限 |\n"
    )
    assert _disclosed(tables, table, "sdk.md") == {"calls"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # an infinitive opening a cell or a sentence is its purpose
        ("ACCESS_COARSE_LOCATION | To get current location. | v0.1.0", {"location"}),
        # an access verb whose object is other data is a purpose
        (
            "The app uses the background location permission (ACCESS_BACKGROUND_LOCATION) "
            "to receive Bluetooth data while it is closed.",
            {"location"},
        ),
        (
            "When you open the app, we collect the device's geo-location and IMEI.",
            {"calls", "location"},
        ),
        ("WRITE_SECURE_SETTINGS | Used to change the status bar.", {"settings"}),
    ],
)
def test_english_wordings_that_disclose(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "We need permission to read your contacts.",  # the access itself is no purpose
        "DOWNLOAD_WITHOUT_NOTIFICATION | Used to find the location of the file you picked.",
        "To send your live position to your trusted contacts via SMS and email.",
        "If you decline permission for us to collect your geolocation, we will not collect it.",
    ],
)
def test_english_wordings_that_do_not_disclose(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


def test_a_contact_ringtone_is_not_a_system_setting(tables: Tables) -> None:
    got = _got(tables, "Contacts permission to set contact specific ringtone.")
    assert "settings" not in got and "contacts" in got


def test_a_markdown_link_definition_is_not_text(tables: Tables) -> None:
    document = (
        "## Permissions used to show the map\n\n[ACCESS_FINE_LOCATION]: https://example.org/x\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


def test_data_listed_after_semicolons_share_the_access_before_them(tables: Tables) -> None:
    document = (
        "当您使用本服务时，我们可能收集您的个人信息，例如生日、性别；个人上网记录和日志信息"
        "（包括浏览记录、软件使用记录）；设备信息（包括设备型号）；唯一设备识别码（如IMEI）；"
        "位置信息（包括经纬度）。\n"
    )
    assert _disclosed(tables, document) == {"calls", "location"}


def test_a_sentence_after_a_semicolon_with_its_own_subject_stands_alone(tables: Tables) -> None:
    document = "我们会收集您的位置信息，用于推荐附近的门店；我们会保存您的通讯录。\n"
    assert _disclosed(tables, document) == {"location"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the IP address is another item of the list, not where the location comes from
        (
            "When you launch the app, we collect your device type, IP address, carrier, "
            "operating system version, the game version and the device's geo-location.",
            {"location"},
        ),
        ("When you use the app, we infer your location from your IP address.", set()),
        # "to access" here says which device, not why
        ("We collect the IMEI of the device you use to access our services.", set()),
    ],
)
def test_where_location_comes_from_and_which_device(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_permission_table_row_speaks_of_its_own_permission(tables: Tables) -> None:
    table = (
        "| Permission | Purpose |\n|---|---|\n"
        "| WAKE_LOCK | Keeps the device awake during location tracking. |\n"
        "| INTERNET | To download the contact photos you choose. |\n"
    )
    assert _disclosed(tables, table, "permissions.md") == set()
    located = table + "| ACCESS_FINE_LOCATION | To record your track. |\n"
    assert _disclosed(tables, located, "permissions.md") == {"location"}


def test_a_permission_named_first_under_anothers_title_speaks_of_itself(tables: Tables) -> None:
    """A permission table read a cell a line: each permission after the first opens a unit
    under the first one's title, and speaks of itself ("相机权限允许使用相机用于拍照…")."""
    doc = (
        "权限说明\n\n"
        "位置权限\n获取您的位置信息\n\n\n"
        "相机权限\n允许使用相机\n用于拍照和扫码添加位置标记的功能。\n\n\n"
        "存储权限\n读取外部存储用于读取本地图片，以便在地图上显示拍摄位置。\n"
    )
    assert _disclosed(tables, doc, "policy.txt") == set()
    told = doc.replace("获取您的位置信息", "获取您的位置信息用于推荐附近门店")
    assert _disclosed(tables, told, "policy.txt") == {"location"}


def test_this_permission_after_a_permission_of_no_category_is_that_one(tables: Tables) -> None:
    """ "此权限" in an item titled by a permission of no category ("基于存储权限的附加服务：")
    is that permission, not the one the item before spoke of."""
    doc = (  # a policy scraped onto one line, its items run together
        "您可以选择是否开启以下附加服务。8、基于电话状态的附加服务：我们会读取您的电话状态。"
        "9、基于存储权限的附加服务：我们向您申请获取此权限，目的是为了保障客户端的稳定运行。\n"
    )
    assert _disclosed(tables, doc, "policy.txt") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "为给您提供客服服务，我们可能会申请您的拨打电话权限。",
        "地理位置服务：为给您提供附近功能，第三方地理位置服务商会收集您的精准地理位置信息。",
    ],
)
def test_wei_gei_nin_tigong_states_a_purpose(tables: Tables, sentence: str) -> None:
    """ "为给您提供…" is "为您提供" with its preposition spelled out."""
    assert _got(tables, sentence)


def test_a_features_title_is_no_column_of_purposes(tables: Tables) -> None:
    """ "3. 通讯录导入功能" titles one feature; only a cell, or a list's title ("## 功能"), is
    a column or a list of features; "上述附加功能需要…" names the features before as the aim."""
    assert _got(tables, "3. 通讯录导入功能") == set()
    assert _got(tables, "基于位置信息的附加功能") == set()
    features = "## 功能\n\n- 拦截验证码短信\n- 自动复制验证码\n"
    assert _disclosed(tables, features, "README.md") == {"messages"}
    needed = "上述附加功能需要您在您的设备中向我们开启您的地理位置(位置信息)、相机 (摄像头)。"
    assert _got(tables, needed) == {"location"}


def test_a_title_sentence_is_no_name_for_a_pronoun(tables: Tables) -> None:
    """A README's title sentence names SMS; "this" under it speaks of something else, while
    under a short heading that names data it speaks of that data."""
    titled = (
        "# CallFlash! Flash alert on Calls, SMS and Instant Messaging apps!\n\n"
        "If your phone starts talking after enabling the service, this is a TalkBack issue.\n"
    )
    assert _disclosed(tables, titled, "README.md") == set()
    named = "### Phone State\n\nWe use it to pause playback during calls.\n"
    assert _disclosed(tables, named, "README.md") == {"calls"}


def test_calling_customer_service_still_needs_the_phone_permission(tables: Tables) -> None:
    """Only a record of the calls is the service's: the permission to place them is not."""
    sentence = "拨打电话权限：点击客服电话号码时调起拨号，以便您直接联系客服。"
    assert _got(tables, sentence) == {"calls"}


def test_a_permission_list_with_asides_ends_at_deng(tables: Tables) -> None:
    """ "下列权限：读取通讯录（用于…）、拨打电话（用于…，…）、拍照（…）等，这些权限…": the asides'
    commas part no items, and the list ends at 等, so the sentence after it is no item."""
    sentence = (
        "我们可能会尝试获取下列权限：拨打电话（用于紧急求助时联络家人，方便快捷）、"
        "拍照（用于拍摄头像）等，这些权限您可以拒绝，但同时也无法使用相应的功能。"
    )
    assert _got(tables, sentence) == {"calls"}


def test_a_list_of_uses_after_the_access_states_its_purpose(tables: Tables) -> None:
    """ "Your location is only retrieved for the following 2 usages:" / "- retrieve the map
    tiles around your location": the uses listed are the purpose."""
    doc = (
        "## Location\n\nYour location is only retrieved for the following 2 usages:\n\n"
        "- retrieve the map tiles around your location from the map provider,\n"
        "- find the nearest stations for a trip search.\n"
    )
    got = _verdicts(tables, doc)
    assert got["Your location is only retrieved for the following 2 usages:"] == {"location"}
    assert got["retrieve the map tiles around your location from the map provider,"] == {"location"}


def test_locating_a_problem_is_no_location(tables: Tables) -> None:
    """ "更准确定位并解决…问题": locating and fixing a problem, not the device."""
    sentence = (
        "我们将在您授权后读取您的手机状态，用以保障服务的正常使用，更准确定位和解决使用中的问题。"
    )
    assert _got(tables, sentence) == {"calls"}


def test_the_corresponding_location_is_the_data(tables: Tables) -> None:
    """ "相应的位置" is a place on a page, but "相应的位置信息" the location itself."""
    sentence = "此项功能将用于推荐本地资讯，并采集相应的位置信息以为您提供相关服务。"
    assert _got(tables, sentence) == {"location"}
    assert _got(tables, "我们会在页面相应的位置展示本政策的更新，以便您及时了解。") == set()


def test_a_place_the_push_is_chosen_by_is_no_channel(tables: Tables) -> None:
    """ "…根据您的…位置信息向您推送个性化广告": the location picks what is pushed; only SMS or a
    call sent "向您" is the service's channel to the user."""
    pushed = "在您使用本应用时，我们会根据您的设备信息和位置信息向您推送个性化内容。"
    assert _got(tables, pushed) == {"location"}
    texted = "在您使用本应用时，我们会通过短信向您推送个性化内容。"
    assert _got(tables, texted) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "We may contact you via email, SMS or otherwise for the purpose of informing you.",
        "We may collect usage of the Service, including matches, text messages and photos.",
    ],
)
def test_a_channel_or_the_word_usage_is_not_a_disclosure(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


def test_usage_names_a_purpose_as_a_column(tables: Tables) -> None:
    table = "| Permission | Usage |\n|---|---|\n| READ_CONTACTS | Pick a friend to invite |\n"
    assert _disclosed(tables, table, "permissions.md") == {"contacts"}


def test_an_sdk_entry_states_its_purpose_before_what_it_collects(tables: Tables) -> None:
    entry = (
        "4 分享SDK：该SDK由某公司提供，用于用户分享信息到社交平台。需要收集的信息包括："
        "android版本：设备信息（IMEI号、Android ID）\n"
    )
    assert _disclosed(tables, entry) == {"calls"}
    # outside an SDK entry, a sentence's purpose does not reach the next sentence
    prose = "我们致力于保护您的隐私，以便您安心使用。我们会收集您的位置信息。\n"
    assert _disclosed(tables, prose) == set()


def test_information_inside_a_compound_is_not_the_sms_group(tables: Tables) -> None:
    # 信息 names the SMS group on some phones, but not as the tail of 手机信息
    assert _got(tables, "为了保障账号安全，我们需要获取手机信息和存储权限。") == set()
    assert _got(tables, "为了自动填写验证码，我们需要获取您的信息和存储权限。") == {"messages"}


def test_a_single_dash_delimiter_row_makes_a_header(tables: Tables) -> None:
    table = "| 权限 | 用途 |\n| - | - |\n| ACCESS_FINE_LOCATION | 获取当前位置的天气 |\n"
    assert _disclosed(tables, table, "permissions.md") == {"location"}


def test_a_remarks_column_states_the_reason(tables: Tables) -> None:
    table = (
        "| 权限 | 描述 | 备注 |\n|---|---|---|\n"
        "| ACCESS_FINE_LOCATION | 允许应用访问精确位置 | 获取用户当前位置的天气数据 |\n"
    )
    assert _disclosed(tables, table, "permissions.md") == {"location"}
    # the framework's wording alone, under a header without a purpose column, says no why
    bare = "| 权限 | 描述 |\n|---|---|\n| ACCESS_FINE_LOCATION | 允许应用访问精确位置 |\n"
    assert _disclosed(tables, bare, "permissions.md") == set()


def test_an_item_announcing_the_following_items_introduces_them(tables: Tables) -> None:
    document = "（一）**我们可能会申请以下权限，仅用于演示框架的功能**\n\n- **网络**\n- **位置**\n"
    assert _disclosed(tables, document, "policy.md") == {"location"}


def test_a_latin_keyword_inside_a_longer_identifier_is_not_that_keyword(
    tables: Tables,
) -> None:
    assert _got(tables, "4 | QIMEI | 用于判断是否是真机 | 根据QIMEI进行推送") == set()
    assert _got(tables, "我们会收集您的设备识别码（IMEI号），用于识别设备。") == {"calls"}


@pytest.mark.parametrize(
    "sentence",
    [
        "为防止信息被非法访问，我们会在适当的位置使用密码对用户个人信息进行保护。",
        "1.您可以在使用我们服务的过程中，访问、修改您提供的信息。例如，若您在使用地理位置"
        "相关服务时，希望停止分享您的地理位置信息，您可通过手机设置关闭定位。",
    ],
)
def test_a_place_and_an_opt_out_do_not_disclose(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence + "\n") == set()


def test_a_markdown_front_matter_is_not_part_of_the_text(tables: Tables) -> None:
    document = (
        "---\ntitle: 隐私政策\n---\n<html><body><p>为了向您推荐附近的门店，我们会收集您的位置"
        "信息。</p></body></html>\n"
    )
    assert _disclosed(tables, document, "policy.md") == {"location"}


def test_framework_wording_with_its_own_reason_under_a_permission_heading(
    tables: Tables,
) -> None:
    document = (
        "### Phone Access\n\nAllows the application to know if a call is active on your phone "
        "(for the Call Controller feature)\n\n### Contacts\n\nAllows the application to show "
        "the caller's name (for the Call Controller feature)\n\n### SMS\n\nAllows the app to "
        "send SMS messages. This may result in unexpected charges.\n"
    )
    assert _disclosed(tables, document, "policy.md") == {"calls", "contacts"}


def test_bullet_lines_after_line_breaks_in_one_html_paragraph_are_list_items(
    tables: Tables,
) -> None:
    flattened = (
        "<p>We collect the following:<br>● Your IMEI number<br>● Your name<br>"
        "● An ID we create for you when you use the Service</p>"
    )
    assert _disclosed(tables, flattened, "policy.html") == set()
    wrapped = "<p>We collect your location<br>so that the courier can find you.</p>"
    assert _disclosed(tables, wrapped, "policy.html") == {"location"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("When you open the app, we collect and store your GPS coordinates.", {"location"}),
        ("为了向您推荐附近的门店，我们会收集并保存您的位置信息。", {"location"}),
        ("We collect your name and share your location with partners.", set()),
    ],
)
def test_an_act_joined_to_the_access_shares_its_object(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_setext_underline_makes_a_heading_and_is_not_text() -> None:
    document = "Permissions\n===========\n\nLocation\n--------\n\nUsed for weather.\n\n---\n"
    blocks = text_blocks(document, "policy.md")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Permissions"),
        ("heading", "Location"),
        ("para", "Used for weather."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you give us your mobile number (including for SMS text messaging services), we "
        "will collect and store that number.",
        "We use phone numbers as identifiers so that it is easy for you to switch from SMS and "
        "other messaging apps.",
    ],
)
def test_sms_as_a_service_or_a_kind_of_app_is_not_sms_access(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("document", "name", "want"),
    [
        # numbered HTML paragraphs after an introduction, then the purpose for all of them
        (
            "<p>2、在您使用产品过程中，我们需要收集您的一些个人信息，具体如下：</p>"
            "<p>（1）设备信息：包括设备型号、设备识别码（包括IMEI、IMSI）；</p>"
            "<p>（2）日志信息：包括IP地址、访问日期和时间。</p>"
            "<p>我们收集这些信息是为了保证产品正常运行、实现风险控制。</p>",
            "policy.html",
            {"calls"},
        ),
        (
            "We may collect:\n\n- your device location\n- your contacts\n\n"
            "We use this information to show nearby friends.\n",
            "policy.md",
            {"location", "contacts"},
        ),
        # a paragraph after the list that does not speak of the list gives it nothing
        (
            "We may collect:\n\n- your device location\n- your contacts\n\n"
            "We use cookies to remember your settings.\n",
            "policy.md",
            set(),
        ),
        # a definition list stays a definition list
        (
            "个人信息包括：\n\n- 通讯录\n- 位置信息\n\n上述信息是指以电子或其他方式记录的信息。\n",
            "policy.md",
            set(),
        ),
    ],
)
def test_a_paragraph_after_a_list_states_the_purpose_for_its_items(
    tables: Tables, document: str, name: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, name) == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # "choosing to share" says what is chosen, not why
        (
            "Sending text messages in the service is your decision. By choosing to share that "
            "information, you understand that others may see it.\n",
            set(),
        ),
        # "Messages" alone is a chat section's title, not the SMS permission group
        (
            "## Messages\n\nIn secret chats, deleting a message tells the other app to delete "
            "it.\n",
            set(),
        ),
        ("## SMS\n\nUsed to read the one-time code sent to you.\n", {"messages"}),
        # a determiner ("these third parties") refers to no data said before
        (
            "We share your phone number with third-party SMS providers to deliver the login code "
            "to you. We require that these third parties use your information solely to deliver "
            "the code.\n",
            set(),
        ),
        # someone else's act: "viewed and used by others"
        (
            "Information you share in text messages with other users can be viewed, collected "
            "and used by others to send you unsolicited messages.\n",
            set(),
        ),
        # IP address and location are two items of a list, not location from the IP address
        (
            "We process device information, IP address and location to personalise the service.\n",
            {"location"},
        ),
        ("We use your location (based on your IP address) to choose a language.\n", set()),
        # …"inferred from an IP address" too (survey 160)
        (
            "We collect general information about the location of the device from which you "
            "access the Site (e.g., approximate location inferred from an IP address) to show "
            "local offers.\n",
            set(),
        ),
        # …also under a title that names it, far from the IP (survey 169)
        (
            "To provide the Site, we automatically collect information, including:\n\n"
            "- Location Information. We collect and process general information about the "
            "location of the device from which you are accessing the Site (e.g., approximate "
            "geographic location inferred from an IP address).\n",
            set(),
        ),
        (
            "To provide the Services, we automatically collect information, including:\n\n"
            "- General location information: We collect information about the general location "
            "of your device (your city or region) when you access or use the Services, usually "
            "based on your IP address.\n",
            set(),
        ),
        # the SIM card's region is a place like the IP's (survey 109)
        (
            "We collect information about your approximate location, including information "
            "based on your SIM card region. We may use it to personalize content.\n",
            set(),
        ),
        # "for" + a purpose noun with one modifier
        (
            "Our app automatically collects certain information:\n\n- Technical data: app "
            "version\n- Location data: approximate location for service optimization\n",
            {"location"},
        ),
        # items under a heading that names an access to data are what is accessed
        (
            "## Information We Access\n\n- SMS content to display conversations.\n"
            "- Contact names and phone numbers for contact search.\n",
            {"messages", "contacts"},
        ),
        ("## How to use the app\n\n- Send SMS to display conversations.\n", set()),
    ],
)
def test_commercial_english_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the answer to a "why" question states the purpose of what the question names
        (
            "**Why do we need the SMS permission?** To verify your number automatically.\n",
            {"messages"},
        ),
        ("为什么需要位置权限？用于推荐附近的门店。\n", {"location"}),
        ("Do we sell your location? No. We only keep it on your device.\n", set()),
        # "lets you", "lets the app": what the access makes possible
        ("### Read contacts\n\nLets you share runs with friends.\n", {"contacts"}),
        (
            "We request the READ_CALL_LOG permission. It lets the app show your recent calls in "
            "the widget.\n",
            {"calls"},
        ),
    ],
)
def test_questions_and_what_an_access_lets_you_do(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # one permission group named before "permission"
        ("The app needs the Phone permission to pause playback during calls.", {"calls"}),
        ("Call Logs permission: used to show recent calls.", {"calls"}),
        ("We do not need the Phone permission to pause playback.", set()),
        # the device's own number, read from the SIM card
        ("The app may read your phone number from the SIM card to simplify sign-up.", {"calls"}),
        ("We collect your phone number when you register to secure your account.", set()),
        # an SMS the device sends for the user, not one the service sends
        ("The app can send SMS on your behalf when you trigger an emergency alert.", {"messages"}),
        ("We may send you text messages to confirm your order.", set()),
    ],
)
def test_english_permission_names_and_device_sms(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a policy generator's description of a permission restates the permission
        (
            "### Contacts permission\n\nUsed for accessing contacts and profiles on the User's "
            "device, including the changing of entries.\n",
            set(),
        ),
        (
            "### Approximate location permission\n\nUsed for accessing the User's approximate "
            "device location. This Application may collect and use location Data in order to "
            "provide location-based services.\n",
            {"location"},
        ),
        # the Identifier for Advertising is data, not a purpose
        (
            "Among the types of data the app collects there are: Usage Data; unique device "
            "identifiers for advertising; Contacts permission; Phone permission.\n",
            set(),
        ),
        # what follows "for the following purposes:" are purposes, not data
        (
            "The Data is collected to provide the Services, as well as for the following "
            "purposes: Advertising, Managing contacts and sending messages.\n",
            set(),
        ),
        # a verb after the data reaches back to it as a passive, not as an infinitive
        (
            "Accessibility features let deaf drivers alert riders, allow only text messages "
            "from riders, and to receive flashing notifications.\n",
            set(),
        ),
        ("Your text messages are read to detect bank transactions.\n", {"messages"}),
    ],
)
def test_generated_and_commercial_english_texts(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a future change that would need consent is no collection today
        (
            "如您继续使用我们的服务，表示同意接受修订后的本政策，但是如果更新的内容需要采集您的通讯录、"
            "地理位置等个人敏感信息，仍会再次征求您的同意。\n",
            set(),
        ),
        # a contact person, an SMS service provider, a dot on the screen
        (
            "当您申请变更地址、联系人或联系电话时，客服会要求您提供账号信息，用于核验您的身份。\n",
            set(),
        ),
        ("为实现短信验证码等能力，我们可能使用云服务商（例如短信/号码认证服务）。\n", set()),
        ("悬浮窗：用于显示可拖拽的圆点定位界面。\n", set()),
        # acts listed before 权限 are not permission names; 使用以上 is not 用以
        ("我们会收集和使用您的设备信息、申请设备权限，以帮助我们提供更优质的服务。\n", set()),
        (
            "我们将会使用您的以下功能：麦克风、短信控制、通话权限，如果您禁止APP使用以上相关服务，"
            "您将自行承担后果。\n",
            set(),
        ),
        # a "definition" that says when the app collects is a disclosure
        (
            "位置信息，指您开启设备定位功能并使用我们基于位置提供的相关服务时，收集的有关您位置的信息，"
            "包括：通过GPS或WiFi等方式收集的您的地理位置信息。\n",
            {"location"},
        ),
        ("个人敏感信息是指一旦泄露可能危害人身安全的个人信息，包括通讯录、行踪轨迹。\n", set()),
    ],
)
def test_commercial_chinese_texts(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document) == want


def test_preformatted_html_text_keeps_its_lines(tables: Tables) -> None:
    document = (
        "<html><body><pre>为了向您提供各项功能，我们会收集您的相关设备信息，这些信息包括：\n"
        "* 设备标识符：如国际移动设备身份码IMEI；\n* 位置信息：我们会使用GPS收集您的位置。\n"
        "</pre></body></html>"
    )
    assert _disclosed(tables, document, "policy.html") == {"calls", "location"}


@pytest.mark.parametrize(
    ("document", "name", "want"),
    [
        # an SDK table's "功能" column says what the SDK is for
        (
            "<table><tr><td>SDK名称</td><td>功能</td><td>收集信息</td></tr><tr><td>推送SDK</td>"
            "<td>消息推送</td><td>设备标识符（IMEI、Android ID）、网络信息</td></tr></table>",
            "sdk.html",
            {"calls"},
        ),
        # …and so does an SDK entry's "服务类型"
        (
            "SDK名称：推送SDK\n服务类型：推送\n收集个人信息类型：设备信息（IMEI、MAC）、位置信息\n",
            "sdk.txt",
            {"calls", "location"},
        ),
        # a table whose columns give no reason discloses nothing
        (
            "<table><tr><td>SDK名称</td><td>公司</td><td>收集信息</td></tr><tr><td>推送SDK</td>"
            "<td>某公司</td><td>设备标识符（IMEI）</td></tr></table>",
            "sdk.html",
            set(),
        ),
    ],
)
def test_sdk_function_columns(tables: Tables, document: str, name: str, want: set[str]) -> None:
    assert _disclosed(tables, document, name) == want


@pytest.mark.parametrize(
    ("document", "name", "want"),
    [
        # a GitHub table without outer pipes, one row going on in the next line
        (
            "为向您提供推送服务，我们接入了第三方SDK，如下表所述：\n"
            "第三方名称 | 第三方提供的功能 | 第三方收集的个人信息\n---|---|---\n"
            "推送SDK | 消息推送功能 |\n设备信息（IMEI）\n微信SDK | 微信分享 | 设备信息（IMEI）\n",
            "policy.md",
            {"calls"},
        ),
        # the same inside an HTML <pre>
        (
            "<html><body><pre>SDK名称 | 使用目的 | 收集信息\n---|---|---\n"
            "地图SDK | 定位服务 | 位置信息\n</pre></body></html>",
            "policy.html",
            {"location"},
        ),
    ],
)
def test_tables_without_outer_pipes(
    tables: Tables, document: str, name: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, name) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a purpose that only restates the access gives no reason
        ("设置写入，允许一个程序读取或写入系统设置，用于写入系统设置。", set()),
        ("位置权限：用于获取您的位置信息。", set()),
        ("位置权限：用于获取您的位置信息，以便推荐附近门店。", {"location"}),
        ("Contacts: used to access your contacts.", set()),
        ("短信权限：用于读取验证码，实现自动填充。", {"messages"}),
        # brightness read as a device attribute is not a settings change
        ("为保障账号安全，我们会采集您的设备信息，包括屏幕亮度、电池电量，用于风险识别。", set()),
        ("修改系统设置：用于调节屏幕亮度", {"settings"}),
        # a channel the company writes through; an SMS permission the app is granted
        ("我们将以公告、短信或其他书面方式通知您，以便您了解变更。", set()),
        ("在您通过手机号登录时，需允许应用程序发送SMS消息，用于验证码登录。", {"messages"}),
    ],
)
def test_circular_purposes_and_settings_reads(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # "to read …" says more than the permission does
        ("READ_SMS / RECEIVE_SMS: to read bank transaction SMS as they arrive", {"messages"}),
        ("The app requests permission to read your contacts.", set()),
        # "for" + two modifiers + a purpose noun, but not a vague or joined one
        (
            "The app uses the contacts permission for one opt-in feature: contact lookup.",
            {"contacts"},
        ),
        (
            "Location data stays on your device unless explicitly stated for a specific feature.",
            set(),
        ),
        ("Our app integrates with SMS gateways: For OTP and notifications.", set()),
        # latitude and longitude worked out from the IP address are still the IP's
        (
            "We collect a location item with the approximate latitude and longitude of the user "
            "based on your IP address, to gather statistics.",
            set(),
        ),
    ],
)
def test_english_purposes_that_say_more(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_separator_lines_and_markdown_in_pre_end_blocks(tables: Tables) -> None:
    pre = (
        "<html><body><pre>1 如有意见可邮件联系我们：\n==========\n### 二、我们如何收集信息\n"
        "基于您的明确同意，我们将收集您的地理位置信息，用于推荐附近的门店。\n</pre></body></html>"
    )
    blocks = text_blocks(pre, "policy.html")
    assert ("heading", "二、我们如何收集信息") in [(b.kind, b.text) for b in blocks]
    assert _disclosed(tables, pre, "policy.html") == {"location"}
    plain = "第一部分\n==========\n我们会收集您的位置信息。\n"
    assert [b.text for b in text_blocks(plain, "policy.txt")] == [
        "第一部分",
        "我们会收集您的位置信息。",
    ]


def test_a_circular_item_takes_no_purpose_from_its_introduction(tables: Tables) -> None:
    document = (
        "以下情形中，您可以选择授权我们收集和使用个人信息的场景：\n\n"
        "- 设置写入，允许一个程序读取或写入系统设置，用于写入系统设置。\n"
        "- 读写系统设置权限，用于调节屏幕亮度。\n"
    )
    assert _disclosed(tables, document, "policy.md") == {"settings"}
    circular_only = document.rsplit("- 读写", 1)[0]
    assert _disclosed(tables, circular_only, "policy.md") == set()


def test_a_table_whose_cells_stand_on_their_own_lines(tables: Tables) -> None:
    # html2text-style: each cell on its own line between "|" lines, rows apart
    document = (
        "### 一、我们收集的信息\n（二）我们会出于以下目的，收集和使用您的信息：\n"
        "序号\n|\n使用目的\n|\n"
        "所需信息或权限  \n  \n---|---|---  \n  \n1\n|\n方便输入，减少操作\n|\n短信/彩信  \n  \n"
        "2\n|\n邀请好友参加游戏\n|\n通讯录  \n"
    )
    blocks = text_blocks(document, "policy.md")
    assert [b.kind for b in blocks][-3:] == ["header", "row", "row"]
    assert _disclosed(tables, document, "policy.md") == {"messages", "contacts"}


@pytest.mark.parametrize(
    "sentence",
    [
        # what the service sends to the user; the user changing their own settings
        "为方便您出行，我们可能会向您发送行程通知短信，主要包括电子客票信息。",
        "在您使用小程序时，您可以通过修改系统设置里的定位服务改变您的授权。",
        "注册时，您需要提供姓名、手机号码、短信息验证码，便于我们为您提供服务。",
    ],
)
def test_chinese_sent_to_the_user_or_done_by_the_user(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


def test_a_table_flattened_to_one_cell_per_paragraph(tables: Tables) -> None:
    document = (
        "（三）设备权限调用情况。\n\n在某些场景下，我们可能会调用您的一些设备权限（详见下表）。\n\n"
        "调取设备权限\n\n应用场景/服务\n\n调用权限目的\n\n关闭权限的影响\n\n"
        "通讯录\n\n手机充值\n\n方便您输入充值手机号\n\n需手动输入充值手机号\n\n"
        "相机\n\n扫一扫\n\n扫描二维码\n\n无法使用扫一扫\n\n（四）我们如何使用Cookie\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"contacts"}
    # short paragraphs under a header without a purpose column are not a table
    no_purpose = document.replace("调用权限目的", "调用权限说明").replace("应用场景/服务", "服务")
    assert _disclosed(tables, no_purpose, "policy.txt") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # GET_ACCOUNTS as Android names it in Chinese; a ringtone set as the default
        ("登录时需要查找您设备上的账号信息，以方便您快捷登录。", {"contacts"}),
        ("为了将铃声设置为默认来电铃声，我们需要修改设置权限。", {"settings"}),
    ],
)
def test_chinese_permission_labels(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # 为 / 以 + a verb of aim
        ("为提高您账号的安全性，我们需要记录您使用的国际移动设备身份码（IMEI）。", {"calls"}),
        (
            "您办理挪车服务时，地图服务商会采集您当前所在位置信息，以确定办理业务的具体位置。",
            {"location"},
        ),
        # a refusal the user may make negates no access
        (
            "电话状态：安装时APP会申请此权限，目的是为了安全风控，需要读取您的设备状态信息，"
            "如果您选择不开启此权限，可能无法完成安全验证。",
            {"calls"},
        ),
        ("位置：我们不会收集您的位置信息。", set()),
        # a channel: "以推送、短消息等形式"
        ("您可以通过消息通知服务，以推送、短消息等形式获得订单状态更新，以便及时了解订单。", set()),
        # kept on the servers: taken from the device first
        (
            "Your address book is stored in our server in order to help you connect with your "
            "friends.",
            {"contacts"},
        ),
        # messages listed with photos are content shared in the service
        (
            "If you choose to share text messages, photos and videos with other users, your "
            "text messages, photos and videos may be stored on our servers.",
            set(),
        ),
        # a sentence after "Note:" is not a list the colon introduced
        (
            "We collect your name to personalise offers (Note: We will never collect any "
            "information sent through emails or text messages) to improve the games.",
            set(),
        ),
        # geo-location information listed next to the IP address is not derived from it
        (
            "Advertisers may collect your device identifier, geo-location information and IP "
            "address to provide advertisements of interest to you.",
            {"location"},
        ),
    ],
)
def test_survey_six_and_seven_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_a_definition_list_term_and_its_description_are_one_field(tables: Tables) -> None:
    document = (
        "<ul><li>统计分析SDK<dl><dt>第三方名称：</dt><dd>某公司</dd><dt>使用目的：</dt>"
        "<dd>用于收集软件的运行状况、日志</dd><dt>收集个人信息类型：</dt>"
        "<dd>设备信息（IMEI/MAC/SIM卡IMSI）、位置信息</dd></dl></li></ul>"
    )
    assert [b.text for b in text_blocks(document, "p.html")][1:3] == [
        "第三方名称：某公司",
        "使用目的：用于收集软件的运行状况、日志",
    ]
    assert _disclosed(tables, document, "policy.html") == {"calls", "location"}
    english = "<dl><dt>Location</dt><dd>Used to show the weather where you are.</dd></dl>"
    assert [b.text for b in text_blocks(english, "p.html")] == [
        "Location: Used to show the weather where you are."
    ]


def test_an_act_in_its_ing_form_still_takes_its_object(tables: Tables) -> None:
    sentence = (
        "Randomly generated tokens, used for setting up a call or transmitting a message between "
        "a particular pair of contacts."
    )
    assert _got(tables, sentence) == set()


def test_a_whole_section_marked_up_as_a_heading_is_read_as_paragraphs(tables: Tables) -> None:
    long_heading = (
        "<h3>1. What we collect. Payment: we do not collect any payment information from you. "
        + "Other details of the service are described on this page at some length. " * 3
        + "Friends Matching: With your consent, we may access your contacts. We will use your "
        "contacts’ information to help you find your friends.</h3>"
    )
    assert _disclosed(tables, long_heading, "policy.html") == {"contacts"}


@pytest.mark.parametrize(
    "sentence",
    [
        "客服支持：我们需要您的账号信息、您与我们的沟通或通话记录，用于解决争议。",
        "我们会向您提供您可能感兴趣的服务信息，如：推销产品的商业性短信息，以便您了解优惠。",
        "当您使用本平台的短信/认证服务时，需要您提供手机号码，以便我们提供认证服务。",
    ],
)
def test_company_channels_and_service_records(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


def test_an_abbreviation_point_ends_no_sentence(tables: Tables) -> None:
    document = (
        "<p>Personal data collected for creating your account may include device related "
        "information (e.g. IMEI number) and your name.</p>"
    )
    assert _disclosed(tables, document, "policy.html") == {"calls"}


def test_a_word_after_a_possessive_is_a_noun_not_an_act(tables: Tables) -> None:
    sentence = (
        "Personal data collected for creating your account may include your email address, "
        "your IMEI number."
    )
    assert _got(tables, sentence) == {"calls"}


def test_a_contact_list_of_a_social_media_account_is_not_the_address_book(
    tables: Tables,
) -> None:
    sentence = (
        "If You register through a Third-Party Social Media Service, We may collect Personal "
        "data such as Your name or Your contact list associated with that "
        "account, to create Your profile."
    )
    assert _got(tables, sentence) == set()


def test_a_paragraph_announcing_the_following_introduces_the_list_without_a_colon(
    tables: Tables,
) -> None:
    document = (
        "<p>The app obtains the following information from your phone</p>"
        "<ul><li>the IMEI of your phone</li><li>a unique device ID</li></ul>"
        "<p>This information is used to identify your records in our database.</p>"
    )
    assert _disclosed(tables, document, "policy.html") == {"calls"}


def test_the_devices_own_phone_number_is_the_phone_permission(tables: Tables) -> None:
    sentence = "We read the phone number of your mobile device to log you in without a password."
    assert _got(tables, sentence) == {"calls"}


def test_a_bold_title_on_its_own_line_labels_its_paragraph(tables: Tables) -> None:
    document = (
        "<p><b>接收讯息（短信）</b><br/>解析短信中的验证码需要接收短信并获取短信中的内容。</p>"
        "<p><b>Phone</b><br/>This app shows who is calling.</p>"
    )
    assert _disclosed(tables, document, "policy.html") == {"messages"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("接收讯息（短信）：解析短信中的验证码需要接收短信并获取短信中的内容。", {"messages"}),
        ("定位：ACCESS_FINE_LOCATION —— 工具「获取位置 / 天气」时请求。", {"location"}),
        (
            "我们会接收并记录您所使用的设备（手机，电脑等）相关信息（例如IMEI），用于安全分析。",
            {"calls"},
        ),
    ],
)
def test_permission_labels_features_in_use_and_asides(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_title_about_purposes_is_no_purpose_for_the_heading_above(tables: Tables) -> None:
    document = "8.修改系统设置\n\n敏感隐私权限用途说明：\n\n1.显示弹框\n"
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "We may use a push notification service to notify you about phone calls.",
        "We may use SMS to notify you of any claims related to your account.",
    ],
)
def test_what_the_service_tells_the_user_is_not_taken_from_the_device(
    tables: Tables, sentence: str
) -> None:
    assert _got(tables, sentence) == set()


def test_a_search_of_the_address_book_as_part_of_a_feature(tables: Tables) -> None:
    sentence = (
        "As part of connecting you to your friends, we may search your phone's contacts for "
        "other users you may want to connect with."
    )
    assert _got(tables, sentence) == {"contacts"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "当您使用发送短信功能时，我们会调用您的手机发送短信功能，为了向您提供短信发送服务。",
            {"messages"},
        ),
        ("为精准展示您周边的充电站，第三方地图服务商可能收集您的地理位置信息。", {"location"}),
        ("为了监控客户端崩溃问题，腾讯Bugly会获取ICCID。", {"calls"}),
        ("Crash reporting reads the ICCID to tell devices apart.", {"calls"}),
    ],
)
def test_the_device_sending_sms_aims_and_sim_identifiers(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_the_last_item_of_a_list_before_a_paragraph_is_an_item_not_a_label(
    tables: Tables,
) -> None:
    document = (
        "## Information Collection And Use\n\nThe permissions are;\n\n"
        "- Storage (to read music files)\n"
        "- Write settings (to set as ringtone only)\n\nSome other capabilities of the app:\n"
    )
    assert _disclosed(tables, document, "policy.md") == {"settings"}


@pytest.mark.parametrize(
    "document",
    [
        "## Information We Access\n\n- Contact names and phone numbers for contact selection\n",
        "We read your addressbook for caller lookup.\n",
    ],
)
def test_purpose_nouns_of_address_book_features(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == {"contacts"}


def test_a_table_with_a_purpose_column_is_no_glossary(tables: Tables) -> None:
    document = (
        "| Data Type | Purpose |\n|---|---|\n"
        "| Location | Include in emergency alerts |\n\n"
        "## Permissions\n\n| Permission | Why We Need It |\n|---|---|\n"
        "| Location | To share your location during emergencies |\n"
    )
    assert _disclosed(tables, document, "policy.md") == {"location"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("We may track location-based information from your device to provide local services.",
         {"location"}),
        ("The contact journal helps you keep track of your personal contacts to warn them.", set()),
        ("For security purposes, we may record phone calls made on the platform.", set()),
        ("We store your location (hereinafter referred to as the place data).", set()),
    ],
)  # fmt: skip
def test_location_based_data_and_platform_calls(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_denial_of_the_act_just_described_undoes_it(tables: Tables) -> None:
    document = (
        "<p>On Android 10 or lower, location services need to be enabled for your phone to "
        "search for Bluetooth signals. Please note that no location data is collected in this "
        "process.</p>"
    )
    assert _disclosed(tables, document, "policy.html") == set()
    other = (
        "<p>We use your location to show nearby stores. We do not collect your location in the "
        "background.</p>"
    )
    assert _disclosed(tables, other, "policy.html") == {"location"}


def test_a_paragraph_after_a_semicolon_goes_on_with_its_item(tables: Tables) -> None:
    document = (
        "<p>当您使用本应用时，我们会请求您提供这些信息，这些信息通常仅限于：</p>"
        "<p>(1) 您的通讯录中的联系人；</p><p>通过读取通讯录选择接收人</p>"
        "<p>(2) 您的手机号码、IMEI等；</p><p>通过读取手机设备信息来判断账号是否登录了新设备</p>"
    )
    assert _disclosed(tables, document, "policy.html") == {"calls", "contacts"}


def test_a_platform_prefix_before_a_permission_label(tables: Tables) -> None:
    sentence = "Android-电话（仅面向Android 10以下设备）：读取手机状态信息，保证游戏正常运行。"
    assert _got(tables, sentence) == {"calls"}


def test_a_tab_separated_table_with_wrapped_cells() -> None:
    document = (
        "设备应用权限说明\n\n设备权限\t对应业务功能\t调取场景\t调取目的\n"
        "相机权限\t更换头像\t个人信息编辑\n需要更换头像时\t用户更换头像\n"
        "读取电话状态权限\t应用性能监控\t初始化统计SDK时\t统计分析\n"
    )
    blocks = to_blocks(document.encode(), "policy.txt")
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        ("header", "设备权限 | 对应业务功能 | 调取场景 | 调取目的"),
        ("row", "相机权限 | 更换头像 | 个人信息编辑需要更换头像时 | 用户更换头像"),
        ("row", "读取电话状态权限 | 应用性能监控 | 初始化统计SDK时 | 统计分析"),
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("當您使用附近門市功能時，我們會收集您的位置資訊，以便為您推薦附近的門市。", {"location"}),
        ("我們會讀取您的簡訊，用於自動填寫驗證碼。", {"messages"}),
        ("為了幫助您找到好友，我們會讀取您的通訊錄。", {"contacts"}),
        ("電話：讀取手機狀態，用於保障帳號安全。", {"calls"}),
        ("我們不會蒐集您的通訊錄。", set()),
        ("我們會透過簡訊驗證碼驗證您的身分。", set()),
    ],
)
def test_traditional_chinese_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_two_permissions_named_in_one_label(tables: Tables) -> None:
    sentence = "电话和短信：用于直接从列表中呼叫或发短信给您的联系人。"
    assert _got(tables, sentence) == {"calls", "messages"}
    assert _got(tables, "电话和邮箱：010-12345678，service@example.com") == set()


def test_a_list_item_in_framework_wording_keeps_its_introductions_purpose(
    tables: Tables,
) -> None:
    document = (
        "To let you invite friends, the app collects the following from your device:\n\n"
        "- Contacts: allows the app to read your contacts\n"
    )
    assert _disclosed(tables, document, "policy.md") == {"contacts"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("我们通过技术手段读取您的短信内容，仅限于读取验证码以进行注册。", {"messages"}),
        ("注册时我们将自动提取您的手机号码用于注册。", {"calls"}),
        ("电话通信记录权限：我们将用于查找输入的电话号码。", {"calls"}),
        (
            "当您使用好友推荐功能（如向您推荐可能认识的人），我们可能会请求您的通讯录权限。",
            {"contacts"},
        ),
    ],
)
def test_file_places_own_numbers_and_feature_scenarios(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_sms_among_notification_channels_is_no_access(tables: Tables) -> None:
    document = (
        "1 您可以通过我们提供的消息通知服务（包括短信、应用推送、APP消息），获得订单信息。"
        "我们可能会收集您的联系方式并将上述信息共享给消息通知服务的供应商，以便向您提供消息通知服务。\n"
    )
    assert _disclosed(tables, document, "policy.txt") == set()


def test_a_complete_tab_separated_row_takes_no_paragraph_after_it() -> None:
    document = "权限名称\t管理路径\t拒绝的影响\n麦克风\t设置\t无法录音\n我们会收集您的位置信息。\n"
    blocks = to_blocks(document.encode(), "policy.txt")
    assert [b.kind for b in blocks] == ["header", "row", "para"]


def test_where_a_file_is_saved_is_no_location(tables: Tables) -> None:
    document = (
        "<h2>数据导出与导入</h2><p>本应用提供数据导入导出功能，用于数据备份与迁移：</p>"
        "<ul><li><strong>导出</strong>：用户主动操作，将数据导出为JSON文件，保存位置由用户选择</li></ul>"
    )
    assert _disclosed(tables, document, "policy.html") == set()


def test_sentences_end_after_a_lost_space_but_not_inside_names() -> None:
    assert sentences("analytics services.We only provide it. Visit www.example.com now.") == [
        "analytics services.",
        "We only provide it.",
        "Visit www.example.com now.",
    ]


def test_a_permission_constant_labels_its_reason(tables: Tables) -> None:
    assert _got(tables, "CALL_PHONE: Direct emergency calling functionality") == {"calls"}
    assert _got(tables, "SEND_SMS: Send emergency text messages with location") == {"messages"}


def test_a_message_sent_to_the_user_is_not_read_from_the_device(tables: Tables) -> None:
    sentence = (
        "We will share your phone number with a vendor that helps us to send an SMS text "
        "message to you, to notify you of new requests."
    )
    assert _got(tables, sentence) == set()


def test_a_number_that_can_receive_sms_is_no_access_to_messages(tables: Tables) -> None:
    sentence = (
        "当您通过移动手机号码注册产品账号时，为完成注册，您需提供完整的、可接收短信或电话的手机号码，"
        "我们将通过发送短信验证码或语音验证码的方式确认您的身份是否有效。"
    )
    assert _got(tables, sentence) == set()


def test_a_device_information_section_title_is_not_the_phone_permission(
    tables: Tables,
) -> None:
    document = (
        "## 2.2 设备信息\n\n收集目的：确保应用正常运行\n\n收集内容：设备型号、操作系统版本\n\n"
        "使用方式：用于兼容性检测\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


def test_a_grant_the_user_gives_lets_the_app_act(tables: Tables) -> None:
    sentence = (
        "您可以授权使用我们的服务创建分享功能，并允许某某供应商获取您手机中的通讯录信息，"
        "从而使您通讯录中的联系人能够在平台上分享内容。"
    )
    assert _got(tables, sentence) == {"contacts"}
    assert _got(tables, "您可以在系统设置中关闭通讯录权限，从而停止授权。") == set()


def test_shi_yong_then_tu_is_not_the_purpose_word_yongtu(tables: Tables) -> None:
    assert _got(tables, "我们会收集您使用途中的位置信息。") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Phone: The app uses this permission to pause music during calls.",
        "Phone: This permission is used to pause music during calls.",
    ],
)
def test_a_description_of_this_permission_makes_its_label_a_permission(
    tables: Tables, sentence: str
) -> None:
    assert _got(tables, sentence) == {"calls"}
    assert _got(tables, "Phone: our support line is open 9-5.") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a negation with an exception limits the access to the one use it leaves
        (
            "The launcher does not use your contacts for anything other than showing them"
            " to you while you search.",
            {"contacts"},
        ),
        ("We do not read your contacts except to let you pick a recipient.", {"contacts"}),
        ("我们不会将您的位置信息用于除导航以外的任何目的。", {"location"}),
        # …but another act between them takes the exception
        ("We do not collect your location or share it with anyone except our partners.", set()),
        ("我们不会收集您的通讯录，或将其提供给除合作伙伴以外的任何人。", set()),
        ("We never collect your location.", set()),
    ],
)
def test_a_negation_with_an_exception_is_a_limit(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # "obligated to" states a duty, not why the data is used
        "Our vendors are contractually obligated to only use your phone number for the"
        " transmission of the authentication SMS.",
    ],
)
def test_a_duty_is_no_purpose(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


def test_sms_next_to_email_is_the_services_channel(tables: Tables) -> None:
    document = (
        "We use the information we collect from drivers for the following purposes:\n\n"
        "* Sending emails and text messages to drivers about the status of their application;\n"
        "* Checking the driving record.\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


def test_a_feature_the_app_gives_with_a_permission_makes_its_label_a_permission(
    tables: Tables,
) -> None:
    sentence = "Phone and SMS: the app allows you to block calls and texts from unknown numbers."
    assert _got(tables, sentence) == {"calls", "messages"}
    assert _got(tables, "Phone: We use your phone number to contact you.") == set()


def test_a_blank_line_inside_a_raw_html_cell_of_markdown_loses_nothing(tables: Tables) -> None:
    document = (
        "## Summary\n\n<table>\n<tr><th>Requirement</th><th>Implementation</th></tr>\n"
        "<tr><td>DPIA</td><td>\nNo assessment is needed.\n\nThe risk is limited.\n</td></tr>\n"
        "</table>\n\n## App permissions\n\n"
        "<table>\n<tr><th>Permission</th><th>Reason</th></tr>\n"
        "<tr><td>Location access (optional)</td>\n<td>\n"
        "This is needed if you want to share your location with a friend.\n</td></tr>\n"
        "</table>\n"
    )
    texts = [b.text for b in text_blocks(document, "PRIVACY.md")]
    assert "The risk is limited." in " ".join(texts)
    assert "App permissions" in texts
    assert _disclosed(tables, document, "PRIVACY.md") == {"location"}


@pytest.mark.parametrize(
    "sentence",
    [
        # where the user connects from, known through their internet service provider
        "We may determine your Internet Service Provider (ISP) and the approximate location"
        " of your point of connectivity from session data to improve the service.",
        # the user's own settings of something else
        "We may allow you to view and modify settings relating to the promotional"
        " communications you receive, to respect your choices.",
    ],
)
def test_isp_location_and_settings_of_other_things_disclose_nothing(
    tables: Tables, sentence: str
) -> None:
    assert _got(tables, sentence) == set()


def test_the_permissions_of_a_heading_are_no_permission_list(tables: Tables) -> None:
    # 信息 (the SMS group on some phones) is only a word here: 权限 belongs to 所需的
    document = "本政策将帮助您了解以下内容：\n\n1、我们收集的信息及所需的权限\n"
    assert _disclosed(tables, document, "policy.txt") == set()
    listed = "我们需要获取您的电话和短信权限，用于识别骚扰来电。"
    assert _got(tables, listed) == {"calls", "messages"}


def test_a_chinese_list_of_data_goes_on_after_a_comma(tables: Tables) -> None:
    sentence = (
        "为保障您正常使用我们的服务，我们会收集您的设备名称、操作系统、Wi-Fi状态/参数，"
        "设备识别符（如IMEI、MAC地址）、网络类型等信息。"
    )
    assert _got(tables, sentence) == {"calls"}
    # …but a comma before a clause with its own act still ends the list's clause
    denied = "我们会收集您的设备名称、操作系统，不会收集您的IMEI，以便提供服务。"
    assert _got(tables, denied) == set()


def test_label_lines_after_a_sentence_are_items_of_its_list(tables: Tables) -> None:
    document = (
        "1.3 当您使用本应用时，为保障您正常使用我们的服务，我们可能需要您授予如下权限：\n"
        "相册：导入视频、图片；上传头像；\n"
        "读取手机信息：用于登录。\n"
        "定位：第三方功能，访问粗略位置；\n"
    )
    blocks = text_blocks(document, "policy.txt")
    assert [b.kind for b in blocks] == ["item"] * 4
    assert blocks[0].text.startswith("当您使用")  # "1.3 " is the item's number
    assert blocks[3].text == "定位：第三方功能，访问粗略位置；"
    assert "location" in _disclosed(tables, document, "policy.txt")
    # a line that only titles what follows ("安卓端：") stays in its paragraph
    assert len(text_blocks("本软件接入第三方服务。\n安卓端：\n", "policy.txt")) == 1


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("2、为向您提供广告服务，本软件接入了如下第三方SDK：", {"location"}),
        # a bare title numbered in the list before it: the table is not read under the
        # purpose that introduced the permissions of item 1 (survey 53)
        ("2、第三方SDK接入服务", set()),
    ],
)
def test_an_item_that_introduces_a_table_leads_it(
    tables: Tables, title: str, want: set[str]
) -> None:
    document = (
        "1、为向您提供服务之目的，本软件可能获取如下权限：\n"
        "访问相机：您可以使用摄像头扫码；\n"
        "访问日历：您可以接收日历提醒\n"
        f"{title}\n"
        "序号\tSDK名称\t个人信息字段\n"
        "1\t某广告SDK\t设备信息、获取粗略位置\n"
    )
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a sentence that sums up what the sentence before collects, for its purpose
        (
            "When you use the Services, additional personal information may be collected"
            " from you. Such personal information may include your location information"
            " (GPS data) and other exercise information.\n",
            {"location"},
        ),
        (
            "当您使用服务时，我们会收集您的设备信息。这些信息包括IMEI、位置信息。\n",
            {"calls", "location"},
        ),
        # …not when that sentence denies the access, or gives no purpose
        (
            "We do not collect information when you use the Services. Such information may"
            " include your location.\n",
            set(),
        ),
        ("We value your privacy. Such information may include your location.\n", set()),
    ],
)
def test_a_sentence_that_sums_up_the_one_before(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_contacts_on_a_social_network_are_not_the_address_book(tables: Tables) -> None:
    sentence = (
        "If you choose to use third-party social networking services, we may receive"
        " information about your contacts on those social networking services."
    )
    assert _got(tables, sentence) == set()


def test_a_glossary_entry_that_needs_a_permission_redefines_nothing(tables: Tables) -> None:
    document = (
        "我们提供查看通讯录好友的功能，开启此功能需要您同意我们使用手机通讯录权限，"
        "以便您看到您的通讯录好友是否为本站用户。\n\n"
        "概念及定义\n\n本指引中使用到的名词，在通常意义中有如下定义：\n\n"
        "（1）通讯录信息：您所存储的联系人信息，包括手机号、名称。为收集上述信息，"
        "我们可能需要申请您授权我们使用设备的电话权限和存储权限。\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"contacts"}


def test_where_a_service_is_deployed_is_no_location(tables: Tables) -> None:
    assert _got(tables, "为提供服务，我们会收集您的数据并传输至服务的部署位置。") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # 来 + a verb of purpose states why
        ("我们可能会收集您当前的精确位置来个性化我们的服务。", {"location"}),
        ("我们会读取您的通讯录来为您推荐好友。", {"contacts"}),
        # …but not 带来 ("brings")
        ("这将为您带来提升，我们也会收集您的位置信息。", set()),
    ],
)
def test_lai_and_a_verb_of_purpose(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_a_short_tab_row_does_not_take_the_paragraph_after_it(tables: Tables) -> None:
    document = (
        "设备权限\t业务功能\t调取场景\t调取目的\n"
        "相机权限\t更换头像\t更换头像时\n"
        "我们不会向第三方出售您的个人信息。\n"
        "我们会读取您的通讯录，用于好友推荐。\n"
    )
    blocks = to_blocks(document.encode(), "policy.txt")
    assert [(b.kind, b.text) for b in blocks] == [
        ("header", "设备权限 | 业务功能 | 调取场景 | 调取目的"),
        ("row", "相机权限 | 更换头像 | 更换头像时"),
        ("para", "我们不会向第三方出售您的个人信息。我们会读取您的通讯录，用于好友推荐。"),
    ]
    assert _disclosed(tables, document, "policy.txt") == {"contacts"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # backing up, syncing, importing or forwarding is a use of its own, not the access
        # restated ("用于获取位置信息" restates it)
        ("我们会读取您的短信，用于备份。", {"messages"}),
        ("短信权限：用于同步短信", {"messages"}),
        ("通讯录权限：用于导入联系人", {"contacts"}),
        ("Contacts: used to export your contacts", {"contacts"}),
        ("位置权限：用于获取您的位置信息", set()),
        ("Contacts: used to access your contacts", set()),
    ],
)
def test_an_access_that_is_the_aim_itself(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # data as the means of a use that its verb names
        ("我们会使用您的位置信息推荐附近的商家。", {"location"}),
        ("我们会利用您的位置信息计算配送距离。", {"location"}),
        ("使用设备通讯录同步 %s 用户", {"contacts"}),
        ("我们会根据您的位置信息展示附近的门店。", {"location"}),
        ("我们会获取您的位置信息并展示附近的门店。", {"location"}),
        # …no use named, or the data shared on
        ("我们会使用您的位置信息。", set()),
        ("我们会获取您的位置信息并分享给合作伙伴。", set()),
    ],
)
def test_data_as_the_means_of_a_named_use(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # backing up or importing the data is the use itself, in a sentence
        ("Fossify Messenger 提供便捷的短信备份功能，允许您导出和导入信息。", {"messages"}),
        ("这将从系统默认短信数据库导入消息到 Silence 。", {"messages"}),
        ("是否自动备份新短信。", {"messages"}),
        # …not a control's bare label, a question, or a negated one
        ("导出通话记录", set()),
        ("导入系统短信数据库？", set()),
        ("我们不会备份您的短信。", set()),
    ],
)
def test_a_backup_or_import_is_the_use_itself(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a clause that starts with 以 + a verb is the aim of the one before
        ("根据电话号码匹配联系人，以集成通话应用快捷方式到系统联系人应用", {"contacts"}),
        # …not a manner, nor the policy's own update notice
        ("我们会收集您的位置信息，以加密的形式传输。", set()),
        (
            "本政策更新后，我们会发出更新版本，以便您及时了解本隐私政策的最新版本，但是如果更新的内容"
            "需要获取您通讯录等个人敏感信息，仍会再次以显著方式征求您的同意。",
            set(),
        ),
        # 应用于, 适用于 ("applies to") and 应用来源 hold no purpose word
        ("如果您更改了此设置，它将立即应用于您的新消息，我们收集您的位置信息。", set()),
        ("设备信息：包括IMEI、应用来源等信息", set()),
    ],
)
def test_yi_and_a_verb_after_a_comma(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # recording calls is the use itself, in a sentence
        ("录制来电和去电。后台录音需要麦克风和通知权限", {"calls"}),
        ("录制来电", set()),
        ("我们不会录制您的来电。", set()),
    ],
)
def test_recording_calls_is_the_use_itself(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # backing up or syncing SMS, the call log or contacts is the use itself, in a sentence
        ("SMS Backup+ backs up your SMS messages and call log to Gmail.", {"calls", "messages"}),
        ("Syncs your contacts with your server.", {"contacts"}),
        # …not a control's bare label, a refusal, or contacts of another service
        ("Export call log", set()),
        ("We never back up your contacts.", set()),
        (
            "Users can import their email contacts from third-party services like Gmail, or "
            "otherwise collect and manage contacts via their website.",
            set(),
        ),
    ],
)
def test_an_english_backup_is_the_use_itself(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    ["设置光标位置以便编辑。", "记住阅读位置以便下次继续。", "调整悬浮窗位置以便单手操作。"],
)
def test_a_position_in_the_interface_is_no_location(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the user grants the app a permission for an intent
        ("要搜索联系人，请向 Lawnchair 授予联系人和电话权限", {"calls", "contacts"}),
        # a track is a series of the device's positions
        ("本应用可以记录你的旅行轨迹，将其导出为GPX格式，以便此后用于地图工具。", {"location"}),
        ("第二个选项需要电话呼叫权限以获取有关蜂窝网络的信息。", {"calls"}),
        ("浏览轨迹将用于推荐商品。", set()),
    ],
)
def test_ui_rationale_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a purpose between the IP address and the place parts them: the place is not the IP's
        (
            "友盟+SDK需要收集您的设备Mac地址、唯一设备识别码（IMEI）、IP地址以提供统计分析服务，"
            "并通过地理位置校准报表数据准确性，提供基础反作弊能力。",
            {"calls", "location"},
        ),
        ("我们会根据您的IP地址获取您的大致位置，用于推荐内容。", set()),
        (
            "Technical Data includes IP address and your login data (IP address may be used to "
            "infer your location).",
            set(),
        ),
        # the user's right to see what is on the platform is no access by the app
        (
            "您有权随时访问我们平台上您的头像、联系人、地址等信息，若您向我们平台提供的联系人、 "
            "联系地址有误需要更新，您也可以随时在平台上进行更正或删除。",
            set(),
        ),
        # where an uploaded photo was taken is no location of the device
        (
            "当您上传照片时，为实现向您提供相册服务之目的，我们将收集您图片的EXIF信息（可能包括图片"
            "拍摄与处理时的地理位置、设备型号）。",
            set(),
        ),
    ],
)
def test_survey_87_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the code taken out of a received SMS is reading it, and copying it is the use
        ("自动从短信通知中复制验证码到剪贴板", {"messages"}),
        # …the user reading the code is not
        ("请从短信中获取验证码并填写。", set()),
    ],
)
def test_a_code_copied_out_of_an_sms(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a permission the unit says is not in use yet discloses nothing
        ("android.permission.READ_CONTACTS is needed for picking contacts (Not used yet).", set()),
        ("读取通讯录：用于添加好友（暂未使用）", set()),
        # …another aside does not take it back
        ("We read your contacts to find friends (optional).", {"contacts"}),
    ],
)
def test_a_permission_not_in_use(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a pseudo-cleft: the aim ("to provide") closes at the linking verb before the data
        (
            "The information we collect to provide our services includes your location.",
            {"location"},
        ),
        (
            "The information that Organiso uses to provide you with its services are (a) Your "
            "phone number (b) Your contacts.",
            {"contacts"},
        ),
        # …without the link the data is what is provided, not what is taken
        ("We use this to provide your location to the driver.", set()),
    ],
)
def test_an_aim_closed_by_a_linking_verb(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # advice to the users is their act, also after a connective
        (
            "However, users should secure their Telegram bot tokens and use caution when "
            "choosing where to forward SMS messages.",
            set(),
        ),
        # …unless the app acts in it
        (
            "You should grant the SMS permission so that the app can forward your messages.",
            {"messages"},
        ),
        ("However, we collect your location to show the weather.", {"location"}),
    ],
)
def test_advice_to_the_user(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the device's own number read by the app is an access by itself
        ("我们会自动提取您的手机号码，以便验证。", {"calls"}),
        ("如果你允许Kontalk处理电话呼叫，它将会自动检测到你的电话号码。", {"calls"}),
        ("我们不会自动获取您的手机号码。", set()),
    ],
)
def test_the_devices_own_number_read(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("您必须允许 Omega 修改系统设置才能使其正常工作", {"settings"}),
        ("Sky Map 需要您的近似位置以显示正确的夜空。", {"location"}),
        ("可选基于距离的紧急预警（需定位权限）", {"location"}),
        ("使用您的帐户，Pulse将自动备份您发送和接收的所有短信。", {"messages"}),
        # the user's own act after a condition; a pointer's position
        (
            "如果你选择了 '否'，你仍然可以在拨号时在电话号码后加上字符'+'，或长按联系人选择 "
            "'发送短信'以强制使用Sipdroid拨号。",
            set(),
        ),
        ("显示指针位置以便调试。", set()),
        ("系统恢复正常后发送短信。", set()),
    ],
)
def test_survey_88_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_a_demonstrative_answers_the_question_before(tables: Tables) -> None:
    document = "允许访问您的粗略位置？ 这可以实现更准确的日光计算。\n"
    assert _disclosed(tables, document, "strings.txt") == {"location"}
    assert _disclosed(tables, "允许访问您的粗略位置？\n", "strings.txt") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a use by "the user" is a scenario, as one by "you"
        (
            "When the user shares their location, FluffyChat uses the device location service and "
            "sends the geo-data via Matrix.",
            {"location"},
        ),
        # a place the user picks is not where the device is
        (
            "To provide weather alerts for your chosen location, the app sends your selected "
            "county to the weather service. This is required to retrieve alert information.",
            set(),
        ),
        # a service template's "phone contacts" are a mailing list's
        (
            "This type of service makes it possible to manage a database of email contacts, phone "
            "contacts or any other contact information to communicate with the User, and when the "
            "User interacted with it.",
            set(),
        ),
    ],
)
def test_survey_90_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


def test_a_location_from_the_network_address_is_the_ips(tables: Tables) -> None:
    sentence = (
        "若您启用 Firebase 服务时，Firebase SDK 将上传您的移动设备标识符、基于网络地址的地理位置"
        "信息、Firebase 安装 ID。"
    )
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # an intent before a request for the permission, without 要 and its comma
        ("查看通话记录请开启电话访问权限", {"calls"}),
        # the app needs the data for an aim; 来 + 记录
        ("我们需要位置信息来记录生成媒体文件的位置。", {"location"}),
        (
            "当您使用邀请服务时，我们需要您提供手机通讯录以及短信发送权限。",
            {"contacts", "messages"},
        ),
        # chat contacts in the app
        ("用于帮助您完成注册、保护账号安全、建立和管理联系人关系、为您提供聊天功能。", set()),
        ("如需关闭定位请打开系统设置权限", set()),
    ],
)
def test_survey_92_93_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_advice_to_guard_ones_own_sms_is_no_access(tables: Tables) -> None:
    sentence = (
        "4.2 若您同意本协议，我们将视为您同意以下第三方服务商的隐私协议：（1）《MobTech隐私协议》"
        "第五条 对异常情况的责任声明 5.1您应妥善保管您的身份信息，包含但不限于优化手机安全设置、"
        "避免使用不安全软件、防范短信被窃取、避免在非安全网络下使用等。"
    )
    assert _got(tables, sentence) == set()


def test_this_permission_refers_to_the_label_before(tables: Tables) -> None:
    """ "This permission" after a sentence titled by a label that names no data speaks of
    that label, not of data the sentence mentions in passing."""
    document = (
        "<ul><li><strong>Run at startup</strong><br>CSO runs a background service that registers "
        "a bunch of event listeners (like phone state events, screen unlocks, etc). This "
        "permission allows the service to automatically start when you (re)boot your device."
        "</li></ul>"
    )
    assert _disclosed(tables, document, "policy.html") == set()
    phone = document.replace("Run at startup", "Phone state")
    assert _disclosed(tables, phone, "policy.html") == {"calls"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a state of the app's own activity is a use scenario
        ("RunnerUp records location (GPS) when an activity is started.", {"location"}),
        ("We delete your location when the account is deleted.", set()),
    ],
)
def test_a_state_of_the_apps_activity(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a permission named in quotes
        ("授予“电话”权限，以查看最近的通话", {"calls"}),
        # data (records, coordinates) as the means of a use its verb names
        ("CallMeter根据电话,短信,数据连接记录生成报告.", {"messages"}),
        ("使用 GPS 坐标找出您应该怎样回到以前曾造访的位置。", {"location"}),
        ("应用会根据您的位置提议您所在的城市", {"location"}),
        # a location derived from the IP address
        ("设置默认城市天气。 当前行为会根据IP获取位置信息。", set()),
    ],
)
def test_survey_96_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # data received from the user's account elsewhere is not taken from the device
        (
            "When you give permission for this to happen, GitLab will receive information about "
            "you from your third-party account, such as name, email address, location and "
            "demographic information.",
            set(),
        ),
        (
            "When you use the app, we receive your location from your device to show the weather.",
            {"location"},
        ),
    ],
)
def test_data_from_your_third_party_account(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # a code the service texts, and identifying a person, are no access to SMS or location
        "我们如何收集和使用个人信息 身份要素：本平台用于识别您身份的信息要素，例如：您的登录名、"
        "密码、短信校验码、手机号码、证件号码。",
        "我们可能会收集日志信息，主要用于记录您浏览我们产品时的行为，在进行特殊处理且无法定位到"
        "特定用户后，用于数据分析来改善产品服务。",
    ],
)
def test_survey_99_traps(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # what the data is used as names its use
        ("baresip uses Android contacts as references to SIP and tel URIs", {"contacts"}),
        ("We use your location information as described in this policy.", set()),
        ("We may use your contacts as permitted by law.", set()),
    ],
)
def test_data_used_as_something(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a permission dialog's reason: the feature before "需要此权限"
        ("读取通话记录、拦截电话需要此权限", {"calls"}),
        ("备份还原联系人时需要此权限", {"contacts"}),
        # 访问 + 以 gives the aim
        ("启用位置访问以获取准确的天气数据", {"location"}),
        # the app as the one who needs it, not a feature before the permission
        ("应用需要该权限把来电带到前台。", set()),
    ],
)
def test_survey_100_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a relative clause that says what the access achieves
        (
            "The app collects your device's location, which helps us show the weather where "
            "you are.",
            {"location"},
        ),
        # the logging of data, named as a noun, is its access
        (
            "Trailbook is an app for continuous logging of location coordinates, designed to "
            "record your hikes.",
            {"location"},
        ),
        # a subject that backs the data up, in a clause without its full stop
        ("Pocket Backup - an app that backs up the contacts on your phone", {"contacts"}),
        # …while a control's bare label is still none
        ("Back up contacts", set()),
        # a permission as the subject of "allows": its use, unless it restates the access
        (
            "For example, the contacts permission will allow the contact name to be added to "
            "the file name.",
            {"contacts"},
        ),
        ("The location permission allows the app to show nearby stores.", {"location"}),
        ("The contacts permission allows the app to read your contacts.", set()),
        ("READ_CONTACTS: Allows the app to read your contacts.", set()),
        # a privileged app's calls
        ("CALL_PRIVILEGED is needed for calling emergency services.", {"calls"}),
        # what the user may do with data the app recorded
        (
            "It is at your sole discretion how to use the recorded location data, for example "
            "if you use it for a travel diary.",
            set(),
        ),
    ],
)
def test_survey_101_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("text", "first", "want", "second"),
    [
        # a name with a long note ("* `RECEIVE_BOOT_COMPLETED`, … (automatically granted at
        # install time)") titles its nested description, as a short name does
        (
            "## Permissions\n\n"
            "* `READ_CONTACTS` (**optional**)\n"
            "  * Needed to add the caller's name to the recording's file name.\n"
            "* `RECEIVE_BOOT_COMPLETED`, `FOREGROUND_SERVICE_SPECIAL_USE` "
            "(**automatically granted at install time**)\n"
            "  * Needed to move recordings made before the first unlock to the output folder.\n",
            "Needed to add the caller's name to the recording's file name.",
            {"contacts"},
            "Needed to move recordings made before the first unlock to the output folder.",
        ),
        # …and so does a full name however long its package prefix makes it
        (
            "- **android.permission.READ_PHONE_STATE**\n\n"
            "    App reads device id to deliver notifications.\n"
            "- **android.permission.RECEIVE_BOOT_COMPLETED**\n\n"
            "    To receive notifications when the device is powered on.\n",
            "App reads device id to deliver notifications.",
            {"calls"},
            "To receive notifications when the device is powered on.",
        ),
    ],
)
def test_a_long_permission_name_titles_its_description(
    tables: Tables, text: str, first: str, want: set[str], second: str
) -> None:
    """The second permission's description is its own, not read under the first one."""
    got = _verdicts(tables, text, "README.md")
    assert (got[first], got[second]) == (want, set())


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # blocking, answering or intercepting a call on the device is access to it, and the
        # handling is the use itself
        ("Blocks calls with negative rating automatically (option).", {"calls"}),
        ("block unwanted calls from certain numbers or private numbers,", {"calls"}),
        ("The app answers incoming calls automatically.", {"calls"}),
        # …and so is redirecting, recording or detecting them (survey 107)
        ("Redirect outgoing calls to Signal/Telegram/Threema.", {"calls"}),
        ("Records incoming and outgoing calls.", {"calls"}),
        ("Detects missed calls and sends an SMS reply to the caller.", {"calls"}),
        # …and so is blocking texts, or "the blocking of" calls (survey 112)
        ("Allows to display and block incoming SMS messages.", {"messages"}),
        ("The app lets you set up the blocking of unwanted calls easily.", {"calls"}),
        ("It backs up your SMS-messages to a file so that you can restore them.", {"messages"}),
        # …not the service's own calls with its customers
        ("We may record telephone calls made or received by us in providing the Service.", set()),
        ("拦截骚扰电话。", {"calls"}),
        # …and so is screening the calls that come in
        ("该应用会自动筛选来电，并根据号码库拦截已知的垃圾号码。", {"calls"}),
        # …but not a bare label, a negation, or the user's act on cookies
        ("Block calls", set()),
        ("We do not block calls.", set()),
        ("如您拒绝，将无法拦截骚扰电话。", set()),
        ("来电筛选", set()),
        # forwarding, backing up or restoring the texts is the use itself; 不仅 is no negation
        ("不仅只转发短信，备用机必备神器！", {"messages"}),
        ("我们不会转发您的短信。", set()),
        ("转发短信", set()),
        # the code SMS recognised on the device, and the code copied for the user (survey 107)
        ("识别短信验证码的模块，并将验证码拷贝到剪切板，亦可以自动输入验证码。", {"messages"}),
        ("点击获取短信验证码，我们会向您发送验证码以完成验证。", set()),
        # what a refused permission stops names its use, as in English; not a vague one
        ("关闭短信识别或撤回短信权限后，后续短信识别将无法使用。", {"messages"}),
        ("撤回通讯录权限后，好友推荐功能将无法使用。", {"contacts"}),
        ("如您拒绝授予位置权限，您将无法使用部分功能。", set()),
        # …but "this feature" is the one the sentence before described, as the labellers of
        # surveys 128, 136 and 153 read it (tests/unit/test_disclosure_refusal_costs.py)
        ("拒绝位置权限后，您将无法使用该功能。", {"location"}),
        # a feature the user turns on, then the access it needs (survey 107)
        (
            "只有在您主动开启短信识别并授予短信权限后，本应用才会接收和处理新到达的短信。",
            {"messages"},
        ),
        ("在您开启骚扰拦截功能后，我们会读取您的通话记录。", {"calls"}),
        # …not the consent alone, nor opening the app
        ("在您开启位置权限后，我们会获取您的位置信息。", set()),
        ("我们仅会在您主动打开客户端后，才会获取您的设备位置信息。", set()),
        # a permission dialog's reason, "需要用到此权限"
        ("备份/还原联系人需要用到此权限", {"contacts"}),
        # the permission as the subject of what it ensures
        (
            "Granting SMS permission ensures the gateway app can send and receive SMS "
            "messages as required by your configuration.",
            {"messages"},
        ),
        # a clause that opens with 方便 + its aim
        (
            "我们会定期进行数据上报和位置收集，方便给您更好的保障服务安全和提供更精准的信息。",
            {"location"},
        ),
    ],
)
def test_survey_102_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_a_list_introduction_ends_a_flattened_table(tables: Tables) -> None:
    """A short paragraph that ends with a colon introduces what follows: it is no cell of the
    table above it, so the list after it is read under it, not under the table's header."""
    table = (
        "为向您提供服务，我们调用的权限如下：\n\n"
        "权限名称\n\n使用目的\n\n调用场景\n\n相机\n\n扫描二维码\n\n扫码时\n\n"
    )
    listed = "此外，可能会获取到以下权限：\n\n1)读取手机联系人\n\n2)读取手机定位信息\n"
    assert _disclosed(tables, table + listed, "policy.txt") == set()


def test_a_settings_screens_strings_are_no_flattened_table(tables: Tables) -> None:
    """Three short strings that all name one column word ("启用功能 / 禁用功能 / 按需选择…功能")
    are a settings screen, not a table's header copied a cell a paragraph: the strings after
    them are not read as its rows."""
    text = (
        "启用功能\n\n禁用功能\n\n按需选择您要启用远程控制的功能\n\n远程查联系人列表\n\n远程添加联系人\n\n"
        "短信内容\n"
    )
    assert _disclosed(tables, text, "policy.txt") == set()
    table = "权限名称\n\n使用目的\n\n调用场景\n\n通讯录\n\n快速邀请好友\n\n邀请好友时\n"
    assert _disclosed(tables, table, "policy.txt") == {"contacts"}


def test_a_section_of_future_features_discloses_nothing(tables: Tables) -> None:
    """What the app may do one day is no access that happens now."""
    plans = (
        "## Future Improvements\n\n"
        "- Driving detection: the app could use GPS to detect when you are driving, to start "
        "automatically.\n"
    )
    assert _disclosed(tables, plans, "README.md") == set()
    now = plans.replace("Future Improvements", "Features")
    assert _disclosed(tables, now, "README.md") == {"location"}


@pytest.mark.parametrize(
    ("status", "want"),
    [("开发中，基础框架已完成", set()), ("计划中", set()), ("已完成", {"contacts"})],
)
def test_a_feature_not_built_yet_discloses_nothing(
    tables: Tables, status: str, want: set[str]
) -> None:
    """A table's status cell, or an item's trailing aside, that says the feature is not built
    yet: "联系人恢复 | ⏳ | 开发中"."""
    table = (
        "| 功能 | 状态 | 说明 |\n| --- | --- | --- |\n"
        f"| 读取通讯录，用于恢复联系人 | ⏳ | {status} |\n"
    )
    assert _disclosed(tables, table, "README.md") == want
    item = f"- 读取通讯录，用于恢复联系人（{status.split('，')[0]}）\n"
    assert _disclosed(tables, item, "README.md") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # an unnamed permission takes its data from the aim it serves
        ("如果你想要分享位置，我们需要取得权限。", {"location"}),
        ("请授予此权限以分享你的位置。", {"location"}),
        ("This permission is needed to share your location with your friends.", {"location"}),
        # what the permission is critical to is its use, as what it is required for
        ("This location permission is critical to the app's core functionality.", {"location"}),
        ("钢琴圈模块提供了查看同城玩家分享的作品，此权限用于定位当前所在的城市。", {"location"}),
        # what a refused permission stops names its use; opting out, what still works, none
        (
            "Denying the background location permission will prevent the auto-start at boot "
            "location feature from working correctly.",
            {"location"},
        ),
        # …not one named before it, a vague aim, a negated one, or a screen to navigate to
        (
            "选择电池优化权限：申请该权限是为了用户可选择拒绝电池优化或同意电池优化，当用户拒绝电池"
            "优化，在锁屏或关闭应用时，来电秀的功能可被正常激活。",
            set(),
        ),
        ("如您选择不开启此权限，您将无法使用与通讯录信息相关的特定功能。", set()),
        ("我们需要获取该权限用于统计分析，不会读取您的通讯录。", set()),
        ("该权限用于用户直接定位到应用自启动管理列表。", set()),
        # restoring SMS is their use; a status message of an export is none
        ("要将短信还原到新设备，您要做的就是登录您的帐户。", {"messages"}),
        ("已成功导出联系人。", set()),
        ("正在导出联系人数据。", set()),
        ("这款应用程序可帮助您自动拦截垃圾电话。", {"calls"}),
    ],
)
def test_survey_103_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_opting_out_of_a_permission_gives_it_no_use(tables: Tables) -> None:
    """ "If you opt out of this permission the app will work just fine" says what still
    works, not what the permission is for."""
    text = (
        "Ninja Chat asks for the permission to read your contacts. If you opt-out of this "
        "permission Ninja Chat will work just fine.\n"
    )
    assert _disclosed(tables, text, "policy.md") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # an aim that opens the sentence with "To be able to"
        (
            "To be able to identify the phone number for a call, Handsfree needs access to "
            "your call logs.",
            {"calls"},
        ),
        # an app that forwards SMS, in a clause without its full stop
        (
            "Senvia automatically forwards your incoming SMS messages to: - Telegram Bot",
            {"messages"},
        ),
        # …but a noun that names exports is no act of the app
        ("Data exports contain your contacts", set()),
    ],
)
def test_survey_105_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a heading that names a permission's usage is a title, no purpose of its own
        ("2. SMS Permission Usage", set()),
        # …while a column or a label named "Usage" still gives one
        ("READ_SMS | Usage | Read codes", {"messages"}),
        # a cloud service that texts the user is no SMS on the device
        (
            "3、阿裏雲短信公司名稱：阿裏雲計算有限公司使用目的：推送消息收集數據類型：設備識別信息處理方式："
            "通過去標識化、加密傳輸的安全處理方式官網鏈接：https://www.aliyun.com/product/cps?",
            set(),
        ),
    ],
)
def test_survey_106_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # places the user saved are no device location
        (
            "We collect your preferences, including favorite routes, saved locations and other "
            "personal customizations, to give you the option to sync them.",
            set(),
        ),
        (
            "Firebase SDK, which is used for user's preferences and favourite location storage.",
            set(),
        ),
        ("We collect your location to show saved places near you.", {"location"}),
    ],
)
def test_saved_places_are_no_device_location(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # revoking is the user's right, no purpose of the access
        (
            "Concerning permissions to access contact lists, microphones, locations and calendars, "
            "most mobile devices will allow you to revoke any permissions.",
            set(),
        ),
        (
            "We use your location to show nearby stores; your device allows you to revoke the "
            "permission.",
            {"location"},
        ),
    ],
)
def test_revoking_is_the_users_right(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the app's own activity with a longer subject is a scenario too
        (
            "We may also collect the precise location of your device when a mobile application "
            "with location features is running in the foreground or background.",
            {"location"},
        ),
        ("We may collect your location when a user of our website is logged in.", set()),
    ],
)
def test_a_state_of_an_app_named_at_length(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the data as the means of a use for the user, named as 用户
        ("“要的”可能会基于用户授权的GPS地理位置信息向用户推荐附近的人。", {"location"}),
        # the phone permission by another of its names
        (
            "在您同意访问电话信息权限后，您允许我们获取您的设备信息以作为您设备的唯一性标识，"
            "以便了解和提升产品适配性。",
            {"calls"},
        ),
    ],
)
def test_survey_128_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a numbered title on its own line, a sentence under it: the title heads what follows
        (
            "1. Access to Contacts (READ_CONTACTS)\nThe App requires read access to your "
            "address book.\n\nPurpose: The App strictly reads names, birth dates and contact "
            "methods to display them within the App.\n",
            {"contacts"},
        ),
        # …while an item wrapped onto the next line goes on in lower case
        (
            "1. Contacts are read on the device only and\nnever uploaded.\n\nPurpose: none of "
            "this is shared.\n",
            set(),
        ),
    ],
)
def test_a_numbered_title_heads_the_paragraphs_under_it(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # under a data heading, a sentence that names the data only in its aim describes it
        ("### Call log\nThis is needed to show missed calls in the widget.\n", {"calls"}),
        # …but a scenario names its own data: "this location" is the one shared in a chat
        (
            "### Your account\nIf you share a location in a chat, this location data is "
            "treated like other messages.\n",
            set(),
        ),
    ],
)
def test_data_named_in_the_aim_leaves_the_heading_its_data(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # who the user is, no use scenario
        (
            "如果您是我们已知的特定自然人，在您活动中产生的信息（如个人位置信息、个人浏览记录等）将作为您个人信息"
            "按照本政策收集、使用与保护。",
            set(),
        ),
        ("如果您使用附近的人功能，我们会收集您的位置信息。", {"location"}),
    ],
)
def test_who_the_user_is_is_no_scenario(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


_SDK_TABLE_A_CELL_A_LINE = (
    "第三方服务商\n所涉信息\n用途\n第三方隐私政策\n\n\n"
    "个推（浙江每日互动网络科技股份有限公司）\n设备平台与厂商、应用列表\n提供消息推送\n"
    "    SDK名称：卓信ID\n    收集方式：SDK收集\nhttps://www.getui.com/privacy\n\n\n"
    "高德（高德软件有限公司）\n设备信息、位置信息、WLAN及其他传感器信息\n提供地图及定位功能\n"
    "https://lbs.amap.com/home/privacy/\n"
)


def test_a_row_over_more_lines_does_not_end_a_table_read_a_cell_a_line(tables: Tables) -> None:
    """The SDK column is named 第三方服务商; the first row's cell runs over several lines, and
    the rows after it are still rows under the header."""
    assert _disclosed(tables, _SDK_TABLE_A_CELL_A_LINE, "policy.txt") == {"location"}


def test_the_ccpas_lettered_categories_disclose_nothing(tables: Tables) -> None:
    """The CCPA's lettered list under a generic "when you use … our Services" is the law's
    categories, not a use of the device's location."""
    document = (
        "In particular, we may collect the following categories of personal information "
        "specified in the CCPA when you use and/or access our Services:\n\n"
        "- Category F – Internet or other similar network activity;\n"
        "- Category G – Geolocation data;\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a service done for the user is the aim, as 为您推荐 is
        ("此外，我们可能还需要您的位置信息，为你查询附近酒店，提供便捷的入住服务。", {"location"}),
        ("应用需要根据您的经纬度信息，自动定位当前城市，为您显示当地的分类信息。", {"location"}),
    ],
)
def test_a_service_done_for_the_user_is_the_aim(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_feature_named_in_square_brackets_is_a_scenario(tables: Tables) -> None:
    sentence = "如使用【连接热点】服务时，为给您最准确的周边热点信息，需要您开启GPS定位信息。"
    assert _got(tables, sentence) == {"location"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # "to" before a quantifier is a preposition, no purpose
        (
            "Our services require a GPS device and the ability to travel to various locations.",
            set(),
        ),
        ("We use your GPS location to show various trails near you.", {"location"}),
    ],
)
def test_to_before_a_quantifier_is_no_purpose(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


_EXCLUDED_PERMISSIONS = (
    "## Permissions We Intentionally Never Include\n\n"
    "To make sure your data can never be compromised, these permissions are completely absent:\n\n"
    "| Excluded Permission | Why We Never Include It |\n| :--- | :--- |\n"
    "| ❌ **`android.permission.INTERNET`** | **Zero Network Access:** It is physically "
    "impossible to leak or upload your call logs, contacts, or data to any server. |\n"
    "| ❌ **`android.permission.ACCESS_FINE_LOCATION`** | **Zero GPS Tracking:** Your physical "
    "location is never requested or accessed. |\n"
)


def test_a_table_of_permissions_never_included_discloses_nothing(tables: Tables) -> None:
    """A permission named where every access is negated is refused, and "impossible to leak
    or upload" negates the acts after it."""
    assert _disclosed(tables, _EXCLUDED_PERMISSIONS, "policy.md") == set()


_PERMISSION_TABLE_WITH_NUMBERED_CELLS = (
    "序号\n权限名称\n授权方式\n使用目的\n\n\n"
    "1\n通讯录\n询问\n1.查找已注册的好友。\n2.邀请好友加入。\n\n\n"
    "2\n位置\n询问\n展示附近的门店\n"
)


def test_a_numbered_cell_of_a_table_copied_a_cell_a_line_stays_in_its_row(
    tables: Tables,
) -> None:
    """The purpose cell is a numbered list, one line an item: it is the row's last cell, not
    a list after the table, and the rows after it are still rows under the header."""
    document = _PERMISSION_TABLE_WITH_NUMBERED_CELLS
    assert _disclosed(tables, document, "policy.txt") == {"contacts", "location"}


def test_a_note_that_defines_a_term_is_a_definition(tables: Tables) -> None:
    """ "注：个人常用设备信息指：…" under an SDK table defines the table's term: the note
    discloses nothing by itself."""
    doc = (
        "SDK名称\n\n使用目的\n\n收集的信息\n\n友盟统计\n\n统计分析\n\n个人常用设备信息\n\n"
        "注：个人常用设备信息指：IMEI/MAC/SIM卡IMSI/地理位置等。\n"
    )
    note = "注：个人常用设备信息指：IMEI/MAC/SIM卡IMSI/地理位置等。"
    assert _verdicts(tables, doc, "policy.txt")[note] == set()


def test_where_the_reader_is_in_the_world_is_the_law_that_applies(tables: Tables) -> None:
    sentence = (
        "Processing your Personal Information depends on how you interact with the Mobile "
        "Application and Services, where you are located in the world and if one of the "
        "following applies: (i) you have given your consent for one or more specific purposes."
    )
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The app collects your location as soon as you open the map.",
        "We collect your precise location as soon as the user taps Start.",
    ],
)
def test_as_soon_as_the_user_acts_is_a_scenario(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == {"location"}


def test_a_user_who_may_grant_a_permission_lets_the_app_act(tables: Tables) -> None:
    doc = (
        "## Permissions\n\n- **READ_PHONE_STATE**: This permission is optional. "
        "If you want to select the SIM card, you can grant this permission.\n"
    )
    unit = "If you want to select the SIM card, you can grant this permission."
    assert _verdicts(tables, doc)[unit] == {"calls"}


@pytest.mark.parametrize(
    ("document", "name"),
    [
        (
            "Our advertising partners use tracking technologies to serve you tailored "
            "advertisements. In doing so, these partners collect the geographic location of "
            "your mobile device.\n",
            "policy.md",
        ),
        (
            "在您使用市集功能时，您可以选择授予地理位置权限，以便为您筛选所在地的商品。"
            "在此过程中，我们会收集您的地理位置信息。\n",
            "policy.txt",
        ),
    ],
)
def test_in_doing_so_takes_the_purpose_of_the_sentence_before(
    tables: Tables, document: str, name: str
) -> None:
    assert _disclosed(tables, document, name) == {"location"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # what the app cannot do once the user refused states the use the refusal costs
        (
            "如您拒绝提供上述信息，我们将无法获取您的位置，无法根据地理位置展示服务内容。",
            {"location"},
        ),
        # …but a refusal the app answers by not collecting is still a denial
        ("如您拒绝，我们将不会收集您的位置信息，用于推荐附近的门店。", set()),
        ("我们无法获取您的位置，无法根据地理位置展示服务内容。", set()),
        # …and so is an inability with no cost said after it
        ("如您拒绝，我们将无法获取您的位置。", set()),
    ],
)
def test_the_apps_inability_after_a_refusal_is_no_denial(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # PROCESS_OUTGOING_CALLS by its Chinese labels
        (
            "允许程序监视、修改或放弃播出电话：为了保证您的音视频通话质量，我们将实时接收您当前设备"
            "的异常状态反馈。",
            {"calls"},
        ),
        ("重新设置外拨电话路径：帮助用户在拨打电话时接听其他外拨电话", {"calls"}),
    ],
)
def test_survey_142_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


def test_the_users_calls_with_the_service_written_with_huozhe(tables: Tables) -> None:
    """ "通信或者通话记录" is the user's communication with the service, as "通信或通话记录" is."""
    doc = (
        "在您使用本软件的时候，需要允许我们收集必要信息，以供我们向您提供基本服务，包括：\n\n"
        "1. 当您与我们联系时，我们可能会保存您的通信或者通话记录和内容或您留下的联系方式，"
        "以便帮助您解决问题，或记录相关问题的处理方案及结果。\n"
    )
    assert _disclosed(tables, doc, "policy.txt") == set()


@pytest.mark.parametrize(
    "record", ["并据此形成的服务记录、通信和通话记录", "通信及通话记录", "通讯或通话记录"]
)
def test_the_users_calls_with_the_service_joined_by_he_or_ji(tables: Tables, record: str) -> None:
    """Survey 180: the records of the user's contact with the service, whichever word joins the
    two kinds of record, are not the device's call log."""
    sentence = f"当您与我们联系时，我们会收集您的{record}，以便帮助您解决问题。"
    assert _got(tables, sentence) == set()
    assert _got(tables, "我们会读取您的通话记录，用于识别骚扰电话。") == {"calls"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Forwards all your incoming SMS messages to another number.",
        "The app forwards all your incoming SMS messages to your email.",
    ],
)
def test_forwarding_the_texts_reads_them(tables: Tables, sentence: str) -> None:
    """As 转发短信 does in Chinese: the act is the use itself."""
    assert _got(tables, sentence) == {"messages"}


def test_a_house_the_user_lists_is_no_device_location(tables: Tables) -> None:
    sentence = (
        "为了展示您拟出售/出租的房源，我们可能会收集您与房源相关的信息（包括您及房源权利人身份信息、"
        "联系电话、房屋位置信息、房屋交易信息）。"
    )
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a feature named first, then what it needs
        ("电费需要获取您的位置信息、手机设备电话权限、电费号；", {"calls", "location"}),
        ("定位功能需要访问用户地址位置查找周边的人而获取粗略位置。", {"location"}),
        # …not a party
        ("我们需要获取您的位置信息。", set()),
        ("在具体提供服务的过程中我们还需要调用您的位置信息。", set()),
    ],
)
def test_a_feature_that_needs_the_data_is_its_use(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


def test_a_place_on_the_users_face_is_no_location(tables: Tables) -> None:
    document = (
        "If the user-generated content contains an image of you, we may automatically generate "
        "information about your physical characteristics to place digital content on top of or "
        "around you, such as identifying the location of your eyes, nose, mouth and ears to "
        "generate a digital overlay for your face. We may also use this information for "
        "authentication for certain features of the Service.\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


def test_data_called_up_as_the_means_of_a_use(tables: Tables) -> None:
    """调用 as 使用 or 读取: "调用手机通讯录找到收款人…" names the use by its verb."""
    assert _got(tables, "调用手机通讯录找到收款人易付宝账户") == {"contacts"}


def test_a_place_on_the_users_face_in_a_photo_is_no_location(tables: Tables) -> None:
    sentence = (
        "当您使用处理面部照片的功能时，我们将使用面部图像处理技术来收集照片中的面部位置、面部五官的"
        "位置和形状等不识别任何特定个人身份的信息，用于提供特效功能。"
    )
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("refusal", "want"),
    [
        # the refusal of a permission the sentence names itself: the camera's
        (
            "在您编辑头像时，我们将申请获取您的相机权限，如果您拒绝授权该权限，这些功能将不能正常使用。",
            set(),
        ),
        ("我们会在您授权后获取发送通知权限，如果不授权该权限，您将无法接收推送通知。", set()),
        # a refusal with no permission of its own refuses the access before it
        ("如果您拒绝授权该权限，这些功能将不能正常使用。", {"location"}),
        # in English too, by whole words ("multimedia" names no media permission)
        (
            "We also request the camera permission when you scan a code, and if you deny "
            "this permission, scanning will not work.",
            set(),
        ),
        (
            "We also request the multimedia permission when you scan a code, and if you deny "
            "this permission, scanning will not work.",
            {"location"},
        ),
    ],
)
def test_a_refusal_of_the_sentences_own_permission(
    tables: Tables, refusal: str, want: set[str]
) -> None:
    """ "this permission" and a refusal speak of the permission named in the same sentence
    before them, when it is one of no category, not of the data the sentence before named."""
    before = "在您选择地区时，我们将申请您的地理位置权限，以推荐您所在地域的学校信息。"
    if refusal.isascii():
        before = "We use your location to show nearby stores. "
    got = _verdicts(tables, before + refusal, "p.txt")
    assert got[refusal] == want


@pytest.mark.parametrize(
    "sentence",
    [
        # the SIM card as the phone permission reads it (survey 175; Chinese SDK lists)
        "The app reads SIM subscription information to support multi-SIM sending.",
        "为了实现一键登录，我们会收集您的SIM卡信息。",
        "我们会读取SIM卡状态，用于识别并显示对应的运营商。",
    ],
)
def test_the_sim_card_read_with_a_purpose_is_the_phone(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == {"calls"}


_REMARKS_TABLE = (
    "第三方SDK名称\n使用场景描述\n共享的个人信息类型\n备注\n\nSDK甲\n地图展示\n地理位置\n无\n"
)


def test_a_remarks_column_is_a_header_cell(tables: Tables) -> None:
    """Survey 180: "备注" (remarks) names a column, so the four lines above the rows are the
    table's header and a row's scenario cell is its purpose (before, the header was one
    glued paragraph, and so was each row)."""
    assert _disclosed(tables, _REMARKS_TABLE) == {"location"}


def test_a_semicolon_in_a_cell_parts_its_items_not_its_sentences(tables: Tables) -> None:
    """Survey 180: "唯一设备识别码（imei/IMSI；设备mac地址）；地理位置；" lists two data under
    the row's purpose; the location after a semicolon is no later sentence of the cell."""
    row = "SDK乙\n用于统计分析\n唯一设备识别码（imei/IMSI；设备mac地址）；地理位置；\n无\n"
    verdicts = _verdicts(tables, _REMARKS_TABLE + "\n" + row, "policy.txt")
    cells = " | ".join(row.strip().split("\n"))
    assert verdicts[cells] == {"calls", "location"}


def test_a_span_copied_out_as_its_own_paragraph_goes_on(tables: Tables) -> None:
    """Survey 183: a page's bold spans copied out as paragraphs ("…⏎⏎位置信息⏎⏎，用于…"). No
    sentence starts with "，", so the blank lines before it end no paragraph."""
    document = (
        "一、我们如何收集您的信息\n\n我们会收集您的\n\n位置信息\n\n，用于向您推荐附近的商品。\n"
    )
    assert _disclosed(tables, document) == {"location"}
    blocks = [b.text for b in text_blocks("五\n\n、联系我们\n\n电话\n\n：400-000\n", "a.txt")]
    assert blocks == ["五、联系我们", "电话：400-000"]


def test_the_principle_of_collecting_only_what_is_needed_is_no_aim(tables: Tables) -> None:
    """Survey 185: "收集实现产品功能所必要的信息：" states the principle of collecting no more
    than needed, not why the IMEI in its list is collected (both labellers)."""
    document = (
        "1. 根据合法、正当、必要的原则，收集实现产品功能所必要的信息：\n"
        "（1）其他日志及设备信息：我们可能收集到的其他设备相关信息主要包括：IMEI、MAC、设备设置。\n"
    )
    assert _disclosed(tables, document) == set()
    assert _got(tables, "我们会收集您的IMEI，以实现产品功能。") == {"calls"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("为保障安全，我们会收集您的设备信息，用于风控验证，这些信息包括IMEI号。", {"calls"}),
        ("合作伙伴会收集少量信息，以帮助我们统计用户分布，这些信息为设备信息（IMEI）。", {"calls"}),
        ("我们不会收集您的设备信息，用于风控验证，这些信息包括IMEI号。", set()),
    ],
)  # fmt: skip
def test_these_data_are_listed_after_the_purpose(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    """Survey 180: "…收集…个人信息，以帮助…，这些信息为设备信息（IMEI…）": the clause after the
    purpose lists what the access before it collected (not when that access is negated)."""
    assert _got(tables, sentence) == want


def test_the_service_an_sdk_provides_is_its_purpose_column(tables: Tables) -> None:
    """Survey 189: a table copied a cell a paragraph whose columns are "第三方服务名称 / 第三方
    提供的服务 / 第三方收集个人信息类型": the service an SDK provides is its purpose column, so
    the cells are the table's, read under the introduction that gives the SDKs' purpose."""
    cells = ["本软件内嵌了第三方SDK，用于提供和优化我们的服务。这些SDK可能会收集您的个人信息："]
    cells += ["第三方服务名称", "第三方提供的服务", "第三方收集个人信息类型", "第三方服务商名字"]
    cells += [
        "友盟移动统计",
        "移动APP统计分析",
        "设备信息(Mac / android ID / 地理位置信息）",
        "友盟",
    ]
    assert _disclosed(tables, "\n\n\n".join(cells) + "\n") == {"location"}


def test_list_items_whose_marks_were_lost(tables: Tables) -> None:
    """Survey 194: a plain-text policy whose bullets were lost on copying: short lines of
    their own after "…the following information:" are its items, read under it, up to the
    next heading; a short line that a sentence follows still titles that sentence."""
    items = ["Name and gender (provided during signup)", "Last known location", "Device model"]
    head = ["2. Information We Collect", "To show the local weather, we collect:"]
    document = "\n\n".join([*head, *items, "3. Data Sharing", "We do not sell your data."])
    assert _disclosed(tables, document + "\n") == {"location"}
    titled = "We request these permissions:\n\nContacts\n\nUsed to pick a recipient.\n"
    assert _disclosed(tables, titled) == {"contacts"}


def test_a_chinese_word_that_goes_on_a_latin_one_names_no_permission(tables: Tables) -> None:
    """Survey 195: in "MAC地址及IMEI信息、存储权限、位置权限", 信息 ends the word IMEI信息 and
    is no name of the SMS permission group."""
    sentence = "腾讯TBS SDK会获取您的MAC地址及IMEI信息、存储权限、位置权限，用于提供网页浏览能力。"
    assert "messages" not in _got(tables, sentence)
    assert "location" in _got(tables, sentence)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("为了安全，我们会记录您使用的用于接入邮箱的程序所提供的设备信息，包含IMEI。", {"calls"}),
        ("为了改进服务，我们会保存问题反馈中获取的用于分析和定位的日志信息。", set()),
    ],
)  # fmt: skip
def test_a_use_that_describes_a_noun_is_no_act_of_its_own(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    """Survey 197: "记录您使用的…或您使用的用于接入“新浪邮箱”的其他程序所提供的…信息，包含
    IMEI": the use between two 的 describes the programs, and the access still reaches the
    IMEI; a word inside that use ("用于分析和定位的日志") is no object of the access."""
    assert _got(tables, sentence) == want


def test_the_catalogue_of_personal_information_is_no_access(tables: Tables) -> None:
    """Surveys 190 and 199: GB/T 35273's categories of personal information, each with its
    examples ("6、通讯信息（短信、音视频记录及内容）；7、联系人信息（通讯录）"), copied into a
    policy after "当您使用…时，我们可能收集和汇总或要求您提供有关个人身份的信息，例如：" name
    what personal information may be, not the device's SMS or address book."""
    document = (
        "当您使用本产品或服务时，我们可能收集和汇总或要求您提供有关个人身份的信息，例如："
        "1、个人身份证明；2、网络身份标识信息；3、通讯信息（短信、音视频记录及内容）；"
        "4、联系人信息（通讯录）；5、个人上网记录。\n"
    )
    assert _disclosed(tables, document) == set()
    assert _got(tables, "为了帮您找到好友，我们会读取您的通讯录。") == {"contacts"}


def test_activating_an_account_by_text_is_no_access_to_sms(tables: Tables) -> None:
    """Survey 202: "当您使用短信激活时，我们将通过动态验证码对您的手机号码进行验证" is a code the
    service texts the user (both labellers), as 短信验证 and 短信登录 are."""
    assert _got(tables, "当您使用短信激活时，我们将通过动态验证码对您的手机号码进行验证。") == set()
    assert _got(tables, "为自动填写验证码，我们会读取您的短信。") == {"messages"}
