"""Data tables: categories, lexicons and the readers' document words load, and the versions
reach tool.data_version."""

from __future__ import annotations

import pytest

from analyzer.disclosure.document_words import WORDS, parse_document_words
from analyzer.disclosure.grammars import grammar_for
from analyzer.errors import InternalError
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


def test_every_member_permission_named_in_a_policy_is_an_access(tables: Tables) -> None:
    """A policy that names a category's permission constant (WRITE_SMS, USE_SIP) names an
    access to that category, in either language: the lexicons cover categories.toml."""
    for lexicon in tables.lexicons:
        strong = {c: {p.lower() for p in lexicon.strong[c]} for c in Category}
        for category, members in tables.categories.items():
            for permission in (*members.strong, *members.weak):
                short = permission.rsplit(".", 1)[-1].lower()
                assert short in strong[category], (lexicon.lang, permission)


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("Android-Phone: used to pause playback during calls", {"calls"}),
        ("iOS—Phone and SMS: used to block spam calls", {"calls", "messages"}),
        ("Phone、SMS: used to block spam calls", {"calls", "messages"}),
        ("安卓—通讯录及短信：用于邀请好友", {"contacts", "messages"}),
        ("iOS-电话/短信：用于拦截骚扰电话", {"calls", "messages"}),
    ],
)
def test_a_labels_platform_and_joined_names_are_each_lexicons_words(
    tables: Tables, label: str, found: set[str]
) -> None:
    grammar = grammar_for(label, tables.lexicons)
    assert grammar is not None
    assert {c.value for c, _ in grammar.label_groups(label)} == found


def test_document_words_are_read_from_their_data_file() -> None:
    assert WORDS.spaced_header.match("Data Types   Purpose")
    assert WORDS.spaced_header.match("权限名称 使用目的")
    assert not WORDS.spaced_header.match("Permission 使用目的")  # each language's own pair
    assert WORDS.following.search("具体如下：") and WORDS.following.search("as follows:")
    assert not WORDS.following.search("thefollowing")  # English words as whole words
    assert WORDS.header_cell.search("Permissions") and WORDS.purpose_column.search("使用场景")


def test_a_malformed_document_words_file_is_an_internal_error() -> None:
    with pytest.raises(InternalError):
        parse_document_words({"header_cells": "目的"})  # a string, not a list of words
