"""Wordings that look like a reason, or like the data, and are not (paraphrases of wordings
found in real English policies, survey of December 6, 2026): a consent that only lets the
access happen, an infinitive that a verb like "choose" takes, a pointer to read on, texts
the service sends the user, and the GDPR's definition of profiling."""

from __future__ import annotations

import pytest

from analyzer.disclosure.text import text_blocks
from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _disclosed


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # consent says when the access may happen, not why
        ("We collect your GPS coordinates after you permit us to do so.", set()),
        ("Once you allow it, we collect your precise location.", set()),
        ("If you choose to enable location services, we collect your precise location.", set()),
        ("When you turn on your GPS, we collect your location.", set()),
        # …also given as consent, and a time the service is not used is no use (survey 158)
        ("Once you have given us your consent, we keep track of your location.", set()),
        (
            "The collection of your geolocation may occur in the background even when you "
            "aren’t using the Services.",
            set(),
        ),
        # …a use does say why
        ("We collect your precise location when you search for nearby stores.", {"location"}),
        ("If you choose to sync your contacts, we read your address book.", {"contacts"}),
        ("After you permit it, we read your contacts to suggest friends.", {"contacts"}),
        # …and so does enabling a feature, not a permission or setting (survey 155)
        (
            "If you choose to enable continuous location sharing, the app may ask to access "
            "the location of your device.",
            {"location"},
        ),
        ("When you enable the store finder, we collect your precise location.", {"location"}),
    ],
)
def test_a_consent_is_no_reason(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("We collect your call history linked to social media accounts.", set()),
        ("We keep your call logs in relation to support tickets.", set()),
        ("Click here to learn more about how we collect location information.", set()),
        ("We collect your call history to detect fraud.", {"calls"}),
    ],
)
def test_an_infinitive_that_is_no_aim(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    "sentence",
    [
        "You may opt out of receiving text messages by replying STOP to any message.",
        "By opting in to receive SMS messages from us, you consent to their receipt.",
        "To stop receiving SMS messages from us, reply with the word STOP.",
        "If you consent to receive marketing text messages, we will not share that consent.",
        "We use your phone number to send verification codes and marketing SMS.",
        "We will not sell your phone number to third parties for SMS marketing purposes.",
        "Our providers handle payment processing, SMS delivery and email delivery.",
    ],
)
def test_texts_the_service_sends_the_user(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


def test_the_app_reading_incoming_texts_still_discloses(tables: Tables) -> None:
    sentence = "The app reads incoming SMS messages to fill in the one-time code for you."
    assert _disclosed(tables, sentence, "policy.txt") == {"messages"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the GDPR's definition of profiling, quoted by many European policies
        "We may use profiling, which means any form of automated processing of personal data"
        " used to predict aspects concerning your interests, behaviour, location or movements.",
        "Depending on your location, you may designate an authorised agent to make requests.",
        "We locate the geographical coordinates of the address you provided to direct you to"
        " the nearest collection point.",
        "These cookies display products relevant to your language and location.",
    ],
)
def test_location_words_that_are_not_the_device_location(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("We record calls only where you are notified in advance, to resolve disputes.", set()),
        ("Where you are a resident of the EU, we process your data to provide the service.", set()),
        ("We use where you are to show the stores near you.", {"location"}),
    ],
)
def test_where_you_are_before_a_state(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # an app's name, or a document's title, holds the word, not the data
        ("在使用爱上来电秀APP时，我们会收集您的设备型号，用于保障服务安全。", set()),
        ("我们会收集《位置服务协议》中约定的信息，用于提供服务。", set()),
        ("在您使用来电秀功能时，我们会读取来电状态，用于展示来电视频。", {"calls"}),
        # storage as a noun is no act that stops the access; a click position is no place
        # (survey 108)
        (
            "我们会采集您的设备存储信息（内存大小、可用内存）、位置信息（GPS定位坐标），用于风控。",
            {"location"},
        ),
        ("登录时极验SDK将收集您的设备型号、点击信息（点击的位置），用于验证。", set()),
        # a verification text the service sends the user (survey 109)
        ("目前，我们接入的SDK包括：mobSDK，用于获取您的手机验证短信；", set()),
        # the purpose named as a topic is no purpose stated
        ("我们会按照法律要求，明示收集使用您的位置信息的目的、方式和范围。", set()),
        ("关于定位SDK收集的个人信息类型、目的及用途，请您仔细阅读其隐私政策。", set()),
        ("我们收集您的位置信息，目的是为您推荐附近的商家。", {"location"}),
        # contact persons the user gives the service (survey 108)
        (
            "请您确保您在向我们提供您的联系人时已经获取了您的联系人的同意，以便我们可以通过您"
            "提供的联系方式进行联系。",
            set(),
        ),
        # the app, named as the subject that needs access, is no data: the object is
        (
            "Text Buddy SMS requires access to the following information to work as a "
            "messaging app:",
            set(),
        ),
        ("Quick SMS Messenger needs access to your contacts to show their names.", {"contacts"}),
    ],
)
def test_a_name_or_title_holds_no_data(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    "sentence",
    [
        "If you previously consented to receive text messages (SMS), reply STOP to cancel.",
        "We collect what you provide, such as SMS messages that you sign up for, to improve it.",
        "We may contact you by text message or by phone call to confirm your order.",
        "A one-time SMS authentication code will be sent to the device to verify you.",
        "We notify your emergency contacts to keep you safe.",
        "We use your delivery location to calculate the shipping costs.",
        "We collect your IP address (which can be used to derive your general location) to"
        " secure the service.",
        "By using Location Tracker, you agree that it is your responsibility to review this"
        " policy and the location data it describes.",
        # the user's own act, though "us" is named: "us" after "to" is no subject
        "You may adjust your device settings so that your location is not sent to us.",
    ],
)
def test_more_words_that_are_not_the_data(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        ("允许程序读取短信 android.permission.READ_SMS 微信聊天功能\n", {"messages"}),
        ("- 读取短信 READ_SMS 验证码自动填写功能\n", {"messages"}),
        ("- 读取短信 READ_SMS\n", set()),
    ],
)
def test_a_permission_item_ending_in_its_feature(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_a_rights_table_cell_is_the_users_act(tables: Tables) -> None:
    table = (
        "| Right | How |\n|---|---|\n"
        "| Withdraw consent | You can withdraw the consent you have given us by removing device"
        " permissions (e.g. access to your phone contacts) when you no longer want them. |\n"
    )
    assert _disclosed(tables, table, "policy.md") == set()
    told = table.replace("You can withdraw", "We read your phone contacts to find friends. You can")
    assert _disclosed(tables, told, "policy.md") == {"contacts"}


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a phrase matches across any run of white space, no-break spaces included
        ("We contact you by\u00a0 text message to confirm your order.", set()),
        ("We read your call\u00a0\u00a0log to show your recent calls.", {"calls"}),
    ],
)
def test_phrases_across_odd_white_space(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    "sentence",
    [
        "To provide promotions by way of direct marketing (such as via email, push, or text"
        " messages), where you have given us your consent.",
        "Our communications with you, including phone calls, may be recorded for quality purposes.",
        "We may send you messages about your order, using the contact details you provide,"
        " including automated SMS text messages to your phone number.",
        "You may receive promotional information by SMS text message to stay informed.",
        "Your non-precise location: we need it to show content in your language.",
        "To register, you provide your email address, city location and gender to create"
        " your profile.",
    ],
)
def test_channels_and_places_that_are_not_the_data(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # a label whose description is a text sent to the user
        "Text Messages – With some services you may consent to receiving automated text"
        " messages, for marketing purposes.",
        # the to-the-user wording nearest the data decides, though an access verb came before
        "When you opt out of receiving emails, you may still receive automated marketing text"
        " messages if you opted in.",
        "Unsubscribing from text messages will not stop you from receiving SMS messages about"
        " your login, such as a security code.",
        "Purpose | Send remarketing SMS and verification codes",
    ],
)
def test_texts_to_the_user_in_labels_and_long_sentences(tables: Tables, sentence: str) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == set()


def test_a_pickup_contacts_address_is_no_address_book(tables: Tables) -> None:
    sentence = "我们会收集取件地址、联系人姓名、联系电话、联系人地址，用于完成商品上门取货。"
    assert _disclosed(tables, sentence, "policy.txt") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the app receives: a consent before it does not make the texts the user's
        ("With your consent, we receive incoming SMS to fill in the one-time code.", {"messages"}),
        ("If you agree, the app will receive SMS messages to verify your number.", {"messages"}),
        # the user receives
        ("We may offer you the chance to enroll to receive SMS/text messages from us.", set()),
        ("Use a file manager to navigate to the location of the downloaded APK file.", set()),
    ],
)
def test_who_receives_the_texts(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a channel list after a verb of sending: the service's marketing, not the device's
        ("We use your data to send and personalise emails, text messages and push "
         "notifications about our offers.", set()),
        ("You will receive newsletters, SMS or push notifications to keep you informed.", set()),
        # …the app reading the device's texts is still an access
        ("The app reads your emails, SMS and contacts to back them up to your drive.",
         {"messages", "contacts"}),
    ],
)  # fmt: skip
def test_a_channel_list_after_send_is_the_services_message(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


_ROW_HEADER = "| Category of personal data | Description |\n|---|---|\n"


@pytest.mark.parametrize(
    ("row", "want"),
    [
        # a later sentence of a cell has acts of its own: the header does not reach its data
        ("| Communication data | We collect what you write to support when you contact us. "
         "Where we facilitate phone calls and text messages between riders, we mask numbers. |",
         set()),
        # …the cell's first sentence, or a bare list, is what the header lists
        ("| Contacts | Your address book, when you invite friends. |", {"contacts"}),
        ("| Device data | Model, IMEI. We use it to prevent fraud. |", {"calls"}),
    ],
)  # fmt: skip
def test_a_row_lists_what_its_cells_first_sentences_name(
    tables: Tables, row: str, want: set[str]
) -> None:
    assert _disclosed(tables, _ROW_HEADER + row + "\n", "policy.md") == want


@pytest.mark.parametrize("tag", ["<br>", "<br/>", "<BR />"])
@pytest.mark.parametrize("before", ["", "<p>Intro</p>\n\n"])  # plain Markdown, and with HTML
def test_a_break_in_a_markdown_cell_parts_its_sentences(tag: str, before: str) -> None:
    """ "…settings.<br><br>Consent will be required …": the break is a line break, so the
    point before it ends a sentence (and a clause) as it does before a space."""
    row = f"| Marketing | Reply STOP to stop our SMS.{tag}{tag}Consent is required by law. |"
    blocks = text_blocks(before + _ROW_HEADER + row + "\n", "policy.md")
    cells = [b.text for b in blocks if "Marketing" in b.text]
    assert cells == ["Marketing | Reply STOP to stop our SMS. Consent is required by law."]


def test_a_later_sentence_of_a_cell_is_not_listed_by_its_header(tables: Tables) -> None:
    row = (
        "| To market our services | We use your data to send and personalise emails, text "
        "messages and push notifications. |"
    )
    assert _disclosed(tables, "| Purpose of processing | Details |\n|---|---|\n" + row) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a profile's listed fields are what the user enters, not the device's location
        ("To match you, we process Profile data (such as name, date of birth, location, "
         "sexual orientation and physical stats).", set()),
        ("For the purposes above we process your profile information, including your photo, "
         "bio and location.", set()),
        # …and so are a photo's metadata
        ("If you list items, we collect and use the following data for the purpose of creating "
         "listings: Metadata of the photos you upload (geolocation, device ID number, date).",
         set()),
        # …the device's location named beside a profile is still an access
        ("We collect your profile, and we collect your location to show nearby users.",
         {"location"}),
        ("To match you, we process profile data such as your name and your precise location.",
         {"location"}),
    ],
)  # fmt: skip
def test_location_as_a_profile_field(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # an item under an intro that negates the act is what the app does not do
        ("PhoneTonic does not use the phone permission to:\n\n- Access your contacts.\n"
         "- Read your call history.\n", set()),
        ("The app uses the phone permission to:\n\n- Read your call history.\n", {"calls"}),
        # "to" before a name is no purpose: "accessible to AI Keyboard"
        ("We read your contacts, which are only accessible to AI Keyboard.", set()),
        ("We collect your location and send it to IBM Cloud.", set()),
        ("WE USE YOUR LOCATION TO SHOW NEARBY STORES.", {"location"}),
    ],
)  # fmt: skip
def test_negated_intros_and_names_after_to(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_the_users_rights_are_no_purpose(tables: Tables) -> None:
    """The ability to opt-out of cookies says what the user may do, not why the app reads
    the data the list below it names."""
    document = (
        "You have certain rights around the use of your data, including the ability to "
        "opt-out of cookies. We have provided you with the following tools:\n\n"
        "- Device permissions: Mobile platforms have permission systems for specific types of "
        "device data, such as phone book and location services.\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # "permission for reading X" names the permission; a purpose referred to is no purpose
        ("The app may request some sensitive permissions, in particular the permission for "
         "reading the device's precise location.", set()),
        ("We read your precise location, which is used solely for the declared purpose.", set()),
        # …a gerund whose object is something else does say why
        ("We use your location for tracking your runs.", {"location"}),
    ],
)  # fmt: skip
def test_what_a_permission_is_for_is_not_its_name(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _disclosed(tables, sentence, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a negation between the data and its purpose governs that use
        ("### Device Access\n\n- **CAMERA** - Not used by the application\n"
         "- **LOCATION** - Not required for SMS forwarding\n", set()),
        ("Location – not needed for SMS forwarding.", set()),
        ("通讯录信息不用于好友推荐。", set()),
        # …and without it the data is used for the purpose
        ("Location – required for showing nearby stations.", {"location"}),
        ("通讯录信息仅用于好友推荐。", {"contacts"}),
    ],
)  # fmt: skip
def test_a_negated_use_of_named_data(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a list item labelled with the data, whose description is what the user receives,
        # lends no data to the paragraph that sums the list up
        ("* **Voice Ordering –** In order to use voice ordering, you must enable the "
         "microphone.\n* **Text Messages –** In connection with certain Services you may "
         "consent to receiving automated text messages, including for marketing purposes.\n\n"
         "If you use the App features described above, you consent to the transmission of "
         "your information to us, to record, process, and store such information as "
         "necessary for administering the App features.\n", set()),
        # what the user may choose to give is no purpose
        ("We process your text messages. This may include sensitive information, if you "
         "choose to provide it.\n", set()),
        # a channel list after a verb of sending, however many channels it names
        ("Pinger may engage a trusted third party to perform limited functions on our "
         "behalf, such as sending requested postal mail and e-mail, SMS, MMS, and voice "
         "communications.\n", set()),
    ],
)  # fmt: skip
def test_survey_27_english_traps(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the app named as an owner ("我们的") is not the one who acts: still the user's act
        ("如您拒绝接受短信或电话营销，您可以根据短信或电话中的指示退订我们的短信或电话营销信息。",
         set()),
        # …but the app that acts is ("以便我们…")
        ("您可以授权我们的应用读取您的通讯录，以便我们为您推荐好友。", {"contacts"}),
    ],
)  # fmt: skip
def test_the_app_as_an_owner_is_no_actor(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # what a sentence says is collected through the IP address is the IP's, however
        # long its list…
        ("我们将通过您的IP地址来收集非个人化的信息，例如用户的浏览器性质、操作系统种类、给您提供"
         "接入服务的ISP域名、您访问本网的顺序和链接途径、您访问时所在的地理位置等，用于改进服务。",
         set()),
        # …but not when the device's own location is named with it
        ("我们会通过IP地址、GPS、WiFi等方式获取您的位置信息，用于推荐附近的商家。", {"location"}),
        # business contacts are people, not the address book
        ("We collect information about California business contacts to manage our "
         "relationship with them.", set()),
    ],
)  # fmt: skip
def test_survey_28_traps(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


def test_a_row_names_no_data_it_only_sends_or_tells_later(tables: Tables) -> None:
    """A purpose table's row: the first cell names text messages only as what is sent to the
    user, and SMS comes up only in a later sentence of another cell (how to opt out)."""
    document = (
        "| Purpose of processing | Legal Basis | Categories of Personal Data |\n"
        "|---|---|---|\n"
        "| To market and advertise our services and those of partners according to your "
        "preferences This includes using your personal data to send and personalise emails, "
        "text messages (including WhatsApp messages), push notifications, in-app messages and "
        "other communications marketing our products. | * Legitimate Interests - It is in "
        "our interest and in the interest of our Drivers to inform them about our services. "
        "You can opt out of these communications at any time by clicking the 'unsubscribe' "
        "link at the bottom of our emails, typing STOP for messages and SMS, or updating "
        "your communication preferences. | * Profile Data |\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # permissions an SDK's code holds, said not to be used, are no access
        ("SDK中包含的权限代码（非使用权限），以及包含的信息如下：Bugly包含权限代码：查看WLAN连接、"
         "发送短信；收集信息的目的：用于崩溃分析。", set()),
        # what the user decides to share is the user's act; friends or contacts are people
        ("Other information such as chat records, and location information you choose to "
         "share (for example, when you connect with our Services through social features).",
         set()),
        ("We also use data to help your friends and contacts find you on our service.", set()),
        # the CCPA's category of sensitive information is a definition
        ("| Category | Examples | Collected |\n|---|---|---|\n| Sensitive personal "
         "information. | Personal information that reveals a consumer's precise geolocation, "
         "used for the purpose of ads. | Yes |\n", set()),
    ],
)  # fmt: skip
def test_survey_29_traps(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # a contact person in the contact block, not the address book
        (
            "如果您对本政策有任何疑问，您也可根据我们提供的指引，将您的问题寄到如下地址：\n\n"
            "- 联系人：数据及隐私保护中心\n- 邮编：100012\n",
            set(),
        ),
        # the channels the service contacts the user through
        ("We may contact you using calls and text messages for marketing purposes.", set()),
        # where data is stored is no location of the user
        (
            "We store personal data in the United States as well as other locations, as "
            "necessary for the delivery of our Services.",
            set(),
        ),
        # the CPRA's definition of sensitive data copied into a category table
        (
            "| Category | Examples | Collected |\n|---|---|---|\n"
            "| Sensitive personal information | precise geolocation; contents of text "
            "messages; biometric information collected for the purpose of uniquely "
            "identifying a consumer | Yes |\n",
            set(),
        ),
        # the user opts out by writing to the app
        (
            "In the last 12 months we have sold Geolocation Data. You may opt out of the use "
            "of such information for targeted advertising by emailing us with your request.",
            set(),
        ),
    ],
)
def test_survey_33_traps(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # what the policy does for its reader is no purpose of a section under it
        (
            "本政策将帮助您了解以下内容\n\n我们会收集您的以下信息：\n\n- 位置信息\n- 设备型号\n",
            set(),
        ),
        # a form's field whose value is the city the user gives
        (
            "为您提供贷款申请服务\n\n提交申请时，需要您提供以下信息：\n\n"
            "- 身份信息：姓名 位置信息：城市 年龄信息：出生年月\n",
            set(),
        ),
    ],
)
def test_what_a_section_title_or_a_form_field_is_not(
    tables: Tables, document: str, want: set[str]
) -> None:
    assert _disclosed(tables, document, "policy.txt") == want


@pytest.mark.parametrize(
    "document",
    [
        # a contact person's job title, a company's contacts in a CRM
        "为便于通知，您可以提交消息接收人信息，包括接收人的邮箱、手机号码以及联系人的职位。",
        "To provide agreed services, the following data processors also process personal "
        "data. A list of processors includes:\n\n* Amazon (support tool)\n"
        "* Lime AB (CRM tool for employer and merchant contacts, Sweden only)\n",
        # where a website's visitors are
        "2.1.\tCrowdCo owns all the information collected via the Website. We may use the "
        "information described above to:\n2.1.1.\tVerify your identity.\n2.1.2.\tMonitor "
        "and improve the Website including by calculating the number of visitors to the "
        "Website, identifying the geographical locations of the visitors and their "
        "preferences.\n",
        # what the user may choose, in a scenario of use
        "在您使用本平台的过程中，您可以随时通过您的设备设置功能，选择是否允许快送平台获取您的位置信息。",
    ],
)
def test_survey_34_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    ("document", "name"),
    [
        (
            "我们可能会收集你的使用信息，包括你何时使用本网站、你的通信联系人，以便改进服务。",
            "p.txt",
        ),
        (
            "StayWell may use e-mail or SMS text to send you notifications about programs.",
            "p.txt",
        ),
        (
            "We may access your contacts from a SN Service (such as your Facebook friends) so "
            "that you can invite them to join you in our games.",
            "p.txt",
        ),
        (
            "We automatically collect personal data when you use our services where you are "
            "identified by your loyalty number, such as check-in services.",
            "p.txt",
        ),
        # a numbered bold title ends the reach of the label above it
        (
            "<ul><li><strong>Text Messages:</strong></li></ul>"
            "<p>You can opt out of text alerts any time by replying STOP.</p>"
            "<p>ii. <strong>Access, Correct or Delete Your Personal Information</strong></p>"
            "<p>We might need to keep certain information for recordkeeping purposes.</p>",
            "p.html",
        ),
    ],
)
def test_survey_35_traps(tables: Tables, document: str, name: str) -> None:
    assert _disclosed(tables, document, name) == set()


@pytest.mark.parametrize(
    "document",
    [
        "Where we rely on your IP address, we cannot apply the terms of this section to any "
        "user that masks or otherwise obfuscates their location information so as not to "
        "appear located in the Designated Countries.",
        "Your personal data may be transferred to, stored and/or processed by our partners "
        "when undertaking the activities described in this Notice outside the country where "
        "you are located.",
        "Our partners may receive your data when processing payments:\n\n"
        "- Twilio | SMS communication\n",
    ],
)
def test_survey_36_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        "上述扩展功能可能需要您开启设备的访问权限：\n（a）相机权限：如您需要扫描二维码，请开启相机权限。\n"
        "（b）推送权限：如您需要接收12306发送给您的App通知消息、短信，请开启推送权限。\n",
        "We may collect information about the images that are a part of your User Content, "
        "such as the existence and location within an image of face features, to enable "
        "video effects.",
        "We may collect personal information that you voluntarily provide to us when you "
        "register for the Application, including: Location (district and state)",
        "We use the information we collect to:\n\n- Market the Services, including through "
        "email, phone, text message, social media and as part of our marketing campaigns.\n",
    ],
)
def test_survey_37_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    "document",
    [
        # a heading's question is no purpose: "How to contact us"
        "## How to contact us about privacy requests\n\n**Other contacts for privacy requests:**\n",
        # texts the user signs up to receive, after another channel
        "You may elect to provide a variety of information during your interactions with us "
        "and the Website and Apps, such as emails you may send us, ads you respond to, "
        "comments, posts, or interactions that you may make through your Account, SMS or text "
        "messages that you may sign up for through the Website or Apps, and emails or "
        "newsletters that you sign up to receive from us. We, or third parties acting on our "
        "behalf, receive data from you whenever you provide us with this information.",
        # a channel list after "send" that "e.g." opens
        "For LinkedIn or third parties to send Members marketing communications (e.g., emails "
        "or SMS messages) in order to market products, services and events.",
    ],
)
def test_survey_39_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # a page's navigation is no purpose
        "Skip to privacy policy Fake GPS - Inertia Joystick Policy Your choices Contact SDMV",
        # a ringtone the app plays to find the phone is no system setting
        "Data | Purpose | Stored? | Shared?\n---|---|---|---\n"
        "**Ringtone / vibration / flash** (Ring mode) | Help locate the phone physically"
        " | No | No\n",
        # a negated access of what the sentence named takes it back
        "在您查看隐私政策时，安卓设备系统浏览器chromium组件可能会触发获取Android_ID、BSSID、修改系统设置，"
        "但我们并不会收集前述信息。",
        "We may read your IMEI to prevent fraud, but we do not collect this information.",
        # a kind of service in generated policies, not the address book
        "These services may be integrated with a wide range of third-party services to enable "
        "the Owner to take subsequent steps with the Data processed - e.g. managing contacts, "
        "sending messages, analytics, advertising and payment processing.",
        # "The information" is no repeated noun: a profile's location
        "Personal information collected by Eyewind is information voluntarily provided to us by "
        "you when you create your account or change your account information. The information "
        "includes your Facebook id, name, gender, location and your friends' id on Facebook.",
        # a retention period is no scenario; an address turned into coordinates
        "| Inform when new stores are available in the Users' immediate area. | Address | Up to "
        "20 days after you terminate the Service. | Google Cloud, which provides an API service "
        "for geocoding (conversion of addresses to geographic coordinates) |",
        # a location inferred from the IP, however the IP is written
        "Quix Chat may access approximate location inferred from IP or regional routing where "
        "needed for compliance, fraud prevention, or service routing.",
        "When you use any of our games on a mobile platform, we may record certain information, "
        'such as your device name and your location (based on your Internet Protocol ("IP") '
        "address). This information helps us understand usage trends.",
        # data taken from another party, not from the device
        "If you play or buy our games from your device, we get information from app stores and "
        "other mobile platform providers about you. This information may include your user "
        "name and your location, for example.",
        "我们可能从第三方间接获取您的位置信息，用于推荐。",
        "Personal Information we may access from Social Media Platforms may include, but is not "
        "limited to:\n\n"
        "- Your location data\n- Your list of contacts, friends or followers\n",
        # the text of a registration by phone number, other codes the service texts the user
        "我们亦会高度对待和谨慎处理您的手机号码及短信信息（包括高强度加密保护）。我们收集该类信息是基于法律法规的"
        "相关要求，如您拒绝提供可能导致您无法注册账号。",
        "为了完成登录，我们需要收集您的手机号码和短信激活码，用于验证您的身份。",
        # a place inferred from an IP address listed with other items
        "Location Information: We collect your IP address, time zone, and information about "
        "your mobile service provider, which allows us to infer your general location.",
        # the SMS providers that send the service's texts; a form's contact person
        "这些支持包括为我们的供货或提供基础设施技术服务、代表我们发出短信的通讯服务供应商、物流配送服务等。"
        "我们共享这些信息的目的是可以实现我们产品与/或服务的核心功能；",
        "在我要合作页面，需要收集商家名称、联系人、电话号码、邮箱地址，用于评估合作伙伴的资质。",
        # a clause that starts with a preposition is no list item
        "我们会基于收集的信息，对您的偏好、习惯、位置作特征分析或用户画像，以便为您提供更适合的定制化服务。",
        # labelled sentences of one paragraph are no record: one's purpose is not another's
        "交易信息：当您购买了我们的付费服务，我们会收集必要的支付信息来完成购买。反馈和通信：当您需要客户支持时，"
        "您会需要分享一些问题反馈的相关信息给我们。设备数据：您可以选择是否允许我们访问您的设备上的特定信息，"
        "例如访问您的照片，联系人，麦克风，摄像头。",
        # the contacts of a social network one shares to
        "对于分享功能，我们使用您的社交工作中的联系人以便您将天气信息分享给您的朋友；",
        # 信息 names SMS's group only among other groups' names
        "WIFI状态及信息权限：需要确定WIFI连接，用以判断是否可以进行网络服务的功能。",
        # a tool among what the user chooses to share
        "其中也包括您在采取授权等某动作时选择分享的信息，例如当您新增好友、在动态中新增地标、使用本应用的联络人汇入"
        "工具等。",
        # a coarse place given as a field, and the category it belongs to
        "When You use Our Services, We will collect the following categories of personal "
        "information about You: (9) Country (location data);",
        # "contacts" as a verb
        "If a data subject contacts the controller by e-mail or via a contact form, the personal "
        "data transmitted by the data subject are automatically stored. Such personal data "
        "transmitted on a voluntary basis by a data subject to the data controller are stored "
        "for the purpose of processing or contacting the data subject.",
        # a location glossed as a coarse place
        "We collect your location (the country you are accessing the content from) to provide "
        "the service.",
        "We may automatically log information about you, such as device data, used for "
        "analytics: mobile device carrier, radio/network information (e.g., WiFi, LTE, 4G), and "
        "general location information such as city, state or geographic area.",
        # contacts of a profession; a call with customer service, recorded
        "You provide information to us when you: upload professional contacts to your IMDbPro "
        "name page;",
        "2.1.1 Information that you provide us with directly, for example when using Viaplay, "
        "communicating with our customer service, participating in a contest, or answering "
        "surveys correspondence when you contact us (recordings of phone calls, emails, chat, "
        "etc.),",
        # the contacts of an e-mail account
        "Data | Reasons for Processing\n---|---\n* Emails and drafts content * Email contacts * "
        "In-app comments | Providing you with the Services\n",
        # where data is stored (iubenda's hosting clause)
        "Some of these services work through geographically distributed servers, making it "
        "difficult to determine the actual location where the Personal Data are stored.",
        # the scope of a definition, glued to its section's title
        "一、信息的收集和使用为本隐私政策之目的，个人信息包括但不限于（其中，个人敏感信息以加粗方式显示）："
        "基本信息（包括个人姓名、生日、性别、住址、个人电话号码、个人电子邮箱）；其他信息（如通讯录、"
        "行程信息、网页浏览记录、住宿信息、精准定位信息）。",
        # the records of calls with the company, written with a full-width slash
        "为便于与您联系、尽快帮助您解决问题或记录相关问题的处理方案及结果，我们可能会保存您与我们的"
        "通信／通话记录及相关内容（包括账号信息、订单信息），如果您针对具体订单进行咨询、投诉或提供建议的，"
        "我们会使用您的账号信息和订单信息。为了提供服务及改进服务质量的合理需要，我们还可能使用的您的其他信息，"
        "包括您与客服联系时您提供的相关信息。",
        # a refusal after what the user may do gives that no purpose
        "同时，您可通过联系客服取消、退订该服务，或您可以选择关闭您设备的“通知/推送权限”，"
        "或您可以在收到的短信中回复“退订”。如您拒绝，您将无法正常使用我们提供的相关服务。",
        # a listing's contact person
        "2.2当您使用信息发布功能时，我们会收集信息的联系人、注册手机号码、发布内容。",
        # a device's location glossed as a coarse place; the reader's jurisdiction; the people
        # a user shares with
        "For online multiplayer games, we may display the general location of your device (such "
        "as your city, state/province, or country), and use that information to match you with "
        "other players.",
        "## How we store your information\n\nThese countries may have different privacy "
        "standards that differ from where you are. Please note that data processed in another "
        "country may be subject to different laws and may be accessible to government, "
        "judicial, law enforcement, and regulatory agencies in those countries.",
        "Contacts and relationships – contacts and relationships if you use a product or service "
        "that supports multi-user, community and sharing functionality.",
        # a data-safety table's row that answers no
        "| Data Type | Collected | Purpose | Storage Location |\n|---|---|---|---|\n"
        "| Precise location data | No | N/A | N/A |\n| 通讯录 | 否 | 不适用 | 无 |\n",
        # a title about a change of purpose states no purpose; where the data is kept
        "（一）收集、使用个人信息目的变更的处理\n\n\t\t\t请您了解，随着我们业务的发展，可能会对产品的功能"
        "有所调整。\n三、我们如何存储个人信息\n（一）信息存储的地点\n我们依照法律法规的规定，将在境内运营过程中"
        "收集和产生的您的个人信息存储于合法合规的位置。\n",
        # a refusal speaks of what the sentence before accessed, not of a channel it names
        "为使您及时了解我们的产品，我们将分析您的访问信息，并通过电话拨打、短信/彩信发送、APP消息推送等方式"
        "向您进行推荐。如果您拒绝我们向您提供推荐服务，您可以通过本政策第五条取消订阅。",
        # what the user's own act achieves is no aim of the app
        "您也可以在设备的设置功能中随时关闭通讯录权限，从而拒绝我们读取您的通讯录。",
        # the texts the service sends, and the instructions in them
        "我们在提供服务的过程中，可能需要您开通一些设备权限，例如相机、相册等访问权限。"
        "如果您不想接受我们的推荐消息，您随时可通过以下方式取消：\n"
        "1、通过APP消息推送推荐的，您可以在手机系统设置中拒绝消息通知；\n"
        "2、通过短信/彩信推荐的，您可以根据短信提示的退订方式进行退订。\n",
        # places where companies or networks are; location derived "through your IP address"
        "Other members of our family of companies may access your information in locations "
        "around the world for the purposes described in this policy.",
        "Windstream monitors traffic flows between its network and locations on the Internet for "
        "purposes of reasonable network management.",
        "**Information Collected Automatically**. When you use our Services, we may "
        "automatically collect personal information about you. It includes:\n\n"
        "* **Location Information**. We also may collect or derive general location information "
        "about you, such as through your IP address.\n",
        # a site's version for the reader's country; a location written as an address; a text
        # the service sends; calls to a company's tracked numbers; a business's contacts
        # database; a place the user types
        "We use cookies to display the version of the site that is most relevant to your location.",
        "We collect Personal Information about you when you subscribe to any of our services. "
        "This may include:\n\n- your location and/or mailing address;\n- your email address.\n",
        "If you provide us with your phone number, we may use a third-party service provider to "
        "verify your phone number with an SMS text message.",
        "For instance, we collect caller ID information from incoming calls to our call tracking "
        "numbers, and we receive consumer information for the purpose of publishing directories.",
        "The purposes for which we may Process User Information include: providing a software "
        "product that offers customers to filter through a database of contacts by revenue.",
        "Location Data: Zip codes you enter to search for restaurants",
        "We use the information collected to:\n\n- Search for restaurants near your specified "
        "location using Google Places API\n",
        # a notice the service texts; location shown by the IP address; an address book
        # brought from a social network; other users' use of the service
        "Location information. This is the geographic area where you use your computer and "
        "mobile devices (as indicated by an Internet Protocol (IP) address), collected to "
        "provide the service.",
        "You can choose to upload and sync your address book from Facebook or Twitter so that we "
        "can help you find and connect with people you know.",
        "For example, we may associate information that we learn about you through your and your "
        "contacts’ use of the services, and information you and others provide to suggest people "
        "you may know.",
        # the service's SMS channel; a profile's region field
        "1.2.7 外呼服务：为向您提供账单核对、课程辅导，平台将参考您提供的电话号码，通过电话、微信、"
        "短信渠道为您提供外呼服务。",
        "2.1.2 如果您选择使用微信注册，您需要提供您的微信帐号名、头像、地区（位置），"
        "以及您的手机号码，用于根据您的要求为您建立本服务帐号。"
        "2.2 当您需要注册为企业用户时，您需要提供创建人和企业相关信息，"
        "以便于我们为您创建企业用户帐号，若您不提供这类信息，您将无法注册成为企业用户并使用相关服务。"
        "企业用户在上传、授权和管理其最终用户的名称、头像、手机号码等个人信息之前，请确保已经事先获得"
        "最终用户的明确同意。",
        # a support channel; how the screen's brightness affects a web page
        "We will use information submitted through our Customer Support emails, chats, or phone "
        "calls, such as name and message content, in order to provide you with customer support.",
        "We collect this to help us improve your experience by optimizing how the website looks "
        "in a particular browser, how your screen brightness affects your experience.",
    ],
)
def test_survey_40_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


def test_a_bold_question_before_a_hard_break_is_a_heading(tables: Tables) -> None:
    """ "**B) How Do You Access …?**␣␣⏎In some parts …" opens a section: the label above it
    ("**Text Messages:**") leads nothing past it."""
    document = (
        "4. **Text Messages:**\n\n    You can opt out of text alerts any time.\n\n"
        "**B) How Do You Access, Change or Delete Your Personal Information?**  \n"
        "In some parts of the world, you have the right to:\n\n"
        "* Access your personal information\n\n"
        "We might need to keep certain information for recordkeeping purposes.\n"
    )
    assert _disclosed(tables, document, "policy.md") == set()


def test_a_notice_the_service_texts_is_no_access(tables: Tables) -> None:
    """ "…以便为您提供接待及发送通知短信等服务": the service texts the user (a plain-text page
    whose numbered title runs into the sentence under it)."""
    document = (
        "我们收集的信息及相应的使用目的\n\n位置信息属于敏感个人信息，您可以随时取消系统授权。\n\n"
        "1.12. 美食订座服务\n当您使用美食订座服务，基于服务需要可能需要您提供用餐人姓名、性别、"
        "联系方式，以便为您提供接待及发送通知短信等服务。\n"
    )
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    "document",
    [
        # the national standard's appendix of examples is a glossary
        "附表A 个人信息举例（仅做展示）个人基本信息个人姓名、个人电话号码等个人身份信息可以识别您"
        "身份的信息（通过这些信息可以联系到您或识别您的身份）个人通信信息通信记录、短信、彩信等"
        "手机信息手机号码、IMEI",
        # what device data is good for, in its definition
        "## 个人信息的收集和使用\n\n- 设备信息 可用于识别你设备的数据 ,如设备识别信息（设备型号、"
        "IMEI）、SIM卡IMSI信息等在内的描述个人常用设备基本情况的信息。",
        # messages the user reports to an anti-fraud service
        "## 我们如何委托处理、共享、转让、公开披露您的个人信息\n\n- 为实现本政策中声明的目的，我们"
        "可能会与服务提供商共享您的个人信息（或您举报的短信），以提供更好的客户服务。",
        # 定位 as singling a person out
        "## 如何收集和使用您的个人信息\n\n- 为持续改善应用质量，应用会收集设备MAC地址和Android ID，"
        "以用于分析使用情况，这些统计数据并不会用于定位具体个人用户。",
    ],
)
def test_survey_53_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


def test_a_numbered_section_title_ends_the_list_before_it(tables: Tables) -> None:
    """ "六、账号注销": a short line numbered "六、" titles a new section; its items are not
    read under the purpose that introduced the list of the section before (survey 40)."""
    document = (
        "四、信息的使用\n因收集您的信息是为了向您提供服务，我们会把您的信息用于下列用途：\n"
        "1.向您提供您在使用的各项服务；\n2.使用您提供的联系方式与您通信。\n"
        "六、账号注销\n1.注销后，系统中将彻底删除掉该账号。\n"
        "2.注销后，该账户的一切权利将失效，包括但不限于：系统权限；通讯录中的人员数据；"
        "聊天记录等一切账号相关信息将被删除。\n"
    )
    assert _disclosed(tables, document, "policy.txt") == set()


@pytest.mark.parametrize(
    "document",
    [
        # texts the service sends to people, and the user receiving them (survey 48)
        "We obtain opt-in consent to send marketing-related text messages to consumers as "
        "required by law and do not sell or share this information with third parties.",
        "If you have shared your mobile phone number with us for purposes of receiving text "
        "messages, including for purposes of using our Picksy Service, please note that we do "
        "not share mobile contact information with third parties for marketing purposes.",
        "We use promotional-related SMS to grow our audience.",
        "We use SMS to customers to confirm their bookings.",
    ],
)
def test_texts_sent_to_people_are_not_the_devices_messages(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # what users publish in social features stays in public: no address book read
        "我们会提供社交网络服务，用户在使用这一类型服务时，用户所上传或发布的信息（包括用户公开的"
        "个人信息、用户的通讯录、好友圈）、用户对他人上传或发布的信息作出的回应，只要用户不删除"
        "这些信息，它们会一直留存在公共领域。",
        # the service's SMS vendor
        "共享我方不会与我方以外的公司、组织和个人共享您的用户信息，但因很多服务由第三方系统提供，"
        "因业务流转处理存在三方业务系统之间需要共享您的信息情况，但会遵循以下原则：\n\n- 我方可能会"
        "向移动设备或短信厂商提供您的部分账号信息，以便及时向您的移动设备发送消息或服务通知。",
        # where files are saved
        "AlexTool requests the following Android permissions, each used only for the feature "
        "it enables:\n\n| Permission | Purpose |\n|---|---|\n| Storage / Files | Saving "
        "downloads and allowing you to pick save locations |",
    ],
)
def test_survey_54_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    ("document", "want"),
    [
        # the service's official SMS number written into the address book: contacts only
        (
            "2）允许通讯录写入官方服务号码服务：为了保障体验，我们会在您授权写入通讯录权限后，在您的"
            "手机本地通讯录写入官方服务号码（官方短信、授权服务中心、消息中心），避免您不能接到官方"
            "通知。",
            {"contacts"},
        ),
        # a place within a photo
        (
            "Image Information: When you choose to use toon filter, we may collect photos and "
            "gather information about the images, including the presence and location of facial "
            "and body features and attributes within your photos.",
            set(),
        ),
    ],
)
def test_survey_56_traps(tables: Tables, document: str, want: set[str]) -> None:
    assert _disclosed(tables, document, "policy.md") == want


def test_a_term_the_policy_defines_is_a_definition(tables: Tables) -> None:
    """ "本政策下所称通讯录信息仅包括…" defines the policy's own term (survey 57)."""
    document = (
        "当您使用我们的服务时，我们会收集以下信息：\n\n- 通讯录信息：本政策下所称通讯录信息仅包括"
        "通讯录中联系人的名称信息，如姓名、昵称等。"
    )
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # texts the service sends: the form its notices take, its automated messages, and a
        # channel list after "send you" that a possessive noun ("users’ requests") interrupts
        "If you use these functions, information will also be provided to you in the form of "
        "text messages, push notifications or email alerts from your Appliances.",
        "Your phone number will be obtained from you during the configuration process if you "
        "activate the notification feature to receive auto SMS/Phone call from the device.",
        "We also use your information to send you updates, notices, users’ requests and "
        "additional information related to the Services (including through push notifications, "
        "email address and SMS);",
        # where content is shown on the screen; a caveat that is no purpose
        "个性化内容一般会用“推荐”等字眼做明确标示，具体展示个性化信息的时间和位置，会视产品发展"
        "而定。为了确保服务的安全，我们可能记录相关信息，例如您使用应用程序的频率、崩溃数据。",
        "我们提供的部分功能需要获得您设备的相关权限（包括：位置、电话权限（读取手机状态和身份），"
        "具体以产品实际获取的功能为准），您可以通过操作系统关闭权限来撤回您的授权。",
    ],
)
def test_survey_59_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # what the user sends us, and what we send to others, is no access
        "After you send the SMS message STOP to us, we will send you an SMS message to "
        "confirm that you have been unsubscribed.",
        "We send your location to our partners to show ads.",
        # the service's channels to the user
        "We may use your information to market our products to you by way of in-app alerts, "
        "post, phone, SMS or online advertisement.",
        "By enrolling in our SMS service, you agree to receive text messages from Company to "
        "your mobile phone number, and you are authorized to enroll the mobile number to "
        "receive such text messages.",
        "We have collected your resume and contact details for the purposes of recruitment "
        "only. This includes:\n\n- Communication concerning the process (e-mails, phone calls, "
        "SMS messages, WhatsApp, etc.);\n",
        "We may also monitor and record our phone calls with you to make sure we are living "
        "up to our standards.",
        "We recommend that you add our address to your email address book to help ensure you "
        "receive email notifications.",
        # the device's location looked up from the IP address
        "Device Location Information: We will access the information about Your device "
        "location with the assistance of Your IP address to assess the number of Users.",
        # the verification code the service sends; contacts the user types in; SMS reminders
        "为了帮助您注册账号，我们需要收集您的如下信息：\n\n- 当您注册时，我们需要收集您的手机号码，"
        "将通过向您的注册手机发送短信验证码来验证您的身份。\n",
        "| 序号 | 业务场景 | 收集目的 | 收集的方式 | 个人信息字段 |\n|---|---|---|---|---|\n"
        "| 5 | 填写联系人 | 紧急状态下进行联系 | 用户输入 | 父母或配偶姓名、电话号码 |\n",
        # (a feature that needs the data, without a feature named, is no purpose)
        "我们的平台以下附加功能需要使用您的个人信息。这些附加业务功能包括但不限于：\n\n"
        "- 短信及邮件类服务提醒\n",
    ],
)
def test_survey_60_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # the headings above a sub-heading lend their access and aim, not their data
        "## Location\n\n### Information you provide to us\n\nWe use it to create your account.\n",
        # the document's name is no section's context
        "# Privacy Policy of Acme Maps, an app to find nearby stores\n\n## Data we collect\n\n"
        "- Precise location\n",
    ],
)
def test_a_chain_of_headings_lends_no_data_of_its_own(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # the people a message goes to
        "## Information accessed on your device\n\n- The app asks your permission to access "
        "your photo album if you want to use pictures as avatars, or send them as messages to "
        "your contacts;\n",
        "## Data we collect during an SOS event\n\n- Cloud Transmission: Audio files are "
        "uploaded to our cloud storage to generate a download link, which is included in the "
        "emergency email sent to your contacts.\n",
        # a place in the home; the service's channels
        "When you create an account, we collect your name, email address, primary language, "
        "and location in your house or apartment to set up your device.",
        "HOW DO WE USE YOUR DATA FOR MARKETING? We use your data to send you promotional "
        "communications, which may be sent to you via different channels such as: email, "
        "phone, SMS text messages, postal mailings.",
        # a telephony service's server logs (a translated template)
        "日志信息：当您使用我们的服务或查看由我们提供的内容时，我们可能会自动收集某些信息并存储到服务器"
        "日志中。此类信息包括：电话日志信息，例如您的电话号码、主叫方号码、通话时长、短信路由信息以及"
        "通话类型。",
    ],
)
def test_survey_61_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # the premises an alarm is installed at; a country setting; a company's own records
        "The types of PII you provide and we collect when you become a customer by purchasing "
        "a System from us include: (ii) The address of the location where the System will be "
        "installed (“Premises”)",
        "To set up monitoring, we collect the number of adults living at the location where "
        "the alarm will be installed.",
        "When you create an account, we process your name, e-mail address, country location "
        "and device details to provide the service.",
        "To deliver excellent services, we process your contact information and our activities "
        "(phone calls, emails, visits etc.) in our customer relationship management system.",
        # a human agent, not a contact
        "我们为您提供申请注销的功能，为了保障账号安全，您可以通过在线客服发送“注销”后，联系人工客服"
        "申请注销。",
    ],
)
def test_survey_62_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # the policy-update template: a future access under a condition, and the reader's
        # learning of the policy is no purpose of it (surveys 57, 63)
        "本隐私政策更新后，我们会发出更新版本，或其他适当的方式提醒您更新的内容，以便您及时了解本"
        "隐私政策的最新版本，如您继续使用我们的服务，表示同意接受修订后的本政策的内容，但是如果更新"
        "的内容需要采集音视频、获取您通讯录、联系方式、地理位置等个人敏感信息，仍会再次以显著方式"
        "征求您的同意。",
        # a folder the user picks
        "Automatic backups: when enabled, the app writes backup files to a folder you pick "
        "(typically inside iCloud Drive, the Files app, or on Android a location you select via "
        "the system file picker / Storage Access Framework, such as Google Drive).",
    ],
)
def test_survey_63_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # SMS among the ways the service tells the user
        "如果某一需要收集您的个人信息的功能未能在本政策中予以说明的，我们会通过更新本政策、弹窗、"
        "短信等一种或多种方式另行向您说明该信息收集的目的，并在征得您同意后收集。",
        # location services as what the user uses, in a template about embedded SDKs (surveys
        # 60, 64)
        "为了使您能够进行第三方登录、接受信息推送、在第三方平台分享信息、使用位置服务以及上述等服务"
        "和功能，我们会在应用中嵌入授权合作伙伴的软件工具开发包（SDK）。",
    ],
)
def test_survey_64_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()


@pytest.mark.parametrize(
    "document",
    [
        # people the user names when ordering; a central store of records
        "| User type | Description |\n|---|---|\n| Other third parties | Referral contacts, "
        "emergency contacts, or recipients whose details you provide when placing an order. |\n",
        "Data Subject Rights (Articles 15–21): Because the app does not process, store, or "
        "transmit personal data to external servers, we have no mechanism to identify, query, "
        "or extract user records from a central location.",
    ],
)
def test_survey_64_english_traps(tables: Tables, document: str) -> None:
    assert _disclosed(tables, document, "policy.md") == set()
