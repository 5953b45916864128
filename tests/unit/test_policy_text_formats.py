"""Policy files in the formats users pass with --policy: Android string resources."""

from __future__ import annotations

from analyzer.disclosure import search
from analyzer.disclosure.sources import PolicyText
from analyzer.disclosure.text import to_blocks
from analyzer.tables import Tables

STRINGS = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE resources [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<resources xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">
    <string name="welcome_needs_access_to_your_contacts_and_sms">Welcome!</string>
    <string name="quote">It\\'s \\"quoted\\" &secret; <b>bold</b>
        <xliff:g id="n">%s</xliff:g>\\nnext</string>
    <string-array name="reasons"><item>\\u8bfb\\u53d6\\u901a\\u8baf\\u5f55</item></string-array>
    <plurals name="count"><item quantity="other">%d messages</item></plurals>
</resources>
"""


def test_each_string_is_a_paragraph_without_names_tags_or_entities() -> None:
    texts = [b.text for b in to_blocks(STRINGS, "strings.xml")]
    assert texts == [
        "Welcome!",
        'It\'s "quoted" bold %s next',
        "读取通讯录",
        "%d messages",
    ]


def test_resource_names_never_disclose(tables: Tables) -> None:
    """The name "…access_to_your_contacts_and_sms" is not a sentence the user reads."""
    text = PolicyText("policy-file", "strings.xml", None, tuple(to_blocks(STRINGS, "x.xml")))
    assert not any(search([text], tables.lexicons).values())


def test_a_permission_rationale_string_discloses(tables: Tables) -> None:
    data = (
        '<resources><string name="t">要在桌面上查看通话记录，您需要授予访问通话记录的权限'
        "</string></resources>"
    ).encode()
    text = PolicyText("policy-file", "strings.xml", None, tuple(to_blocks(data, "strings.xml")))
    found = {c.value for c, evidence in search([text], tables.lexicons).items() if evidence}
    assert found == {"calls"}


def test_a_string_holding_an_html_page_is_read_as_html() -> None:
    strings = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<resources>\n'
        b'<string name="policy"><![CDATA[<html><body><h3>Profiling</h3>'
        b"<p>Profiling means processing of other users&rsquo; personal data.</p>"
        b"<p>The data processed will be user habits.</p></body></html>]]></string>\n"
        b"</resources>\n"
    )
    blocks = to_blocks(strings, "strings.xml")
    assert [b.kind for b in blocks] == ["heading", "para", "para"]
    assert blocks[1].text == "Profiling means processing of other users\u2019 personal data."


def test_escaped_line_breaks_in_a_string_keep_its_paragraphs(tables: Tables) -> None:
    """aapt turns ``\\n`` into a line break and the file's own line breaks into spaces:
    the paragraph after ``\\n\\n`` is not part of the list introduced before it."""
    data = (
        b'<resources><string name="privacy_policy">Information Collected\\n\n'
        b"        While using Our Application, in order to provide features of Our\n"
        b"            Application, We may collect, with Your prior permission:\\n\n"
        b"        <ul><li>Information regarding your location</li></ul>\\n\\n\n"
        b"        We use this information to improve Our Service.\\n\\n\n"
        b"</string></resources>"
    )
    blocks = to_blocks(data, "strings.xml")
    assert blocks[-1].text == "We use this information to improve Our Service."
    assert blocks[-2].text.endswith("permission: Information regarding your location")
    text = PolicyText("policy-file", "strings.xml", None, tuple(blocks))
    found = {c.value for c, evidence in search([text], tables.lexicons).items() if evidence}
    assert found == {"location"}


def test_an_html5_fragment_that_starts_with_a_style_loses_nothing() -> None:
    # libxml2 leaves <section> (unknown to HTML 4) in the <head> it opened for the <style>
    page = (
        b"<style>p { color: #333; }</style>\n<section><div><h3>MyApp Privacy Policy</h3>"
        b"<p>We collect your precise location to show nearby matches.</p></div></section>"
    )
    assert [(b.kind, b.text) for b in to_blocks(page, "policy.html")] == [
        ("heading", "MyApp Privacy Policy"),
        ("para", "We collect your precise location to show nearby matches."),
    ]


def test_a_vue_page_saved_as_html_is_read_from_its_template() -> None:
    page = (
        '<template><view class="page"><view class="title">权限说明</view>'
        '<view class="item"><text>短信权限：读取短信内容，用于自动识别快递取件码</text></view>'
        "</view></template><script>export default { data() { return {} } }</script>"
    )
    blocks = [b.text for b in to_blocks(page.encode(), "privacy.html")]
    assert blocks == ["权限说明", "短信权限：读取短信内容，用于自动识别快递取件码"]


def test_a_bold_paragraph_is_a_title_and_a_bold_sentence_is_not() -> None:
    title = "Information collected when you use our services and our apps"
    md = f"**{title}**\n\nWe collect:\n\n**We never sell your data.**\n".encode()
    kinds = [(b.kind, b.text) for b in to_blocks(md, "policy.md")]
    assert kinds[0] == ("heading", title)
    assert ("para", "We never sell your data.") in kinds
    html = (
        f"<p><strong>{title}</strong></p><p>ii. <strong>Your choices</strong></p>"
        "<p>A <strong>note</strong></p>"
    ).encode()
    kinds = [(b.kind, b.text) for b in to_blocks(html, "policy.html")]
    assert kinds[:2] == [("heading", title), ("heading", "ii. Your choices")]
    assert kinds[2][0] == "para"
