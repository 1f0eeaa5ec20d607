"""The learned pair layer's run-time side: its JSON weights are read and applied in plain Python, and no file
means no change."""

from __future__ import annotations

import json
import math

from core.extract.nlp import load_nlp
from core.extract.relations.lexicon import lexicon
from core.extract.relations.pair_model import PairModel, load_pair_model, pair_features
from core.extract.relations.reader import Reader
from core.model import Family, Kind
from tests.core.test_relations import entities

# two names the rules leave untyped: a plain co-occurrence in a sentence with no tie word between them
TEXT = "Iran and Oman were mentioned in the report on Tuesday."
SPEC = {"Iran": (Kind.STATE, ["Iran"]), "Oman": (Kind.STATE, ["Oman"])}


def _weights(tmp_path, bias: float, threshold: float = 0.5, family_floor: float | None = None) -> PairModel | None:
    raw = {
        "bias": bias,
        "threshold": threshold,
        **({} if family_floor is None else {"family_floor": family_floor}),
        "weights": {"k=STATE-STATE": 1.5, "and=True": -0.5},
        "family_bias": {"ALLIANCE": 0.0, "HOSTILITY": 0.1},
        "families": {"ALLIANCE": {"and=True": 2.0}, "HOSTILITY": {"k=STATE-STATE": 0.5}},
    }
    path = tmp_path / "pair_model.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return load_pair_model(path)


def _relations(model: PairModel | None):
    ents = entities(TEXT, SPEC)
    return ents, Reader(load_nlp()(TEXT), ents, lexicon(), model).relations()


def test_weights_are_read_and_scored_in_plain_python(tmp_path):
    model = _weights(tmp_path, bias=-0.25)
    assert model is not None and model.threshold == 0.5
    # bias + the weights of the features present; unknown features weigh nothing
    assert math.isclose(model.probability(["k=STATE-STATE", "and=True", "unseen"]), 1 / (1 + math.exp(-0.75)))
    assert math.isclose(model.probability([]), 1 / (1 + math.exp(0.25)))
    assert model.family(["k=STATE-STATE", "and=True"]) is Family.ALLIANCE  # 2.0 against 0.6
    assert model.family(["k=STATE-STATE"]) is Family.HOSTILITY  # 0.6 against 0.0


def test_a_missing_file_changes_nothing(tmp_path):
    assert load_pair_model(tmp_path / "absent.json") is None
    _, rels = _relations(None)
    assert [(r.source, r.target, r.family) for r in rels] == [(0, 1, Family.ASSOCIATION)]
    # a model that says no to every pair leaves the same relations
    _, rels_no = _relations(_weights(tmp_path, bias=-30.0))
    assert rels_no == rels


def test_a_model_types_an_untyped_pair_with_its_family(tmp_path):
    ents, rels = _relations(_weights(tmp_path, bias=2.0))
    typed = [(ents[r.source].name, ents[r.target].name, r.family, r.type) for r in rels]
    assert typed == [("Iran", "Oman", Family.ALLIANCE, "stated with")]  # "and" lies between the two names
    assert TEXT[rels[0].evidence.start : rels[0].evidence.end] == rels[0].evidence.text


def test_a_family_the_model_cannot_tell_leaves_the_pair_untyped(tmp_path):
    model = _weights(tmp_path, bias=2.0)
    assert model is not None and model.family_floor == 0.0  # a file without a floor keeps every family
    feats = ["k=STATE-STATE", "and=True"]
    fam, share = model.family_and_share(feats)
    assert fam is Family.ALLIANCE and math.isclose(share, 1 / (1 + math.exp(0.6 - 2.0)))  # softmax of 2.0 vs 0.6
    assert model.verdict(feats) is Family.ALLIANCE
    # the same tie, but the family's share (0.80) is under the floor: the pair stays an untyped co-occurrence
    _, rels = _relations(_weights(tmp_path, bias=2.0, family_floor=0.9))
    assert [(r.family, r.type) for r in rels] == [(Family.ASSOCIATION, "appears with")]
    _, rels = _relations(_weights(tmp_path, bias=2.0, family_floor=0.7))
    assert [(r.family, r.type) for r in rels] == [(Family.ALLIANCE, "stated with")]


def test_features_name_general_words_never_names():
    doc = load_nlp()("Iran seized the tanker belonging to Greece after a clash with Oman.")
    iran, greece = doc[0], doc[6]
    feats = pair_features(iran, Kind.STATE, greece, Kind.STATE, 3, lexicon())
    assert "k=STATE-STATE" in feats
    assert any(f.startswith("bw=") for f in feats)
    assert not any("iran" in f.lower() or "greece" in f.lower() or "oman" in f.lower() for f in feats)
