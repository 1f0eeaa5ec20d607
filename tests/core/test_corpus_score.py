"""Regression: the extractor scored by the shared scorer, on the shipped corpus and on the held-out set.

The held-out articles (bench/heldout) were written and annotated blind to the extractor; they stand for the
unseen articles the product is judged on, with the lower thresholds set for those.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
from pathlib import Path

import pytest

from core import cli
from tests.core.real_news_floors import FLOORS

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "resources" / "corpus"
HELDOUT = ROOT / "bench" / "heldout"


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists() or not (SHARED / "corpus" / "gold").is_dir():
        missing = f"the shared scorer and gold are not beside the clone ({SHARED})"
        if os.environ.get("CI"):
            pytest.fail(missing)  # in CI they are always there: a skip would hide a broken extractor
        pytest.skip(missing)
    spec = importlib.util.spec_from_file_location("entente_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(articles: Path, gold: Path) -> dict:
    """Figures of ``score.py`` for ``entente extract ARTICLES/*.txt --format json``."""
    score = _scorer()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["extract", *map(str, sorted(articles.glob("*.txt"))), "--format", "json"])
    assert code == cli.OK
    return score.score(json.loads(out.getvalue()), gold)


@pytest.fixture(scope="module")
def scored() -> dict:
    return _score(CORPUS, SHARED / "corpus" / "gold")


@pytest.fixture(scope="module")
def heldout() -> dict:
    return _score(HELDOUT, HELDOUT / "gold")


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
    # 0.880 when set (branch x-def10; 0.851 before); 0.877 -> 0.878 with the pair layer at (0.6, 0.4) (x-learn16)
    # 0.870 -> 0.869 (P 0.837 R 0.904) with the pair layer trained on all 262 real articles (blind12, 13 in) at the
    # stated rule's (0.7, 0.4) (x-learn20): floor 0.87 -> 0.86. The rules alone give 0.892 here; every setting of
    # higher held-out recall adds false pairs on these 5 synthetic articles (0.817-0.851), so (0.7, 0.4) is the
    # first one at 0.86 or above. The bar is 0.85; bench/train_pair_model.py's CORPUS_FLOOR is 0.86.
    # P 0.874 R 0.912 F1 0.893 with the pair layer off (x-learn25: no setting's own pairs meet the bar on the sets it
    # was not trained on); the lead's retrain after round M's merge kept it off: floor 0.86 -> 0.88 (and the
    # trainer's CORPUS_FLOOR with it)
    assert scored["relation"]["f"] >= 0.88, scored["relation"]
    assert scored["family_accuracy"] >= 0.70
    assert not scored["unknown_families"]


def test_heldout_articles_generalise(heldout):
    """The bar for articles the extractor has never seen."""
    assert heldout["documents"] == 5
    assert heldout["entity"]["f"] >= 0.85, heldout["per_document"]
    assert heldout["relation"]["r"] >= 0.55, heldout["relation"]
    assert heldout["relation"]["p"] >= 0.40, heldout["relation"]
    assert heldout["evidence_valid"] == 1.0


REAL = ROOT / "bench" / "real"


@pytest.mark.parametrize("name", list(FLOORS))
def test_real_news_set_does_not_slip(name):
    """Real articles copied with their page furniture (bench/real/README.md), each set run once blind and development
    data since: held at (just below) the figures its rules reached, ``real_news_floors.FLOORS``."""
    floors = FLOORS[name]
    articles = REAL / name
    scored = _score(articles, articles / "gold")
    assert scored["documents"] == len(list(articles.glob("*.txt"))) == floors.documents
    assert scored["entity"]["f"] >= floors.entity_f, scored["per_document"]
    if floors.entity_p is not None:
        assert scored["entity"]["p"] >= floors.entity_p, scored["entity"]
    assert scored["typed"]["f"] >= floors.typed_f, scored["typed"]
    if floors.merge_b3 is not None:
        assert scored["merge_b3"]["f"] >= floors.merge_b3, scored["merge_b3"]
    assert scored["relation"]["p"] >= floors.relation_p, scored["relation"]
    assert scored["relation"]["r"] >= floors.relation_r, scored["relation"]
    assert scored["family_accuracy"] >= floors.family
    assert scored["evidence_valid"] == 1.0
    assert not scored["unknown_kinds"]


def test_every_real_news_set_is_held():
    """A set added under bench/real without a floor would go unchecked."""
    sets = {d.name for d in REAL.iterdir() if (d / "gold").is_dir() and any(d.glob("*.txt"))}
    assert sets == set(FLOORS)
