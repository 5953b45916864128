"""A policy in a language permaudit does not read is said to be so, never judged silent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.disclosure.language import language_of
from tests import policy_eval as pe
from tests.conftest import SAMPLES

runner = CliRunner()
# Policies written for these tests, one per language (each about sixty words).
GERMAN = (
    "Datenschutzerklärung. Diese App verwendet Ihren Standort ausschließlich, um Ihnen "
    "Geschäfte in Ihrer Nähe zu zeigen. Die Standortdaten werden nicht auf unseren Servern "
    "gespeichert und nicht an Dritte weitergegeben. Die App liest Ihre Kontakte nur, wenn "
    "Sie einen Freund einladen möchten. Sie können die Berechtigungen jederzeit in den "
    "Einstellungen Ihres Geräts widerrufen. Bei Fragen schreiben Sie uns bitte eine E-Mail."
)
FRENCH = (
    "Politique de confidentialité. Cette application utilise votre position uniquement pour "
    "afficher les magasins proches de vous. Les données de localisation ne sont pas "
    "conservées sur nos serveurs et ne sont jamais partagées avec des tiers. L'application "
    "lit vos contacts seulement lorsque vous invitez un ami. Vous pouvez retirer les "
    "autorisations à tout moment dans les réglages de votre appareil."
)
TURKISH = (
    "Gizlilik Politikası. Uygulamamız, size yakın depremler hakkında bilgi verebilmek için "
    "cihazınızın konum bilgisini kullanır. Konum verileri sunucularımızda saklanmaz ve "
    "üçüncü taraflarla paylaşılmaz. Rehberinize yalnızca bir arkadaşınızı davet etmek "
    "istediğinizde erişilir. İzinleri istediğiniz zaman cihazınızın ayarlarından geri "
    "alabilirsiniz. Sorularınız için bize e-posta ile ulaşabilirsiniz lütfen."
)
KOREAN = (
    "개인정보 처리방침. 본 앱은 주변 매장을 보여 드리기 위해서만 위치 정보를 사용합니다. 위치 "
    "데이터는 서버에 저장되지 않으며 제3자와 공유되지 않습니다. 친구를 초대할 때에만 연락처를 "
    "읽습니다. 기기 설정에서 언제든지 권한을 철회할 수 있습니다."
)
JAPANESE = (
    "プライバシーポリシー。このアプリは、近くの店舗を表示するためにのみ位置情報を使用します。"
    "位置情報は当社のサーバーに保存されず、第三者と共有されることはありません。"
)


@pytest.mark.parametrize("text", [GERMAN, FRENCH, TURKISH, KOREAN, JAPANESE])
def test_other_languages_are_told_apart(text: str) -> None:
    assert language_of(text) == "other"


@pytest.mark.parametrize("lang", pe.LANGS)
def test_every_evaluation_document_is_in_its_language(lang: str) -> None:
    """The labelled English and Chinese policies (all formats) keep their language."""
    from analyzer.disclosure.text import to_blocks

    found = set()
    for doc in pe.documents(lang):
        path = pe.ROOT / lang / "docs" / str(doc["file"])
        blocks = list(to_blocks(path.read_bytes(), path.name))
        found.add(language_of(" ".join(b.text for b in blocks[:200])))
    assert found == {lang}


def test_short_texts_and_bilingual_policies_are_read() -> None:
    assert language_of("Location permission") == "en"  # a label: too short to tell
    assert language_of("位置权限：用于导航") == "zh"
    english = "We use your location to show the stores that are near you, and we never sell it. "
    assert language_of(f"{GERMAN}\n\n{english * 4}") == "en"  # the English half is read
    assert language_of("") is None


def test_a_policy_in_another_language_is_not_called_silent(tmp_path: Path) -> None:
    policy = tmp_path / "datenschutz.md"
    policy.write_text(f"# Datenschutz\n\n{GERMAN}\n", "utf-8")
    argv = ["scan", str(SAMPLES / "baidu_like.apk"), "--policy", str(policy)]
    doc = json.loads(runner.invoke(app, [*argv, "-f", "json"]).stdout)
    result = doc["results"][0]
    assert [s["language"] for s in result["policy_sources"]] == ["other"]
    findings = {f["rule"]: f for f in result["findings"]}
    location = findings["undisclosed-location"]
    assert location["params"]["policy_language"] == "other"
    assert "language permaudit does not read" in location["message"]
    assert "never states why" not in location["message"]
    zh = json.loads(runner.invoke(app, [*argv, "-f", "json", "--lang", "zh-CN"]).stdout)
    message = {f["rule"]: f["message"] for f in zh["results"][0]["findings"]}
    assert "需人工核查" in message["undisclosed-location"]


def test_an_english_policy_that_names_nothing_is_still_silent(tmp_path: Path) -> None:
    policy = tmp_path / "privacy.md"
    policy.write_text("# Privacy\n\n" + "We care about your privacy and keep it safe. " * 8)
    argv = ["scan", str(SAMPLES / "baidu_like.apk"), "--policy", str(policy), "-f", "json"]
    result = json.loads(runner.invoke(app, argv).stdout)["results"][0]
    location = {f["rule"]: f for f in result["findings"]}["undisclosed-location"]
    assert "policy_language" not in location["params"]
    assert "never states why" in location["message"]
