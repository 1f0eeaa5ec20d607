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


REAL_DEV = ROOT / "bench" / "real" / "dev"


@pytest.fixture(scope="module")
def real_dev() -> dict:
    return _score(REAL_DEV, REAL_DEV / "gold")


def test_real_news_development_set_holds(real_dev):
    """Real articles copied with their page furniture (bench/real/README.md): entities held at their tuned figures."""
    assert real_dev["documents"] == len(list(REAL_DEV.glob("*.txt")))
    assert real_dev["entity"]["f"] >= 0.96, real_dev["per_document"]
    assert real_dev["typed"]["f"] >= 0.95
    assert real_dev["merge_b3"]["f"] >= 0.97
    # relations with the extractor's own entities: P 0.876 R 0.542 family 0.882 when set (branch x-recall);
    # P 0.889 R 0.583 family 0.878 with descriptions and second clauses (branch x-desc, on x-ent5's entities)
    # P 0.895 R 0.629 family 0.887 with the pair layer retrained on 124 articles at (0.8, 0.0) (branch x-learn7)
    # P 0.898 R 0.669 family 0.893 pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # P 0.902 R 0.725 family 0.918 -> 0.908 / 0.791 / 0.925: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.900 / 0.719 / 0.921 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # -> 0.888 / 0.705 / 0.928 after round L with the layer retrained on 342 articles at the stated rule's (0.7, 0.0)
    # (no family floor: the layer types more pairs in-sample at a little less precision): P floor 0.89 -> 0.885
    # rules alone P 0.875 R 0.599 family 0.915: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert real_dev["relation"]["p"] >= 0.87, real_dev["relation"]
    assert real_dev["relation"]["r"] >= 0.595, real_dev["relation"]
    # family 0.898 -> 0.908 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    assert real_dev["family_accuracy"] >= 0.90
    assert real_dev["evidence_valid"] == 1.0
    assert not real_dev["unknown_kinds"]


REAL_HOLDOUT = ROOT / "bench" / "real" / "holdout"


def test_real_news_first_held_back_quarter_holds():
    """The 16 held-back real articles, run once blind (entity F1 0.866) and since then development data for the entity
    rules (bench/real/README.md, "entity rules generalised"): held slightly below the figures reached."""
    scored = _score(REAL_HOLDOUT, REAL_HOLDOUT / "gold")
    assert scored["documents"] == len(list(REAL_HOLDOUT.glob("*.txt")))
    assert scored["entity"]["p"] >= 0.94, scored["per_document"]
    assert scored["entity"]["f"] >= 0.95, scored["per_document"]
    assert scored["typed"]["f"] >= 0.95
    # relations: P 0.718 R 0.420 family 0.840 after x-gen; P 0.728 R 0.442 family 0.879 (branch x-desc);
    # P 0.741 R 0.473 family 0.896 with bare minister titles settled (branch x-rel6)
    # P 0.745 R 0.482 family 0.898 with the pair layer retrained on 124 articles (branch x-learn7)
    # P 0.770 R 0.554 family 0.903: pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # P 0.807 R 0.616 family 0.942 -> 0.818 / 0.661 / 0.946: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.813 / 0.603 / 0.941 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.759 R 0.451 family 0.95: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert scored["relation"]["p"] >= 0.755 and scored["relation"]["r"] >= 0.45, scored["relation"]
    # family 0.889 once severed ties are DIPLOMACY alone (lead-sever): China -> Taiwan 'ended relationship with' is
    # Honduras's act given to China (a description not resolved); its HOSTILITY matched another sentence's gold
    # family 0.929 once a counterpart meets his peer and holds the post of the title named before him (x-rel14)
    # family 0.929 -> 0.937 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    assert scored["family_accuracy"] >= 0.93
    assert scored["evidence_valid"] == 1.0


REAL_BLIND4 = ROOT / "bench" / "real" / "blind4"


def test_real_news_blind_set_4_does_not_slip():
    """The 19 articles of blind set 4, run once blind (entity F1 0.866, bench/real/README.md) and development data
    since: held just below the figures the entity classes reached (branch x-ent5: entity F1 0.98, typed 0.98)."""
    scored = _score(REAL_BLIND4, REAL_BLIND4 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND4.glob("*.txt"))) == 19
    assert scored["entity"]["f"] >= 0.97, scored["per_document"]
    assert scored["entity"]["p"] >= 0.96
    assert scored["typed"]["f"] >= 0.97
    # first run P 0.722 R 0.452 family 0.803; P 0.809 R 0.541 family 0.807 with x-ent5's entities; P 0.821 R 0.583
    # family 0.861 with descriptions and second clauses (x-desc)
    # P 0.829 R 0.618 family 0.869 with the pair layer retrained on 124 articles (branch x-learn7)
    # P 0.846 R 0.699 family 0.878: pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # P 0.865 R 0.792 family 0.888 -> 0.869 / 0.846 / 0.895: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.857 / 0.764 / 0.884 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.842 R 0.598 family 0.897: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert scored["relation"]["p"] >= 0.835 and scored["relation"]["r"] >= 0.595, scored["relation"]
    assert scored["family_accuracy"] >= 0.89  # x-rep39 (round AA): lifting is enforcement, unit heads members
    assert scored["evidence_valid"] == 1.0


REAL_BLIND5 = ROOT / "bench" / "real" / "blind5"


def test_real_news_blind_set_5_does_not_slip():
    """The 22 articles of blind set 5 (12 stories), run once blind with the learned pair layer on (bench/real/README.md:
    entity P 0.892 R 0.923 F1 0.907, typed 0.882, relation P 0.821 R 0.600, family 0.878): held at that first run."""
    scored = _score(REAL_BLIND5, REAL_BLIND5 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND5.glob("*.txt"))) == 22
    # entity P 0.915 R 0.927 F1 0.921, typed 0.908, merge B3 0.974 after the error classes (branch x-ent6);
    # P 0.969 R 0.944 F1 0.957, typed 0.943, relation P 0.864 R 0.624 with the precision rules (branch x-ent7)
    assert scored["entity"]["f"] >= 0.95, scored["per_document"]
    assert scored["entity"]["p"] >= 0.96
    assert scored["typed"]["f"] >= 0.94
    assert scored["merge_b3"]["f"] >= 0.97
    # relation P 0.869 R 0.649, family 0.899 with x-rel7's rules and the pair layer retrained on main (round 3)
    # P 0.872 R 0.698 family 0.906: pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # P 0.870 R 0.686 family 0.905: pair layer retrained with blind set 9 at the stated rule's (0.8, 0.0), x-learn12
    # P 0.869 R 0.678 family 0.904: retrained with blind set 10 (204 articles, x-learn14); this set is in-sample for
    # the layer and a model fit on more stories fits each a little less (story-grouped CV held; blind10 R +2.4)
    # P 0.879 R 0.739 family 0.917 -> 0.879 / 0.771 / 0.921: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.879 / 0.739 / 0.939 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.853 R 0.616 family 0.927: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert scored["relation"]["p"] >= 0.85 and scored["relation"]["r"] >= 0.615, scored["relation"]
    # family 0.905 -> 0.911 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    assert scored["family_accuracy"] >= 0.905
    assert scored["evidence_valid"] == 1.0


REAL_BLIND6 = ROOT / "bench" / "real" / "blind6"


def test_real_news_blind_set_6_does_not_slip():
    """The 20 articles of blind set 6 (12 stories), run once blind with the learned pair layer on (bench/real/README.md:
    entity P 0.866 R 0.943 F1 0.903, typed 0.898, relation P 0.803 R 0.522, family 0.856): held at that first run."""
    scored = _score(REAL_BLIND6, REAL_BLIND6 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND6.glob("*.txt"))) == 20
    # entity P 0.979 R 0.974 F1 0.977, typed 0.977, relation P 0.860 R 0.544, family 0.846 with the precision rules
    # (branch x-ent7; tuned on this set). Family 0.856 -> 0.846: the newly found "M23" gives two gold pairs
    # (M23 - DR Congo) that the relation layer types MEMBERSHIP/ENFORCEMENT where the gold has HOSTILITY
    assert scored["entity"]["f"] >= 0.97, scored["per_document"]
    assert scored["entity"]["p"] >= 0.97
    assert scored["typed"]["f"] >= 0.97
    # relation P 0.877 R 0.566, family 0.867 with x-rel7's rules and the pair layer retrained on main (round 3);
    # P 0.883 R 0.602, family 0.875 with x-rel8's (a bloc's members listed, a state as a bloc's member)
    # P 0.887 R 0.628 with x-rel10's (outlets named before their noun, 'per' sources, bodies' listed members)
    # P 0.893 R 0.668 family 0.881: pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # x-desc10's descriptions ('the bloc', 'the Baltic nation'): a pair found through 'the bloc' (skipping the
    # bloc's meetings) is typed DIPLOMACY where the gold has HOSTILITY (family 0.873 -> 0.862 before the pair layer)
    # P 0.902 R 0.735 family 0.892 -> 0.906 / 0.810 / 0.902: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.902 / 0.730 / 0.891 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.877 R 0.633 family 0.902: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert scored["relation"]["p"] >= 0.875 and scored["relation"]["r"] >= 0.63, scored["relation"]
    # family 0.869 -> 0.882 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    assert scored["family_accuracy"] >= 0.875
    assert scored["evidence_valid"] == 1.0


REAL_BLIND7 = ROOT / "bench" / "real" / "blind7"


def test_real_news_blind_set_7_does_not_slip():
    """The 20 articles of blind set 7 (15 stories), run once blind after round 3 (bench/real/README.md: entity P 0.886
    R 0.931 F1 0.908, typed 0.908, merge B3 0.979, relation P 0.832 R 0.560, family 0.840): held at that first run."""
    scored = _score(REAL_BLIND7, REAL_BLIND7 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND7.glob("*.txt"))) == 20
    # 0.954 after x-ent8; 0.959 after x-ent10; P 0.977 F1 0.968 with short forms joined (ordinals, undefined
    # acronyms, a bare "Navy", "Chinese Navy" in a longer force's name; branch x-ent11)
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.97
    assert scored["typed"]["f"] >= 0.965
    # merge 0.982 -> 0.979 with x-ent14: a sentence's opening "A" is no longer read as the acronym of "Argentine coast
    # guard", and the two articles' coast guards, no longer given the same display name, stay apart across documents
    assert scored["merge_b3"]["f"] >= 0.975
    # relation P 0.842 R 0.588 with x-rel8's rules (escorts, shared drills, bloc members, elided objects; round 4)
    # P 0.855 R 0.646 family 0.936: pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # P 0.900 R 0.773 family 0.951 -> 0.902 / 0.821 / 0.954: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.900 / 0.746 / 0.949 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.887 R 0.622 family 0.939: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    # P 0.889 R 0.636 family 0.941 with round N's reports (x-rep26: a person's word on a person undergoing an act,
    # an organ's quoted words)
    assert scored["relation"]["p"] >= 0.845 and scored["relation"]["r"] >= 0.63, scored["relation"]
    # family 0.924 merged; 0.915 with expelling (diplomacy on a state, enforcement on a named target),
    # escorting a named ship (alliance) read from what they are aimed at, joint exercises as an alliance noun;
    # 0.921 with a leader's title before "of" and the state (branch x-fam8)
    # family 0.939 -> 0.944 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    # 0.936 -> 0.932 with x-ent36's "US state department" found: one more pair, a statement gold reads as its act
    assert scored["family_accuracy"] >= 0.93
    assert scored["evidence_valid"] == 1.0


REAL_BLIND8 = ROOT / "bench" / "real" / "blind8"


def test_real_news_blind_set_8_does_not_slip():
    """The 20 articles of blind set 8 (16 stories), run once blind after round 4 (bench/real/README.md: entity P 0.855
    R 0.948 F1 0.899, typed 0.881, merge B3 0.995, relation P 0.809 R 0.496, family 0.877): held at that first run."""
    scored = _score(REAL_BLIND8, REAL_BLIND8 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND8.glob("*.txt"))) == 20
    # entity P 0.871 R 0.958 F1 0.912, typed 0.885 with flag adjectives, prosecutors' titles and "/TASS/." datelines
    # (branch x-ent9); P 0.958 R 0.972 F1 0.965, typed 0.96 with named works (pipelines, fields, terminals), regions
    # holding a state's word, ideas and faiths, bodies by context, carriers, two left-out surnames (branch x-ent10)
    # P 0.972 F1 0.972 typed 0.972 with hull prefixes ("NNS"), a bare "Navy" joined, dated masthead lines (x-ent11)
    assert scored["entity"]["f"] >= 0.97, scored["per_document"]
    assert scored["entity"]["p"] >= 0.97
    assert scored["typed"]["f"] >= 0.97
    assert scored["merge_b3"]["f"] >= 0.99
    # relation P 0.836 R 0.578, family 0.887 with x-rel10's (sources cited, partners of a coordinated act);
    # P 0.841 R 0.53 with x-ent10's entities alone; P 0.87 R 0.609 with both (merged in main)
    # P 0.891 R 0.674 family 0.916: pair layer at (0.8, 0.5), x-learn10 (in-sample)
    # P 0.906 R 0.67 with x-rel12's narrower rules (a title's holder with a body named before it is the body's)
    # P 0.906 R 0.674 family 0.923 with x-rel14's (counterparts, signing by two agents, high commissioners, verbs)
    # P 0.908 R 0.683 family 0.924 with x-rel15's (a title and its holder as two subjects, a maker in apposition)
    # P 0.915 R 0.748 family 0.924 -> 0.918 / 0.774 / 0.933: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.924 / 0.743 / 0.930 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.894 R 0.622 family 0.93: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert scored["relation"]["p"] >= 0.89 and scored["relation"]["r"] >= 0.62, scored["relation"]
    assert scored["family_accuracy"] >= 0.87
    assert scored["evidence_valid"] == 1.0


REAL_BLIND9 = ROOT / "bench" / "real" / "blind9"


def test_real_news_blind_set_9_does_not_slip():
    """The 20 articles of blind set 9 (10 stories), run once blind after round A of session 4 (X11_SESSION4.md:
    entity P 0.887 R 0.944 F1 0.914, typed 0.906, merge B3 0.981, relation P 0.745 R 0.503, family 0.836, pair
    recall 0.845, with the pair layer on): held at that first run."""
    scored = _score(REAL_BLIND9, REAL_BLIND9 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND9.glob("*.txt"))) == 20
    # entity P 0.965 R 0.953 F1 0.959, typed 0.959, merge 0.987 with x-ent12's fragments (hyphenated names kept
    # whole, class names, bare titles, zones, places taken for people); P 0.987 F1 0.972 typed 0.972, relation
    # P 0.887 R 0.569 with x-ent14's (the Pentagon joined to the Department of Defense it names, a headline's bare
    # ministry, a dateline's agency after several places, a second demonym)
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.98
    assert scored["typed"]["f"] >= 0.965
    assert scored["merge_b3"]["f"] >= 0.985
    # relation P 0.767 R 0.5 family 0.841 with x-rel12's narrower rules (envoys' hosts not tied to each other, a
    # counterpart's own holder, 'the Chinese ship' not the ship named with another state); P 0.843 R 0.50 family
    # 0.862 with x-ent12's entities as well
    # P 0.873 R 0.569 family 0.903 with x-rep14's outlet reports
    # P 0.900 R 0.652 family 0.915 -> 0.907 / 0.703 / 0.922: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.917 / 0.652 / 0.926 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    # rules alone P 0.922 R 0.528 family 0.941: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    assert scored["relation"]["p"] >= 0.835 and scored["relation"]["r"] >= 0.525, scored["relation"]
    # family 0.908 -> 0.914 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    assert scored["family_accuracy"] >= 0.905
    assert scored["evidence_valid"] == 1.0


REAL_BLIND10 = ROOT / "bench" / "real" / "blind10"


def test_real_news_blind_set_10_does_not_slip():
    """The 20 articles of blind set 10 (10 stories), run once blind after round B of session 4 (X11_SESSION4.md:
    entity P 0.901 R 0.95 F1 0.925, typed 0.909, merge B3 0.986, relation P 0.807 R 0.557, family 0.838, pair
    recall 0.919, with the pair layer on): held at that first run."""
    scored = _score(REAL_BLIND10, REAL_BLIND10 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND10.glob("*.txt"))) == 20
    # entity P 0.94 R 0.95 F1 0.945, typed 0.934, merge 0.986, relation P 0.819 R 0.562 with x-ent13's named places
    # (names before "border posts"/"station", after "the cities of"; a lone capital before "-based"), bullet heads
    # and a person-typed name before "... research vessel" made a ship
    # P 0.983 R 0.961 F1 0.972, typed 0.966, relation P 0.879 R 0.586 family 0.854 with x-ent14's classes (ministries
    # named three ways, outlets in datelines and sign-offs, models after "a/an", fields of policy, offices, commands)
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.975
    assert scored["typed"]["f"] >= 0.96
    assert scored["merge_b3"]["f"] >= 0.98
    # relation figures rise with x-rel14/x-rel15's verb, title and clause rules and x-rep14's outlet reports
    # P 0.929 R 0.743 family 0.917 -> 0.934 / 0.805 / 0.923: pair layer with blind11
    # (222 articles) at (0.6, 0.4), chosen on held-out sets (x-learn16); in-sample for the layer: no floor raised
    # -> 0.934 / 0.738 / 0.929 with the layer trained on all 262 real articles at the stated rule's (0.7, 0.4)
    # (x-learn20; in-sample, so recall below (0.6, 0.4)'s: floors kept)
    assert scored["relation"]["p"] >= 0.87 and scored["relation"]["r"] >= 0.59, scored["relation"]
    # P 0.824 R 0.581 family 0.869 with x-rel14's (counterparts, signing by two agents, verbs)
    # family 0.869 -> 0.877 with x-fam15's act families (demands to stop, rescues, watching a state's ship,
    # protests handed over, deals undone, land seized, another body's sanctions enforced)
    assert scored["family_accuracy"] >= 0.87
    assert scored["evidence_valid"] == 1.0


REAL_BLIND11 = ROOT / "bench" / "real" / "blind11"


def test_real_news_blind_set_11_does_not_slip():
    """The 18 articles of blind set 11 (9 stories), run once blind after round D of session 5 (bench/real/README.md:
    entity P 0.91 R 0.931 F1 0.92, typed 0.891, merge B3 0.953, relation P 0.744 R 0.527, family 0.836, with the pair
    layer on): held at that first run."""
    scored = _score(REAL_BLIND11, REAL_BLIND11 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND11.glob("*.txt"))) == 18
    # P 0.977 R 0.965 F1 0.971, typed 0.965, merge 0.959, relation P 0.835 R 0.605 family 0.844 with x-ent16's
    # classes (ships by service and hull number, a hull number's short form, count words, ships told by a port call
    # or a keeper, parties told by "party", an "or" name, "PT" firms, zone acronyms, sanctions programmes, cut names)
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.97
    assert scored["typed"]["f"] >= 0.96
    assert scored["merge_b3"]["f"] >= 0.955
    # relation P / R / family 0.939 / 0.700 / 0.918 with the pair layer trained on all 262 real articles, this set among
    # them, at (0.7, 0.4) (x-learn20): in-sample for the layer, floors kept
    # rules alone P 0.922 R 0.58 family 0.901: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    # P 0.922 R 0.584 family 0.901 with round N's reports (x-rep26)
    assert scored["relation"]["p"] >= 0.825 and scored["relation"]["r"] >= 0.58, scored["relation"]
    assert scored["family_accuracy"] >= 0.835
    assert scored["evidence_valid"] == 1.0


REAL_BLIND12 = ROOT / "bench" / "real" / "blind12"


def test_real_news_blind_set_12_does_not_slip():
    """The 20 articles of blind set 12 (10 stories), run once blind after round E of session 5 (bench/real/README.md:
    entity P 0.899 R 0.929 F1 0.914, typed 0.886, merge B3 0.963, relation P 0.839 R 0.566, family 0.744, with the pair
    layer on): held at that first run."""
    scored = _score(REAL_BLIND12, REAL_BLIND12 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND12.glob("*.txt"))) == 20
    # P 0.939 R 0.934 F1 0.937, typed 0.931, merge 0.966, relation P 0.848 R 0.557 family 0.748 with x-ent18's
    # classes (firms by an industry word or "Group", "Read more on ..:" and "By subscribing" lines, "Authorities"
    # and "State" alone, a treaty's title after "Convention on", "the Government of" a state's long name or a person)
    # P 0.966 R 0.94 F1 0.953, typed 0.953 with x-ent20's (a "Latest News" block of teaser cards, outlets by shape)
    assert scored["entity"]["f"] >= 0.945, scored["per_document"]
    assert scored["entity"]["p"] >= 0.955
    assert scored["typed"]["f"] >= 0.945
    assert scored["merge_b3"]["f"] >= 0.96
    # relation P / R / family 0.935 / 0.715 / 0.886 with the pair layer trained on all 262 real articles, this set among
    # them, at (0.7, 0.4) (x-learn20): in-sample for the layer, floors kept
    # rules alone P 0.919 R 0.62 family 0.891 with round N's reports (x-rep26: an organ's quoted words find two
    # pairs; one, a ministry's quote naming its own state, is typed REPORTING where the gold has MEMBERSHIP)
    assert scored["relation"]["p"] >= 0.84 and scored["relation"]["r"] >= 0.615, scored["relation"]
    assert scored["family_accuracy"] >= 0.74
    assert scored["evidence_valid"] == 1.0


REAL_BLIND13 = ROOT / "bench" / "real" / "blind13"


def test_real_news_blind_set_13_does_not_slip():
    """The 20 articles of blind set 13 (10 stories), run once blind after round F of session 5 (bench/real/README.md:
    entity P 0.829 R 0.919 F1 0.871, typed 0.837, merge B3 0.962, relation P 0.667 R 0.48, family 0.763)."""
    scored = _score(REAL_BLIND13, REAL_BLIND13 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND13.glob("*.txt"))) == 20
    # P 0.869 R 0.928 F1 0.897, typed 0.862, merge 0.967, relation P 0.718 R 0.496, family 0.77 with x-ent19's
    # classes (equipment before "system", a treaty's bracketed acronym, a title swallowed into a name, "X Jr.");
    # P 0.963 R 0.955 F1 0.959, typed 0.955, merge 0.979, relation P 0.817 R 0.561, family 0.761 with x-ent20's
    # classes (closing teaser links, outlets by shape, "<place>-based X", ships before class words, the G7, a firm's
    # first words)
    assert scored["entity"]["f"] >= 0.945, scored["per_document"]
    assert scored["entity"]["p"] >= 0.95
    assert scored["typed"]["f"] >= 0.945
    assert scored["merge_b3"]["f"] >= 0.97
    # relation P / R / family 0.822 / 0.602 / 0.845 with the pair layer trained on all 262 real articles, this set among
    # them, at (0.7, 0.4) (x-learn20): in-sample for the layer, floors kept
    assert scored["relation"]["p"] >= 0.71 and scored["relation"]["r"] >= 0.49, scored["relation"]
    assert scored["family_accuracy"] >= 0.76
    assert scored["evidence_valid"] == 1.0


REAL_BLIND14 = ROOT / "bench" / "real" / "blind14"


def test_real_news_blind_set_14_does_not_slip():
    """The 20 articles of blind set 14 (10 stories), run once blind after round H of session 6 (bench/real/README.md:
    entity P 0.907 R 0.919 F1 0.913, typed 0.894, merge B3 0.974, relation P 0.731 R 0.474, family 0.795)."""
    scored = _score(REAL_BLIND14, REAL_BLIND14 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND14.glob("*.txt"))) == 20
    # P 0.953 R 0.962 F1 0.958, typed 0.958, merge 0.979, relation P 0.899 R 0.753, family 0.957 after round I
    # (x-ent21, x-rel21, x-rep21, x-fam21) with the pair layer trained with this set in (in-sample for the layer)
    assert scored["entity"]["f"] >= 0.95, scored["per_document"]
    assert scored["entity"]["p"] >= 0.945
    assert scored["typed"]["f"] >= 0.95
    assert scored["merge_b3"]["f"] >= 0.97
    # relation P 0.895 R 0.725 with the layer retrained with blind16 in at (0.6, 0.6) (x-learn23): the stated rule's
    # first pick (0.5, 0.6) fails a quote rule's unit test, and the next one that passes it types fewer pairs
    # rules alone P 0.868 R 0.534 family 0.947: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    # P 0.887 R 0.543 family 0.948 with round N's reports (x-rep26)
    assert scored["relation"]["p"] >= 0.865 and scored["relation"]["r"] >= 0.54, scored["relation"]
    assert scored["family_accuracy"] >= 0.94
    assert scored["evidence_valid"] == 1.0


REAL_BLIND15 = ROOT / "bench" / "real" / "blind15"


def test_real_news_blind_set_15_does_not_slip():
    """The 20 articles of blind set 15 (10 stories), run once blind after round I of session 6 (bench/real/README.md:
    entity P 0.747 R 0.876 F1 0.807, typed 0.785, merge B3 0.972, relation P 0.648 R 0.449, family 0.804)."""
    scored = _score(REAL_BLIND15, REAL_BLIND15 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND15.glob("*.txt"))) == 20
    # P 0.86 R 0.911 F1 0.885, typed 0.862, merge 0.975, relation P 0.805 R 0.644, family 0.902 after round J
    # (x-ent22, x-rel22, x-fam22) with the pair layer trained with this set in (in-sample for the layer); relation
    # P 0.807 R 0.654 after x-rep23 (a speaker's report on the state a third party's war is waged on)
    assert scored["entity"]["f"] >= 0.875, scored["per_document"]
    assert scored["entity"]["p"] >= 0.85
    assert scored["typed"]["f"] >= 0.85
    assert scored["merge_b3"]["f"] >= 0.97
    # relation P 0.796 R 0.61 with the layer retrained with blind16 in at (0.6, 0.6) (x-learn23; in-sample, fewer
    # pairs typed than at (0.6, 0.5))
    # rules alone P 0.805 R 0.502 family 0.932: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    # P 0.814 R 0.512 family 0.924 with round N's reports (x-rep26: an organ's quoted words; one newly found pair's
    # gold family is ALLIANCE)
    assert scored["relation"]["p"] >= 0.79 and scored["relation"]["r"] >= 0.51, scored["relation"]
    assert scored["family_accuracy"] >= 0.88
    assert scored["evidence_valid"] == 1.0


REAL_BLIND16 = ROOT / "bench" / "real" / "blind16"


def test_real_news_blind_set_16_does_not_slip():
    """The 20 articles of blind set 16 (10 stories), run once blind after round J of session 6 (bench/real/README.md:
    entity P 0.857 R 0.925 F1 0.89, typed 0.863, merge B3 0.971, relation P 0.68 R 0.50, family 0.851), tuned on in
    round K of session 7 (entities x-ent23, reports x-rep23, relations x-rel23, vetoes x-prec23, families x-fam23) and
    in the pair layer's training since: entity F1 0.974, typed 0.97, relation P 0.873 R 0.764, family 0.962."""
    scored = _score(REAL_BLIND16, REAL_BLIND16 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND16.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.96
    assert scored["typed"]["f"] >= 0.96
    assert scored["merge_b3"]["f"] >= 0.98
    # rules alone P 0.856 R 0.636 family 0.955: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    # rules alone P 0.857 R 0.645 after round N's clauses (x-cl26)
    assert scored["relation"]["p"] >= 0.855 and scored["relation"]["r"] >= 0.64, scored["relation"]
    assert scored["family_accuracy"] >= 0.95
    assert scored["evidence_valid"] == 1.0


REAL_BLIND17 = ROOT / "bench" / "real" / "blind17"


def test_real_news_blind_set_17_does_not_slip():
    """The 20 articles of blind set 17 (10 stories: r30 conflicts and defence ties, r31 sanctions enforcement and
    money), run once blind after round K of session 7 (bench/real/README.md: entity P 0.847 R 0.943 F1 0.892, typed
    0.849, merge B3 0.973, relation P 0.707 R 0.511, family 0.839), tuned on in round L (x-ent24, x-rel24, x-fam24)
    and in the pair layer's training since: entity F1 0.955, typed 0.933, relation P 0.873 R 0.714, family 0.921; a
    kind voted between as many documents goes against a person's reading (session 9): typed 0.944."""
    scored = _score(REAL_BLIND17, REAL_BLIND17 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND17.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.95, scored["per_document"]
    assert scored["entity"]["p"] >= 0.94
    assert scored["typed"]["f"] >= 0.94
    assert scored["merge_b3"]["f"] >= 0.975
    # rules alone P 0.846 R 0.571 family 0.909: pair layer off (x-learn25)
    # (its own pairs, 0.6 precise and 0.5 of the right family on sets it was not trained on, cost fresh sets
    # precision and family); the floors held the layer's in-sample gains
    # P 0.848 R 0.58 family 0.903 with round N's reports (x-rep26): 'reported the handover of 248 soldiers by
    # Ukraine' finds the ministry's report on Ukraine, and through the ministry Russia's, a pair the gold types
    # AGREEMENT from another sentence (family floor 0.905 -> 0.90 for that one pair)
    # R 0.589 -> 0.593 with round O's names (x-np27): 'the Russian superyacht, Tango' is Russia's ship
    # P 0.853 R 0.602 -> 0.855 / 0.61 with round T's passives (x-cl32): 'the deployment of X will be supported by
    # the international community, including Y and Z'
    assert scored["relation"]["p"] >= 0.845 and scored["relation"]["r"] >= 0.60, scored["relation"]
    assert scored["family_accuracy"] >= 0.90
    assert scored["evidence_valid"] == 1.0


REAL_BLIND18 = ROOT / "bench" / "real" / "blind18"


def test_real_news_blind_set_18_does_not_slip():
    """The 20 articles of blind set 18 (10 stories: r32 the sea and energy, r33 politics and diplomacy), run once
    blind after round L of session 7 (bench/real/README.md: entity P 0.871 R 0.921 F1 0.895, typed 0.864, merge B3
    0.978, relation P 0.758 R 0.399, family 0.868); its entity classes tuned on in round M of session 8 (x-ent25:
    protected areas, programme names, caption credits, a court's and an assembly's short forms, names cut at "and"),
    its relation classes by x-rel25 (partners listed together, a state's envoy to a body) and x-rep25 (relative-clause
    speakers, data providers), with the pair layer off (x-learn25: its own added pairs were 0.6 precise on sets it
    was not trained on): entity P 0.962 R 0.926 F1 0.944, typed 0.938, merge B3 0.98, relation P 0.957 R 0.491,
    family 0.955 (rules alone at its first run: P 0.816 R 0.368, family 0.917)."""
    scored = _score(REAL_BLIND18, REAL_BLIND18 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND18.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.94, scored["per_document"]
    assert scored["entity"]["p"] >= 0.955
    assert scored["typed"]["f"] >= 0.93
    assert scored["merge_b3"]["f"] >= 0.97
    # P 0.958 R 0.496 family 0.956 with round N's reports (x-rep26: officials acting in an outlet's report)
    assert scored["relation"]["p"] >= 0.95 and scored["relation"]["r"] >= 0.49, scored["relation"]
    assert scored["family_accuracy"] >= 0.95
    assert scored["evidence_valid"] == 1.0


REAL_BLIND19 = ROOT / "bench" / "real" / "blind19"


def test_real_news_blind_set_19_does_not_slip():
    """The 20 articles of blind set 19 (10 stories: r34 security cooperation between states, r35 law and people
    across borders), run once blind after round M of session 8 (bench/real/README.md: entity P 0.896 R 0.943 F1
    0.919, typed 0.915, merge B3 0.978, relation P 0.816 R 0.52, family 0.859; pair layer off), then tuned on in
    round N (x-ent26 bracketed credits, missions in a place, carrier groups, courts of a district; x-rep26 reports;
    x-cl26 clauses; x-np26 names and noun phrases): entity P 0.974 R 0.965 F1 0.969, typed 0.969, merge B3 0.982,
    relation P 0.896 R 0.634, family 0.89."""
    scored = _score(REAL_BLIND19, REAL_BLIND19 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND19.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.97
    assert scored["typed"]["f"] >= 0.965
    assert scored["merge_b3"]["f"] >= 0.98
    assert scored["relation"]["p"] >= 0.89 and scored["relation"]["r"] >= 0.63, scored["relation"]
    assert scored["family_accuracy"] >= 0.885
    assert scored["evidence_valid"] == 1.0


REAL_BLIND20 = ROOT / "bench" / "real" / "blind20"


def test_real_news_blind_set_20_does_not_slip():
    """The 20 articles of blind set 20 (10 stories: r36 trade, technology and assets, r37 crises and rescue), run
    once blind after round N of session 8 (bench/real/README.md: entity P 0.859 R 0.922 F1 0.889, typed 0.854, merge
    B3 0.979, relation P 0.81 R 0.447, family 0.929; pair layer off), then tuned on in round O (x-ent27 firms read as
    people, registers, placed names; x-cl27 owned lists and measures; x-np27 firms listed after a state adjective;
    x-rep27 carriers of a statement): entity P 0.894 R 0.927 F1 0.91, typed 0.905, merge B3 0.981, relation P 0.827
    R 0.502, family 0.936."""
    scored = _score(REAL_BLIND20, REAL_BLIND20 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND20.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.905, scored["per_document"]
    assert scored["entity"]["p"] >= 0.89
    assert scored["typed"]["f"] >= 0.90
    assert scored["merge_b3"]["f"] >= 0.978
    assert scored["relation"]["p"] >= 0.82 and scored["relation"]["r"] >= 0.495, scored["relation"]
    assert scored["family_accuracy"] >= 0.93
    assert scored["evidence_valid"] == 1.0


REAL_BLIND21 = ROOT / "bench" / "real" / "blind21"


def test_real_news_blind_set_21_does_not_slip():
    """The 20 articles of blind set 21 (10 stories: r38 states' covert and information operations, r39 ports and the
    merchant fleet), run once blind after round O of session 8 (bench/real/README.md: entity P 0.824 R 0.909 F1
    0.864, typed 0.836, merge B3 0.977, relation P 0.579 R 0.381, family 0.873; pair layer off), then tuned on in
    round P (x-ent28 formal names cut at 'of'/'and', sidebar headlines, firm cues, ship nouns; x-cl28 clauses and
    verbs; x-np28 nationality nouns and plural titles beside names; x-rep28 'according to' a firm): entity P 0.888
    R 0.93 F1 0.908, typed 0.885, merge B3 0.978, relation P 0.679 R 0.46, family 0.902; a kind voted between as many
    documents goes against a person's reading: typed 0.892. Round Q (x-ent29: "the White House X Council" one body):
    entity P 0.894 R 0.933 F1 0.913, typed 0.897, relation P 0.687 R 0.464, family 0.896 (a spokesman's pair with the
    council is now found, typed LEADERSHIP where gold has MEMBERSHIP): family floor 0.9 -> 0.895."""
    scored = _score(REAL_BLIND21, REAL_BLIND21 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND21.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.905, scored["per_document"]
    assert scored["entity"]["p"] >= 0.885
    assert scored["typed"]["f"] >= 0.89
    assert scored["merge_b3"]["f"] >= 0.975
    assert scored["relation"]["p"] >= 0.675 and scored["relation"]["r"] >= 0.455, scored["relation"]
    assert scored["family_accuracy"] >= 0.9  # x-rep39 (round AA): lifting is enforcement, unit heads members
    assert scored["evidence_valid"] == 1.0


REAL_BLIND22 = ROOT / "bench" / "real" / "blind22"


def test_real_news_blind_set_22_does_not_slip():
    """The 20 articles of blind set 22 (10 stories: r40 fisheries and the environment at sea, r41 aviation and
    airspace), run once blind after round P of session 9 (bench/real/README.md: entity P 0.831 R 0.86 F1 0.845,
    typed 0.811, merge B3 0.962, relation P 0.697 R 0.37, family 0.901; pair layer off), then tuned on in round Q
    (x-ent29 things that are no actor, numbered and short-named ships, NGOs, cut names; x-cl29 passives after
    'after/before', warrants issued by X, people of a state arrested are not the state; x-np29 nouns of leaving, dual
    nationals, no state partners in a consortium; x-rep29 cited speakers, verdicts on conduct): entity P 0.938 R 0.915
    F1 0.927, typed 0.911, merge B3 0.98, relation P 0.891 R 0.421, family 0.913."""
    scored = _score(REAL_BLIND22, REAL_BLIND22 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND22.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.92, scored["per_document"]
    assert scored["entity"]["p"] >= 0.93
    assert scored["typed"]["f"] >= 0.905
    assert scored["merge_b3"]["f"] >= 0.975
    assert scored["relation"]["p"] >= 0.885 and scored["relation"]["r"] >= 0.415, scored["relation"]
    assert scored["family_accuracy"] >= 0.91
    assert scored["evidence_valid"] == 1.0


REAL_BLIND23 = ROOT / "bench" / "real" / "blind23"


def test_real_news_blind_set_23_does_not_slip():
    """The 20 articles of blind set 23 (10 stories: r42 nuclear and missile diplomacy, r43 territory and borders), run
    once blind after round Q of session 9 (bench/real/README.md: entity P 0.836 R 0.897 F1 0.865, typed 0.865, merge B3
    0.975, relation P 0.789 R 0.496, family 0.832; pair layer off), then tuned on in round R (x-ent30 units and
    acronyms of things, run-on names, an acronym of the body after 'of'; x-rep30 quoted speakers for their state; x-cl30
    blamed acts, joint stances and drafts; x-np30 names listed as doers of one act): entity P 0.942 R 0.956 F1 0.949,
    typed 0.949, merge B3 0.983, relation P 0.892 R 0.686, family 0.917."""
    scored = _score(REAL_BLIND23, REAL_BLIND23 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND23.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.945, scored["per_document"]
    assert scored["entity"]["p"] >= 0.94
    assert scored["typed"]["f"] >= 0.945
    assert scored["merge_b3"]["f"] >= 0.98
    assert scored["relation"]["p"] >= 0.89 and scored["relation"]["r"] >= 0.68, scored["relation"]
    assert scored["family_accuracy"] >= 0.915
    assert scored["evidence_valid"] == 1.0


REAL_BLIND24 = ROOT / "bench" / "real" / "blind24"


def test_real_news_blind_set_24_does_not_slip():
    """The 20 articles of blind set 24 (10 stories: r44 parties and elections across borders, r45 energy between
    states), run once blind after round R of session 9 (bench/real/README.md: entity P 0.883 R 0.938 F1 0.91, typed
    0.898, merge B3 0.984, relation P 0.785 R 0.586, family 0.877; pair layer off). Round S (x-ent31): names cut at a
    particle, a hyphen or a title, documents and bare titles as actors: entity P 0.951 F1 0.957, typed 0.957, relation
    P 0.855 R 0.619; family 0.877 -> 0.866 because the six pairs newly found (their ends now whole names) include two
    said by a person of a body that the reporting rule types REPORTING where gold has HOSTILITY and MEMBERSHIP."""
    scored = _score(REAL_BLIND24, REAL_BLIND24 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND24.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.955, scored["per_document"]
    assert scored["entity"]["p"] >= 0.95
    assert scored["typed"]["f"] >= 0.955
    assert scored["merge_b3"]["f"] >= 0.98
    # with x-rep31's reports and verb senses, x-cl31's clauses and x-np31's listed names on top (round S merged):
    # relation P 0.869 R 0.696, family 0.921
    assert scored["relation"]["p"] >= 0.865 and scored["relation"]["r"] >= 0.69, scored["relation"]
    assert scored["family_accuracy"] >= 0.915
    assert scored["evidence_valid"] == 1.0


REAL_BLIND25 = ROOT / "bench" / "real" / "blind25"


def test_real_news_blind_set_25_does_not_slip():
    """The 20 articles of blind set 25 (10 stories: r46 foreign forces and bases, r47 warships abroad), run once blind
    after round S of session 10 (bench/real/README.md: entity P 0.836 R 0.95 F1 0.889, typed 0.866, merge B3 0.949,
    relation P 0.721 R 0.525, family 0.879; pair layer off; its subject was named in round S's brief), then tuned on
    in round T (x-ent32 bases, buildings, furniture, known bodies, a ship's navy prefix; x-rep32 outlets relaying and
    after a second clause, quarrels; x-cl32 passives done to what someone owns; x-np32 a body's title set beside a
    person) and the review mends of round S: entity P 0.91 F1 0.937, typed 0.927, merge B3 0.958, relation P 0.78
    R 0.555, family 0.893."""
    scored = _score(REAL_BLIND25, REAL_BLIND25 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND25.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.935, scored["per_document"]
    assert scored["entity"]["p"] >= 0.905
    assert scored["typed"]["f"] >= 0.925
    assert scored["merge_b3"]["f"] >= 0.955
    assert scored["relation"]["p"] >= 0.775 and scored["relation"]["r"] >= 0.55, scored["relation"]
    assert scored["family_accuracy"] >= 0.89
    assert scored["evidence_valid"] == 1.0


REAL_BLIND26 = ROOT / "bench" / "real" / "blind26"


def test_real_news_blind_set_26_does_not_slip():
    """The 20 articles of blind set 26 (10 stories: r48 diplomatic ruptures, r49 migration between states), run once
    blind after round S of session 10 (bench/real/README.md: entity P 0.876 R 0.94 F1 0.907, typed 0.884, merge B3
    0.977, relation P 0.817 R 0.577, family 0.862; pair layer off), then tuned on in round T: entity P 0.935 F1 0.946,
    typed 0.923, merge B3 0.988, relation P 0.851 R 0.595, family 0.866."""
    scored = _score(REAL_BLIND26, REAL_BLIND26 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND26.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.945, scored["per_document"]
    assert scored["entity"]["p"] >= 0.93
    assert scored["typed"]["f"] >= 0.92
    assert scored["merge_b3"]["f"] >= 0.985
    assert scored["relation"]["p"] >= 0.845 and scored["relation"]["r"] >= 0.59, scored["relation"]
    assert scored["family_accuracy"] >= 0.865
    assert scored["evidence_valid"] == 1.0


REAL_BLIND27 = ROOT / "bench" / "real" / "blind27"


def test_real_news_blind_set_27_does_not_slip():
    """The 20 articles of blind set 27 (10 stories: r50 prisoners between states, r51 aid and blockades), run once
    blind after round T of session 10 (bench/real/README.md: entity P 0.885 R 0.946 F1 0.915, typed 0.90, merge B3
    0.983, relation P 0.778 R 0.537, family 0.823; pair layer off; its subject was told to no one who wrote rules),
    then tuned on in round U (x-ent33 prisons and bridges, ranks, operations and task groups; x-rep33 aid voyages,
    gratitude, releases facilitated, a reported passive's doer; x-cl33 a person held by a state, a go-between in a
    hyphenated word) and the review mends of round T: entity P 0.934 F1 0.949, typed 0.935, merge B3 0.983, relation
    P 0.843 R 0.599, family 0.883; after the review mends of round U ('Amir' is a given name, no title, so 'the Amir
    Sheikh Tamim' gives 'Amir Sheikh' again): entity P 0.929 F1 0.947, typed 0.933, relation P 0.842 R 0.595, family
    0.882; round V (x-rep34: a quoted list of names before 'X said', reporting participles): relation P 0.851 R
    0.616, family 0.886."""
    scored = _score(REAL_BLIND27, REAL_BLIND27 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND27.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.945, scored["per_document"]
    assert scored["entity"]["p"] >= 0.925
    assert scored["typed"]["f"] >= 0.93
    assert scored["merge_b3"]["f"] >= 0.98
    assert scored["relation"]["p"] >= 0.845 and scored["relation"]["r"] >= 0.61, scored["relation"]
    assert scored["family_accuracy"] >= 0.89  # x-rep39 (round AA): lifting is enforcement, unit heads members
    assert scored["evidence_valid"] == 1.0


REAL_BLIND28 = ROOT / "bench" / "real" / "blind28"


def test_real_news_blind_set_28_does_not_slip():
    """The 20 articles of blind set 28 (10 stories: r52 arms deals between states, r53 sanctions on persons and firms
    by name), run once blind after round U of session 10 (bench/real/README.md: entity P 0.864 R 0.917 F1 0.89, typed
    0.881, merge B3 0.959, relation P 0.729 R 0.529, family 0.904; pair layer off; its subject was told to no one who
    wrote rules): held at that first run; raised after round V (x-ent34: formal names of firms kept whole, a body run
    into its title's holder cut, page furniture; x-cl34 appositions and shared doers; x-rep34 reports and sanctions on
    persons and firms as ENFORCEMENT): entity P 0.966 F1 0.972, typed 0.967, relation P 0.84 R 0.641, family 0.931."""
    scored = _score(REAL_BLIND28, REAL_BLIND28 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND28.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.965, scored["per_document"]
    assert scored["entity"]["p"] >= 0.96
    assert scored["typed"]["f"] >= 0.96
    assert scored["merge_b3"]["f"] >= 0.97
    assert scored["relation"]["p"] >= 0.835 and scored["relation"]["r"] >= 0.635, scored["relation"]
    # family 0.926 -> 0.921 with x-ent37's 'Royal Thai Navy' = 'Thai navy' (relation P 0.841 -> 0.848): the pair of
    # a navy's 'director general of' office now found is read LEADERSHIP where gold has MEMBERSHIP, and the navy's
    # owner pair to its state is lost in the merge
    assert scored["family_accuracy"] >= 0.945  # x-rep39 (round AA): lifting is enforcement, unit heads members
    assert scored["evidence_valid"] == 1.0


REAL_BLIND29 = ROOT / "bench" / "real" / "blind29"


def test_real_news_blind_set_29_does_not_slip():
    """The 20 articles of blind set 29 (10 stories: r54 courts and legal disputes between states, r55 piracy and
    attacks on merchant ships), run once blind after round V of session 11 (bench/real/README.md: entity P 0.852
    R 0.932 F1 0.89, typed 0.875, merge B3 0.978, relation P 0.621 R 0.45, family 0.831; pair layer off; its subject
    was told to no one who wrote rules). Tuned after round W (x-ent35 long bodies, numbered and prefixed ships,
    capitals furniture; x-rep35 rescues are alliance, unit heads are members; x-cl35 unimposed sanctions, a force's
    ship after its ship word) and the review mends of round V: entity P 0.943 F1 0.945, typed 0.945, relation P 0.73
    R 0.52, family 0.876."""
    scored = _score(REAL_BLIND29, REAL_BLIND29 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND29.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.94, scored["per_document"]
    assert scored["entity"]["p"] >= 0.938
    assert scored["typed"]["f"] >= 0.94
    assert scored["merge_b3"]["f"] >= 0.97
    assert scored["relation"]["p"] >= 0.725 and scored["relation"]["r"] >= 0.515, scored["relation"]
    assert scored["family_accuracy"] >= 0.87
    assert scored["evidence_valid"] == 1.0


REAL_BLIND30 = ROOT / "bench" / "real" / "blind30"


def test_real_news_blind_set_30_does_not_slip():
    """The 20 articles of blind set 30 (10 stories: r56 ports and strategic infrastructure between states, r57 coups
    and juntas), run once blind after round W of session 11 (bench/real/README.md: entity P 0.887 R 0.942 F1 0.914,
    typed 0.909, merge B3 0.958, relation P 0.769 R 0.481, family 0.823; pair layer off; its subject was told to no
    one who wrote rules): held at that first run; tuned after round X (x-ent36: closing headlines and author boxes as
    furniture, '<leader> government' as a body, compass words in known names; x-rel36: suspensions, missions led by a
    member, organs a speaker calls its own, an outlet hung on the last name): entity P 0.99 F1 0.976, typed 0.971,
    merge B3 0.964, relation P 0.815 R 0.523, family 0.854; after the review mends of round X ('suspend' taken out of
    the hostile verbs: it made suspended flights and payments hostility): relation P 0.81 R 0.506, family 0.84;
    round Y merged (x-rep37: an outlet told through its service, 'told the BBC Burmese news service that the US ...
    pressured ASEAN states', whose gold keeps only the outlet's tie to the speaker; a report printed in an outlet;
    x-cl38: a state apposed to a bloc's chair; x-ent37): entity F1 0.978, relation P 0.809 R 0.54, family 0.85."""
    scored = _score(REAL_BLIND30, REAL_BLIND30 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND30.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.97, scored["per_document"]
    assert scored["entity"]["p"] >= 0.985
    assert scored["typed"]["f"] >= 0.965
    assert scored["merge_b3"]["f"] >= 0.96
    assert scored["relation"]["p"] >= 0.805 and scored["relation"]["r"] >= 0.535, scored["relation"]
    assert scored["family_accuracy"] >= 0.845
    assert scored["evidence_valid"] == 1.0


REAL_BLIND31 = ROOT / "bench" / "real" / "blind31"


def test_real_news_blind_set_31_does_not_slip():
    """The 20 articles of blind set 31 (10 stories: r58 summits and multilateral meetings, r59 terrorist and
    extremist designations), run once blind after round Y of session 12 (bench/real/README.md: entity P 0.857
    R 0.946 F1 0.899, typed 0.879, merge B3 0.98, relation P 0.756 R 0.464, family 0.838; pair layer off; its
    subject was told to no one who wrote rules): held at that first run; raised after round Z (x-ent38: a possessive
    inside a body's name, credits, a law's acronym; x-list38: an act on a long list of names reaches every member;
    x-cl39: delistings, handshakes; x-rep38: more verbs of saying, a condemning word in a quote): entity P 0.891
    F1 0.922, typed 0.901, relation P 0.789 R 0.536, family 0.866."""
    scored = _score(REAL_BLIND31, REAL_BLIND31 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND31.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.92, scored["per_document"]
    assert scored["entity"]["p"] >= 0.888
    assert scored["typed"]["f"] >= 0.899
    assert scored["merge_b3"]["f"] >= 0.975
    assert scored["relation"]["p"] >= 0.785 and scored["relation"]["r"] >= 0.53, scored["relation"]
    assert scored["family_accuracy"] >= 0.87  # x-rep39 (round AA): lifting is enforcement, unit heads members
    assert scored["evidence_valid"] == 1.0


REAL_BLIND32 = ROOT / "bench" / "real" / "blind32"


def test_real_news_blind_set_32_does_not_slip():
    """The 20 articles of blind set 32 (10 stories: r60 sanctions relief and lifting, r61 maritime accidents), run
    once blind after round Z of session 12 (bench/real/README.md: entity P 0.836 R 0.925 F1 0.878, typed 0.861,
    merge B3 0.959, relation P 0.771 R 0.484, family 0.855; pair layer off; its subject was told to no one who wrote
    rules): held at that first run; raised after round AA (x-ent39: navy prefixes of more
    states, bodies joined by 'and', licences and registers, titles; x-rep39: lifting sanctions is enforcement, a unit's
    leader a member; x-cl40: ship collisions, fires fought on a ship): entity P 0.876 F1 0.904, typed 0.887, merge B3
    0.96, relation P 0.787 R 0.491, family 0.929."""
    scored = _score(REAL_BLIND32, REAL_BLIND32 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND32.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.9, scored["per_document"]
    assert scored["entity"]["p"] >= 0.87
    assert scored["typed"]["f"] >= 0.885
    assert scored["merge_b3"]["f"] >= 0.955
    assert scored["relation"]["p"] >= 0.785 and scored["relation"]["r"] >= 0.49, scored["relation"]
    assert scored["family_accuracy"] >= 0.925
    assert scored["evidence_valid"] == 1.0


REAL_BLIND33 = ROOT / "bench" / "real" / "blind33"


def test_real_news_blind_set_33_does_not_slip():
    """The 20 articles of blind set 33 (10 stories: r62 treaties between states, r63 research and survey ships
    shadowed), run once blind after round AA of session 12 (bench/real/README.md: entity P 0.87 R 0.958 F1 0.912,
    typed 0.906, merge B3 0.965, relation P 0.836 R 0.567, family 0.882; pair layer off; its subject was told to no
    one who wrote rules): held at that first run; raised after round AB (x-ent40: numbered ship names, labels,
    headquarters, datelines; x-cl41: 'where it had been shadowed' for the ship, a force's listed ships; the lead's
    mends of round AA): entity P 0.936 F1 0.953, typed 0.953, merge B3 0.971, relation P 0.879 R 0.585, family
    0.885."""
    scored = _score(REAL_BLIND33, REAL_BLIND33 / "gold")
    assert scored["documents"] == len(list(REAL_BLIND33.glob("*.txt"))) == 20
    assert scored["entity"]["f"] >= 0.945, scored["per_document"]
    assert scored["entity"]["p"] >= 0.925
    assert scored["typed"]["f"] >= 0.945
    assert scored["merge_b3"]["f"] >= 0.965
    assert scored["relation"]["p"] >= 0.875 and scored["relation"]["r"] >= 0.58, scored["relation"]
    assert scored["family_accuracy"] >= 0.88
    assert scored["evidence_valid"] == 1.0
