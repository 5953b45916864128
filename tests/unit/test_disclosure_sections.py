"""Nested sections: which headings a unit is read under (analyzer/disclosure/sections.py)."""

from __future__ import annotations

from analyzer.disclosure.sections import nested, section_context


def test_a_deeper_heading_is_read_inside_the_ones_above() -> None:
    chain = nested(
        nested((), 2, "2.3 Information Collected When You Use Our Services"), 3, "A. Location"
    )
    assert section_context(chain) == "Information Collected When You Use Our Services; Location"


def test_a_heading_closes_the_sections_at_its_level_and_below() -> None:
    chain = nested(nested(nested((), 2, "Data"), 3, "Location"), 4, "GPS")
    assert [text for _, text in nested(chain, 3, "Contacts")] == ["Data", "Contacts"]
    assert [text for _, text in nested(chain, 2, "Sharing")] == ["Sharing"]


def test_a_heading_without_a_level_is_the_deepest() -> None:
    """A bold title under an <h2> is read inside it; in plain text (no levels) each section
    title replaces the one before, as it always did."""
    under = nested(nested((), 2, "Permissions we request"), 0, "Phone")
    assert section_context(under) == "Permissions we request; Phone"
    plain = nested(nested((), 0, "一、位置信息"), 0, "二、通讯录")
    assert section_context(plain) == "二、通讯录"


def test_the_documents_name_is_no_sections_context() -> None:
    chain = nested(nested((), 1, "Privacy Policy of Acme Maps"), 2, "Location")
    assert section_context(chain) == "Location"


def test_a_chain_too_long_reads_as_its_last_heading() -> None:
    chain = nested(nested((), 2, "x" * 195), 3, "Location")
    assert section_context(chain) == "Location"
