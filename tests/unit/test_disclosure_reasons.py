"""Where a policy puts the reason for a permission: a "Why" column, a question heading, a
description after a dash (paraphrases of wordings found in real policies, December 2026)."""

from __future__ import annotations

import pytest

from analyzer.tables import Tables
from tests.unit.test_disclosure_grammar import _disclosed


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
