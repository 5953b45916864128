"""The real-world disclosure evaluation set (tests/data/policy_eval/<lang>/), and its scores.

Each language folder holds whole policy documents (``docs/``), ``sources.toml`` (source,
licence, split and the categories each whole document discloses) and ``sentences.jsonl``
(sentences and blocks as a person reads them, labelled by the rule of issue 12: the app
or an SDK accesses this data on the device, says why, and the access is not negated).
Documents are split into a ``tune`` half and a ``test`` half; the lexicons are tuned on
the first only, and the figures reported in docs/disclosure.md are the second's.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.disclosure import judge_units, search
from analyzer.disclosure.matcher import match_sentence
from analyzer.disclosure.sources import PolicyText
from analyzer.disclosure.text import to_blocks
from analyzer.tables import Tables

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent / "data" / "policy_eval"
LANGS = ("en", "zh")
SCORED = ("calls", "location", "messages", "contacts", "settings")


@dataclass
class Score:
    """Counts per category; precision and recall of ``disclosed``."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    errors: list[str] = field(default_factory=list)

    def add(self, got: set[str], want: set[str], what: str) -> None:
        for c in SCORED:
            self.tp[c] += c in got and c in want
            self.fp[c] += c in got and c not in want
            self.fn[c] += c not in got and c in want
        if got != want:
            self.errors.append(f"{what}: got {sorted(got)} want {sorted(want)}")

    def precision(self, c: str) -> float:
        return self.tp[c] / (self.tp[c] + self.fp[c]) if self.tp[c] + self.fp[c] else 1.0

    def recall(self, c: str) -> float:
        return self.tp[c] / (self.tp[c] + self.fn[c]) if self.tp[c] + self.fn[c] else 1.0

    def support(self, c: str) -> int:
        return self.tp[c] + self.fn[c]


def documents(lang: str) -> list[dict[str, object]]:
    path = ROOT / lang / "sources.toml"
    if not path.is_file():
        return []
    return list(tomllib.loads(path.read_text("utf-8")).get("doc", []))


def sentences(lang: str) -> list[dict[str, object]]:
    path = ROOT / lang / "sentences.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _want(row: dict[str, object], key: str) -> set[str]:
    return {str(c) for c in row.get(key, ()) or ()}  # type: ignore[attr-defined]


def score_sentences(tables: Tables, rows: Iterable[dict[str, object]], lang: str) -> Score:
    """Each labelled sentence judged as permaudit judges it inside its document: with the
    lead the document gives it (heading, list introduction, table header) and the
    document's glossary. A sentence the reader does not cut out of its document as one
    unit (a labeller's fragment of raw markup) is judged alone."""
    score = Score()
    in_context: dict[str, dict[str, set[str]]] = {}
    docs = {str(d["id"]): d for d in documents(lang)}
    for row in rows:
        text = str(row["text"])
        doc = docs.get(str(row.get("doc")))
        if doc is not None and doc["id"] not in in_context:
            in_context[str(doc["id"])] = _unit_verdicts(tables, lang, doc)
        verdicts = in_context.get(str(row.get("doc")), {})
        got = verdicts.get(_normal(text))
        if got is None:
            got = {m.category.value for m in match_sentence(text, tables.lexicons)}
        score.add(got, _want(row, "expected"), repr(text[:160]))
    return score


def _normal(text: str) -> str:
    return " ".join(text.split())


def _policy(lang: str, doc: dict[str, object]) -> PolicyText:
    name = str(doc["file"])
    data = (ROOT / lang / "docs" / name).read_bytes()
    return PolicyText("policy-file", name, None, tuple(to_blocks(data, name)))


def _unit_verdicts(tables: Tables, lang: str, doc: dict[str, object]) -> dict[str, set[str]]:
    """What each unit of one document discloses, keyed by its text."""
    out: dict[str, set[str]] = {}
    for unit, matches in judge_units(_policy(lang, doc), tables.lexicons):
        out.setdefault(_normal(unit.text), set()).update(m.category.value for m in matches)
    return out


def document_verdict(tables: Tables, lang: str, doc: dict[str, object]) -> set[str]:
    """The categories permaudit finds disclosed in one whole document (as ``--policy``)."""
    found = search([_policy(lang, doc)], tables.lexicons)
    return {c.value for c, evidence in found.items() if evidence}


def score_documents(tables: Tables, lang: str, docs: Iterable[dict[str, object]]) -> Score:
    score = Score()
    for doc in docs:
        score.add(document_verdict(tables, lang, doc), _want(doc, "disclosed"), str(doc["id"]))
    return score


def split(rows: Iterable[dict[str, object]], which: str) -> list[dict[str, object]]:
    return [r for r in rows if r.get("split") == which]
