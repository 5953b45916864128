"""The words that judge disclosure in one language (``data/lexicon_<lang>.toml``).

A lexicon is data, not code (docs/disclosure.md): every word list the grammar compiles is a
field here, so a reviewer can change a wording without reading Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from analyzer.errors import InternalError
from analyzer.model import Category


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Words that judge disclosure in one language (data/lexicon_<lang>.toml)."""

    lang: str
    policy_titles: tuple[str, ...]
    objects: Mapping[Category, tuple[str, ...]]  # data of the category
    strong: Mapping[Category, tuple[str, ...]]  # an access to the category by themselves
    traps: tuple[str, ...]  # look like an object, are not (word sense)
    access: tuple[str, ...]
    other_acts: tuple[str, ...]
    negations: tuple[str, ...]
    negation_reach: int  # characters (zh) or words (en) between a negation and its verb
    purposes: tuple[str, ...]
    scenarios: tuple[str, ...]  # regular expressions
    definitions: tuple[str, ...]
    not_purpose: tuple[str, ...]
    permission_words: tuple[str, ...]
    to_stop: tuple[str, ...] = ()  # English "to + verb" and "for + noun" purposes
    before_to_stop: tuple[str, ...] = ()
    for_purposes: tuple[str, ...] = ()
    for_stop: tuple[str, ...] = ()
    anaphora: tuple[str, ...] = ()  # words that refer back to data named before
    list_anaphora: tuple[str, ...] = ()  # words that refer back to a whole list ("上述信息")
    pronoun_followers: tuple[str, ...] = ()  # "this"/"these" before these words is a pronoun
    other_agents: tuple[str, ...] = ()  # "used by others": a verb that is not the app's act
    sharing_acts: tuple[str, ...] = ()  # "disclosed to third parties": a table of recipients
    other_sources: tuple[str, ...] = ()  # "from app stores": data not taken on the device
    data_nouns: tuple[str, ...] = ()  # "Information We Access": a heading about data
    purpose_intros: tuple[str, ...] = ()  # "…to:": the items that follow are purposes
    collecting_definitions: tuple[str, ...] = ()  # "X，指您…时，收集的…": not a glossary
    to_user: tuple[str, ...] = ()  # "向您发送…": what follows is sent to the user
    user_controls: tuple[str, ...] = ()  # "you can …": what the user may do
    ip_location: tuple[str, ...] = ()  # location from the IP address is not the device's
    device_location: tuple[str, ...] = ()
    ip_derivations: tuple[str, ...] = ()  # "based on your IP address": inferred from the IP
    app_subjects: tuple[str, ...] = ()  # a "you can …" unit that names these is the app's act
    continuations: tuple[str, ...] = ()  # a clause starting with these continues the last
    contrasts: tuple[str, ...] = ()  # "但", "but": a clause that turns from the one before
    restrictives: tuple[str, ...] = ()  # "only", "仅": may start a description under a heading
    glossary: tuple[str, ...] = ()  # a lead naming the document's own glossary (regexes)
    permission_groups: Mapping[Category, tuple[str, ...]] = field(default_factory=dict)
    permission_labels: Mapping[Category, tuple[str, ...]] = field(default_factory=dict)
    purpose_traps: tuple[str, ...] = ()  # start like a purpose marker, are not one: 目的地
    denials: tuple[str, ...] = ()  # "if you deny it, …": the purpose of the access before
    exceptions: tuple[str, ...] = ()  # "not … other than Y": the negation limits the access
    label_descriptions: tuple[str, ...] = ()  # "电话：…需要…": the label is a permission
    label_aims: tuple[str, ...] = ()  # "位置信息：优化…": a data label's description is its aim
    row_services: tuple[str, ...] = ()  # "…SDK（…公司）IMEI…提供推送服务 https://…": its use
    recaps: tuple[str, ...] = ()  # "Such information may include …": the sentence before
    same_act: tuple[str, ...] = ()  # "in this process": a denial of the act just described
    section_titles: tuple[str, ...] = ()  # group names that also title a section: 设备信息
    platforms: tuple[str, ...] = ()  # "Android-电话：": a platform's name before a label
    name_joiners: tuple[str, ...] = ()  # "电话和短信：": permission names joined (regexes)
    party_intros: tuple[str, ...] = ()  # "… uses AdMob to …": words that bring in a party
    not_in_use: tuple[str, ...] = ()  # "权限代码（非使用权限）": listed permissions unused
    other_groups: tuple[str, ...] = ()  # permission groups of no category: 存储, Camera
    aim_acts: tuple[str, ...] = ()  # "用于备份短信": an access that is itself the aim
    refusal_costs: tuple[str, ...] = ()  # "如您拒绝…，将无法使用X功能": the use of what is refused


def parse_lexicon(doc: Mapping[str, Any]) -> Lexicon:
    """One lexicon file's table, checked for shape; raises ``InternalError`` if broken."""

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w) for w in doc.get(key, ()))

    def per_category(key: str, required: bool = True) -> dict[Category, tuple[str, ...]]:
        table = doc[key] if required else doc.get(key, {})
        return {c: tuple(str(w) for w in table.get(c.value, ())) for c in Category}

    try:
        optional: dict[str, Any] = {  # a default () is a word list, a default dict a table
            f.name: words(f.name) if f.default is not MISSING else per_category(f.name, False)
            for f in fields(Lexicon)
            if f.default is not MISSING or f.default_factory is not MISSING
        }
        return Lexicon(
            lang=str(doc["lang"]),
            policy_titles=tuple(doc["policy_titles"]),
            objects=per_category("objects"),
            strong=per_category("strong"),
            traps=words("traps"),
            access=tuple(doc["access"]),
            other_acts=words("other_acts"),
            negations=tuple(doc["negations"]),
            negation_reach=int(doc["negation_reach"]),
            purposes=tuple(doc["purposes"]),
            scenarios=words("scenarios"),
            definitions=words("definitions"),
            not_purpose=words("not_purpose"),
            permission_words=words("permission_words"),
            **optional,
        )
    except (KeyError, TypeError) as exc:
        raise InternalError(f"lexicon: missing or malformed field {exc}") from exc
