"""The real-world evaluation set is whole and consistent, and the verdict does not regress.

The floors below guard against regressions on the untouched ``test`` half; they are what
the method reaches today (docs/disclosure.md), not the goal of issue 12.
"""

from __future__ import annotations

import pytest

from analyzer.model import Category
from analyzer.tables import Tables
from tests import policy_eval as ev

LICENCES = {
    "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "GPL-3.0", "GPL-3.0-only",
    "GPL-3.0-or-later", "AGPL-3.0", "AGPL-3.0-only", "MPL-2.0", "CC-BY-4.0", "CC-BY-SA-3.0",
    "GPL-2.0-only OR GPL-3.0-only OR LicenseRef-KDE-Accepted-GPL",
}  # fmt: skip
CATEGORIES = {c.value for c in Category}
# micro precision, recall; the eleven Chinese app-string files added on December 6 (labelled
# blind, split alternately) took Chinese micro recall from 0.82 to 0.63
DOCUMENT_FLOOR = {"en": (0.80, 0.70), "zh": (0.70, 0.58)}


@pytest.mark.parametrize("lang", ev.LANGS)
def test_every_document_is_present_licensed_and_split(lang: str) -> None:
    docs = ev.documents(lang)
    assert len(docs) >= 15
    for doc in docs:
        assert (ev.ROOT / lang / "docs" / str(doc["file"])).is_file(), doc["id"]
        assert doc["licence"] in LICENCES, doc["id"]
        assert str(doc["url"]).startswith("https://github.com/"), doc["id"]
        assert set(doc["disclosed"]) <= CATEGORIES  # type: ignore[arg-type]
    assert {d["split"] for d in docs} == {"tune", "test"}


@pytest.mark.parametrize("lang", ev.LANGS)
def test_every_sentence_belongs_to_a_document_of_its_split(lang: str) -> None:
    splits = {d["id"]: d["split"] for d in ev.documents(lang)}
    rows = ev.sentences(lang)
    assert len(rows) >= 200
    for row in rows:
        assert splits[row["doc"]] == row["split"], row["text"]
        assert set(row["expected"]) <= CATEGORIES  # type: ignore[arg-type]
    assert any(row["expected"] for row in rows) and not all(row["expected"] for row in rows)


def _micro(score: ev.Score) -> tuple[float, float]:
    tp, fp, fn = (sum(d.values()) for d in (score.tp, score.fp, score.fn))
    return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0


@pytest.mark.parametrize("lang", ev.LANGS)
def test_whole_documents_of_the_test_half_do_not_regress(tables: Tables, lang: str) -> None:
    score = ev.score_documents(tables, lang, ev.split(ev.documents(lang), "test"))
    precision, recall = _micro(score)
    floor_p, floor_r = DOCUMENT_FLOOR[lang]
    assert precision >= floor_p and recall >= floor_r, score.errors
