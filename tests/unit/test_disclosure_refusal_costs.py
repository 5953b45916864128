"""Uses said without the usual marker or verb: what the user's refusal costs, a data label's
aim, whether the user's contacts are members (surveys 103-154 of real Chinese policies; the
sentences here are paraphrases, not quotations)."""

from __future__ import annotations

import pytest

from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _got


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the data named first, then what refusing it costs
        (
            "地理位置信息属于敏感信息，拒绝提供该信息只会导致您无法使用我们提供的附近门店功能，"
            "但不影响您正常使用其他服务。",
            {"location"},
        ),
        (
            "GPS信息是个人敏感信息，拒绝提供，仅会影响地理位置服务功能，但不影响其他功能。",
            {"location"},
        ),
        # the data refused, and the feature it costs
        ("如果您拒绝提供位置信息，您将无法使用摇一摇功能。", {"location"}),
        ("如您拒绝开启通讯录权限，会导致您无法使用添加好友功能。", {"contacts"}),
        # …a feature the sentence before named
        ("您如果拒绝授权提供精确地理位置信息，将无法使用此功能。", {"location"}),
        # …or above it (GB/T 35273's template, counted by both labellers of survey 159)
        (
            "通讯录信息属于个人敏感信息，拒绝提供该信息仅会使您无法使用上述功能，但不影响您"
            "正常使用其他功能。",
            {"contacts"},
        ),
        # …in Traditional characters too (survey 106)
        ("您如果拒絕授權提供精確地理位置信息，將無法使用此功能。", {"location"}),
    ],
)
def test_a_refusals_cost_names_the_use(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # no cost, or a vague one
        "如您拒绝提供位置信息，不影响您使用其他功能。",
        "如您拒绝提供位置信息，将无法使用部分功能。",
        "如您拒绝提供位置信息，将无法继续使用我们的服务。",
        # no use lost: what the user must do instead, or the service the app cannot give
        "如果您拒绝提供位置信息，您需要在设备系统中进行设置，我们无法通过手动设置关闭相关服务。",
        "如您拒绝提供位置信息，我们将无法为您提供基础服务。",
        # data refused after the cost, though the same word stands before it inside a trap
        "为快速定位问题，如您拒绝提供，将无法使用导航功能，我们不会获取您的定位。",
        # data named after the refusal's clause is a feature's name, not what is refused
        "如果您不提供这些信息，不会影响您使用位置搜索服务，但可能会影响到您使用实名认证功能。",
        # data refused after the cost is not taken for it
        "如您不同意，将无法使用咨询功能，我们也不会读取您的通讯录。",
    ],
)
def test_a_refusal_without_a_named_use_discloses_nothing(tables: Tables, sentence: str) -> None:
    assert _got(tables, sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a data label whose description opens with an aim (surveys 103, 142, 154)
        (
            "网络信息与位置信息（IP地址，WiFi信息，基站信息）：优化SDK与服务器的网络连接请求，"
            "保证服务的稳定性；",
            {"location"},
        ),
        ("位置信息：提升附近门店推荐的准确性。", {"location"}),
        # …not one that only says what the data is, nor a denial
        ("位置信息：包括GPS信息和基站信息。", set()),
        ("位置信息：不会收集，保证您的隐私。", set()),
    ],
)
def test_a_data_labels_aim_is_its_purpose(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # telling whether the user's contacts are members reads them (surveys 139, 147, 154)
        (
            "我们可能会判断您的通讯录联系人是否同为本平台用户，以在本平台为你们的交流建立联系。",
            {"contacts"},
        ),
        # …not judging something else about the user
        ("我们会判断您的账号是否存在风险，以保障账号安全。", set()),
    ],
)
def test_telling_whether_contacts_are_members(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a condition the user's own instruction answers is no use (survey 118)
        ("若您不同意应用收集您的位置信息，请不要安装本服务。", set()),
        ("如您拒绝提供位置信息，请勿使用相关功能。", set()),
        ("如果您不希望通讯录被读取，您可以在系统设置中关闭该权限。", set()),
        # …a condition the app answers still is
        ("如您使用附近的人功能，我们会收集您的位置信息。", {"location"}),
    ],
)
def test_a_condition_answered_by_an_instruction(
    tables: Tables, sentence: str, want: set[str]
) -> None:
    assert _got(tables, sentence) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a service done for the user is the aim (survey 156)
        (
            "您可以允许我们访问您的地理位置，为您选择最近的购物商场或者为您在场内导航。",
            {"location"},
        ),
        # where in the code a crash happened is no location (Firebase's stock list)
        (
            "此款软件可能记录以下信息，如您使用该应用程序的频率、性能数据及应用程序崩溃发生的位置。",
            set(),
        ),
    ],
)
def test_survey_156_wordings(tables: Tables, sentence: str, want: set[str]) -> None:
    assert _got(tables, sentence) == want
