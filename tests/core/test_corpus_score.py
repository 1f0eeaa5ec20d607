"""Regression: the extractor on the shipped corpus, scored by the shared scorer against the shared gold.

The scored result is a module fixture so that more thresholds (relations) can be asserted on the same run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

from core import cli

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "resources" / "corpus"


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists() or not (SHARED / "corpus" / "gold").is_dir():
        pytest.skip(f"the shared scorer and gold are not beside the clone ({SHARED})")
    spec = importlib.util.spec_from_file_location("entente_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored() -> dict:
    """Figures of ``score.py`` for ``entente extract resources/corpus/*.txt --format json``."""
    score = _scorer()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["extract", *map(str, sorted(CORPUS.glob("*.txt"))), "--format", "json"])
    assert code == cli.OK
    return score.score(json.loads(out.getvalue()), SHARED / "corpus" / "gold")


def test_entities_on_the_corpus(scored):
    assert scored["documents"] == 5
    assert scored["entity"]["f"] >= 0.90, scored["per_document"]
    assert scored["typed"]["f"] >= 0.85
    assert scored["merge_b3"]["f"] >= 0.97
    assert scored["evidence_valid"] == 1.0
    assert not scored["unknown_kinds"]


def test_relations_on_the_corpus(scored):
    """Ties read from the grammar: stated pairs found, few invented, and the right family on those found."""
    assert scored["relation"]["r"] >= 0.70, scored["relation"]
    assert scored["relation"]["p"] >= 0.50, scored["relation"]
    assert scored["family_accuracy"] >= 0.70
    assert not scored["unknown_families"]
