"""Shared fixtures: paths to samples and the shared corpus, and the corpus skip rule.

Corpus tests skip with a reason when ``../shared/corpus`` is absent, except under
``CI=true``, where they fail: a wrong path must never turn the suite green.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = Path(os.environ.get("PERMAUDIT_CORPUS", ROOT.parent / "shared" / "corpus"))
IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden files from current output"
    )


def corpus_records() -> list[dict[str, Any]]:
    """The aapt readings in expected.jsonl, or [] when the corpus is absent."""
    expected = CORPUS / "expected.jsonl"
    if not expected.is_file():
        return []
    return [json.loads(line) for line in expected.read_text().splitlines() if line.strip()]


def require_corpus() -> None:
    """Skip (locally) or fail (CI) when the shared corpus is missing."""
    if (CORPUS / "expected.jsonl").is_file():
        return
    message = f"shared corpus not found at {CORPUS}"
    if IN_CI:
        pytest.fail(message + " (CI=true: corpus tests must run)")
    pytest.skip(message)


@pytest.fixture
def corpus() -> Path:
    require_corpus()
    return CORPUS


@pytest.fixture(scope="session")
def tables():  # type: ignore[no-untyped-def]
    from analyzer.tables import load_tables

    return load_tables()


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
