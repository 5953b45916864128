"""Benchmark: disclosure quality on the real-world set, and judging speed.

Run: ``.venv/bin/python tests/benchmarks/disclosure.py``. A script, not a test. Prints:

* precision / recall of ``disclosed`` per category and language, on labelled sentences and
  on whole documents, for the ``tune`` half and the untouched ``test`` half
  (tests/data/policy_eval, see tests/policy_eval.py);
* judging speed: the real documents of each language concatenated to 1 MB and 4 MB, the
  MB/s of each, and the 4 MB / 1 MB time ratio (linear: about 4);
* a baseline measured in the same run, so that runs on machines of different speed compare:
  reading the same 1 MB into units (blocks, sentences and their leads, no judging), the least
  any unit-level judge does, and judging's time as a multiple of it.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analyzer.disclosure import search  # noqa: E402
from analyzer.disclosure.leads import units  # noqa: E402
from analyzer.disclosure.sources import PolicyText  # noqa: E402
from analyzer.disclosure.text import decode, text_blocks  # noqa: E402
from analyzer.tables import load_tables  # noqa: E402
from tests import policy_eval as ev  # noqa: E402

MB = 1 << 20


def _table(title: str, score: ev.Score) -> None:
    print(f"  {title:26}" + "".join(f"{c:>18}" for c in ev.SCORED))
    cells = [
        f"{score.precision(c):.2f}/{score.recall(c):.2f} ({score.support(c):>3})" for c in ev.SCORED
    ]
    print(f"  {'P/R (positives)':26}" + "".join(f"{x:>18}" for x in cells))


def quality() -> None:
    tables = load_tables()
    for lang in ev.LANGS:
        docs, rows = ev.documents(lang), ev.sentences(lang)
        print(f"\n[{lang}] {len(docs)} documents, {len(rows)} labelled sentences or blocks")
        for half in ("tune", "test"):
            mine = ev.split(rows, half)
            _table(f"{half}: {len(mine)} sentences", ev.score_sentences(tables, mine, lang))
            whole = ev.split(docs, half)
            _table(f"{half}: {len(whole)} documents", ev.score_documents(tables, lang, whole))


def _corpus_text(lang: str, size: int) -> str:
    parts = []
    for doc in ev.documents(lang):
        raw = decode((ev.ROOT / lang / "docs" / str(doc["file"])).read_bytes())
        parts.append("\n".join(b.text for b in text_blocks(raw, str(doc["file"]))))
    text = "\n\n".join(parts) or "We collect your location to show maps.\n\n"
    while len(text.encode()) < size:
        text += "\n\n" + text
    return text.encode()[:size].decode("utf-8", "ignore")


def _time(text: str, rounds: int = 3) -> float:
    tables = load_tables()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        blocks = tuple(text_blocks(text, "policy.txt"))
        search([PolicyText("policy-file", "policy.txt", None, blocks)], tables.lexicons)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _time_reading(text: str, rounds: int = 3) -> float:
    """The baseline: the text into blocks and units, nothing judged."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        list(units(text_blocks(text, "policy.txt")))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


ROUNDS = 5


def speed() -> None:
    """The 1 MB and 4 MB runs and the baseline alternate, round after round, and each is
    the median of its rounds: the shared machine's speed drifts by a third between minutes,
    and runs made apart would compare the drift, not the sizes."""
    import analyzer.disclosure as disclosure

    disclosure.MAX_EVIDENCE = 1 << 30  # judge every unit: the worst case, no early stop
    print(f"\njudging speed (median of {ROUNDS} interleaved rounds; every unit judged)")
    for lang in ev.LANGS:
        one_mb, four_mb = _corpus_text(lang, MB), _corpus_text(lang, 4 * MB)
        runs: dict[str, list[float]] = {"one": [], "four": [], "floor": []}
        for _ in range(ROUNDS):
            runs["one"].append(_time(one_mb, rounds=1))
            runs["four"].append(_time(four_mb, rounds=1))
            runs["floor"].append(_time_reading(one_mb, rounds=1))
        one, four, floor = (statistics.median(runs[k]) for k in ("one", "four", "floor"))
        ratios = [f / o for f, o in zip(runs["four"], runs["one"], strict=True)]
        print(
            f"  [{lang}] 1 MB {one:.2f} s ({1 / one:.2f} MB/s)   4 MB {four:.2f} s "
            f"({4 / four:.2f} MB/s)   4 MB / 1 MB = {four / one:.2f} "
            f"(per round {min(ratios):.2f}–{max(ratios):.2f})   "
            f"baseline (1 MB into units) {floor:.3f} s, judging = {one / floor:.1f}x it"
        )


if __name__ == "__main__":
    quality()
    speed()
