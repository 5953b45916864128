"""Data tables: categories and lexicons load, and their versions reach tool.data_version."""

from __future__ import annotations

from analyzer.model import Category
from analyzer.tables import Tables


def test_versions_include_categories_and_lexicons(tables: Tables) -> None:
    for key in ("implied", "categories", "lexicon_en", "lexicon_zh"):
        assert key in tables.versions
        assert f"{key}=" in tables.data_version


def test_category_table_matches_design(tables: Tables) -> None:
    assert list(tables.categories) == list(Category)
    calls = tables.categories[Category.CALLS]
    assert calls.strength_of("android.permission.READ_PHONE_STATE") == "strong"
    assert calls.strength_of("com.android.voicemail.permission.ADD_VOICEMAIL") == "weak"
    contacts = tables.categories[Category.CONTACTS]
    assert contacts.strength_of("android.permission.GET_ACCOUNTS") == "weak"
    assert tables.categories[Category.SETTINGS].strong == ("android.permission.WRITE_SETTINGS",)
    assert tables.categories[Category.LOCATION].strength_of("android.permission.INTERNET") is None


def test_lexicons_have_every_category(tables: Tables) -> None:
    assert {lex.lang for lex in tables.lexicons} == {"en", "zh"}
    for lex in tables.lexicons:
        assert all(lex.objects[c] for c in Category), lex.lang
        assert lex.access and lex.purposes and lex.negations and lex.policy_titles
