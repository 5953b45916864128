"""Disclosure levels from sources: none / policy_only / disclosed, and external inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.apk.resources import StringResource, StringTable
from analyzer.catalog import categorize
from analyzer.disclosure import assess
from analyzer.disclosure.remote_sources import remote_sources
from analyzer.disclosure.sentences import sentences
from analyzer.disclosure.sources import (
    Sources,
    load_declarations,
    load_policy,
    policy_dir_file,
    string_artefacts,
    string_texts,
)
from analyzer.disclosure.text import to_text
from analyzer.errors import UsageError
from analyzer.model import Category, DisclosureLevel, Permission, PolicySource
from analyzer.remote import policy_links
from analyzer.tables import Tables

P = "android.permission."


def _cats(tables: Tables) -> dict[Category, object]:
    perms = [Permission(P + "ACCESS_FINE_LOCATION", "uses-permission")]
    return categorize(perms, tables)  # type: ignore[return-value]


def _strings(*values: str) -> StringTable:
    return StringTable(tuple(StringResource(f"s{i}", v, None) for i, v in enumerate(values)))


def _assess(tables: Tables, strings: StringTable, **extra: object) -> dict[Category, object]:
    links = policy_links(s.value for s in strings.strings)
    found = [*string_artefacts(strings, tables.lexicons), *remote_sources(links, None)[1]]
    artefacts = tuple(f"{s.type}:{s.ref}" for s in found) + tuple(
        extra.get("artefacts", ())  # type: ignore[arg-type]
    )
    sources = Sources(
        artefacts=artefacts,
        texts=tuple(string_texts(strings)),
        declarations=extra.get("declarations", {}),  # type: ignore[arg-type]
        declarations_ref="decl.json",
    )
    return assess(_cats(tables), sources, tables.lexicons)  # type: ignore[arg-type]


def test_ui_strings_alone_are_not_a_policy(tables: Tables) -> None:
    cats = _assess(tables, _strings("我们会收集您的位置信息，用于推荐附近的商家。"))
    assert all(u.disclosure is DisclosureLevel.NONE for u in cats.values())  # type: ignore[attr-defined]


def test_title_string_makes_strings_searchable(tables: Tables) -> None:
    strings = _strings("请阅读《隐私政策》", "我们会收集您的位置信息，用于推荐附近的商家。")
    cats = _assess(tables, strings)
    loc = cats[Category.LOCATION]
    assert loc.disclosure is DisclosureLevel.DISCLOSED  # type: ignore[attr-defined]
    (ev,) = loc.disclosure_evidence  # type: ignore[attr-defined]
    assert (ev.source_type, ev.keyword, ev.cue) == ("string", "位置信息", "用于")
    assert cats[Category.CONTACTS].disclosure is DisclosureLevel.POLICY_ONLY  # type: ignore[attr-defined]


def test_remote_url_alone_is_policy_only(tables: Tables) -> None:
    strings = _strings("https://example.com/legal/privacy.html", "Welcome")
    assert string_artefacts(strings, tables.lexicons) == []  # the link is the source
    links = policy_links(s.value for s in strings.strings)
    assert remote_sources(links, None)[1] == [
        PolicySource("remote", "https://example.com/legal/privacy.html", read=False)
    ]
    cats = _assess(tables, strings)
    assert {u.disclosure for u in cats.values()} == {DisclosureLevel.POLICY_ONLY}  # type: ignore[attr-defined]


def test_plain_url_is_not_a_policy(tables: Tables) -> None:
    assert policy_links(["https://example.com/help", "see https://example.com/"]) == []
    ranked = policy_links(
        ['<a href="https://example.com/p/1">《隐私政策》</a>', "https://example.com/policy.html"]
    )
    assert ranked == ["https://example.com/p/1", "https://example.com/policy.html"]


def test_declaration_discloses(tables: Tables) -> None:
    cats = _assess(
        tables,
        _strings(),
        artefacts=("declarations:decl.json",),
        declarations={Category.LOCATION: "maps"},
    )
    loc = cats[Category.LOCATION]
    assert loc.disclosure is DisclosureLevel.DISCLOSED  # type: ignore[attr-defined]
    assert loc.disclosure_evidence[0].source_type == "declaration"  # type: ignore[attr-defined]
    assert cats[Category.CALLS].disclosure is DisclosureLevel.POLICY_ONLY  # type: ignore[attr-defined]


def test_load_policy_and_declarations(tmp_path: Path) -> None:
    pol = tmp_path / "p.html"
    pol.write_text("<html><body><p>Location is used to show maps.</p></body></html>")
    loaded = load_policy(str(pol))
    assert [b.text for b in loaded.blocks] == ["Location is used to show maps."]
    assert len(loaded.sha256) == 64 and loaded.language == "en"
    with pytest.raises(UsageError):
        load_policy(str(tmp_path / "missing.txt"))
    decl = tmp_path / "d.toml"
    decl.write_text('["org.x"]\nlocation = "maps"\n')
    assert load_declarations(str(decl)) == {"org.x": {"location": "maps"}}
    bad = tmp_path / "d.json"
    bad.write_text('{"org.x": {"gps": "maps"}}')
    with pytest.raises(UsageError):
        load_declarations(str(bad))
    bad.write_text("{not json")
    with pytest.raises(UsageError):
        load_declarations(str(bad))


def test_policy_dir_lookup(tmp_path: Path) -> None:
    (tmp_path / "org.x.md").write_text("# Privacy policy\n\nLocation is used for maps.\n")
    found = policy_dir_file(str(tmp_path), "org.x")
    assert found is not None and found[0].source_type == "policy-dir"
    assert [b.text for b in found[0].blocks] == ["Privacy policy", "Location is used for maps."]
    source = found[1]
    assert (source.type, source.language, source.read, source.size_bytes) == (
        "policy-dir",
        "en",
        True,
        len("# Privacy policy\n\nLocation is used for maps.\n"),
    )
    assert policy_dir_file(str(tmp_path), "org.y") is None
    assert policy_dir_file(str(tmp_path), "../etc") is None


def test_html_text_and_sentences() -> None:
    html = (
        b"<html><head><title>T</title><script>alert('x')</script></head><body>"
        b"<p>\xe6\x88\x91\xe4\xbb\xac\xe3\x80\x82A. B!</p><table><tr><td>GPS</td><td>maps</td>"
        b"</tr></table><p>&lt;x&gt;</p></body></html>"
    )
    text = to_text(html, "p.html")
    assert "alert" not in text
    assert text.splitlines() == ["我们。A. B!", "GPS | maps", "<x>"]
    assert sentences("我们。A. B!") == ["我们。", "A.", "B!"]


def test_html_entities_and_network_off() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<html><body><p>&e;</p></body></html>"
    )
    assert "root:" not in to_text(evil, "x.html")


def test_json_policy_values_are_read() -> None:
    data = '{"title": "隐私政策", "items": [{"text": "<p>定位权限：\\u7528\\u4e8e导航。</p>"}]}'
    text = to_text(data.encode(), "assets/policy.json")
    assert text.splitlines() == ["隐私政策", "定位权限：用于导航。"]


def test_bundled_policy_by_name_or_title(tmp_path: Path, tables: Tables) -> None:
    import zipfile

    from analyzer.apk.archive import ApkFile
    from analyzer.disclosure.sources import bundled_policies

    path = tmp_path / "a.apk"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("AndroidManifest.xml", b"<manifest/>")
        zf.writestr("assets/web/terms.html", "<html><title>用户隐私政策</title><p>x</p></html>")
        zf.writestr("assets/notes.txt", "Release notes\nLocation is used for maps.")
        zf.writestr("res/raw/yinsi.txt", "plain text")
        zf.writestr("assets/privacy/logo.png", b"\x89PNG")
    with ApkFile.open(str(path)) as apk:
        found = bundled_policies(apk, tables.lexicons)
    assert sorted((p.source_type, p.source_ref) for p in found.texts) == [
        ("asset", "assets/web/terms.html"),
        ("raw", "res/raw/yinsi.txt"),
    ]
    assert sorted((p.type, p.ref, p.read) for p in found.sources) == [
        ("asset", "assets/web/terms.html", True),
        ("raw", "res/raw/yinsi.txt", True),
    ]
    assert found.warnings == []


def test_consent_dialog_string_is_a_policy_and_discloses(tables: Tables) -> None:
    dialog = (
        "欢迎使用本应用！我们依据最新的法律法规制定了《隐私政策》，请您仔细阅读。"
        "为了向您推荐附近的门店，我们会申请位置权限。我们不会读取您的短信。"
    )
    cats = _assess(tables, _strings(dialog))
    assert cats[Category.LOCATION].disclosure is DisclosureLevel.DISCLOSED  # type: ignore[attr-defined]
    assert cats[Category.MESSAGES].disclosure is DisclosureLevel.POLICY_ONLY  # type: ignore[attr-defined]
