"""Pairs the rules refuse on purpose stay untyped whatever the learned pair layer would say (invented sentences)."""

from __future__ import annotations

from core.extract.nlp import load_nlp
from core.extract.relations.lexicon import lexicon
from core.extract.relations.pair_model import PairModel
from core.extract.relations.reader import Reader
from core.model import Family, Kind
from tests.core.test_relations import entities

P, S = Kind.PARTY, Kind.STATE
# a layer that types every pair it is asked about as HOSTILITY: only the refusals keep a pair untyped
EAGER = PairModel({}, 10.0, 0.5, {"HOSTILITY": {}, "DIPLOMACY": {}}, {"HOSTILITY": 1.0, "DIPLOMACY": 0.0})


def typed(text: str, spec: dict) -> set[frozenset[str]]:
    ents = entities(text, spec)
    rels = Reader(load_nlp()(text), ents, lexicon(), EAGER).relations()
    return {frozenset((ents[r.source].name, ents[r.target].name)) for r in rels if r.family is not Family.ASSOCIATION}


def test_a_speakers_claim_about_an_act_is_refused_to_the_layer():
    spec = {"Crimson Front": (P, ["Crimson Front"]), "Norway": (S, ["Norway"])}
    assert typed("The Crimson Front claimed the strike against Norway on its channel.", spec) == set()
    assert typed("The Crimson Front said the attack was a warning to Norway.", spec) == set()


def test_a_speakers_own_act_and_plain_pairs_are_left_to_the_layer():
    spec = {"Crimson Front": (P, ["Crimson Front"]), "Norway": (S, ["Norway"])}
    assert typed("The Crimson Front said it would keep its office near Norway.", spec) == {
        frozenset(("Crimson Front", "Norway"))
    }
    assert typed("The Crimson Front kept an office in Norway for years.", spec) == {
        frozenset(("Crimson Front", "Norway"))
    }
