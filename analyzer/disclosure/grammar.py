"""A lexicon compiled into the patterns the matcher scans with, once per lexicon.

Each word list becomes one alternation, longest phrase first, so a scan is linear in the
text and the longest phrase wins at each position: 本机电话号码 (an object) beats the trap
电话号码 inside it, 紧急联系人 (a trap) beats the object 联系人 inside it. English phrases
match case-insensitively on word boundaries; Chinese ones as substrings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from analyzer.disclosure.tries import (
    PhraseScanner,
    alternation,
    group_name,
    joined_names,
    name_spans,
    names,
    not_a_word,
    regexes,
)
from analyzer.lexicon import Lexicon
from analyzer.model import Category

TokenKind = Literal["trap", "object", "strong"]
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# A short label before a colon or a cell bar: "位置信息：…", "Location permission | …".
# A spaced dash separates one too: "`READ_PHONE_STATE` - pauses playback during calls".
LABEL = re.compile(r"^((?:[^:：|。.!?！？（(]|[（(][^）)]{0,300}[）)]){1,40}?)(?:[:：|]|\s[-–—]\s)")
# A parenthesis inside a label: "位置信息（GPS、基站）", "Phone (READ_PHONE_STATE)".
PARENTHESES = re.compile(r"[（(][^）)]*[）)]")
_GENERIC_ACCESS = frozenset({"access"})
_CONDITION_MARK = re.compile(r"如果|若|假如|如(?:您|你)|\bif\b|\bunless\b", re.I)
# After an access verb: no object, straight to why ("needs access to …", "is used when …").
_OBJECTLESS = re.compile(
    r"(?:\s+(?:access|permission|it|this|them))?\s+(?:to|when|whenever|for|so|in order)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Token:
    """A data phrase found in a clause: a trap, an object, or an access by itself."""

    start: int
    end: int
    kind: TokenKind
    category: Category | None
    phrase: str


_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
# up to two words before a purpose noun ("for service optimization", "for one opt-in
# feature"), but not a vague or joined one ("for a specific feature", "for OTP and …")
_MODIFIERS = r"(?:(?!(?:a|an|any|some|specific|certain|other|and|or)\b)[a-z-]+\s){0,2}"
_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s+$")
_TO_VERB = re.compile(r"(?:\b([A-Za-z]+)\s+)?\bto\s+([A-Za-z][\w'-]*)", re.I)
_FOR_GERUND = re.compile(r"\bfor\s+(?:the\s+purposes?\s+of\s+)?(?:[a-z]+ly\s+)?([a-z]+ing)\b", re.I)
_CLAUSE_END = re.compile(r"[，,。.;；:：!！?？]")
FILLER = re.compile(r"您的|你的|用户的|的|相关|信息|数据|\b(?:your|the|user's|data)\b|\s", re.I)
_PARTICIPLES = re.compile(r"(?:\s*,?\s*(?:and|or)?\s+[a-z]+(?:ed|en|wn|ad))*\s+", re.I)


def first_clause(text: str) -> str:
    return _CLAUSE_END.split(text, maxsplit=1)[0]


def without_tokens(text: str, tokens: list[Token]) -> str:
    """``text`` without its data phrases: what is said besides the data."""
    for token in reversed(tokens):
        text = text[: token.start] + text[token.end :]
    return text


def _purpose_markers(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """The purpose traps ("目的地" is a destination, though it starts like "目的"), and the
    purpose words, never where a purpose trap starts."""
    spaced = lexicon.lang != "zh"
    traps = alternation(lexicon.purpose_traps, spaced) if lexicon.purpose_traps else None
    purposes = alternation(lexicon.purposes, spaced).pattern
    if traps is not None:  # (?=purpose) first: a trap is tested only where a purpose starts
        purposes = f"(?={purposes})(?!{traps.pattern})(?:{purposes})"
    if not spaced:  # 使用途迹 is 使用 + 途…, not 用途; 使用于 "applies to"; 可以开启 "may open"
        purposes = f"(?!(?<=[使应适作运])用)(?!(?<=[可所予难足得加])以)(?:{purposes})"
    return traps, re.compile(purposes, re.I)


def _label_names(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A permission label's platform before a dash ("Android-电话："), and what joins the
    names in it ("电话和短信：")."""
    platforms = alternation(lexicon.platforms, spaced=False).pattern
    joiners = regexes(lexicon.name_joiners).pattern
    return re.compile(rf"^{platforms}\s*[-－—]\s*", re.I), re.compile(rf"\s*(?:{joiners})\s*", re.I)


def _token_kinds(lexicon: Lexicon) -> dict[str, tuple[TokenKind, Category | None]]:
    """Each phrase of the lexicon and what it is: a trap, a data object, or a strong one."""
    kinds: dict[str, tuple[TokenKind, Category | None]] = {}
    for trap in lexicon.traps:
        kinds[trap.lower()] = ("trap", None)
    for category in Category:
        for phrase in lexicon.objects.get(category, ()):
            kinds.setdefault(phrase.lower(), ("object", category))
        for phrase in lexicon.strong.get(category, ()):
            kinds[phrase.lower()] = ("strong", category)
    return kinds


class Grammar:
    """The compiled form of one ``Lexicon``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lang, self.spaced = lexicon.lang, lexicon.lang != "zh"
        spaced = self.spaced
        self.kinds = _token_kinds(lexicon)
        self.tokens = PhraseScanner(self.kinds, spaced)
        self.access = alternation(lexicon.access, spaced)
        self.access_end = re.compile(f"(?:{self.access.pattern})$", re.IGNORECASE)
        self.other_acts = alternation(lexicon.other_acts, spaced)
        self.negations, self.reach = alternation(lexicon.negations, spaced), lexicon.negation_reach
        self.purpose_traps, self.purposes = _purpose_markers(lexicon)
        # "用于备份短信": an access that is the aim itself, not the access restated
        self.aim_acts = alternation(lexicon.aim_acts, spaced)
        scenarios = (*lexicon.scenarios, *lexicon.refusal_costs)  # a refusal's cost is a use
        self.scenarios = [re.compile(p, re.IGNORECASE) for p in scenarios]
        # all of them at once: most texts have none, and one search says so (speed)
        self.any_scenario = regexes(f"(?:{p})" for p in scenarios)
        self.refusal_costs = regexes(f"(?:{p})" for p in lexicon.refusal_costs)
        self.definitions = regexes(f"(?:{p})" for p in lexicon.definitions)
        self.denials, self.exceptions = regexes(lexicon.denials), regexes(lexicon.exceptions)
        self.label_descriptions = regexes(lexicon.label_descriptions)
        self.label_aims = regexes(lexicon.label_aims)
        self.recaps, self.same_act = regexes(lexicon.recaps), regexes(lexicon.same_act)
        self.section_titles = frozenset(lexicon.section_titles)
        self.party_intro = alternation(lexicon.party_intros, spaced)
        self.platform, self.name_joiners = _label_names(lexicon)
        self.not_purpose = alternation(lexicon.not_purpose, spaced)
        self.permission = alternation(lexicon.permission_words, spaced)
        self.to_stop = frozenset(w.lower() for w in lexicon.to_stop)
        self.before_to_stop = frozenset(w.lower() for w in lexicon.before_to_stop)
        self.for_stop = frozenset(w.lower() for w in lexicon.for_stop)
        self.for_nouns = alternation(lexicon.for_purposes, spaced)
        self.for_noun = re.compile(rf"\bfor\s+{_MODIFIERS}(?:{self.for_nouns.pattern})", re.I)
        self.anaphora = alternation(lexicon.anaphora, spaced)
        self.list_anaphora = alternation(lexicon.list_anaphora, spaced)
        self.pronoun_followers = frozenset(w.lower() for w in lexicon.pronoun_followers)
        self.other_agents = alternation(lexicon.other_agents, spaced)
        self.sharing = alternation(lexicon.sharing_acts, spaced)
        self.other_sources = regexes(lexicon.other_sources)
        self.data_nouns = alternation(lexicon.data_nouns, spaced)
        self.collecting_definition = regexes(lexicon.collecting_definitions)
        self.purpose_intro, self.to_user = regexes(lexicon.purpose_intros), regexes(lexicon.to_user)
        self.row_services = regexes(lexicon.row_services)
        self.user_controls = alternation(lexicon.user_controls, spaced)
        self.ip_location = alternation(lexicon.ip_location, spaced)
        self.device_location = alternation(lexicon.device_location, spaced)
        self.ip_derivation = alternation(lexicon.ip_derivations, spaced)
        self.app_subjects = alternation(lexicon.app_subjects, spaced)
        self.continuations = alternation(lexicon.continuations, spaced)
        self.contrasts = alternation(lexicon.contrasts, spaced)
        self.restrictives = alternation(lexicon.restrictives, spaced)
        self.glossary, self.not_in_use = regexes(lexicon.glossary), regexes(lexicon.not_in_use)
        self.groups = names(lexicon.permission_groups)
        self.other_groups = frozenset(w.lower() for w in lexicon.other_groups)
        self.labels = names(lexicon.permission_labels)

    def label_groups(self, text: str) -> list[tuple[Category, str]]:
        """Permissions named as the label of their own description: "拨打电话：用于联系商家",
        "Phone (READ_PHONE_STATE): to pause playback during calls", "电话和短信：用于…", or of
        what needs them: "接收讯息（短信）：解析短信中的验证码需要接收短信"."""
        label = LABEL.match(text)
        # Only after a colon: a cell is a label only under a permission header, and before a
        # spaced dash only a permission's own name is one ("`READ_SMS` - …", _read_label).
        if not label or text[label.end() - 1] not in ":：":
            return []
        name = self.platform.sub("", PARENTHESES.sub("", label.group(1)).strip(" 【】[]*`_\"'“”"))
        rest = text[label.end() :]
        described = self.label_descriptions.search(rest.lstrip(" -–—*•"))
        if not (self.starts_with_act(rest) or described):
            return []
        return joined_names(name, self.name_joiners, lambda part: self.labels.get(part.lower()))

    def continues(self, clause: str) -> bool:
        """Does this clause go on with the one before it ("，包括IMEI", ", such as GPS")?"""
        return self.continuations.match(clause.lstrip()) is not None

    def conditional(self, text: str, start: int, verb: re.Match[str]) -> bool:
        """Is ``verb`` (a refused access) inside a condition on the user: "如果您选择不开启
        此权限", "if you do not grant it"?"""
        return _CONDITION_MARK.search(text, max(start, verb.start() - 15), verb.start()) is not None

    def names_only(self, text: str) -> bool:
        """A list item after a semicolon, not a sentence of its own: no subject, purpose or
        negation outside its parentheses ("设备信息（包括设备型号）", "location (GPS)")."""
        bare = PARENTHESES.sub("", text)
        return not (
            self.app_subjects.search(bare)
            or self.find_purpose(bare)
            or self.negations.search(bare)
            or self.any_scenario.search(bare) is not None
        )

    def refers(self, text: str, strict: bool = False) -> bool:
        """Does ``text`` speak of data named before it ("it", "这些信息")? ``strict``: not
        through a determiner ("these third parties" refers to no data said before)."""
        for found in self.anaphora.finditer(text):
            if not strict or not self._determiner(text, found):
                return True
        return False

    def _determiner(self, text: str, found: re.Match[str]) -> bool:
        if not self.pronoun_followers or found.group().lower() not in _DEMONSTRATIVES:
            return False
        following = _NEXT_WORD.match(text, found.end())
        return following is not None and following.group(1).lower() not in self.pronoun_followers

    def by_others(self, text: str, at: int) -> bool:
        """Is the verb that ends at ``at`` someone else's act: "used by other users", also
        through the participles joined to it ("read, collected or used by others")?"""
        agent = self.other_agents.search(text, at, at + 80)
        return agent is not None and _PARTICIPLES.fullmatch(text, at, agent.start()) is not None

    def starts_with_act(self, text: str) -> bool:
        """A subjectless description under a heading: "Used to …", "用于…"."""
        head = text.lstrip(" -–—:：*•")
        restricted = self.restrictives.match(head)
        head = head[restricted.end() :].lstrip() if restricted else head
        if self.spaced and re.match(r"(?:to|for|in order)\b", head, re.I):
            return True
        return bool(self.access.match(head) or self.purposes.match(head))

    def permission_group(self, cell: str) -> Category | None:
        """The category whose Android permission group ``cell`` names ("Phone", "短信")."""
        return self.groups.get(group_name(cell))

    def names_other_group(self, cell: str) -> bool:
        """Does ``cell`` name a permission group of no category ("存储", "Camera")?"""
        return group_name(cell) in self.other_groups

    def app_acts(self, text: str) -> bool:
        """Does the app ask for the thing named above without naming another object: "The
        app needs access to place a call when …" (not "We use cookies to …")?"""
        if not self.app_subjects.search(text):
            return False
        for verb in self.access.finditer(text):
            rest = text[verb.end() :]
            if self.spaced and _OBJECTLESS.match(rest):
                return True
            if not self.spaced and self.purposes.match(rest.lstrip("该此权限")):
                return True
        return False

    def find_tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        names: list[tuple[int, int]] | None = None  # found once a token is (speed)
        for start, end, lowered in self.tokens.spans(text):
            if not self.spaced:
                names = name_spans(text) if names is None else names
                if not_a_word(text, start, end, names):
                    continue  # "QIMEI" (Tencent's own ID) is not the IMEI, nor 来电 in 来电秀APP
            kind, category = self.kinds[" ".join(lowered.split())]
            out.append(Token(start, end, kind, category, text[start:end]))
        return out

    def is_definition(self, text: str) -> bool:
        """A definition or glossary entry, unless it says when the app collects the data."""
        defines = self.definitions.search(text) is not None
        return defines and not self.collecting_definition.search(text)

    def purpose(self, text: str) -> str | None:
        """The first purpose marker or scenario in ``text``, if any."""
        found = self.find_purpose(text)
        if found:
            return found.group(0)
        for scenario in self.scenarios if self.any_scenario.search(text) else ():
            hit = scenario.search(text)
            if hit:
                return hit.group(0)
        return self._english_purpose(text) if self.spaced else None

    def find_purpose(
        self, text: str, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """The first purpose marker in ``text[start:end]`` that is not inside a purpose trap."""
        end = len(text) if end is None else end
        traps: list[tuple[int, int]] | None = None  # found only once a purpose is (speed)
        for found in self.purposes.finditer(text, start, end):
            taken = self.spaced and found.group(0).lower().startswith("to ")
            before = taken and _LAST_WORD.search(text, max(0, found.start() - 30), found.start())
            if before and before.group(1).lower() in self.before_to_stop:
                continue  # "if you choose to enable location services": what, not why
            if traps is None and self.purpose_traps is not None:
                traps = [m.span() for m in self.purpose_traps.finditer(text)]
            # …nor one that a trap follows: "used solely for the declared purpose"
            if not any(a <= found.start() < b or found.end() < a <= found.end() + 5
                       for a, b in traps or ()):  # fmt: skip
                return found
        return None

    def _english_purpose(self, text: str) -> str | None:
        """``to`` + a verb, ``for`` + a gerund ("for automatically adding") or a purpose noun
        (not inside a purpose trap: "identifiers for advertising")."""
        if self.purpose_traps is not None:
            text = self.purpose_traps.sub(lambda m: " " * len(m.group()), text)
        for m in _TO_VERB.finditer(text):
            before, verb = (m.group(1) or "").lower(), m.group(2)
            if before in self.before_to_stop:
                continue
            if verb.lower() in self.to_stop and not self._acts_on_other(text, m.end(), verb):
                continue
            if verb[0].isupper() and not m.group(0).isupper():  # "to Google", "accessible
                continue  # to AI Keyboard": a name, not a verb (but "USED TO SHOW …" is one)
            return f"to {verb}"
        for m in _FOR_GERUND.finditer(text):
            gerund = m.group(1)
            if gerund.lower() in self.for_stop:
                continue
            if self.access.fullmatch(gerund) and not self._acts_on_other(text, m.end(), gerund):
                continue  # "the permission for reading the device's precise location"
            return m.group(0)
        # "for navigation", also with one modifier: "for service optimization"
        noun = self.for_noun.search(text)
        return noun.group(0) if noun else None

    def _acts_on_other(self, text: str, at: int, verb: str) -> bool:
        """An access verb whose object is no data states a purpose ("to receive Bluetooth data")."""
        if not self.access.fullmatch(verb) or verb.lower() in _GENERIC_ACCESS:
            return False  # "the device you use to access our services" says which device
        if verb.lower() == "use" and self.find_tokens(first_clause(text[at:])):
            return False  # "consent for us to use their contact information": data, trap or not
        window = " ".join(_WORD.findall(text[at : at + 60])[:5])
        # data after a list's colon ("to collect …, such as: IP addresses; …; IMEI"): an access
        until = self.find_purpose(text, at)
        later = text[at : until.start() if until else len(text)]
        if window != "" and not any(t.kind != "trap" for t in self.find_tokens(later)):
            return True
        # "to read bank transaction SMS as they arrive" says more than the permission does
        rest = first_clause(text[at:])
        tokens = self.find_tokens(rest)
        if not any(t.kind != "trap" for t in tokens):
            return False  # the data comes only after the clause: the list of what is read
        rest = without_tokens(rest, tokens)
        return len(_WORD.findall(FILLER.sub(" ", rest))) >= 2

    def gap_words(self, text: str) -> int:
        """How far apart two positions are: words in English, characters in Chinese."""
        return len(_WORD.findall(text)) if self.spaced else len(text.strip())
