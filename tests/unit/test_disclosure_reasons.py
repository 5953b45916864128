"""Where a policy puts the reason for a permission: a "Why" column, a question heading, a
description after a dash (paraphrases of wordings found in real policies, December 2026)."""

from __future__ import annotations

import pytest

from analyzer.disclosure.text import to_blocks
from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _disclosed
from tests.unit.test_disclosure_record_fields import _verdicts


@pytest.mark.parametrize(
    ("document", "want"),
    [
        (
            "## Data we collect\n\n| Data | Why |\n|---|---|\n"
            "| Precise location | Finding restaurants near you |\n"
            "| Contacts | Splitting a bill with friends |\n",
            {"location", "contacts"},
        ),
        (
            "## 权限说明\n\n| 权限 | 申请理由 |\n|---|---|\n| 通讯录 | 选择好友分享行程 |\n",
            {"contacts"},
        ),
        # a column headed by how the data is used holds each row's use (survey 157)
        (
            "| How We Use Personal Data | What Does This Mean? | Categories of Data |\n"
            "|---|---|---|\n| IT operations | Maintenance of apps and systems | Location "
            "information |\n",
            {"location"},
        ),
        # a column of other things is no purpose
        ("| Data | Shared with |\n|---|---|\n| Precise location | Nobody |\n", set()),
    ],
)
def test_a_why_column_gives_each_row_its_purpose(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_a_question_heading_asks_for_the_reason(tables: Tables) -> None:
    answer = "We read your location only while the map is open."
    asked = f"### Why does the app need access to your location?\n\n{answer}\n"
    assert _disclosed(tables, asked, "policy.md") == {"location"}
    assert _disclosed(tables, f"### Location\n\n{answer}\n", "policy.md") == set()


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ("- `READ_PHONE_STATE` - pauses the recording during a phone call.", {"calls"}),
        ("- `ACCESS_FINE_LOCATION` — records your track while cycling.", {"location"}),
        # a dash that describes no use, or denies it, gives no purpose
        ("- `RECORD_AUDIO`, `CAMERA`, `READ_CONTACTS`, … — these are simply not needed.", set()),
        ("- `READ_SMS` – not used by this app, to be removed.", set()),
    ],
)
def test_a_dash_separates_a_permission_from_its_description(
    tables: Tables, item: str, want: set[str]
) -> None:
    assert _disclosed(tables, f"## Permissions\n\n{item}\n", "policy.md") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a field list's entry: data named alone, then what it is used for
        ("设备标识符（如AndroidID、IMEI、GAID（仅GMS服务）、OAID），用于用户唯一标识。", {"calls"}),
        ("位置信息，用于推荐附近门店。", {"location"}),
        # …not when the clause before is more than a name, or the use is denied
        (
            "安全工具：包括但不限于网盾、动态令牌、短信口令、指纹等可在网络金融交易过程中，"
            "用于加强用户身份识别的工具。",
            set(),
        ),
        ("位置信息，不会用于推荐。", set()),
    ],
)
def test_data_named_alone_then_what_it_is_used_for(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    "sentence",
    [
        # the channels the service reaches the user through
        "The Merchant may use your Personal Information to facilitate the delivery (including"
        " using your contact information to communicate with you via phone calls, emails and/or"
        " SMS/text messages about the order).",
        # where users are, as one reason data is stored abroad
        "We store information on servers in other countries depending on a variety of factors,"
        " including the locations of our users and service providers. These data transfers"
        " allow us to provide our services to you.",
        # location inferred from the network, not read from the device
        "Location Information: We collect your IP address, time zone, and information about"
        " your mobile service provider, which allows us to infer your general location.",
        "Zoom uses personal data to determine what products may be available in your location.",
        # the policy's own terms, defined; 定位 as a product's positioning
        "为本隐私政策之目的，个人信息包括但不限于（其中，个人敏感信息以加粗方式显示）：基本信息"
        "（包括个人姓名、个人电话号码）；其他信息（包括通讯录、网页浏览记录、精准定位信息）。",
        "为了优化产品，我们会收集您对产品定位的反馈。",
    ],
)
def test_wordings_that_name_no_access_of_the_device(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # a glossary entry that restates its label defines a term
        "Unique Device Identifier: A Unique Device Identifier (Unique ID or UUID) is a string of"
        " characters programmed into a device that can be used to uniquely identify the device"
        " (such as the IMEI of a mobile phone).",
        # a time that qualifies a noun is no scenario: the region you are in when using the app
        "根据您使用本应用时所在地区与该服务的实际部署位置，相关数据传输可能构成跨境传输：",
    ],
)
def test_definitions_and_qualifiers_are_no_disclosure(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


def test_a_scenario_still_opens_a_sentence(tables: Tables) -> None:
    assert _disclosed(tables, "当您使用导航功能时，我们会收集您的位置信息。") == {"location"}
    glossary_line = "Location: The app uses your location to show nearby stores."
    assert _disclosed(tables, glossary_line) == {"location"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # 为 + an adverb of manner + the aim
        (
            "为快速识别/添加/邀请您的通讯录好友，您可以选择授权调用您所使用设备中的通讯录权限。",
            {"contacts"},
        ),
        # the address book spelt with a hyphen
        (
            "We read your phone-book to find friends who already use the app.",
            {"contacts"},
        ),
        # a scenario in a participle: "when tapping …"
        (
            "## CALL_PHONE\n\nThis permission will only be requested if needed (e.g., when tapping"
            " a direct dial shortcut).\n",
            {"calls"},
        ),
        # the service's notification channel, and a position on the screen, are no access
        (
            "If you are unwilling to receive related SMS notification services, you can contact"
            " us to cancel subscription at any time.",
            set(),
        ),
        (
            "我们会采集传感器信息，获取您操作游戏时形成的点击相对位置，用于判断是否为未成年人。",
            set(),
        ),
    ],
)
def test_survey_17_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_for_an_emergency_is_a_purpose(tables: Tables) -> None:
    listed = (
        "## Personal information\n\n- Location data: real-time GPS location for emergency alerts\n"
    )
    assert _disclosed(tables, listed, "policy.md") == {"location"}
    unlisted = "## Personal information\n\n- Location data: real-time GPS location\n"
    assert _disclosed(tables, unlisted, "policy.md") == set()


def test_a_permission_list_item_with_its_reason_in_parentheses(tables: Tables) -> None:
    document = "Permissions:\n\n- Phone (to detect calls)\n- Contacts (to show contact names)\n"
    assert _disclosed(tables, document, "README.md") == {"calls", "contacts"}
    bare = "Permissions:\n\n- Phone\n- Contacts\n"
    assert _disclosed(tables, bare, "README.md") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # an app's permission rationale: the intent, then the request
        ("如要发送位置，请允许 Threema 访问您的位置的权限。", {"location"}),
        ("如需导入联系人，请授予读取通讯录的权限。", {"contacts"}),
        ("如需关闭定位，请在系统设置中关闭位置权限。", set()),  # the user turning it off
        # a permission and what it is needed for; 以 + the aim after a comma
        ("需要位置权限来发现您当前位置", {"location"}),
        ("Tasks 收集位置数据，以启用基于位置的提醒。", {"location"}),
        # the phone book is the address book
        ("我们会读取您的电话簿，用于匹配已注册的好友。", {"contacts"}),
        # a "definition" that says when the app collects the data describes the collection
        ("位置信息：是指当您开启设备定位功能并使用基于位置的服务时，我们可能会收集的有关您的位置信息。",
         {"location"}),
        ("日志信息，指您使用我们的服务时，系统可能通过cookies、web beacon或其他方式自动采集的信息，"
         "包括：\n\n- 设备信息，例如您的设备识别码（IMEI）。\n", {"calls"}),
        # 定位 as targeting ads is no location
        ("为了向您展示个性化广告，我们会处理必要数据以提供、定位和改进我们的广告。", set()),
        # a permission list item named "Call"; "locate you" is the access named by its verb
        ("The app requires the following permissions:\n\n"
         "- **Call:** To allow users to call a number directly from the app.\n", {"calls"}),
        ("If you allow it, we will locate you using nearby Wi-Fi routers to switch modes.",
         {"location"}),
        ("Personal information is information that can be used to identify, contact, or "
         "locate you.", set()),
    ],
)  # fmt: skip
def test_survey_23_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a sentence that announces "the following" gives its purpose to the next one
        ("3. Information We Collect\nTo provide you with better results, we will collect "
         "information that shall include the following.\nDevice information: we will receive "
         "and record the GPS location of the device.\n", {"location"}),
        ("3. Information We Collect\nWe will collect information that shall include the "
         "following.\nDevice information: we will receive and record the GPS location of the "
         "device.\n", set()),
    ],
)  # fmt: skip
def test_an_announcing_sentence_lends_its_purpose(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # reading and sending SMS in one access: not the trap 发送短信 (the service's texts)
        ("可能读取或发送短信，为了进行短信验证码功能等等；", {"messages"}),
        ("我们不会读取或发送短信。", set()),
        ("我们会向您发送短信，用于通知订单状态。", set()),
        # 手机短信 read by the app (not the service's channel 通过手机短信); a permission group
        ("为了提供手环功能，我们需要您授权开放读取、接收手机短信的功能权限。", {"messages"}),
        ("我们会通过手机短信通知您订单状态，用于提醒您取件。", set()),
        ("为实现多账号登录功能，我们会使用通讯录权限组下的账户管理功能，但并不会访问用户通讯录联系人数据。",
         set()),
        # a scenario whose alternatives a comma parts
        ("当您下载或使用我们的应用程序，或访问移动网页使用我们的服务时，我们可能会读取您的位置。",
         {"location"}),
        # a region the user picks is no device location
        ("| 信息类型 | 用途 | 是否必需 |\n|---|---|---|\n| 所在地区 | 寺庙推荐 | 否 |\n", set()),
    ],
)  # fmt: skip
def test_surveys_24_and_25_chinese_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a table copied as text: one row per line, cells run together with spaces
        ("Before using the app, the following permissions are requested for the following "
         "purpose:\nPermission Purpose\nLocation Display of members nearby\n"
         "Contacts Create support request, resume the user account\n"
         "Phone status Determine if a call is coming\n", {"location", "contacts", "calls"}),
        ("我们会申请以下权限：\n权限名称 使用目的\n通讯录 邀请好友\n", {"contacts"}),
        # the table ends at a long line or one that ends in a colon
        ("Permission Purpose\nStorage Save photos\nWe may also read your contacts, which we "
         "keep on our servers for as long as your account exists and delete afterwards.\n",
         set()),
        # "Please refer to …" is no definition: the paragraph still introduces the table
        ("We ask for these permissions. Please refer to the manufacturer's instructions. The "
         "following permissions are requested for the following purpose:\n"
         "Permission Purpose\nLocation Display of members nearby\n", {"location"}),
    ],
)  # fmt: skip
def test_a_table_copied_as_text(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


_GENERATOR = (
    "**Information Collection and Use**\n\nFor a better experience, while using our Service, "
    "I may require you to provide us with certain personally identifiable information, "
    "including but not limited to {data}. The information that I request will be retained "
    "on your device and is not collected by me in any way.\n"
)


@pytest.mark.parametrize(
    ("data", "want"),
    [
        # the App Privacy Policy Generator's template: the app asks for the data, for a better
        # experience while the service is used ("not limited to" negates nothing)
        ("mobile phone state, selected contacts data", {"calls", "contacts"}),
        ("location", {"location"}),
        ("email, name", set()),
    ],
)
def test_the_generator_template_discloses_what_it_lists(
    tables: Tables, data: str, want: set[str]
) -> None:
    assert _disclosed(tables, _GENERATOR.format(data=data), "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # 你 for 您 (Tencent's policies)
        ("我们可能使用你的设备标识符（如IMEI），在本产品中向你提供你可能感兴趣的广告。", {"calls"}),
        ("我们会收集你的位置信息，为你提供附近的服务。", {"location"}),
        # an infinitive of an access whose data comes only after a list's colon is the access
        # itself, not a purpose
        ("We use these technologies to collect and analyze certain kinds of technical "
         "information, such as: your mobile device's identifiers, such as your MAC Address, "
         "Identifier For Advertising (IDFA), and/or International Mobile Equipment Identity "
         "(IMEI).", set()),
        ("We use these technologies to collect your precise location as you walk, to count "
         "your steps.", {"location"}),
        # the people to write to, not the address book
        ("To exercise this right, you have to submit a request to the contacts listed below "
         "in the Contact Us section.", set()),
        # a geocoding service's coordinates come from an address
        ("Google Cloud provides the transformation of addresses into geographic coordinates "
         "in order to show offers nearby.", set()),
    ],
)  # fmt: skip
def test_survey_26_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # permissions listed after a permission word and a colon are the permissions' names:
        # 发送短信 there is SEND_SMS, not a text sent to the user
        ("SDK名称：百度网盟广告\n使用的权限：拨打电话、读取手机状态和身份、发送短信\n"
         "使用目的：获取广告收益", {"calls", "messages"}),
        ("“某广告SDK”包含的权限代码如下：网络访问权限、发送短信、检索正在运行的应用，"
         "用于获取广告收益。", {"messages"}),
        ("Permissions: SMS, Contacts. We use them to forward your texts to your e-mail.",
         {"messages", "contacts"}),
        # a list the app says it does not need names nothing; nor does a list of no names
        ("我们不需要以下权限：发送短信，用于广告。", set()),
        ("使用的权限：网络访问权限、存储权限，用于获取广告收益。", set()),
        # a permission's description after its colon is no list of names
        ("（c）推送权限：如您需要接收12306发送给您的App通知消息、短信，请开启推送权限。", set()),
    ],
)  # fmt: skip
def test_permissions_listed_after_a_colon(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a party the sentence before brought in, with its purpose, goes on as the subject
        ("The game is free and uses Google AdMob to display ads. AdMob may collect data "
         "about you, including your device's advertising ID, IP address, and location.",
         {"location"}),
        # …not a name the sentence before only mentions, nor one that opens it
        ("You may choose to allow Acme to collect your precise location if you grant "
         "permission to enable certain features. Acme also tracks the precise location of "
         "its scooters.", set()),
        ("Acme Maps shows maps to help you travel. Acme Maps stores your location.", set()),
        # a lettered item under an introduction with a scenario ("b. Your …")
        ("When you use our Platform, we automatically collect information about your "
         "mobile device. This information includes:\n\n1. Your device's unique ID number.\n\n"
         "b. Your mobile device's geographic location while the App is running\n",
         {"location"}),
    ],
)  # fmt: skip
def test_survey_27_english_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_device_information_permission_is_no_phone_permission(tables: Tables) -> None:
    """设备信息权限 in a permission list names device data in general, no one permission."""
    document = "权限：设备信息权限 收集类型：设备标识符（OAID），用于广告投放。"
    assert _disclosed(tables, document, "policy.txt") == set()


_CELL_LINES = """第三方名称
使用目的
功能类型
涉及个人信息
第三方隐私政策链接

友盟+
用于收集APP异常信息，与基础的统计功能
统计分析SDK
IMEI/MAC/IDFA/SIM卡IMSI/地理位置等
链接

关于安全
我们重视您对我们提供您的个人信息的信任。
"""


@pytest.mark.parametrize(
    ("document", "name", "want"),
    [
        # a purpose that restates the access, then gives an example of its use
        ("3.获取短信权限：用于接收短信，如：登录账号时接收验证码。", "policy.txt", {"messages"}),
        # "for its operation": a purpose noun after "for"
        ("### Phone permission.\n\nThis app needs to access state of SIM cards, network and "
         "phone for its operation.\n", "policy.md", {"calls"}),
        # a table copied out of a page a cell a line, a blank line between its rows
        (_CELL_LINES, "policy.txt", {"calls", "location"}),
        # an event in the app's use is a scenario; a legal requirement shares, reads nothing
        ("When there is a recording of a fall or seizure, we collect your location via GPS.",
         "policy.txt", {"location"}),
        ("When there is a legal requirement, we share your location with the authorities.",
         "policy.txt", set()),
        # a paragraph that ends in "i.e." straight before a list introduces it
        ("## AdMob\n\nOur apps use AdMob to display ads. AdMob may collect and use information "
         "to serve personalized ads, i.e.\n* IP addresses\n* location data\n\nYou may opt "
         "out.\n", "policy.md", {"location"}),
    ],
)  # fmt: skip
def test_survey_28_wordings(tables: Tables, document: str, name: str, want: set[str]) -> None:
    assert _disclosed(tables, document, name) == want


def test_a_wrapped_paragraph_after_a_cell_line_table_is_no_row(tables: Tables) -> None:
    """A paragraph hard-wrapped into as many lines as the table has columns stays text."""
    header = "名称\n使用目的\n涉及个人信息\n\n"
    paragraph = (
        "我们的产品会不断地更新和发展，如果您继续使用我们的服务，我们将视为您同意我们\n"
        "对于隐私政策的修改，我们会在页面上公布修改后的内容，您可以随时查阅这些内容，\n"
        "位置信息\n"
    )
    blocks = to_blocks((header + paragraph).encode(), "policy.txt")
    assert [b.kind for b in blocks] == ["header", "para"]


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # uploading the address book is the app's access, though the user chooses it
        ("You can also choose to upload your address book to X to help find people you may "
         "know.", {"contacts"}),
        # "required only for": an adverb inside the purpose marker
        ("* **Location**: Required only for Bluetooth negotiation.\n", {"location"}),
        ("Your location data is used only for local trigger evaluation.", {"location"}),
        # "use for" + what it serves
        ("The application requires the following permissions:\n\n1. ACCESS_FINE_LOCATION "
         "use for aLocation library\n", {"location"}),
    ],
)  # fmt: skip
def test_survey_29_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a sentence that only gives examples of the data the sentence before collects
        ("设备信息：当您使用我们的服务时，我们可能会接收并记录您所使用的设备相关信息。例如设备机型、"
         "设备标识符（设备MAC地址/IMEI/Android ID）。", {"calls"}),
        # …not of a definition's, nor of a negated access's
        ("本政策中的个人信息是指以电子方式记录的各种信息。例如姓名、电话号码、位置信息、通讯录。",
         set()),
        ("我们不会收集您的设备信息。例如IMEI、位置信息。", set()),
        # …nor a contact person
        ("FIMI将根据GDPR管理我们的个人数据。例如：(1)FIMI设立了一名数据保护干事(DPO)负责数据保护，"
         "DPO的联系人是dpo@example.com。", set()),
        # "确定您的位置": the app determines the device's location
        ("每次您使用 app 时，我们需通过您的移动设备端的 GPS 功能确定您的位置，以此判断您所在的实时"
         "位置的适用 Wi-Fi 频段。", {"location"}),
    ],
)  # fmt: skip
def test_survey_30_examples_sentence(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a bare label introducing a list is the list's heading: a subjectless item says why
        ("**Location Data:**\n- Approximate location (when permission granted)\n- Used for "
         "distance calculations and local matches\n", {"location"}),
        # …not an introduction that negates, acts or announces
        ("**Kids SMS does NOT:**\n- Access your data for any purpose other than displaying it "
         "to you\n", set()),
        ("您的个人信息主要存储在以下位置：\n- CDN：用于文件加速分发\n", set()),
    ],
)  # fmt: skip
def test_survey_31_bare_label(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_a_permission_the_app_needs_the_user_to_enable_is_the_apps_access(
    tables: Tables,
) -> None:
    """ "您需要开启…读取短信的权限": the app asks for it; a later "您也可以随时…取消该权限" does
    not make the sentence the user's own act."""
    document = (
        "当您注册或者找回密码时您需要相应开启短信自动读取短信的权限，如果您拒绝/取消提供，您将无法"
        "使用短信自动读取功能，同时，您也可以随时通过您设备的相关功能设置开启/取消该权限。"
    )
    assert _disclosed(tables, document, "policy.txt") == {"messages"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a scenario whose actor is 用户 ("用户注册时", "用户使用…服务时")
        ("用户注册时应当授权本软件使用其地理位置信息。", {"location"}),
        ("用户使用本服务时，系统可能会自动采集相关信息，包括设备信息、位置信息等。", {"location"}),
        # the older Android wording an SDK list copies ("程序发送短信息")
        (
            "渠道SDK\n\n包括：联想、小米\n\n使用目的：账号验证，渠道SDK所需相关功能。\n\n"
            "涉及个人信息类型：账户列表、程序发送短信息、振动权限\n",
            {"messages"},
        ),
        # permission groups joined in a list item under a permissions intro
        (
            "The app requests the following permissions:\n\n"
            "- Phone and SMS: it lets you call or text a friend from the app.\n",
            {"calls", "messages"},
        ),
        # "while" + a gerund after what is taken
        (
            "We keep the following only on your device:\n\n"
            "- Location Data: GPS coordinates recorded while tracking a run.\n",
            {"location"},
        ),
    ],
)
def test_survey_33_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


_NESTED = (
    "{title}\n\n"
    "We collect information about the features you have used. See below for details:\n\n"
    "- Usage information. We collect the pages you open.\n"
    "- Device information. We collect information about your devices, including:\n"
    "  - hardware information such as device type and IMEI;\n"
)


@pytest.mark.parametrize(
    ("title", "name", "want"),
    [
        # a bold paragraph is a title, however long; its scenario reaches the items that an
        # introduction under it lists
        ("**Information collected when you use our services**", "policy.md", {"calls"}),
        (
            "<p><strong>Information collected when you use our services</strong></p>",
            "policy.html",
            {"calls"},
        ),
        # a title with no purpose lends none
        ("**Information collected about your devices and accounts**", "policy.md", set()),
    ],
)
def test_a_headings_scenario_reaches_a_nested_list(
    tables: Tables, title: str, name: str, want: set[str]
) -> None:
    document = _NESTED.format(title=title)
    if name.endswith(".html"):
        document = (
            title
            + "".join(f"<p>{line}</p>" for line in _NESTED.split("\n\n")[1:2])
            + (
                "<ul><li>Device information. We collect information about your devices,"
                " including:<ul><li>hardware information such as device type and IMEI;</li>"
                "</ul></li></ul>"
            )
        )
    assert _disclosed(tables, document, name) == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the use itself as the aim
        ("我们会根据您的使用记录、位置信息、订单信息，向您推荐相关商品。", {"location"}),
        # 为履行 + an obligation; 来 + an adverb + a verb of aim
        (
            "为履行保障交易安全的法定义务，我们可能会在应用后台运行期间收集MAC地址、IMEI"
            "及其他设备标识符进行风险校验。",
            {"calls"},
        ),
        ("我们会收集您的IMEI，来综合判断您账户及交易风险。", {"calls"}),
        # 当/在您…过程中 as a scenario
        ("当您在使用本服务过程中，我们可能会对您的设备信息（如IMEI）进行收集。", {"calls"}),
        # contact syncing is a feature that reads the address book
        (
            "Certain features, like contact syncing, may require that you grant us access to "
            "such information to make them work.",
            {"contacts"},
        ),
    ],
)
def test_survey_34_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_better_experience_is_a_reason(tables: Tables) -> None:
    intro = "We also collect information from mobile devices for a better user experience:"
    item = "- Phonebook (Contacts list): accessing your contacts saves you time.\n"
    assert _disclosed(tables, f"{intro}\n\n{item}", "policy.md") == {"contacts"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        ("基于我们为您提供音视频通话功能，我们会获取：修改系统亮度设置、录音权限；", {"settings"}),
        ("8 修改全局系统设置 用户主动授权 用于手机开启悬浮窗。", {"settings"}),
        ("读取短信/彩信：帮助用户使用同步工具进行信息同步", {"messages"}),
        (
            "由于我们使用统计分析服务来帮助我们了解用户如何使用产品，所以该SDK在后台会收集"
            "个人设备信息（IMEI/地理位置）",
            {"calls", "location"},
        ),
        ("您使用我们服务时，我们会自动记录您的操作日志，具体为：IMEI、Mac地址。", {"calls"}),
        # the user lets the app act: still the app's access
        (
            "当您创建分享时，您可以允许猫眼访问您的手机通讯录，从而使您的联系人能够看到您的分享。",
            {"contacts"},
        ),
    ],
)
def test_survey_35_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        ("为了向您提供服务，我们会申请电话、存储和相机权限。", {"calls"}),
        ("We request the Phone, Storage and Camera permissions to provide the service.", {"calls"}),
        # data listed before a permission word are data, not permission names
        ("为了便于您使用语音识别功能，需要获取您的Wifi信息、位置信息、录音权限。", {"location"}),
    ],
)
def test_a_permission_list_that_ends_in_a_group_of_no_category(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        (
            "Advertisers may collect your device's advertising ID, IMEI and MAC address when "
            "serving ads from the app.",
            {"calls"},
        ),
        ("第三方SDK为分享到社交平台之目的，需获取访问GMail账户列表信息的权限。", {"contacts"}),
    ],
)
def test_survey_36_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_what_collected_data_may_refer_to_is_no_definition(tables: Tables) -> None:
    document = (
        "Information obtained through Google Firebase Analytics. This information may refer "
        "to the geographic location of the User and their device model. This information is "
        "anonymous and is used solely for the purpose of improving the Application."
    )
    assert _disclosed(tables, document) == {"location"}
    defined = "Personal information refers to the geographic location of the User."
    assert _disclosed(tables, defined) == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # items numbered (i), (ii) under an introduction that gives the purpose
        (
            "（10）为保障您正常使用我们的服务，我们会收集关于您使用的服务及使用方式的信息，"
            "这些信息包括：\n（i）日志信息：您的登录账号、IP地址。\n"
            "（ii）设备信息：我们会接收并记录您所使用的设备相关信息（例如IMEI、设备机型）\n",
            {"calls"},
        ),
        (
            "In order to show localized features, the App may access your installed apps, phone "
            "and network state.",
            {"calls"},
        ),
    ],
)
def test_survey_37_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_page_scraped_onto_one_line_is_read_paragraph_by_paragraph(tables: Tables) -> None:
    filler = "本政策适用于我们的全部产品和服务，请您仔细阅读并充分理解本政策的全部内容。" * 80
    line = "\t".join(
        [
            "天气预报隐私政策",
            filler,
            "个人信息是指以电子或者其他方式记录的能够识别特定自然人身份的各种信息。",
            "我们会在具体场景下要求授权使用设备定位权限以便为您提供您所在位置的天气信息。",
            "我们会在具体场景下要求授权使用电话权限用于手机号快速登录账号。",
        ]
    )
    assert _disclosed(tables, f"服务及隐私协议\n\n{line}\n") == {"location", "calls"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        ("（9）读取联系人信息：自动添加通讯录好友时，我们会读取联系人信息列表;", {"contacts"}),
        # a permission list whose items carry their purpose in brackets
        (
            "可能会尝试获取下列权限：读取通讯录（用于您建立好友关系）、拨打电话（用于您在本app中直接"
            "拨打您设定的联系人）、拍照（用于用户头像拍摄）等。",
            {"contacts", "calls"},
        ),
    ],
)
def test_survey_38_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document) == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # 地理信息 is the device's location as much as 地理位置 is
        (
            "地理信息、相册权限需要您为我们提供，用于为您创建个性化倒计时服务，拒绝此权限将无法自定义背景等",
            {"location"},
        ),
        (
            "In order to do this we use your shorted and anonymised IP address, and your "
            "geo-coordinates if you have agreed to this on your mobile end device.",
            {"location"},
        ),
    ],
)
def test_survey_39_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document) == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the service's own course as the scenario
        (
            "我们在提供服务的过程中，可能需要您开通一些设备权限，例如通知、相册、相机、麦克风、手机通讯录、蓝牙访问权限。",
            {"contacts"},
        ),
        # what the data is kept to: 仅作为 / 仅供 …
        (
            "我们会收集设备信息，例如您的IP地址和手机imei识别号；您提供的上述信息，仅作为标示用户身份唯一性，进行安全防范使用。",
            {"calls"},
        ),
        ("我们会收集您的IMEI，仅供安全风控使用。", {"calls"}),
        # …not who may use it, nor a caveat
        ("我们会收集您的手机号码和通讯录，这些信息仅供参考。", set()),
        # a ringtone the app sets is WRITE_SETTINGS
        ("The app needs permission to set the chosen sound as your ringtone.", {"settings"}),
        # a sentence that lists what the noun of the one before holds
        (
            "We may collect device information when you visit the RC Website and/or use any of "
            "our Applications. Device information may include your device type, browser type, "
            "online identifiers, IP address, and geolocation information.",
            {"location"},
        ),
        ("为了保障账号安全，我们会收集您的设备信息。设备信息包括设备型号、IMEI。", {"calls"}),
        (
            "We collect the following types of information automatically when you use our "
            "Software and Services. Information collected automatically may include usage "
            "details, metadata, and real-time information about the location of your device:",
            {"location"},
        ),
        # playing is using the app
        (
            "If you play Zynga games on a mobile device, in addition to your device identifiers,"
            " we may also collect your specific geolocation (with your permission).",
            {"location"},
        ),
        # what the app stops doing once the user revokes takes back nothing
        (
            "当您使用游戏联运渠道登录时，我们需要您授权我们访问您的手机/电话状态从而获取您的唯一设备识别码，"
            "从而能够更好地保障您的账号安全，但当您取消该授权后，我们将不再收集该信息。",
            {"calls"},
        ),
        # …but the device is a source, and an SDK in the app reads it
        (
            "We collect your location from your device and from third parties to show nearby "
            "stores.",
            {"location"},
        ),
        ("我们通过第三方SDK获取您的位置信息，用于推荐。", {"location"}),
        # an item's name and the list it gives, under the introduction's purpose
        (
            "在您使用服务过程中，为了了解产品适配性、识别账号异常状态，我们可能会收集您的设备信息，此类信息包括："
            "\n（1）设备及应用信息。如设备名称、设备激活时间、硬件型号、通讯录、短信息等。\n",
            {"contacts", "messages"},
        ),
        # MEID by its Chinese name; the phone permission by what it reads
        ("闪验SDK：收集IP地址、移动设备识别码、sim卡，用于一键登录。", {"calls"}),
        ("为了进一步提供便捷的登录服务，我们可能会需要向您申请电话识别码权限。", {"calls"}),
        # Traditional Chinese words in simplified characters
        (
            "若您准许取得联络人信息，则将于装置接收来电和短讯时显示。",
            {"calls", "messages", "contacts"},
        ),
        # what an access is the means of; an SDK's service for the app
        (
            "统计分析服务具备基础的反作弊功能，通过获取用户位置信息及IP地址，剔除作弊设备。",
            {"location"},
        ),
        (
            "穿山甲SDK（为APP提供广告投放服务）收集敏感信息：设备标识信息（OAID、IMEI等）、访问位置信息",
            {"calls", "location"},
        ),
        # nouns between commas after the verb are one list
        (
            "为保障服务稳定运行，我们会收集您的设备型号，操作系统，唯一设备标识符，IMEI,IMSI,登入IP地址",
            {"calls"},
        ),
        # "log" as the act of recording; a location listed with the IP address, not tied to it
        (
            "We automatically log the following information about you when you access the "
            "Services: device identifier, location data for mobile devices, browser type, and IP "
            "address.",
            {"location"},
        ),
        (
            "Among the types of Personal Data that this Application collects to serve ads, there "
            "are: Usage Data and geographic position.",
            {"location"},
        ),
        # SDK records written inside one long line, each field ended by "；"
        (
            "我们的受托方包括推送合作伙伴。1) SDK名称：QQComponent；"
            "SDK获取的权限：设备型号、IP 地址；使用目的：QQ登录/分享；"
            "第三方个人信息处理规则：https://privacy.qq.com/2) SDK名称：个推；"
            "SDK获取的权限：设备信息(IMEI/MAC/Android ID/SIM卡IMSI/地理位置）；"
            "使用目的：消息推送；第三方个人信息处理规则：https://docs.getui.com/privacy/",
            {"calls", "location"},
        ),
        # a plural is the same data
        (
            "We may ask users for access to the address books on their mobile devices, so that "
            "we may connect Account holders.",
            {"contacts"},
        ),
        # the approximate location permission's own wording, though glossed as a place
        (
            "When you use the app we collect: Coarse location data, such as country and city.",
            {"location"},
        ),
        # contact access is the contacts permission
        (
            "Depending on your permissions and feature use, Quix Chat may access:\n\n"
            "- contact access if you choose to sync or use contact-based features;\n",
            {"contacts"},
        ),
        # what the user then cannot use is no refused access: the recap keeps its purpose
        (
            "例如：设备机型、设备标识符（MAC/IMEI/Android ID）、软硬件特征信息。"
            "为了收集上述基本的个人设备信息，"
            "我们将会申请访问您的设备信息的权限，我们收集这些信息是为了向您提供我们基本服务和基础功能，"
            "如您拒绝提供上述权限将可能导致您无法使用华盛人服务。",
            {"calls"},
        ),
        # the phone's brightness changed is WRITE_SETTINGS's act; a row that answers yes stays
        (
            "| 权限 | 用途 |\n|---|---|\n"
            "| 读取系统设置 | 允许程序读取系统设置信息，使本软件"
            "可以获取系统息屏和亮度，修改手机亮度； |\n",
            {"settings"},
        ),
        (
            "| Data Type | Collected | Purpose |\n|---|---|---|\n"
            "| Precise location data | No | N/A |\n| Contacts | Yes | Invite friends |\n",
            {"contacts"},
        ),
        # a numbered list written inside its introduction's paragraph
        (
            "2.6当您使用本平台服务时，为维护我们服务的正常运行，我们可能会收集您的部分信息：1）日志信息，"
            "指您使用我们的服务时自动采集的信息。此类信息可帮助我们改善我们的产品。2）终端设备信息或软件信息，"
            "包括设备属性信息（系统版本、设备识别码IMEI、网络设备硬件地址MAC等）。为保证我们的服务，"
            "我们会接入第三方SDK。",
            {"calls"},
        ),
    ],
)
def test_survey_40_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document) == want


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("SDK中包含的权限代码（非使用权限），以及包含的信息如下：", {"calls"}),
        ("我们接入的第三方SDK如下：", {"calls", "location", "messages"}),
    ],
)
def test_permission_codes_said_not_in_use_disclose_nothing(
    tables: Tables, note: str, want: set[str]
) -> None:
    """A document that calls its lists of an SDK's permission codes "not in use" discloses
    nothing by them; what the entry collects, with its purpose, still counts."""
    entry = (
        "1）“百度网盟广告”，用于广告投放，包含的权限代码如下：网络访问权限、获取精确位置、"
        "发送短信；收集的信息：设备型号、IMEI。"
    )
    assert _disclosed(tables, f"{note}\n\n{entry}\n") == want


@pytest.mark.parametrize("bullet", ["•", "●", "·", "▪"])
def test_a_bullet_glyph_marks_a_list_item_without_a_space(tables: Tables, bullet: str) -> None:
    """ "•位置信息": a bullet glyph before CJK text is a list item, read under its intro."""
    document = f"为向您推荐附近的门店，我们会收集以下信息：\n\n{bullet}位置信息\n\n{bullet}通讯录\n"
    assert _disclosed(tables, document) == {"location", "contacts"}


def test_radicals_that_look_like_characters_are_read_as_them(tables: Tables) -> None:
    """Text copied out of a PDF may write 用 as the Kangxi radical ⽤ (U+2F64)."""
    document = "我们会使\u2f64您的位置信息，\u2f64于向您推荐附近的门店。\n"
    assert _disclosed(tables, document) == {"location"}


def test_tab_indented_lines_are_one_paragraph(tables: Tables) -> None:
    """Leading tabs indent a line; they part no cells (a scraped page, survey 48)."""
    document = (
        "\t\t在聊天中，为了方便您发布自身位置，我们可能需要获取访问粗略位置的权限。为了便于与您沟通，"
        "优化服务，我们可能需要获取发送，\n\t\t接收和读取短信以及拨打客服电话的权限。\n"
    )
    assert _disclosed(tables, document) == {"location", "messages"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # Umeng's template: the section's title is its aim, a later sentence collects
        (
            "## （二）开展内部数据分析和研究，第三方SDK统计服务，改善我们的产品或服务\n\n"
            "我们收集数据是根据您与我们的互动和您所做出的选择。我们收集的数据可能包括IP地址、"
            "国际移动设备识别码（IMEI）、设备型号。\n",
            {"calls"},
        ),
        (
            "## Purpose: showing parking lots near you\n\nParking lots are shown on a map. The "
            "app collects your location through GPS.\n",
            {"location"},
        ),
        # a scenario in the title does not cover every sentence of the section
        (
            "## Information collected when you use our services\n\nWe may process your profile. "
            "Your public profile may include your email address and your contacts.\n",
            set(),
        ),
    ],
)
def test_a_later_sentence_takes_its_sections_aim(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "p.md") == want


def test_bullets_typed_into_paragraphs_stay_under_their_introduction(tables: Tables) -> None:
    """A word processor's list ("·" and spaces in a <p>): a short item ("country") is no
    heading that would cut the items after it off from the introduction."""
    document = (
        "<p>If you play our games on a mobile device, we may also collect:</p>"
        "<p>·&nbsp;&nbsp;&nbsp;name you have associated with your device</p>"
        "<p>·&nbsp;&nbsp;&nbsp;country</p>"
        "<p>·&nbsp;&nbsp;&nbsp;specific geolocation (with your permission)</p>"
    )
    assert _disclosed(tables, document, "policy.html") == {"location"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the stock sentence: the services above need these permissions (labelled Y by every
        # labeller who met it, surveys 29-53)
        (
            "您理解并同意，上述附加服务需要您在您的设备中开启您的位置信息（地理位置）、通讯录"
            "的访问权限，以实现这些权限所涉及信息的收集和使用。\n",
            {"location", "contacts"},
        ),
        # the SMS permission named noun first, longer than the trap 短信发送
        ("短信发送权限：支持用户在使用回访提醒功能时直接发送短信给客户\n", {"messages"}),
        # WRITE_SETTINGS as a ROM names it
        ("应用需要以下权限：\n\n9. 修改设置应用中的设置项，方便用户设置字体大小\n", {"settings"}),
    ],
)
def test_survey_53_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document) == want


def test_a_table_with_yes_or_no_columns_copied_a_cell_a_line(tables: Tables) -> None:
    """A permission table whose columns "是否询问" / "可否关闭" are yes-or-no, copied out of
    a page a cell a line and titled by a numbered item under a definition (survey 53)."""
    document = (
        "一、我们收集您哪些个人信息\n个人信息是指以电子或者其他方式记录的与已识别的自然人有关的各种"
        "信息。\n我们仅会出于本政策所述的以下目的，收集和使用您的个人信息：\n（一）产品功能\n"
        "1、绑定设备\n首次打开APP时将获取您的储存权限用于本地存储数据。\n\n"
        "（二）权限说明\n\n业务功能\n对应权限\n使用目的\n是否询问\n可否关闭\n\n"
        "短信发送\n获取短信发送权限\n发送营销短信\n是\n是\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"messages"}


def test_a_cell_a_line_sdk_table_with_a_policy_address_column(tables: Tables) -> None:
    """ "第三方隐私协议网址或者网站" is a header cell (survey 108): the table copied a cell a
    line is read as one, each SDK row under its purpose and permission columns."""
    document = (
        "我们将使用下列SDK技术，所需要的功能和第三方要收集的用户信息为：\n\n\n"
        "sdk名称\n使用目的\n使用权限名称\n第三方机构名称\n第三方隐私协议网址或者网站\n\n\n"
        "统计SDK\n统计App崩溃日志、数据统计分析\nIMEI/Mac/Android ID/地理位置\n某某有限公司\n"
        "https://example.com/policy\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"calls", "location"}


def test_a_cell_a_line_row_may_take_one_more_line(tables: Tables) -> None:
    """A cell on two lines (two companies) keeps its row, and the table, going (survey 110);
    a sentence run on after the last row is no cell of it."""
    header = "SDK名称\n共享的信息\n信息共享的目的\n信息共享主体\n隐私政策链接\n\n\n"
    two = "广告SDK\n设备型号、IMSI、IMEI\n提升广告精准度\n甲公司\n乙公司\nhttps://a.example\n\n\n"
    after = "地图SDK\n位置信息\n用于地图定位\n丙公司\nhttps://b.example\n"
    assert _disclosed(tables, header + two + after, "policy.txt") == {"calls", "location"}
    sentence = "我们仅会向第三方提供推广的覆盖面和有效性的信息，而不会提供可以识别您身份的信息。"
    run_on = f"推送SDK\n位置信息\n推送消息\n丁公司\nhttps://c.example\n{sentence}\n"
    read = _verdicts(tables, header + run_on, "policy.txt")
    assert [unit for unit in read if sentence in unit and " | " not in unit]  # no row's cell


def test_a_tab_table_header_may_hold_a_fifteen_character_cell(tables: Tables) -> None:
    """ "隐私协议链接或sdkurl" (13 characters) is still a header cell: the rows below are
    read under the header's purpose column."""
    document = (
        "## 我们如何共享您的个人信息\n\n我们可能会接入第三方SDK服务。\n\n"
        "SDK名称\t所属公司\t信息获取\t使用目的\t隐私协议链接或sdkurl\n"
        "高德地图\t高德\t最近一次地理位置信息，持续定位\t定位以及地图展示\thttps://lbs.amap.com\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"location"}


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("#### Location ✓ Collected", {"location"}),
        # the same item under a heading that denies the collection
        ("#### Data Not Collected", set()),
    ],
)
def test_a_data_safety_purpose_after_a_dash(tables: Tables, heading: str, want: set[str]) -> None:
    """Google Play's data-safety purposes ("Fraud prevention, security, and compliance",
    "Analytics", …) after a data type's dash state why (an app-store summary, survey 54)."""
    document = f"{heading}\n\n- **Approximate Location** - Fraud prevention, compliance\n"
    assert _disclosed(tables, document, "policy.md") == want


def test_an_sdk_table_a_cell_a_paragraph_with_platform_and_policy_columns(
    tables: Tables,
) -> None:
    """ "客户端" and "隐私权政策" name columns too: the header run is whole, so each cell is
    read under "具体功能" (survey 54)."""
    cells = ["SDK服务", "具体功能", "客户端", "获取信息", "隐私权政策"]
    cells += ["Glide", "媒体管理和图像加载", "安卓端", "读取联系人", "点击查看第三方隐私政策"]
    assert _disclosed(tables, "\n\n\n".join(cells) + "\n", "policy.txt") == {"contacts"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # call state by another name, and WRITE_SETTINGS as an SDK row names it (survey 55)
        ("当您使用我们的App时，我们会自动收集设备识别码、呼叫状态、网络接入信息。\n", {"calls"}),
        ("我们会申请写入手机设置的权限，以便为您切换护眼模式。\n", {"settings"}),
    ],
)
def test_survey_55_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document) == want


def test_a_page_whose_text_is_an_iframes_own_document(tables: Tables) -> None:
    """A site builder's page holds the policy in ``<iframe srcdoc="…">``: the browser shows
    that document, so it is read (survey 55)."""
    inner = "<p>We collect your precise location to show stores near you.</p>"
    page = f'<html><body><iframe srcdoc="{inner}"></iframe></body></html>'
    assert _disclosed(tables, page, "policy.html") == {"location"}


@pytest.mark.parametrize(
    "document",
    [
        "为向您提供服务，我们会收集以下信息：\n一、位置信息\n二、通讯录\n",
        "为向您提供服务，我们会收集以下信息：\n\n一、位置信息，用于推荐附近门店\n\n二、通讯录\n",
    ],
)
def test_short_numbered_lines_of_a_list_are_no_section_titles(
    tables: Tables, document: str
) -> None:
    """ "一、位置信息" after a colon, or beside another such line, is an item of the list the
    colon introduced, not the title of a section."""
    assert _disclosed(tables, document, "policy.txt") == {"location", "contacts"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the SIM's own number, read with the network's details
        (
            "When you access our Services using a mobile device, we collect device-specific "
            "information (such as your hardware model, unique device identifiers, and mobile "
            "network information including phone number).\n",
            {"calls"},
        ),
        (
            "当您使用我们的服务时，我们会收集以下信息：\n\n1)设备信息：如您的手机品牌、型号、唯一设备"
            "识别码以及包括电话号码在内的移动网络信息。\n",
            {"calls"},
        ),
    ],
)
def test_survey_57_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # "email" as a noun of the list, not the act of emailing that would take the data
        ("We collect your name, email address, and location to deliver orders.", {"location"}),
        ("We collect your name, email, and location to deliver orders.", {"location"}),
        (
            "We may use your name, phone number, email address, account number, or IMEI number "
            "to provide you with promotional information related to products and services.",
            {"calls"},
        ),
        # a step of the app's use as the scenario; setup as the purpose
        (
            "In connection with the guest invitation process, we may ask for access to your "
            "contact list.",
            {"contacts"},
        ),
        (
            "We may request Coarse Location permission from your Android mobile device in "
            "connection with making a Bluetooth connection (e.g. for setup or configuration "
            "changes).",
            {"location"},
        ),
        # what an SDK is for, in the sentence before the permissions it needs
        (
            "我们使用了“小米推送”SDK, 功能为“PUSH推送”。所需权限为读取外置存储卡、"
            "读取手机状态和身份、写入外部存储卡。",
            {"calls"},
        ),
        # a programme named for its aim, as the section's title
        (
            "（2）用户体验改进计划\n\n我们将基于您的使用数据进行统计。同时，我们收集的数据可能包括应用"
            "程序版本、独立设备标识符(IMEI)、设备型号等。\n",
            {"calls"},
        ),
    ],
)
def test_survey_59_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # data sent to the service itself is collected
        ("The app transmits your GPS location to us to show nearby stores.", {"location"}),
        (
            "During an SOS event, your location data is securely transmitted to our cloud "
            "backend to alert your emergency contacts by email.",
            {"location"},
        ),
        # …and so is data sent to a provider for what it sends back (surveys 107, 112)
        (
            "The detected coordinates are sent to OpenWeatherMap to determine the city.",
            {"location"},
        ),
        ("GPS coordinates are sent to a weather API solely to retrieve forecasts.", {"location"}),
        # …not data sent there for no use of the app's, nor what the user sends a friend
        ("Your location is sent to our partners to process it under our instructions.", set()),
        ("Only the latitude and longitude of a saved place are sent to the weather API.", set()),
        ("You can send your location to a friend to meet up.", set()),
        # a trap in the purpose is a use of its own, not the permission restated
        ("电话权限：用于联系客服。", {"calls"}),
        # the feature that needs the permission, in parentheses after its name
        (
            "我们可能申请以下权限：\n\n6. 读取联系人(获取好友列表等功能需要)\n\n"
            "8. 修改系统设置(语音通话等功能需要)\n",
            {"contacts", "settings"},
        ),
        (
            "唯一设备识别码：根据安全策略，获取机器唯一标识（IMEI、SIM 卡 IMSI 信息），提供基础"
            "反作弊能力。",
            {"calls"},
        ),
    ],
)
def test_survey_60_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "name"),
    [
        (
            "## 2.3 Information Automatically Collected When You Use Our Services\n\n"
            "### A. Location Information\n\n"
            "- Such as precise or approximate location determined from GPS.\n",
            "policy.md",
        ),
        (
            "<h2>Information Automatically Collected When You Use Our Services</h2>"
            "<h3>Location Information</h3><ul><li>Precise location from GPS</li></ul>",
            "policy.html",
        ),
    ],
)
def test_a_sub_heading_is_read_inside_the_heading_above_it(
    tables: Tables, document: str, name: str
) -> None:
    """The heading above holds the access and the scenario, the sub-heading the data
    (survey 61)."""
    assert _disclosed(tables, document, name) == {"location"}


def test_a_permission_named_by_a_sub_heading_labels_the_text_under_it(tables: Tables) -> None:
    """In a chain of headings the last one still names the permission the description
    under it is for."""
    document = (
        "<h3>Device permissions for personal Data access:</h3><p>• Phone permission</p>"
        "<p>Allow this to help you with directly placing a call to the call centre.</p>"
    )
    assert _disclosed(tables, document, "policy.html") == {"calls"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the data a use describes: "location information used against cheating"
        (
            "友盟 SDK | 统计分析 | 设备 MAC 地址、每次使用产品的时长、用于反作弊的地理位置信息",
            {"location"},
        ),
        ("获取手机设备IMEI/IMSI/ICCID信息，以检测您的账号是否存在风险。", {"calls"}),
        # taken from the IP address or from the device
        (
            "Your location (derived from your IP address, Bluetooth beacons or other "
            "location-based technologies) is collected to show nearby stores.",
            {"location"},
        ),
    ],
)
def test_survey_61_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    "document",
    [
        # the verification code read from the SMS the device received (survey 62's probes)
        "当您开启短信验证码自动填充功能后，我们会读取您接收的短信验证码。",
        "我们会在您注册时读取您的短信验证码，以便自动填写。",
    ],
)
def test_reading_the_sms_code_the_device_received(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.txt") == {"messages"}


def test_the_code_read_automatically_names_its_own_use(tables: Tables) -> None:
    """ "…使用“短信权限”自动读取验证码": reading the code for the user is the reason (survey 63)."""
    document = (
        "验证码的验证方式有两种，一种是您手动输入接收到的验证码，另一种是通过允许本产品使用"
        "“短信权限”自动读取验证码。"
    )
    assert _disclosed(tables, document, "policy.txt") == {"messages"}


def test_a_semicolon_list_whose_last_item_states_the_purpose(tables: Tables) -> None:
    """ "…includes A; unique device identifiers like IMEI; SIM information … to uniquely
    identify the devices": the purpose at the list's end reaches its items (survey 64)."""
    document = (
        "The information we collect from your device includes the hardware model, build model, "
        "RAM, storage; unique device identifiers like IMEI, serial number, SSAID; SIM "
        "information that includes network operator, roaming state, MNC and MCC codes, WIFI "
        "information that includes MAC address and mobile network information to uniquely "
        "identify the devices and ensure that no unauthorized device acts on your behalf to "
        "prevent frauds."
    )
    assert _disclosed(tables, document, "policy.md") == {"calls"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the user's device as the one that acts in the scenario
        (
            "When your device contacts us, we may use your location information, such as "
            "longitude and latitude, time zone settings, region, country, etc.",
            {"location"},
        ),
        # Google Play's name for the phone-state permission group
        ("Device ID & Call Info – Muting smart TV when phone rings", {"calls"}),
        # a permission table copied a cell a paragraph, with a column for when it is asked
        (
            "权限\n\n调用目的\n\n询问时间\n\n可否关闭\n\n相机\n\n拍照、扫描等功能\n\n试纸扫描\n\n可以\n\n"
            "电话状态\n\n试纸扫描时分析手机适配信息\n\n试纸扫描缓慢或失败时\n\n可以\n",
            {"calls"},
        ),
    ],
)
def test_survey_65_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the app asks to be allowed, its reason first: not the framework's label
        (
            "为了减少低质量的广告对您造成的困扰，应用需要允许应用基于GPS、基站、 Wi-Fi "
            "等网络源获取位置信息。",
            {"location"},
        ),
        # …but the framework's label after a field's colon is still no reason, even when
        # the item before it, run into it, states one
        (
            "详细权限和使用目的如下：1.3.2.1 访问网络权限：实现应用程序联网1.3.2.2 "
            "读写系统设置权限：允许应用读写系统设置。",
            set(),
        ),
        # a record in two sentences: the second field states the first one's use
        (
            "隐私权限使用说明\n\n"
            "7.权限名称：android.permission.WRITE_SETTINGS。使用场景：应用需要在进入视频会议时，"
            "进行视频通话，需要调整设备音量。\n",
            {"settings"},
        ),
    ],
)
def test_survey_66_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


_SHARED_TABLE = (
    "<html><body><p>Information We Collect, Use, and Disclose<br/><br/>The purposes for our "
    "collection of this information are described above.<br/><br/>In the past 12 months, "
    "we have {act} the following categories of personal information {whom} for business or "
    "commercial purposes:</p><table><thead><tr><th>Category</th><th>Categories of parties"
    "</th></tr></thead><tbody><tr><td>Non-precise geolocation information.</td><td>Vendors "
    "and payment processors. Affiliates for purposes of business operations and support."
    "</td></tr></tbody></table></body></html>"
)


def test_a_table_of_what_is_disclosed_to_others_is_no_disclosure_of_access(
    tables: Tables,
) -> None:
    """A table whose introduction only gives data to others (a US state-law table) says
    who receives it and why, not why the app takes it (survey 66); one whose introduction
    collects the data does say why."""
    shared = _SHARED_TABLE.format(act="disclosed", whom="to third parties")
    collected = _SHARED_TABLE.format(act="collected", whom="from your device")
    assert _disclosed(tables, shared, "policy.html") == set()
    assert _disclosed(tables, collected, "policy.html") == {"location"}


def test_an_empty_line_made_of_line_breaks_ends_an_html_paragraph() -> None:
    """Two line breaks in a row ("<br><br>") show a blank line: the text after it is a
    paragraph of its own, while one "<br>" stays a line break inside the paragraph."""
    two = [b.text for b in to_blocks(b"<html><body><p>One.<br/> <br/>Two.</p></body></html>")]
    one = [b.text for b in to_blocks(b"<html><body><p>One.<br/>Two.</p></body></html>")]
    assert two == ["One.", "Two."]
    assert one == ["One. Two."]


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # where an object stands in a picture is no device location
        (
            "To provide these features, we collect additional information about objects "
            "contained in user-generated content to better understand the size, shape, and "
            "location of an object in space.",
            set(),
        ),
        # the promotions the service texts the user, and how to stop them
        (
            "    商业信息推送及活动提醒服务：\n"
            "    为了您更好地了解和使用我们的服务，我们及其服务商将基于上述服务目的，收集、使用您的"
            "姓名及联系方式。如您不想接受我们给您发送的促销信息，您可随时通过以下方式取消：\n"
            "    ① 您可以通过点击“搜索框”下方的删除按钮，进行删除您的搜索记录；\n"
            "    ② 您可以根据促销短信内容提示，来取消我们给您发送的手机促销短信；\n",
            set(),
        ),
        # …while SMS content the app reads for its reason is still disclosed
        ("为了识别诈骗短信，我们会收集您的短信内容。", {"messages"}),
    ],
)
def test_survey_67_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_device_that_contacts_a_server_is_no_address_book(tables: Tables) -> None:
    """ "contacts" as the verb of the device or the app (survey 68)."""
    document = (
        "If you're using an Android device with Google apps, your device periodically "
        "contacts Google servers to provide information about your device and connection "
        "to our services."
    )
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the app refuses, an SDK takes the same data for a reason given as a cause
        (
            "本应用不会收集用户手机MAC地址、IMEI码等私密信息，但集成的第三方SDK可能会因为安全及"
            "用户识别原因收集。",
            {"calls"},
        ),
        (
            "We do not collect your location, but the advertising SDK may collect it to show "
            "local ads.",
            {"location"},
        ),
        # a turn to what the user may do, or to other data, takes nothing back
        ("我们不会收集您的通讯录，但您可以选择上传。", set()),
        ("我们不会收集您的短信，但会收集您的设备型号用于适配。", set()),
        # a cause that is no reason of the app's
        ("因不可抗力原因导致服务中断时，我们不会读取您的通讯录。", set()),
    ],
)
def test_a_turn_after_a_refusal_takes_the_same_data(
    tables: Tables, document: str, want: set[str]
) -> None:
    """ "…不会收集…IMEI…，但…SDK可能会因为…原因收集" (survey 69)."""
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_list_item_with_examples_in_parentheses_is_still_a_short_item(tables: Tables) -> None:
    """ "…包括设备型号，设备属性信息（例如…IMEI、IDFA）": the examples do not make the item a
    clause of its own (survey 69)."""
    document = (
        "为了保障用户的帐号安全，我们将会收集您的用户设备信息，包括设备型号，设备属性信息（例如"
        "国际移动设备身份码IMEI、广告标识符IDFA）。"
    )
    assert _disclosed(tables, document, "policy.txt") == {"calls"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # 利用 (make use of) is an access
        (
            "为了预防诈骗、盗号等不法行为和进行安全检查，可能会分析利用唯一设备标识符、登陆IP地址、"
            "操作日志、地理位置信息等数据。",
            {"location"},
        ),
        # what the access lets the app do is its reason
        (
            "修改系统设置：允许程序读取系统设置信息，使本软件可以获取系统息屏和亮度，修改手机亮度。",
            {"settings"},
        ),
        # a company's contact person the user fills in is no address book
        (
            "1、我们收集的信息\n"
            "我们收集的信息在你使用服务的过程中，我们会按照如下方式收集你在使用服务时主动提供或"
            "因为使用服务而产生的信息，用于向你提供服务、优化我们的服务以及保障你账号安全：\n"
            "1.5 当你使用企业信息功能，对于你填写的企业联系人、所在地区、详细地址等信息，我们将进行"
            "保密，用于申请发票抬头、作为收货地址等服务。\n",
            set(),
        ),
    ],
)
def test_survey_70_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a developer service that texts from its servers
        (
            "Data types: Equipment information, network information, location information, "
            "and application information (for Aurora push and Aurora authentication only).\n\n"
            "And other personal information of your end users that you provide based on the "
            "type of mobile application and your specific requirements for developer services, "
            "including phone number (for Aurora SMS and Aurora authentication only), APP page "
            "and APP function event related information (for Aurora Statistics only)\n",
            set(),
        ),
        # what the service sends to the user's phone, unless the app reads it there
        (
            "当您使用本服务时，分贝通发送到该手机的信息（短信或电话等）内容是您使用服务的相关规则。",
            set(),
        ),
        ("为了保障您的账户安全，我们会读取发送到您手机的短信。", {"messages"}),
        # where something stands on a photo, and the company's own sites
        (
            "To provide character recognition, we collect bank card information (such as card "
            "number and coordinates of card frame on a photo of bank card).",
            set(),
        ),
        (
            "We collect your professional information if you apply for a job through our Site "
            "and at our locations. We use this information to screen job applicants.",
            set(),
        ),
    ],
)
def test_survey_71_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # "当您…" without 时 is a scenario up to its comma (survey 72)
        (
            "联系人权限\n\n当您需要通过通讯录带入联系人信息，需要获取您手机的联系人权限。\n",
            {"contacts"},
        ),
        # …but not the user's refusal
        ("当您拒绝授权，我们将无法获取您的位置信息。", set()),
    ],
)
def test_a_when_clause_without_its_time_word(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_location_entry_derived_from_the_ip_defines_the_term_for_the_document(
    tables: Tables,
) -> None:
    """ "Location Information: … mainly inferred based on your IP address" outside a
    glossary still says what the policy means by it (survey 73); a later sentence that
    names the device's GPS still speaks of the device."""
    entry = (
        "(2) Information automatically collected by us\n\n"
        "- Location Information: We will automatically collect the approximate location "
        "information about you, mainly inferred based on your IP address.\n\n"
    )
    use = (
        "We need to use your payment information and location information to maintain the "
        "security and reliability of Our Services.\n"
    )
    gps = "We use your precise GPS location to show nearby venues.\n"
    assert _disclosed(tables, entry + use, "policy.md") == set()
    assert _disclosed(tables, entry + use + "\n" + gps, "policy.md") == {"location"}
    assert _disclosed(tables, use, "policy.md") == {"location"}
    # …also written as a title sentence and the sentence after it (survey 109)
    titled = (
        "Location Information. We collect information about your approximate location, "
        "including information based on your SIM card region and IP address.\n\n"
    )
    assert _disclosed(tables, titled + use, "policy.md") == set()
    assert _disclosed(tables, titled + use + "\n" + gps, "policy.md") == {"location"}


def test_a_location_defined_in_place_from_the_ip_holds_below(tables: Tables) -> None:
    """ "位置信息（基于IP地址，仅收集至国家/省/市，下同）" defines the term for what follows
    (survey 110); the device's GPS named later is still the device's."""
    defined = "我们会收集您的设备信息、位置信息（基于IP地址，仅收集至国家/省/市，下同）。\n\n"
    use = "为向您推荐更感兴趣的内容，我们会使用您的位置信息。\n"
    gps = "\n我们会获取您的GPS位置信息，用于导航。\n"
    assert _disclosed(tables, defined + use, "policy.txt") == set()
    assert _disclosed(tables, defined + use + gps, "policy.txt") == {"location"}
    assert _disclosed(tables, use, "policy.txt") == {"location"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the address book's friends as data, not only as what a purpose adds
        (
            "在您开启电话（查看电话信息）权限后，我们可以获取您的通讯录好友信息，以便向您提供好友"
            "状态查询、邀请您的好友使用服务。",
            {"contacts"},
        ),
        ("为快速添加您的通讯录好友，我们会读取您的位置信息。", {"location"}),
        # a rule of a standard's template
        (
            "有关使用范围的确定，如果特定用户信息收集时已经确定了使用规则和使用限制，如电话簿数据的"
            "使用，则相关信息应只用于特定用途。",
            set(),
        ),
        # what a locale is
        (
            "We collect the data necessary for you to use the Websites, for us to maintain and "
            "analyze the functioning of the Websites and to personalize the content of our "
            "products.We automatically obtain certain information about your computing device, "
            "including:\n\n- Language; Locale (specific location where a given language is "
            "spoken);\n",
            set(),
        ),
    ],
)
def test_survey_74_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_a_short_line_that_starts_with_a_use_is_no_heading(tables: Tables) -> None:
    """ "8.修改设置应用中的设置项⏎⏎用于设置字体大小功能": the line after the permission's name
    describes it, though it is short and has no final punctuation (survey 74)."""
    document = (
        "五、权限说明\n\n\t7.允许应用读取您SD卡的内容。\n\n\t用于用户意见反馈功能，用于上传问题截图\n\n"
        "\t8.修改设置应用中的设置项\n\n\t用于设置字体大小功能\n\n"
        "\t以上涉及的所有权限信息，只会在您授权同意，以及使用对应功能时，才会主动获取。\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"settings"}


def test_writing_the_phone_settings_names_the_settings_permission(tables: Tables) -> None:
    """ "写手机设置" is WRITE_SETTINGS in a policy's own words (survey 75)."""
    document = (
        "二、信息的获取与权限\n"
        "2.4 当您使用意见反馈时，为了方便与您联系，我们可能需要您提供姓名。\n"
        "2.5 当您使用本服务的过程中，百度统计SDK需要读取手机状态和写手机设置等权限。\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"calls", "settings"}


def test_the_users_number_taken_by_the_app_is_the_calls_category(tables: Tables) -> None:
    """ "自动提取用户的手机号码…用于注册": the device's own number, read by the app (survey 77)."""
    document = (
        "用户同意在注册时将使用用户提供的手机号码及/或自动提取用户的手机号码、手机设备识别码等"
        "信息用于注册。"
    )
    assert _disclosed(tables, document, "policy.txt") == {"calls"}


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # where the user is, worked out from the IP address with a partner's data
        (
            "We use your IP address, in conjunction with information we received from other "
            "third-party partners (such as MaxMind) to determine a broad understanding of where "
            "you are located (e.g., New York).",
            set(),
        ),
        # a contact's email the user gives, to add friends
        ("联系人邮箱、用户名：我们收集您的这些信息来为您提供“添加好友”的功能。", set()),
    ],
)
def test_survey_78_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_the_services_own_texts_are_no_messages_access(tables: Tables) -> None:
    """ "opt out of … SMS communications from Forbes" (survey 79)."""
    document = (
        "## Your choices\n\nWe use your contact details to send you marketing. You may also ask "
        "to opt out of direct email marketing, push notifications to your digital wallets, and "
        "SMS communications from Forbes by following the unsubscribe instructions contained in "
        "the communication you have received. For marketing emails, this is typically through "
        'an "unsubscribe" or "opt-out" link.\n'
    )
    assert _disclosed(tables, document, "policy.md") == set()


def test_chinese_data_sent_to_the_services_servers_is_taken(tables: Tables) -> None:
    """ "…您的通讯录将以加密形式发送至我们的服务器": sent to the service, not shared (the
    committed set's tune half)."""
    assert _disclosed(
        tables, "为了查找匹配的好友，您的通讯录将以加密形式发送至我们的服务器。", "policy.txt"
    ) == {"contacts"}
    assert _disclosed(tables, "我们不会将您的通讯录发送到我们的服务器。", "policy.txt") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # 即时 (instant) and 定时 (scheduled) are no 时 of a scenario
        ("您可以查看即时消息，我们会读取您的短信。", set()),
        ("您设置定时任务，我们会读取您的通讯录。", set()),
        # where data is sent, and a merchant's place
        (
            "For example, when we transfer personal data collected in the European Union to "
            "locations outside the European Economic Area, we rely on transfer mechanisms "
            "adopted by the European Commission to help establish adequate safeguards.",
            set(),
        ),
        (
            "When you use Google Payments to conduct a transaction, we may collect information "
            "about the transaction, including: The merchant's location and description",
            set(),
        ),
    ],
)
def test_survey_80_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_lexicon_phrase_matches_a_typographic_apostrophe() -> None:
    """ "your device’s IP address" is the lexicon's "your device's ip address" (survey 80)."""
    from analyzer.disclosure.tries import alternation

    pattern = alternation(["derived from your device's ip address"], spaced=True)
    assert pattern.search("Location data derived from your device’s IP address.")
    assert pattern.search("Location data derived from your device's IP address.")
    assert not pattern.search("Location data derived from your devices IP address.")


def test_withdrawing_consent_is_no_aim_of_the_app(tables: Tables) -> None:
    """ "…提供相关关闭功能，以实现撤回授权" (survey 81)."""
    document = (
        "(b) 对于APP内功能的授权（关闭推荐通讯录朋友、关闭附近的人设置），企业结合自身情况提供"
        "相关关闭功能，以实现撤回授权。"
    )
    assert _disclosed(tables, document, "policy.txt") == set()
    assert _disclosed(tables, "为了推荐通讯录朋友，我们会读取您的通讯录。", "policy.txt") == {
        "contacts"
    }


def test_a_table_column_of_permission_codes_not_in_use_discloses_nothing(
    tables: Tables,
) -> None:
    """A table whose column the policy calls "包含权限代码（非使用权限）": that column's cells
    are no access; what the row says it collects, with its purpose, still is (survey 82)."""
    document = (
        "SDK中包含的权限代码（非使用权限），以及包含的信息如下：\n\n"
        "| sdk名称 | 包含权限代码 | 收集的信息 | 收集信息目的 |\n"
        "| --- | --- | --- | --- |\n"
        "| 某广告SDK | 获取粗略位置、获取精确位置、发送短信 | 设备型号 | 获取广告收益 |\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()
    with_imei = document.replace("| 设备型号 |", "| 设备型号、IMEI |")
    assert _disclosed(tables, with_imei, "policy.md") == {"calls"}


def test_a_run_of_permission_names_in_a_run_together_row_is_no_access(tables: Tables) -> None:
    """The same table scraped with each row's cells run together into one paragraph: its
    run of permission names ("查看WLAN连接、使用蓝牙、获取粗略位置、获取精确位置、摄像头、…") is
    still the column not in use; the data the row collects is still read (surveys 93-94)."""
    document = (
        "SDK中包含的权限代码（非使用权限），以及包含的信息如下：\n\n"
        "友盟统计北京友盟网络科技有限公司查看WLAN连接、使用蓝牙、获取粗略位置、获取精确位置、摄像头、"
        "读取外置存储卡、检索正在运行的应用设备版本、系统版本、IMSI、IMEI 用于数据统计\n"
    )
    assert _disclosed(tables, document, "policy.txt") == {"calls"}
    # …a document that does not say so still discloses the location
    said = document.replace(
        "SDK中包含的权限代码（非使用权限），以及包含的信息如下：", "第三方SDK："
    )
    assert _disclosed(tables, said, "policy.txt") == {"calls", "location"}


def test_locating_a_problem_while_troubleshooting_is_no_location(tables: Tables) -> None:
    """ "…以进行版本校验、安装冲突检测、问题排查与定位…" (survey 82)."""
    document = (
        "当您使用本服务时，我们会接收并记录您的相关设备信息，以进行版本校验、安装冲突检测、问题"
        "排查与定位、保障您的账号与使用安全。"
    )
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the user may switch permissions to let the app collect, or not
        (
            "您也可以通过您设备的操作系统提供的选项来开启或关闭某些系统权限，从而允许或阻止我们收集"
            "您的个人信息，例如电话、联系人、麦克风、摄像头、内／外部存储空间访问权限。",
            set(),
        ),
        # contact persons the user types in
        (
            "当您使用联系人服务，我们会收集您的联系人手机号、姓名、身份证号，您应按页面提示输入以上"
            "内容。",
            set(),
        ),
    ],
)
def test_survey_83_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # permissions used only with consent "for specific functions": no aim named
        (
            "精确地理位置、摄像头、麦克风、相册（存储）、通讯录、日历权限，均不会默认开启，只有经过"
            "您的明示授权才会在为实现特定功能或服务时使用，您也可以撤回授权。",
            set(),
        ),
        # the number shown to others as the caller
        (
            "如您通过验证码确认的手机号码，将传送至基础电信业务运营商以实现通信，并作为来电显示号码"
            "向其他用户展示；4、与授权合作伙伴共享：我们可能委托授权合作伙伴为您提供某些服务或代表"
            "我们履行某些职能，我们仅会出于本隐私权政策声明的合法、正当、必要、特定、明确的目的共享"
            "您的信息，授权合作伙伴只能接触到其提供服务或履行职责所必需的信息，且不得将此信息用于其他"
            "任何目的。",
            set(),
        ),
        # …while a named use still counts
        ("您使用附近的人功能时，我们会收集您的位置信息。", {"location"}),
    ],
)
def test_survey_84_wordings(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want
